import { type Kysely, sql, type Transaction } from 'kysely';
import type { Actor } from '../../domain/actor.ts';
import type { Channel } from '../../domain/ids.ts';
import type { Database } from '../database.ts';
import { type NoticeRecipient, toRecipient } from './notice.repository.ts';

// The notices nobody could receive, as support sees them, and the way back into the outbox. Kept apart
// from notice.repository.ts (the outbox's own bookkeeping) so that the two change independently.

type Db = Kysely<Database> | Transaction<Database>;

export interface ParkedNotice {
  id: number;
  kind: string;
  caseId: number | null;
  recipient: NoticeRecipient;
  /** The creditor's, partner's or user's name; the channel role for a channel notice. */
  recipientName: string;
  reason: string;
  /** When it was parked (when it was written, for notices parked before this was recorded). */
  parkedSince: Date;
  attempts: number;
}

/** Parked notices, longest waiting first, with whom they are for. No message bodies. */
export async function listParked(db: Db, limit: number): Promise<{ notices: ParkedNotice[]; total: number }> {
  const rows = await sql<{
    id: number;
    kind: string;
    case_id: number | null;
    recipient_type: string;
    recipient_ref: string;
    last_error: string | null;
    since: Date;
    attempts: number;
    name: string | null;
    total: string;
  }>`
    select n.id, n.kind, n.case_id, n.recipient_type, n.recipient_ref, n.last_error, n.attempts,
           coalesce(n.parked_at, n.created_at) as since, count(*) over () as total,
           case n.recipient_type
             when 'creditor' then (select c.name from creditors c where c.id::text = n.recipient_ref)
             when 'partner' then (select p.name from partners p where p.id::text = n.recipient_ref)
             when 'user' then (select u.name from users u where u.id::text = n.recipient_ref)
           end as name
    from notices n
    where n.status = 'parked'
    order by coalesce(n.parked_at, n.created_at), n.id
    limit ${limit}`.execute(db);
  return {
    total: Number(rows.rows[0]?.total ?? 0),
    notices: rows.rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      caseId: r.case_id,
      recipient: toRecipient(r.recipient_type, r.recipient_ref),
      recipientName:
        r.name ?? (r.recipient_type === 'channel' ? `the ${r.recipient_ref} channel` : r.recipient_ref),
      reason: r.last_error ?? 'no reason recorded',
      parkedSince: new Date(r.since),
      attempts: r.attempts,
    })),
  };
}

export interface LockedNotice {
  id: number;
  kind: string;
  caseId: number | null;
  status: string;
  lastError: string | null;
  parkedAt: Date | null;
  attempts: number;
  deliveredAt: Date | null;
}

/** One notice, locked for the rest of the transaction (so a requeue and the outbox cannot interleave). */
export async function lockNotice(trx: Transaction<Database>, id: number): Promise<LockedNotice | undefined> {
  const row = await trx
    .selectFrom('notices')
    .select(['id', 'kind', 'case_id', 'status', 'last_error', 'parked_at', 'attempts', 'delivered_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.case_id,
    status: row.status,
    lastError: row.last_error,
    parkedAt: row.parked_at,
    attempts: row.attempts,
    deliveredAt: row.delivered_at,
  };
}

/**
 * Back into the outbox as if new: due now, attempts from zero. Places it already reached keep their
 * marks (notice_deliveries), so they are not sent it again; only the others are tried.
 */
export async function requeueParked(db: Db, id: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('notices')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, parked_at: null, lease_token: null })
    .where('id', '=', id)
    .where('status', '=', 'parked')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function appendNoticeHistory(
  db: Db,
  entry: {
    noticeId: number;
    actor: Actor;
    channel: Channel;
    action: string;
    details: Record<string, unknown>;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('notice_history')
    .values({
      notice_id: entry.noticeId,
      actor_user_id: entry.actor.userId > 0 ? entry.actor.userId : null,
      channel: entry.channel,
      action: entry.action,
      details: JSON.stringify(entry.details),
      created_at: entry.at,
    })
    .execute();
}
