import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../database.ts';
import { type RecipientFacts, recipientFactsSql, recipientRef } from './notice-recipient.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Who hears about it: a creditor (its users, by DM), a partner (its users or its channel), one user,
 * or a configured channel by its role ('quote_alerts', 'close_codes', 'support').
 */
export type NoticeRecipient =
  | { type: 'creditor'; creditorId: number }
  | { type: 'partner'; partnerId: number }
  | { type: 'user'; userId: number }
  | { type: 'channel'; channel: 'quote_alerts' | 'close_codes' | 'support' };

export interface NewNotice {
  recipient: NoticeRecipient;
  /** What happened, e.g. 'case.declined', 'lead.quotes_ready'. */
  kind: string;
  caseId: number | null;
  /** `text` is the complete human message; other fields are for richer rendering. */
  payload: { text: string } & Record<string, unknown>;
  /** Set by scheduled rules so that the same reminder is never written twice. */
  dedupeKey?: string;
  at: Date;
}

export interface Notice {
  id: number;
  recipient: NoticeRecipient;
  kind: string;
  caseId: number | null;
  payload: { text: string } & Record<string, unknown>;
  status: 'pending' | 'delivered' | 'parked';
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

export function toRecipient(type: string, ref: string): NoticeRecipient {
  switch (type) {
    case 'creditor':
      return { type, creditorId: Number(ref) };
    case 'partner':
      return { type, partnerId: Number(ref) };
    case 'user':
      return { type, userId: Number(ref) };
    default:
      return { type: 'channel', channel: ref as 'quote_alerts' | 'close_codes' | 'support' };
  }
}

/** Writes notices in the caller's transaction; with a dedupe key, a second write of the same notice is a no-op. */
export async function enqueueNotices(db: Db, notices: NewNotice[]): Promise<number> {
  const write = enqueueNoticesWrite(db, notices);
  if (!write) return 0;
  const result = await write.executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** The same write built but not run, for `writeTogether`; null when there is nothing to write. */
export function enqueueNoticesWrite(db: Db, notices: readonly NewNotice[]) {
  if (notices.length === 0) return null;
  return db
    .insertInto('notices')
    .values(
      notices.map((n) => ({
        recipient_type: n.recipient.type,
        recipient_ref: recipientRef(n.recipient),
        kind: n.kind,
        case_id: n.caseId,
        payload: JSON.stringify(n.payload),
        dedupe_key: n.dedupeKey ?? null,
        next_attempt_at: n.at,
        created_at: n.at,
      })),
    )
    .onConflict((oc) => oc.column('dedupe_key').doNothing());
}

/** The columns a Notice is made from, as any query over `notices` returns them. */
export interface NoticeRecord {
  id: number;
  recipient_type: string;
  recipient_ref: string;
  kind: string;
  case_id: number | null;
  payload: unknown;
  status: string;
  attempts: number;
  last_error: string | null;
  created_at: Date;
}

export function toNotice(r: NoticeRecord): Notice {
  return {
    id: r.id,
    recipient: toRecipient(r.recipient_type, r.recipient_ref),
    kind: r.kind,
    caseId: r.case_id,
    payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as Notice['payload'],
    status: r.status as Notice['status'],
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
  };
}

export async function listNotices(db: Db, filter: { caseId?: number } = {}): Promise<Notice[]> {
  let q = db.selectFrom('notices').selectAll().orderBy('id');
  if (filter.caseId !== undefined) q = q.where('case_id', '=', filter.caseId);
  return (await q.execute()).map(toNotice);
}

// --- The outbox's own bookkeeping: claims (leases), per-place delivery marks, and per-place pace. ---

/** A claimed notice, with what its delivery needs to know, read by the claim itself. */
export interface ClaimedNotice extends Notice {
  /** Who it is for: people, links, organisation (see notice-recipient.repository.ts). */
  facts: RecipientFacts;
  /** The places it has already reached (sent on an earlier attempt): not sent to again. */
  reached: Set<string>;
  /** The recipient has a later pending notice, claimable once this one is finished. */
  hasNext: boolean;
}

/**
 * Claims the oldest pending notice of each recipient when it is due, so that a later notice never
 * overtakes an earlier one that is being retried (DISTINCT ON, materialized: one pass over the pending rows
 * per claim, whatever the planner believes about the table). The due heads are then looked up by id, not
 * joined: on the embedded engine the table is never analyzed, and a join planned for "one row" looped
 * over every pending notice for every head (350 ms per claim with 1,000 pending; now a few ms). A few more
 * heads than wanted are picked, so that rows another worker holds (SKIP LOCKED) leave others to take.
 * SKIP LOCKED lets several workers share the outbox; the lease (next_attempt_at moved to leaseUntil, and the claim's token) keeps a claimed notice
 * from being taken by another worker meanwhile. Nothing is counted here: an attempt is a send tried.
 * Each claimed row comes with its recipient's facts on `surfaces` and the places it already reached, read
 * by the same statement: a mark written before the claim is seen, as the separate read after it saw it.
 * (A holder whose lease ran out is not still sending: the lease outlasts a send and its pace wait.)
 */
export async function claimDueNotices(
  db: Db,
  claim: { now: Date; leaseUntil: Date; token: string; limit: number; surfaces?: readonly string[] },
): Promise<ClaimedNotice[]> {
  const rows = await sql<NoticeRecord & { facts: RecipientFacts; reached: string[]; has_next: boolean }>`
    with heads as materialized (
      select distinct on (recipient_type, recipient_ref) id, next_attempt_at from notices
      where status = 'pending'
      order by recipient_type, recipient_ref, id),
    due as (select id from heads where next_attempt_at <= ${claim.now} order by id limit ${claim.limit * 4})
    update notices set next_attempt_at = ${claim.leaseUntil}, lease_token = ${claim.token}
    where id in (
      select n.id from notices n
      where n.id = any(array(select id from due))
        and n.status = 'pending' and n.next_attempt_at <= ${claim.now}
      order by n.id
      limit ${claim.limit}
      for update of n skip locked)
    returning id, recipient_type, recipient_ref, kind, case_id, payload, status, attempts, last_error, created_at,
      ${recipientFactsSql(claim.surfaces ?? [])} as facts,
      (select coalesce(json_agg(d.address), '[]'::json) from notice_deliveries d
       where d.notice_id = notices.id and d.sent_at is not null) as reached,
      exists (select from notices later where later.status = 'pending'
              and later.recipient_type = notices.recipient_type and later.recipient_ref = notices.recipient_ref
              and later.id > notices.id) as has_next`.execute(db);
  return rows.rows
    .map((r) => ({ ...toNotice(r), facts: r.facts, reached: new Set(r.reached), hasNext: r.has_next }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Right before a send: extends the claim over it, and says whether Slack has meanwhile closed the place
 * (a 429's Retry-After, from any instance). `held: false` when another worker has taken the notice over.
 */
export async function holdClaimForSend(
  db: Db,
  hold: { id: number; token: string; until: Date; place: string; now: Date },
): Promise<{ held: false } | { held: true; closedUntil: Date | null }> {
  const rows = await sql<{ closed_until: Date | null }>`
    update notices set next_attempt_at = ${hold.until}
    where id = ${hold.id} and lease_token = ${hold.token} and status = 'pending'
    returning (select closed_until from delivery_places
               where place = ${hold.place} and closed_until > ${hold.now}::timestamptz) as closed_until`.execute(
    db,
  );
  const row = rows.rows[0];
  if (!row) return { held: false };
  return { held: true, closedUntil: row.closed_until === null ? null : new Date(row.closed_until) };
}

/** One send to one place, to be recorded (see recordAddressAttempt). */
export interface AddressAttempt {
  noticeId: number;
  address: string;
  sentAt: Date | null;
  error: string | null;
  paceMs?: number;
}

/**
 * The writes that record one send, as data-modifying CTEs (`paced`, `marked`) to put in front of another
 * statement. They run whatever that statement does (a CTE's write is never skipped), so a mark sent along
 * with a finish is recorded even when the finish finds its claim taken over.
 */
function attemptCtes(attempt: AddressAttempt) {
  const { sentAt, paceMs = 0 } = attempt;
  const pacedUntil = sentAt && paceMs > 0 ? new Date(sentAt.getTime() + paceMs) : null;
  return sql`
    paced as (
      update delivery_places set next_allowed_at = greatest(next_allowed_at, ${pacedUntil}::timestamptz)
      where place = ${attempt.address} and ${pacedUntil}::timestamptz is not null),
    marked as (
      insert into notice_deliveries as d (notice_id, address, sent_at, attempts, last_error)
      values (${attempt.noticeId}, ${attempt.address}, ${sentAt}::timestamptz, 1, ${attempt.error}::text)
      on conflict (notice_id, address) do update set
        -- The first acceptance stands: a mark is never moved or undone by a later attempt.
        sent_at = coalesce(d.sent_at, excluded.sent_at),
        attempts = d.attempts + 1,
        last_error = excluded.last_error)`;
}

/**
 * Records one send to one place. Not conditional on the lease: a message the surface accepted was sent,
 * whoever holds the claim now, and recording it keeps the next holder from sending it again.
 * With `paceMs`, a send that went later than its booked turn (it waited for a slot or the database) also
 * moves the place's next turn to paceMs after it actually went, so the next post keeps Slack's gap.
 */
export async function recordAddressAttempt(db: Db, attempt: AddressAttempt): Promise<void> {
  await sql`with ${attemptCtes(attempt)} select 1`.execute(db);
}

export type NoticeOutcome =
  | { status: 'delivered'; at: Date; attemptsAdded: number }
  | { status: 'retry'; at: Date; error: string | null; attemptsAdded: number }
  | { status: 'parked'; error: string; attemptsAdded: number; at?: Date };

/**
 * Ends a claim: delivered, retried at a time, or parked with its reason. Only while the claim is still
 * this worker's (false otherwise: another worker took the notice over and decides for it now).
 * `attempt`: the last send, recorded by the same statement (one round trip, not two). Its mark is written
 * even when the claim was lost, exactly as recordAddressAttempt writes it. If the statement fails, neither
 * is written, and the caller still holds the mark to send with its next finish.
 */
export async function finishNoticeClaim(
  db: Db,
  id: number,
  token: string,
  outcome: NoticeOutcome,
  attempt?: AddressAttempt,
): Promise<boolean> {
  const set =
    outcome.status === 'delivered'
      ? sql`status = 'delivered', delivered_at = ${outcome.at}::timestamptz, last_error = null`
      : outcome.status === 'retry'
        ? outcome.error === null
          ? sql`next_attempt_at = ${outcome.at}::timestamptz`
          : sql`next_attempt_at = ${outcome.at}::timestamptz, last_error = ${outcome.error}::text`
        : sql`status = 'parked', last_error = ${outcome.error}::text, parked_at = ${outcome.at ?? new Date()}::timestamptz`;
  const result = await sql`
    ${attempt ? sql`with ${attemptCtes(attempt)}` : sql``}
    update notices set attempts = attempts + ${outcome.attemptsAdded}::integer, lease_token = null, ${set}
    where id = ${id} and lease_token = ${token} and status = 'pending'`.execute(db);
  return Number(result.numAffectedRows ?? 0) === 1;
}

/**
 * Takes the next turn to post to a place and, in the same statement, extends the notice's claim over the
 * send (the write holdClaimForSend makes). The returned time is when this send may go: now, after the turns
 * already taken, or after a Retry-After; the place's next turn moves paceMs past it. When the place's next
 * turn is further off than maxWaitMs, no turn is taken and `closedUntil` says when to come back. No turn is
 * taken either when the claim is no longer this worker's (`held: false`). When the turn is now, nothing can
 * have closed the place between the booking and the send (a Retry-After pushes the turn past it), so the
 * separate hold is not needed then.
 */
export async function bookTurnAndHold(
  db: Db,
  booking: {
    id: number;
    token: string;
    until: Date;
    place: string;
    now: Date;
    paceMs: number;
    maxWaitMs: number;
  },
): Promise<{ held: false } | { held: true; turnAt: Date } | { held: true; closedUntil: Date }> {
  const { place, now, paceMs, maxWaitMs } = booking;
  const latest = new Date(now.getTime() + maxWaitMs);
  const result = await sql<{ held: boolean; next_allowed_at: Date | null; opens_at: Date | null }>`
    with held as (
      update notices set next_attempt_at = ${booking.until}
      where id = ${booking.id} and lease_token = ${booking.token} and status = 'pending'
      returning id),
    booked as (
      insert into delivery_places as p (place, next_allowed_at)
      select ${place}, ${new Date(now.getTime() + paceMs)}::timestamptz where exists (select from held)
      on conflict (place) do update
        set next_allowed_at = greatest(p.next_allowed_at, p.closed_until, ${now}::timestamptz)
          + ${paceMs}::double precision * interval '1 millisecond'
        where greatest(p.next_allowed_at, p.closed_until) <= ${latest}::timestamptz
      returning next_allowed_at)
    select exists (select from held) as held,
      (select next_allowed_at from booked) as next_allowed_at,
      (select greatest(next_allowed_at, closed_until) from delivery_places where place = ${place}) as opens_at`.execute(
    db,
  );
  const row = result.rows[0];
  if (!row?.held) return { held: false };
  if (row.next_allowed_at !== null) {
    return { held: true, turnAt: new Date(new Date(row.next_allowed_at).getTime() - paceMs) };
  }
  // Not booked: the place's next turn (or a Retry-After) is further off than the longest wait.
  return { held: true, closedUntil: row.opens_at === null ? latest : new Date(row.opens_at) };
}

/** Closes a place until a time (a 429's Retry-After), for every worker; never shortens a longer close. */
export async function closePlaceUntil(db: Db, place: string, until: Date): Promise<void> {
  await sql`
    insert into delivery_places as p (place, next_allowed_at, closed_until) values (${place}, ${until}, ${until})
    on conflict (place) do update
      set closed_until = greatest(p.closed_until, excluded.closed_until)`.execute(db);
}
