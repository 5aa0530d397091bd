import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../domain/actor.ts';
import type { Channel } from '../../domain/ids.ts';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface HistoryEntry {
  caseId: number;
  actor: Actor | null; // null, or the system actor: the platform itself
  channel: Channel;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  details?: Record<string, unknown>;
  at: Date;
}

/** Appends to the case history; there is deliberately no update or delete here. */
export async function appendHistory(db: Db, entry: HistoryEntry): Promise<void> {
  await appendHistoryWrite(db, [entry]).execute();
}

/** The same append, of one or more entries, built but not run: for `writeTogether` (one round trip). */
export function appendHistoryWrite(db: Db, entries: readonly HistoryEntry[]) {
  return db.insertInto('case_history').values(
    entries.map((entry) => ({
      case_id: entry.caseId,
      actor_user_id: entry.actor && entry.actor.userId > 0 ? entry.actor.userId : null,
      channel: entry.channel,
      action: entry.action,
      from_status: entry.fromStatus ?? null,
      to_status: entry.toStatus ?? null,
      details: JSON.stringify(entry.details ?? {}),
      created_at: entry.at,
    })),
  );
}

export interface HistoryRecord {
  id: number;
  caseId: number;
  actorUserId: number | null;
  channel: Channel;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  details: Record<string, unknown>;
  at: Date;
}

export async function listHistory(db: Db, caseId: number): Promise<HistoryRecord[]> {
  const rows = await db
    .selectFrom('case_history')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    actorUserId: r.actor_user_id,
    channel: r.channel as Channel,
    action: r.action,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    details: (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Record<string, unknown>,
    at: r.created_at,
  }));
}
