import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
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

/** One update of a leased row: its answer kept (`processed`), or the work ended (`done`, `failed`). */
interface LeaseUpdate {
  surface: string;
  eventId: string;
  token: string | null;
  status: 'processed' | 'done' | 'failed';
  replies: string | null;
  at: Date | null;
  error: string | null;
}

/**
 * Group commit for the two updates every delivery makes (answer kept, work done): while one statement is
 * out, the updates asked for meanwhile wait and then go together in the next one, so under load many
 * deliveries share a round trip; alone, an update goes at once. Each row is still updated only while the
 * caller holds its lease, and each caller learns whether its own row was updated.
 */
function leaseUpdates(db: Db): (u: LeaseUpdate) => Promise<boolean> {
  type Waiting = { u: LeaseUpdate; resolve: (updated: boolean) => void; reject: (e: unknown) => void };
  let queue: Waiting[] = [];
  let sending = false;
  const send = async (batch: LeaseUpdate[]): Promise<Set<string>> => {
    const col = <K extends keyof LeaseUpdate>(k: K) => batch.map((u) => u[k]);
    const { rows } = await sql<{ surface: string; event_id: string }>`
      update inbox as i set
        status = v.status,
        replies = case when v.status = 'processed' then v.replies else i.replies end,
        finished_at = case when v.status = 'processed' then i.finished_at else v.at end,
        lease_token = case when v.status = 'processed' then i.lease_token end,
        locked_until = case when v.status = 'processed' then i.locked_until end,
        last_error = case when v.status = 'processed' then i.last_error else v.error end
      from unnest(${col('surface')}::text[], ${col('eventId')}::text[], ${col('token')}::text[],
        ${col('status')}::text[], ${col('replies')}::jsonb[], ${col('at')}::timestamptz[],
        ${col('error')}::text[]) as v(surface, event_id, token, status, replies, at, error)
      where i.surface = v.surface and i.event_id = v.event_id and i.lease_token = v.token
      returning i.surface, i.event_id`.execute(db);
    return new Set(rows.map((r) => `${r.surface}\u0000${r.event_id}`));
  };
  const flush = async () => {
    sending = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, 500);
      queue = queue.slice(batch.length);
      try {
        const updated = await send(batch.map((w) => w.u));
        for (const w of batch) w.resolve(updated.has(`${w.u.surface}\u0000${w.u.eventId}`));
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    sending = false;
  };
  return (u) =>
    new Promise<boolean>((resolve, reject) => {
      queue.push({ u, resolve, reject });
      if (!sending) void flush();
    });
}

const updatersByDb = new WeakMap<Db, (u: LeaseUpdate) => Promise<boolean>>();
function updateLeased(db: Db, u: LeaseUpdate): Promise<boolean> {
  let update = updatersByDb.get(db);
  if (!update) {
    update = leaseUpdates(db);
    updatersByDb.set(db, update);
  }
  return update(u);
}

/** Keeps the engine's answer; false when the lease was lost meanwhile (then this answer is not posted). */
export async function storeReplies(db: Db, row: InboxRow, replies: Reply[]): Promise<boolean> {
  const k = leased(row);
  return updateLeased(db, {
    ...k,
    status: 'processed',
    replies: JSON.stringify(replies),
    at: null,
    error: null,
  });
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
  await updateLeased(db, { ...k, status, replies: null, at: now, error: error ?? null });
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
