import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ChatSurface } from './engine-contract.ts';
import type { Reply } from './reply.ts';

// The inbox: every acknowledged delivery, kept as work to do until it has been carried out and answered.
// A row is leased (lease_token, locked_until) by the process working on it; an expired lease is the work
// of a process that died, and any instance takes it up again.

type Db = Kysely<Database>;

export type InboxKind = 'message' | 'choice' | 'form';
export type InboxStatus = 'received' | 'processed' | 'done' | 'failed';

export interface InboxRow {
  surface: ChatSurface;
  eventId: string;
  kind: InboxKind;
  /** What the engine is given (without the event id) and where the answer goes, as the surface wants it. */
  payload: { input: Record<string, unknown>; target: Record<string, unknown> };
  status: InboxStatus;
  /** The engine's answer, once worked out: a later run posts it rather than running the turn again. */
  replies: Reply[] | null;
  attempts: number;
  leaseToken: string | null;
  lockedUntil: Date | null;
  /** When the delivery was recorded: a later run looks for its posted answers from about then on. */
  createdAt?: Date;
}

const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

function toRow(r: {
  surface: string;
  event_id: string;
  kind: string;
  payload: unknown;
  status: string;
  replies: unknown;
  attempts: number;
  lease_token: string | null;
  locked_until: Date | null;
  created_at?: Date;
}): InboxRow {
  return {
    surface: r.surface as ChatSurface,
    eventId: r.event_id,
    kind: r.kind as InboxKind,
    payload: json(r.payload) as InboxRow['payload'],
    status: r.status as InboxStatus,
    replies: (json(r.replies) as Reply[] | null) ?? null,
    attempts: r.attempts,
    leaseToken: r.lease_token,
    lockedUntil: r.locked_until,
    ...(r.created_at ? { createdAt: r.created_at } : {}),
  };
}

const newLease = () => randomBytes(9).toString('base64url');

/**
 * Records a delivery as work to do, leased to the caller. The insert is the dedupe: a delivery already
 * recorded (a retry, the same event at another instance) inserts nothing and returns null.
 */
export async function recordDelivery(
  db: Db,
  d: {
    surface: ChatSurface;
    eventId: string;
    kind: InboxKind;
    payload: InboxRow['payload'];
    now: Date;
    /** Until when the caller works on it; `now` leaves it to whichever instance sweeps first. */
    lockedUntil: Date;
  },
): Promise<InboxRow | null> {
  const row = await db
    .insertInto('inbox')
    .values({
      surface: d.surface,
      event_id: d.eventId,
      kind: d.kind,
      payload: JSON.stringify(d.payload),
      attempts: 1,
      lease_token: newLease(),
      locked_until: d.lockedUntil,
      created_at: d.now,
    })
    .onConflict((oc) => oc.columns(['surface', 'event_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toRow(row) : null;
}

/** Unfinished work whose lease has run out, oldest first: candidates for `leaseExpired`. */
export async function findExpired(
  db: Db,
  surfaces: ChatSurface[],
  now: Date,
  limit: number,
): Promise<Array<Pick<InboxRow, 'surface' | 'eventId'>>> {
  if (surfaces.length === 0) return [];
  const rows = await db
    .selectFrom('inbox')
    .select(['surface', 'event_id'])
    .where('status', 'in', ['received', 'processed'])
    .where('locked_until', '<=', now)
    .where('surface', 'in', surfaces)
    .orderBy('locked_until')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ surface: r.surface as ChatSurface, eventId: r.event_id }));
}

/** Takes over one row whose lease ran out; null when another instance was quicker (or it got done). */
export async function leaseExpired(
  db: Db,
  key: Pick<InboxRow, 'surface' | 'eventId'>,
  now: Date,
  leaseMs: number,
): Promise<InboxRow | null> {
  const row = await db
    .updateTable('inbox')
    .set((eb) => ({
      lease_token: newLease(),
      locked_until: new Date(now.getTime() + leaseMs),
      attempts: eb('attempts', '+', 1),
    }))
    .where('surface', '=', key.surface)
    .where('event_id', '=', key.eventId)
    .where('status', 'in', ['received', 'processed'])
    .where('locked_until', '<=', now)
    .returningAll()
    .executeTakeFirst();
  return row ? toRow(row) : null;
}

const leased = (row: InboxRow) => ({ surface: row.surface, eventId: row.eventId, token: row.leaseToken });

/** Keeps the engine's answer; false when the lease was lost meanwhile (then this answer is not posted). */
export async function storeReplies(db: Db, row: InboxRow, replies: Reply[]): Promise<boolean> {
  const k = leased(row);
  const result = await db
    .updateTable('inbox')
    .set({ status: 'processed', replies: JSON.stringify(replies) })
    .where('surface', '=', k.surface)
    .where('event_id', '=', k.eventId)
    .where('lease_token', '=', k.token)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Carried out and answered (or given up on, `failed`): nothing more to do. */
export async function finish(
  db: Db,
  row: InboxRow,
  now: Date,
  status: 'done' | 'failed' = 'done',
  error?: string,
): Promise<void> {
  const k = leased(row);
  await db
    .updateTable('inbox')
    .set({ status, finished_at: now, lease_token: null, locked_until: null, last_error: error ?? null })
    .where('surface', '=', k.surface)
    .where('event_id', '=', k.eventId)
    .where('lease_token', '=', k.token)
    .execute();
}

/** Gives the row back: any instance may take it up from `retryAt` on (now, when shutting down). */
export async function releaseLease(db: Db, row: InboxRow, retryAt: Date, error?: string): Promise<void> {
  const k = leased(row);
  await db
    .updateTable('inbox')
    .set({ lease_token: null, locked_until: retryAt, ...(error ? { last_error: error } : {}) })
    .where('surface', '=', k.surface)
    .where('event_id', '=', k.eventId)
    .where('lease_token', '=', k.token)
    .execute();
}

/** Housekeeping: finished rows older than `before` go (a redelivery that late is not expected). */
export async function forgetFinished(db: Db, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('inbox')
    .where('status', 'in', ['done', 'failed'])
    .where('finished_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
