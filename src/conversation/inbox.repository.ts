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
 * Group commit: while one statement is out, the calls made meanwhile wait and then go together in the
 * next one, so under load many deliveries share a round trip (each costs the app and the database server
 * more than the rows it carries: docs/notes/perf.md); alone, a call goes at once. `send` answers each
 * item of a batch, in order; a failed statement fails every call it carried, as it would have alone.
 */
function groupCommit<I, R>(send: (batch: I[]) => Promise<R[]>, max = 500): (item: I) => Promise<R> {
  type Waiting = { item: I; resolve: (r: R) => void; reject: (e: unknown) => void };
  let queue: Waiting[] = [];
  let sending = false;
  const flush = async () => {
    sending = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, max);
      queue = queue.slice(batch.length);
      try {
        const results = await send(batch.map((w) => w.item));
        for (const [i, w] of batch.entries()) w.resolve(results[i] as R);
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    sending = false;
  };
  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!sending) void flush();
    });
}

/** One group commit of each kind per database (per pool): instances and tests each have their own. */
function perDb<F>(make: (db: Db) => F): (db: Db) => F {
  const made = new WeakMap<Db, F>();
  return (db) => {
    let f = made.get(db);
    if (f === undefined) {
      f = make(db);
      made.set(db, f);
    }
    return f;
  };
}

interface NewDelivery {
  surface: string;
  eventId: string;
  kind: string;
  payload: string;
  leaseToken: string;
  lockedUntil: Date;
  now: Date;
}

const inserts = perDb((db) =>
  groupCommit(async (batch: NewDelivery[]): Promise<Array<InboxRow | null>> => {
    const col = <K extends keyof NewDelivery>(k: K) => batch.map((d) => d[k]);
    const { rows } = await sql<Parameters<typeof toRow>[0]>`
      insert into inbox (surface, event_id, kind, payload, attempts, lease_token, locked_until, created_at)
      select v.surface, v.event_id, v.kind, v.payload, 1, v.lease_token, v.locked_until, v.created_at
      from unnest(${col('surface')}::text[], ${col('eventId')}::text[], ${col('kind')}::text[],
        ${col('payload')}::jsonb[], ${col('leaseToken')}::text[], ${col('lockedUntil')}::timestamptz[],
        ${col('now')}::timestamptz[]) with ordinality
        as v(surface, event_id, kind, payload, lease_token, locked_until, created_at, n)
      order by v.n
      on conflict (surface, event_id) do nothing
      returning *`.execute(db);
    // The same delivery twice in one batch inserts once: the lease token says whose insert it was.
    const byToken = new Map(rows.map((r) => [r.lease_token, r]));
    return batch.map((d) => {
      const row = byToken.get(d.leaseToken);
      return row ? toRow(row) : null;
    });
  }),
);

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
  return inserts(db)({
    surface: d.surface,
    eventId: d.eventId,
    kind: d.kind,
    payload: JSON.stringify(d.payload),
    leaseToken: newLease(),
    lockedUntil: d.lockedUntil,
    now: d.now,
  });
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

/** The two updates every delivery makes (answer kept, work done), grouped as above; true: this row was updated. */
const leaseUpdates = perDb((db) =>
  groupCommit(async (batch: LeaseUpdate[]): Promise<boolean[]> => {
    const col = <K extends keyof LeaseUpdate>(k: K) => batch.map((u) => u[k]);
    // Each row only while the caller still holds its lease (the same condition as one update alone).
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
    const updated = new Set(rows.map((r) => `${r.surface}\u0000${r.event_id}`));
    return batch.map((u) => updated.has(`${u.surface}\u0000${u.eventId}`));
  }),
);
const updateLeased = (db: Db, u: LeaseUpdate) => leaseUpdates(db)(u);

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
