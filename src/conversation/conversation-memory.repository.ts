import { randomBytes } from 'node:crypto';
import type { Compilable } from 'kysely';
import { CompiledQuery, type Kysely, sql, type Transaction } from 'kysely';
import { compiledOnce } from '../db/compiled-once.ts';
import type { Database } from '../db/database.ts';
import { toActor } from '../db/repositories/user.repository.ts';
import type { Actor } from '../domain/actor.ts';
import type { ChatSurface } from './engine-contract.ts';

// What the conversation remembers between messages, kept in PostgreSQL so that a restart or another
// instance of the bot carries on: commands waiting for the asker, events already handled, and the
// case a thread is about.

type Db = Kysely<Database>;

export type PendingStage = 'ask' | 'choose' | 'confirm';

export interface PendingCommand {
  id: number;
  token: string;
  surface: ChatSurface;
  conversationKey: string;
  userId: number;
  stage: PendingStage;
  action: string;
  args: Record<string, unknown>;
  missing: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  /** The delivery that used it; a delivery run again after a crash finds its own use here. */
  usedByEvent: string | null;
}

function toPending(r: {
  id: number;
  token: string;
  surface: string;
  conversation_key: string;
  user_id: number;
  stage: string;
  action: string;
  args: unknown;
  missing: string | null;
  expires_at: Date;
  used_at: Date | null;
  used_by_event: string | null;
}): PendingCommand {
  return {
    id: r.id,
    token: r.token,
    surface: r.surface as ChatSurface,
    conversationKey: r.conversation_key,
    userId: r.user_id,
    stage: r.stage as PendingStage,
    action: r.action,
    args: (typeof r.args === 'string' ? JSON.parse(r.args) : r.args) as Record<string, unknown>,
    missing: r.missing,
    expiresAt: r.expires_at,
    usedAt: r.used_at,
    usedByEvent: r.used_by_event,
  };
}

