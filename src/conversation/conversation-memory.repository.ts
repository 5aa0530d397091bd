import { randomBytes } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
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
  const row = await db
    .selectFrom('pending_commands')
    .selectAll()
    .where('surface', '=', surface)
    .where('conversation_key', '=', conversationKey)
    .where('user_id', '=', userId)
    .where((eb) =>
      eventId
        ? eb.and([
            eb.or([eb('used_at', 'is', null), eb('used_by_event', '=', eventId)]),
            eb.or([eb('created_by_event', 'is', null), eb('created_by_event', '!=', eventId)]),
          ])
        : eb('used_at', 'is', null),
    )
    .where('expires_at', '>', now)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toPending(row) : null;
}

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
  const row = await db
    .selectFrom(sql<{ one: number }>`(select 1 as one)`.as('one'))
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('pending_commands')
          .selectAll()
          .where('surface', '=', surface)
          .where('conversation_key', '=', conversationKey)
          .where('user_id', '=', userId)
          .where((w) =>
            eventId
              ? w.and([
                  w.or([w('used_at', 'is', null), w('used_by_event', '=', eventId)]),
                  w.or([w('created_by_event', 'is', null), w('created_by_event', '!=', eventId)]),
                ])
              : w('used_at', 'is', null),
          )
          .where('expires_at', '>', now)
          .orderBy('id', 'desc')
          .limit(1)
          .as('p'),
      (join) => join.onTrue(),
    )
    .selectAll('p')
    .select((eb) =>
      eb
        .selectFrom('conversation_cases')
        .select('case_id')
        .where('surface', '=', surface)
        .where('conversation_key', '=', conversationKey)
        .as('conversation_case_id'),
    )
    .executeTakeFirstOrThrow();
  const { conversation_case_id: caseId, ...pending } = row;
  return {
    pending: pending.id === null ? null : toPending(pending as Parameters<typeof toPending>[0]),
    caseId: caseId ?? null,
  };
}

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
  const row = await db
    .selectFrom('pending_commands')
    .selectAll()
    .where('token', '=', token)
    .executeTakeFirst();
  return row ? toPending(row) : null;
}

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
  const result = await db
    .updateTable('pending_commands')
    .set({ used_at: now, used_by_event: eventId ?? null })
    .where('token', '=', token)
    .where('user_id', '=', userId)
    .where((eb) =>
      eventId && sameEventAgain
        ? eb.or([eb('used_at', 'is', null), eb('used_by_event', '=', eventId)])
        : eb('used_at', 'is', null),
    )
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

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
