import { CompiledQuery, type Kysely } from 'kysely';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres } from 'rate-limiter-flexible';
import type { Database } from '../../db/database.ts';
import { say } from '../../i18n/messages.ts';
import type { Logger } from '../../logger.ts';
import { RATE_LIMIT_TABLE } from '../rate-limit.ts';

// Guessing link codes is made pointless: every refused code counts against the chat account that tried
// it and against everybody together (one attacker with many accounts). Only refusals count, so people who
// type their code right are never slowed, and nobody can lock the others out with good codes.

export interface LinkCodeGuardSettings {
  /** Refused codes one chat account may try per hour (LINK_CODE_FAILURES_PER_ACCOUNT). */
  failuresPerAccount: number;
  /** Refused codes all accounts together may try per hour (LINK_CODE_FAILURES_GLOBAL). */
  failuresGlobal: number;
  store: 'database' | 'memory';
}

export const DEFAULT_LINK_CODE_GUARD: Omit<LinkCodeGuardSettings, 'store'> = {
  failuresPerAccount: 5,
  failuresGlobal: 100,
};

// The English of `chat4.link.too_many` / `chat4.link.paused`, said in the surface's locale (see speaker.ts).
export const TOO_MANY_TRIES_TEXT =
  'Too many wrong link codes were tried from this account. Please wait an hour and try again, or ask support to link your account.';
export const TOO_MANY_TRIES_GLOBAL_TEXT =
  'Too many wrong link codes were tried in the last hour, so linking by code is paused for a while. Please try again later, or ask support to link your account.';

export interface LinkCodeGuard {
  /** Null when the account may try a code; otherwise the sentence to answer with. */
  refusal(accountKey: string): Promise<string | null>;
  /** A refused code: counts against the account and against everybody. */
  failed(accountKey: string): Promise<void>;
}

function storeClient(db: Kysely<Database>) {
  return {
    // The store's `get` reads rowCount (pg's result shape), not only rows.
    async query(q: { text: string; values?: unknown[] }): Promise<{ rows: unknown[]; rowCount: number }> {
      const result = await db.executeQuery(CompiledQuery.raw(q.text, q.values ?? []));
      return { rows: result.rows as unknown[], rowCount: result.rows.length };
    },
  };
}

const GLOBAL_KEY = 'all';
const HOUR_S = 3600;

export function createLinkCodeGuard(
  settings: LinkCodeGuardSettings & { db: Kysely<Database>; logger: Logger },
): LinkCodeGuard {
  const make = (keyPrefix: string, points: number): RateLimiterAbstract =>
    settings.store === 'database'
      ? new RateLimiterPostgres({
          keyPrefix,
          points,
          duration: HOUR_S,
          storeClient: storeClient(settings.db),
          storeType: 'pool',
          tableName: RATE_LIMIT_TABLE,
          tableCreated: true,
        })
      : new RateLimiterMemory({ keyPrefix, points, duration: HOUR_S });
  const perAccount = make('link_code_account', settings.failuresPerAccount);
  const global = make('link_code_global', settings.failuresGlobal);

  const spent = async (limiter: RateLimiterAbstract, key: string, points: number) =>
    ((await limiter.get(key))?.consumedPoints ?? 0) >= points;

  return {
    async refusal(accountKey) {
      // A failing store refuses: here the limit is the gate, and a person can still be linked by support.
      try {
        if (await spent(perAccount, accountKey, settings.failuresPerAccount))
          return say('chat4.link.too_many');
        if (await spent(global, GLOBAL_KEY, settings.failuresGlobal)) return say('chat4.link.paused');
        return null;
      } catch (error) {
        settings.logger.warn({ err: error }, 'link code guard unavailable; code refused');
        return say('chat4.link.paused');
      }
    },
    async failed(accountKey) {
      // Over the limit the consume rejects with the counter; the count is what matters, not the rejection.
      await perAccount.consume(accountKey).catch(() => undefined);
      await global.consume(GLOBAL_KEY).catch(() => undefined);
    },
  };
}
