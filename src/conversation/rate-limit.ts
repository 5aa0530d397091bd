import { CompiledQuery, type Kysely } from 'kysely';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Database } from '../db/database.ts';
import { sayBeforeTurn } from '../i18n/known-locales.ts';
import type { Logger } from '../logger.ts';
import type { ConversationEngine, IncomingMessage } from './engine-contract.ts';
import type { Reply } from './reply.ts';

// A per-user limit on chat messages, in front of the engine: one user pasting in a loop (or a script
// with a user's token) must not take the interpreter and the database away from everybody else. Over the
// limit the message is answered at once and nothing else happens: no interpretation, no database write.

export const RATE_LIMITED_TEXT = "You're sending messages faster than I can handle; please wait a moment.";

/** The table the shared counters live in (migration 2026-12-01-001-rate-limits). */
export const RATE_LIMIT_TABLE = 'rate_limits';

export interface MessageRateLimit {
  /** Messages one user may send on one surface per minute. */
  messagesPerMinute: number;
  /**
   * 'database': counters in PostgreSQL, so the limit holds across every instance of the app (the
   * server); 'memory': counters in this process (the embedded database has one process anyway).
   */
  store: 'database' | 'memory';
}

/**
 * rate-limiter-flexible talks to a `pg`-like client ({ query({ text, values }) → { rows } }). Kysely
 * runs the statement on the app's own pool, so the limiter needs no connection of its own.
 */
export function kyselyStoreClient(db: Kysely<Database>) {
  return {
    async query(q: { text: string; values?: unknown[] }): Promise<{ rows: unknown[] }> {
      const result = await db.executeQuery(CompiledQuery.raw(q.text, q.values ?? []));
      return { rows: result.rows as unknown[] };
    },
  };
}

export function withMessageRateLimit(
  engine: ConversationEngine,
  options: MessageRateLimit & { db: Kysely<Database>; logger: Logger },
): ConversationEngine {
  const common = { keyPrefix: 'chat_messages', points: options.messagesPerMinute, duration: 60 };
  const limiter =
    options.store === 'database'
      ? new RateLimiterPostgres({
          ...common,
          storeClient: kyselyStoreClient(options.db),
          storeType: 'pool',
          tableName: RATE_LIMIT_TABLE,
          // The migration made it; the limiter must not run DDL at run time.
          tableCreated: true,
        })
      : new RateLimiterMemory(common);

  /** The limiter's key of the speaker: the same user id in two workspaces is two people, with a budget each. */
  const keyOf = (message: IncomingMessage) =>
    `${message.surface}:${message.workspaceId ? `${message.workspaceId}:` : ''}${message.userExternalId}`;

  /** True when the message may go on. A failing store lets messages through: the limit is a guard, not a gate. */
  async function allowed(message: IncomingMessage): Promise<boolean> {
    try {
      await limiter.consume(keyOf(message));
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return false;
      options.logger.warn({ err: rejection }, 'message rate limit unavailable; message let through');
      return true;
    }
  }

  // On the database, an engine that can counts the limit in its turn's first statement, with the
  // speaker and the open question (conversation-memory.repository.ts `startTurn`): the same row, key,
  // points and window as the limiter's own upsert, one round trip fewer per message.
  const inTurn = options.store === 'database' && engine.countsMessageLimit === true;
  return {
    async handleMessage(message: IncomingMessage): Promise<Reply[]> {
      if (inTurn) {
        return engine.handleMessage({
          ...message,
          messageLimit: {
            key: limiter.getKey(keyOf(message)),
            points: options.messagesPerMinute,
            durationMs: 60_000,
            apart: () => allowed(message),
          },
        });
      }
      // RATE_LIMITED_TEXT in the person's language when known without a query (src/i18n/known-locales.ts).
      if (!(await allowed(message)))
        return [{ text: sayBeforeTurn(message, 'chat4.rate_limited'), private: true }];
      return engine.handleMessage(message);
    },
    handleChoice: (choice) => engine.handleChoice(choice),
    handleForm: (form) => engine.handleForm(form),
    awaitsAnswer: async (surface, key, user, workspace) =>
      (await engine.awaitsAnswer?.(surface, key, user, workspace)) ?? false,
  };
}