export async function createPendingCommand(
  db: Db,
  p: {
    surface: ChatSurface;
    conversationKey: string;
    userId: number;
    stage: PendingStage;
    action: string;
    args: Record<string, unknown>;
    missing?: string | null;
    now: Date;
    ttlMs: number;
    /** The delivery that asks it (see findOpenQuestion). */
    eventId?: string;
  },
): Promise<PendingCommand> {
  const row = await db
    .insertInto('pending_commands')
    .values({
      token: randomBytes(12).toString('base64url'),
      surface: p.surface,
      conversation_key: p.conversationKey,
      user_id: p.userId,
      stage: p.stage,
      action: p.action,
      args: JSON.stringify(p.args),
      missing: p.missing ?? null,
      created_at: p.now,
      expires_at: new Date(p.now.getTime() + p.ttlMs),
      created_by_event: p.eventId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPending(row);
}

/**
 * The newest open question this user was asked in this conversation. With the delivery's id, as it stood
 * when that delivery arrived: a delivery run again after a crash neither sees the questions its first run
 * asked nor misses the one its first run answered.
 */
export async function findOpenQuestion(
  db: Db,
  surface: ChatSurface,
  conversationKey: string,
  userId: number,
  now: Date,
  eventId?: string,
): Promise<PendingCommand | null> {
  const { rows } = await openQuestionQuery(
    db,
    eventId ? { surface, conversationKey, userId, now, eventId } : { surface, conversationKey, userId, now },
    eventId ? 'event' : 'plain',
  );
  const row = rows[0];
  return row ? toPending(row) : null;
}

interface OpenQuestionArgs {
  surface: string;
  conversationKey: string;
  userId: number;
  now: Date;
  /** Only with the 'event' shape (each shape is compiled with the arguments it is given). */
  eventId?: string;
}

/** The open question's query (see findOpenQuestion), as a subquery of `db` too. */
function openQuestionOf(db: Db, a: OpenQuestionArgs, shape: 'event' | 'plain') {
  return db
    .selectFrom('pending_commands')
    .selectAll()
    .where('surface', '=', a.surface)
    .where('conversation_key', '=', a.conversationKey)
    .where('user_id', '=', a.userId)
    .where((eb) =>
      shape === 'event'
        ? eb.and([
            eb.or([eb('used_at', 'is', null), eb('used_by_event', '=', a.eventId ?? null)]),
            eb.or([eb('created_by_event', 'is', null), eb('created_by_event', '!=', a.eventId ?? null)]),
          ])
        : eb('used_at', 'is', null),
    )
    .where('expires_at', '>', a.now)
    .orderBy('id', 'desc')
    .limit(1);
}

const openQuestionQuery = compiledOnce(openQuestionOf);

/**
 * `findOpenQuestion` and `conversationCase` in one statement: a typed message needs both, and each round
 * trip costs the app and the database server more than the reading itself (docs/notes/perf.md).
 */
export async function findOpenQuestionAndCase(
  db: Db,
  surface: ChatSurface,
  conversationKey: string,
  userId: number,
  now: Date,
  eventId?: string,
): Promise<{ pending: PendingCommand | null; caseId: number | null }> {
  const { rows } = await openQuestionAndCaseQuery(
    db,
    eventId ? { surface, conversationKey, userId, now, eventId } : { surface, conversationKey, userId, now },
    eventId ? 'event' : 'plain',
  );
  const row = rows[0];
  if (!row) throw new Error('the open question and case query returned no row');
  const { conversation_case_id: caseId, ...pending } = row;
  return {
    pending: pending.id === null ? null : toPending(pending as Parameters<typeof toPending>[0]),
    caseId: caseId ?? null,
  };
}

/** The case a conversation is about, as a scalar subquery named conversation_case_id. */
function conversationCaseOf(db: Kysely<Database>, a: { surface: string; conversationKey: string }) {
  return db
    .selectFrom('conversation_cases')
    .select('case_id')
    .where('surface', '=', a.surface)
    .where('conversation_key', '=', a.conversationKey)
    .as('conversation_case_id');
}

// Run for every typed message: compiled once (compiled-once.ts).
const openQuestionAndCaseQuery = compiledOnce((db, a: OpenQuestionArgs, shape: 'event' | 'plain') =>
  db
    .selectFrom(sql<{ one: number }>`(select 1 as one)`.as('one'))
    .leftJoinLateral(
      () => openQuestionOf(db, a, shape).as('p'),
      (join) => join.onTrue(),
    )
    .selectAll('p')
    .select(conversationCaseOf(db, a)),
);

/** The newest question this user was asked in this conversation, open or not (to tell a late answer so). */
export async function findLatestQuestion(
  db: Db,
  surface: ChatSurface,
  conversationKey: string,
  userId: number,
): Promise<PendingCommand | null> {
  const row = await db
    .selectFrom('pending_commands')
    .selectAll()
    .where('surface', '=', surface)
    .where('conversation_key', '=', conversationKey)
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toPending(row) : null;
}

export async function findPendingByToken(db: Db, token: string): Promise<PendingCommand | null> {
  const row = (await pendingByTokenQuery(db, { token })).rows[0];
  return row ? toPending(row) : null;
}

/**
 * `findPendingByToken` and the case the click's conversation is about (`conversationCase`), in one
 * statement: a click in a channel needs both (the latter for channel privacy).
 */
export async function findPendingByTokenAndCase(
  db: Db,
  token: string,
  surface: ChatSurface,
  conversationKey: string,
): Promise<{ pending: PendingCommand | null; caseId: number | null }> {
  const row = (await pendingByTokenAndCaseQuery(db, { token, surface, conversationKey })).rows[0];
  if (!row) throw new Error('the pending command and case query returned no row');
  const { conversation_case_id: caseId, ...pending } = row;
  return {
    pending: pending.id === null ? null : toPending(pending as Parameters<typeof toPending>[0]),
    caseId: caseId ?? null,
  };
}

// Every click runs it: compiled once (compiled-once.ts).
const pendingByTokenAndCaseQuery = compiledOnce(
  (db, a: { token: string; surface: string; conversationKey: string }) =>
    db
      .selectFrom(sql<{ one: number }>`(select 1 as one)`.as('one'))
      .leftJoin(
        (eb) => eb.selectFrom('pending_commands').selectAll().where('token', '=', a.token).as('p'),
        (join) => join.onTrue(),
      )
      .selectAll('p')
      .select(conversationCaseOf(db, a)),
);

// Compiled once (compiled-once.ts).
const pendingByTokenQuery = compiledOnce((db, a: { token: string }) =>
  db.selectFrom('pending_commands').selectAll().where('token', '=', a.token),
);

/**
 * Uses a pending command once: of two clicks on Confirm (or two instances handling them), only the one
 * whose update finds used_at still empty goes on. The delivery that used it may use it again (its run
 * again after a crash); callers that act on it check `usedByEvent` first. Pass the transaction of the
 * action it confirms, so that the use and the action commit together or not at all.
 */
export async function usePendingCommand(
  db: Db | Transaction<Database>,
  token: string,
  userId: number,
  now: Date,
  eventId?: string,
  /** False where the use is an action: even the same delivery must not carry it out twice. */
  sameEventAgain = true,
): Promise<boolean> {
  const result = await usePendingQuery(
    db,
    { token, userId, now, eventId: eventId ?? null },
    eventId && sameEventAgain ? 'again' : 'once',
  );
  return Number(result.numAffectedRows) === 1;
}

// Every click and answer runs it: compiled once (compiled-once.ts). 'again' lets the same delivery use it
// again (see usePendingCommand).
const usePendingQuery = compiledOnce(
  (db, a: { token: string; userId: number; now: Date; eventId: string | null }, shape: 'again' | 'once') =>
    db
      .updateTable('pending_commands')
      .set({ used_at: a.now, used_by_event: a.eventId })
      .where('token', '=', a.token)
      .where('user_id', '=', a.userId)
      .where((eb) =>
        shape === 'again'
          ? eb.or([eb('used_at', 'is', null), eb('used_by_event', '=', a.eventId)])
          : eb('used_at', 'is', null),
      )
      .where('expires_at', '>', a.now),
);

/** A new command replaces whatever this user left open in this conversation. */
export async function closeOpenQuestions(
  db: Db,
  surface: ChatSurface,
  conversationKey: string,
  userId: number,
  now: Date,
  eventId?: string,
): Promise<void> {
  await db
    .updateTable('pending_commands')
    .set({ used_at: now, used_by_event: eventId ?? null })
    .where('surface', '=', surface)
    .where('conversation_key', '=', conversationKey)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

/** What a turn writes to the conversation's memory, in one statement (see `writeConversationMemory`). */
export interface ConversationMemoryWrites {
  surface: ChatSurface;
  conversationKey: string;
  userId: number;
  eventId?: string;
  /** Close this user's open questions here, as `closeOpenQuestions` does, at this time. */
  closeAt?: Date;
  /** Remember the thread's case, as `rememberConversationCase` does. */
  remember?: { caseId: number; at: Date };
  /** Open a pending command, as `createPendingCommand` does. */
  pending?: {
    stage: PendingStage;
    action: string;
    args: Record<string, unknown>;
    missing?: string | null;
    now: Date;
    ttlMs: number;
  };
  /**
   * With a pending command only: also read which of these cases have a private person as debtor (their
   * names), for the channel privacy of the reply that offers it (see `personDebtors`).
   */
  debtorsOf?: number[];
}

/** The pending command written, and when asked (`debtorsOf`), the private-person debtors among those cases. */
export type WrittenPending = PendingCommand & { personDebtors?: { id: number; name: string }[] };

// One constant text per combination of writes (at most 7), so each is prepared once per connection
// (prepared-statements.ts) and never goes through Kysely's builder or compiler.
const memoryWriteTexts = new Map<string, string>();

function memoryWriteText(close: boolean, remember: boolean, pending: boolean, debtors: boolean): string {
  const key = `${close}${remember}${pending}${debtors}`;
  let text = memoryWriteTexts.get(key);
  if (text !== undefined) return text;
  // $1 surface, $2 conversation key, $3 user, $4 event; then each write's own parameters.
  const parts: string[] = [];
  let n = 4;
  if (close) {
    parts.push(
      `update pending_commands set used_at = $${n + 1}, used_by_event = $4 ` +
        'where surface = $1 and conversation_key = $2 and user_id = $3 and used_at is null',
    );
    n += 1;
  }
  if (remember) {
    parts.push(
      'insert into conversation_cases (surface, conversation_key, case_id, updated_at) ' +
        `values ($1, $2, $${n + 1}, $${n + 2}) on conflict (surface, conversation_key) ` +
        'do update set case_id = excluded.case_id, updated_at = excluded.updated_at',
    );
    n += 2;
  }
  if (pending) {
    const v = (i: number) => `$${n + i}`;
    parts.push(
      'insert into pending_commands (token, surface, conversation_key, user_id, stage, action, args, ' +
        'missing, created_at, expires_at, created_by_event) ' +
        `values (${v(1)}, $1, $2, $3, ${v(2)}, ${v(3)}, ${v(4)}, ${v(5)}, ${v(6)}, ${v(7)}, $4) returning *` +
        // channel-registration.repository.ts `personDebtorNames`, read with the write it comes with
        (debtors
          ? ", (select coalesce(json_agg(json_build_array(id, debtor_name)), '[]'::json) from cases " +
            `where debtor_type = 'person' and id = any(${v(8)}::integer[])) as person_debtors`
          : ''),
    );
  }
  // The last write is the statement; the others run as data-modifying CTEs, which PostgreSQL runs exactly
  // once and to completion whether or not anything reads them. All see the snapshot taken before the
  // statement: the close cannot close the command the same statement opens.
  const last = parts.pop() ?? '';
  text = parts.length === 0 ? last : `with ${parts.map((p, i) => `w${i} as (${p})`).join(', ')} ${last}`;
  memoryWriteTexts.set(key, text);
  return text;
}

/**
 * Closes the user's open questions, remembers the thread's case and opens a pending command, whichever of
 * these are asked, in one statement: a mention that asks for confirmation did all three in three round
 * trips (docs/notes/perf.md, round 2). Each write means what its own function means; they commit together.
 */
export async function writeConversationMemory(
  db: Db,
  w: ConversationMemoryWrites,
): Promise<WrittenPending | null> {
  const close = w.closeAt !== undefined;
  const remember = w.remember !== undefined;
  const p = w.pending;
  if (!close && !p) {
    // Alone, the remembering is the statement it always was ($3 and $4 would have no type to infer).
    if (w.remember)
      await rememberConversationCase(db, w.surface, w.conversationKey, w.remember.caseId, w.remember.at);
    return null;
  }
  const values: unknown[] = [w.surface, w.conversationKey, w.userId, w.eventId ?? null];
  if (w.closeAt) values.push(w.closeAt);
  if (w.remember) values.push(w.remember.caseId, w.remember.at);
  if (p) {
    values.push(
      randomBytes(12).toString('base64url'),
      p.stage,
      p.action,
      JSON.stringify(p.args),
      p.missing ?? null,
      p.now,
      new Date(p.now.getTime() + p.ttlMs),
    );
  }
  const debtors = p !== undefined && w.debtorsOf !== undefined;
  if (debtors) values.push(w.debtorsOf);
  const result = await db.executeQuery<
    Parameters<typeof toPending>[0] & { person_debtors?: [number, string][] | string }
  >(CompiledQuery.raw(memoryWriteText(close, remember, p !== undefined, debtors), values));
  const row = result.rows[0];
  if (!p || !row) return null;
  const pending: WrittenPending = toPending(row);
  if (debtors) {
    const found =
      typeof row.person_debtors === 'string' ? JSON.parse(row.person_debtors) : row.person_debtors;
    pending.personDebtors = (found as [number, string][]).map(([id, name]) => ({ id, name }));
  }
  return pending;
}

/** True the first time an event id is seen on a surface; false for a retried delivery of it. */
export async function claimEvent(db: Db, surface: ChatSurface, eventId: string, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('processed_events')
    .values({ surface, event_id: eventId, processed_at: now })
    .onConflict((oc) => oc.columns(['surface', 'event_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function rememberConversationCase(
  db: Db,
  surface: ChatSurface,
  conversationKey: string,
  caseId: number,
  now: Date,
): Promise<void> {
  await db
    .insertInto('conversation_cases')
    .values({ surface, conversation_key: conversationKey, case_id: caseId, updated_at: now })
    .onConflict((oc) =>
      oc.columns(['surface', 'conversation_key']).doUpdateSet({ case_id: caseId, updated_at: now }),
    )
    .execute();
}

export async function conversationCase(
  db: Db,
  surface: ChatSurface,
  conversationKey: string,
): Promise<number | null> {
  const row = await db
    .selectFrom('conversation_cases')
    .select('case_id')
    .where('surface', '=', surface)
    .where('conversation_key', '=', conversationKey)
    .executeTakeFirst();
  return row?.case_id ?? null;
}

/** Forgets what can no longer matter: events a surface will not redeliver, questions long closed or expired. */
export async function forgetOldConversationMemory(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('processed_events').where('processed_at', '<', before).execute();
  await db
    .deleteFrom('pending_commands')
    .where((eb) => eb.or([eb('used_at', '<', before), eb('expires_at', '<', before)]))
    .execute();
}

// ── The start of a turn: who speaks, with what the turn reads first, in one statement ──────────────────

/** A per-user message limit taken in the turn's first statement (see src/conversation/rate-limit.ts). */
export interface TurnLimit {
  /** The limiter's key (rate-limiter-flexible's: `<prefix>:<key>`), so both ways count on one row. */
  key: string;
  points: number;
  durationMs: number;
}

/** What the turn reads first besides the speaker: its open question, or the pending command a click names. */
export type TurnFirstRead = { kind: 'open-question'; eventId?: string } | { kind: 'token'; token: string };

export interface TurnStart {
  actor: Actor | null;
  pending: PendingCommand | null;
  /** The case the conversation is about. */
  caseId: number | null;
  /** Over the limit: this message is one too many. */
  limited: boolean;
}

/**
 * The speaker (findUserByChatIdentity), the open question or the clicked pending command
 * (findOpenQuestion / findPendingByToken) with the conversation's case, and, when given, the message limit
 * counted (rate-limiter-flexible's upsert, the same row and the same fixed window): one round trip
 * instead of three or four. Every part is the very query it replaces; the pending part is read for the
 * speaker the identity part finds, as the separate reads did one after the other.
 */
export async function startTurn(
  db: Db,
  who: { surface: ChatSurface; externalId: string; workspaceId?: string; alsoUnscoped?: boolean },
  conversationKey: string,
  first: TurnFirstRead,
  now: Date,
  limit?: TurnLimit,
): Promise<TurnStart> {
  const workspaceId = who.workspaceId ?? '';
  const both = Boolean(who.alsoUnscoped) && workspaceId !== '';
  const shape: TurnStartShape = `${both ? 'both' : 'one'}:${
    first.kind === 'token' ? 'token' : first.eventId ? 'event' : 'plain'
  }:${limit ? 'limit' : 'free'}`;
  const base = { surface: who.surface, externalId: who.externalId, workspaceId, conversationKey };
  const firstArgs =
    first.kind === 'token'
      ? { token: first.token }
      : first.eventId
        ? { now, eventId: first.eventId }
        : { now };
  // The wall clock, as rate-limiter-flexible counts (not the turn's clock): both count on one row.
  const wall = Date.now();
  const limitArgs = limit
    ? { limitKey: limit.key, limitPoints: 1, limitExpire: wall + limit.durationMs, limitNow: wall }
    : {};
  const { rows } = await turnStartQuery(db, { ...base, ...firstArgs, ...limitArgs } as TurnStartArgs, shape);
  const r = rows[0];
  if (!r) throw new Error('the turn start query returned no row');
  return {
    actor:
      r.speaker_id === null
        ? null
        : toActor({
            id: r.speaker_id,
            name: r.speaker_name as string,
            role: r.speaker_role as string,
            partner_id: r.speaker_partner_id,
            creditor_id: r.speaker_creditor_id,
            locale: r.speaker_locale,
            locale_source: r.speaker_locale_source,
          }),
    pending: r.id === null ? null : toPending(r as Parameters<typeof toPending>[0]),
    caseId: r.conversation_case_id ?? null,
    limited: limit !== undefined && Number(r.limit_points) > limit.points,
  };
}

type TurnStartShape = `${'one' | 'both'}:${'token' | 'event' | 'plain'}:${'limit' | 'free'}`;

interface TurnStartArgs {
  surface: string;
  externalId: string;
  workspaceId: string;
  conversationKey: string;
  token?: string;
  now?: Date;
  eventId?: string;
  limitKey?: string;
  limitPoints?: number;
  limitExpire?: number;
  limitNow?: number;
}

type TurnStartRow = {
  speaker_id: number | null;
  speaker_name: string | null;
  speaker_role: string | null;
  speaker_partner_id: number | null;
  speaker_creditor_id: number | null;
  speaker_locale: string | null;
  speaker_locale_source: string | null;
  conversation_case_id: number | null;
  limit_points: number | null;
} & { [K in keyof Parameters<typeof toPending>[0]]: Parameters<typeof toPending>[0][K] | null };

// Every chat event runs it: compiled once per shape (compiled-once.ts). Written as SQL because the
// limit's table is rate-limiter-flexible's, not one of ours in Database. The identity part is
// identityQuery's (user.repository.ts), the pending parts openQuestionOf's and pendingByTokenQuery's,
// and the limit is RateLimiterPostgres._upsert (rate-limiter-flexible 11) with its `points` and `expire`.
const turnStartQuery = compiledOnce<TurnStartArgs, TurnStartRow, TurnStartShape>((db, a, shape) => {
  const [workspaces, first, limit] = shape.split(':');
  const pending =
    first === 'token'
      ? sql`select * from pending_commands where token = ${a.token}`
      : sql`select * from pending_commands
          where surface = ${a.surface} and conversation_key = ${a.conversationKey} and user_id = u.speaker_id
            and ${
              first === 'event'
                ? sql`(used_at is null or used_by_event = ${a.eventId})
                      and (created_by_event is null or created_by_event != ${a.eventId})`
                : sql`used_at is null`
            }
            and expires_at > ${a.now}
          order by id desc limit 1`;
  const counted =
    limit === 'limit'
      ? sql`with counted as (
          insert into rate_limits as r (key, points, expire) values (${a.limitKey}, ${a.limitPoints}, ${a.limitExpire})
          on conflict (key) do update set
            points = case when r.expire <= ${a.limitNow} then ${a.limitPoints} else r.points + ${a.limitPoints} end,
            expire = case when r.expire <= ${a.limitNow} then ${a.limitExpire} else r.expire end
          returning r.points
        ) `
      : sql``;
  const query = sql<TurnStartRow>`${counted}select u.*, p.*,
      (select case_id from conversation_cases
        where surface = ${a.surface} and conversation_key = ${a.conversationKey}) as conversation_case_id,
      ${limit === 'limit' ? sql`(select points from counted)` : sql`null::integer`} as limit_points
    from (select 1 as one) as one
    left join lateral (
      select users.id as speaker_id, users.name as speaker_name, users.role as speaker_role,
        users.partner_id as speaker_partner_id, users.creditor_id as speaker_creditor_id,
        users.locale as speaker_locale, users.locale_source as speaker_locale_source
      from chat_identities inner join users on users.id = chat_identities.user_id
      where chat_identities.surface = ${a.surface}
        and chat_identities.workspace_id in (${a.workspaceId}${workspaces === 'both' ? sql`, ''` : sql``})
        and chat_identities.external_id = ${a.externalId}
      order by chat_identities.workspace_id desc
      limit 1
    ) as u on true
    left join lateral (${pending}) as p on true`;
  return { compile: () => query.compile(db) } as Compilable<TurnStartRow>;
});
