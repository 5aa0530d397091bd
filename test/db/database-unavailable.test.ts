import { createServer } from 'node:net';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, createServerPool } from '../../src/db/connection.ts';
import type { Database } from '../../src/db/database.ts';
import {
  PLATFORM_TOO_SLOW,
  PLATFORM_UNREACHABLE,
  platformUnavailable,
} from '../../src/db/database-unavailable.ts';
import { databaseRelay } from '../helpers/database-relay.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

// A slow or unreachable database is an answer people can act on ("try again in a minute"), given
// quickly, not a generic apology minutes later. These call the pool as the application does.

const failureOf = async (attempt: Promise<unknown>): Promise<unknown> =>
  attempt.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );

/** A local port nothing listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('when the database cannot be reached', () => {
  it('when nothing listens at the database address, then the call fails as platform_unavailable with the sentence for people', async () => {
    const handle = await connectDatabase({ url: `postgres://postgres@127.0.0.1:${await closedPort()}/none` });
    try {
      const error = await failureOf(sql`select 1`.execute(handle.db));
      const unavailable = platformUnavailable(error);
      expect(unavailable?.code).toBe('platform_unavailable');
      expect(unavailable?.message).toBe(PLATFORM_UNREACHABLE);
    } finally {
      await handle.close();
    }
  });

  it('when an error is the application’s own (a bug, a constraint), then it is not taken for an outage', () => {
    expect(platformUnavailable(new Error('relation "nope" does not exist'))).toBeNull();
    expect(platformUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeNull();
  });
});

describe.skipIf(!process.env.DATABASE_URL)('when the database is slow or full (server)', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle?.close());

  it('when a statement runs longer than the statement timeout, then it is cancelled as platform_unavailable (too slow) and the pool goes on', async () => {
    const slow = await connectDatabase({ url: handle.url, poolSize: 1, statementTimeoutMs: 200 });
    try {
      const error = await failureOf(sql`select pg_sleep(3)`.execute(slow.db));
      expect((error as { code?: string }).code).toBe('57014');
      const unavailable = platformUnavailable(error);
      expect(unavailable?.code).toBe('platform_unavailable');
      expect(unavailable?.message).toBe(PLATFORM_TOO_SLOW);
      const next = await sql<{ n: number }>`select 1 as n`.execute(slow.db);
      expect(next.rows[0]?.n).toBe(1);
    } finally {
      await slow.close();
    }
  });

  it('when every connection of the pool stays busy longer than the connect timeout, then a new call gives up after the connect timeout as platform_unavailable (too slow) instead of queueing', async () => {
    const small = await connectDatabase({
      url: handle.url,
      poolSize: 1,
      connectTimeoutMs: 200,
      statementTimeoutMs: 0,
    });
    try {
      const busy = sql`select pg_sleep(1)`.execute(small.db);
      const error = await failureOf(sql`select 1`.execute(small.db));
      expect(String((error as Error).message)).toMatch(/timeout exceeded when trying to connect/);
      expect(platformUnavailable(error)?.message).toBe(PLATFORM_TOO_SLOW);
      await busy;
    } finally {
      await small.close();
    }
  });

  it('when set up for a transaction pooler, then no statement is prepared under a name on the server', async () => {
    const preparedAfterQueries = async (transactionPooler: boolean) => {
      // One connection, so the session asked about pg_prepared_statements is the one that ran the queries.
      const pool = createServerPool(handle.url as string, 1, { transactionPooler });
      const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      try {
        for (let i = 0; i < 3; i++) {
          await db.selectFrom('users').select('id').where('id', '=', i).execute();
          await db
            .transaction()
            .execute((trx) => trx.selectFrom('cases').select('id').where('id', '=', i).execute());
        }
        const r = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements`.execute(db);
        return r.rows[0]?.n;
      } finally {
        await db.destroy();
      }
    };
    expect(await preparedAfterQueries(false)).toBeGreaterThan(0); // what the setting turns off
    expect(await preparedAfterQueries(true)).toBe(0);
  });

  for (const transactionPooler of [false, true]) {
    it(`when the network to the database goes silent without a reset${transactionPooler ? ' (transaction pooler)' : ''}, then a statement fails as too slow soon after the statement timeout and the pool recovers once the network is back`, async () => {
      const relay = databaseRelay(handle.url as string);
      await relay.open();
      const cutOff = await connectDatabase({
        url: relay.url(),
        poolSize: 1,
        statementTimeoutMs: 300,
        connectTimeoutMs: 500,
        transactionPooler,
      });
      try {
        await sql`select 1`.execute(cutOff.db);
        relay.hang();
        const error = await failureOf(sql`select 1`.execute(cutOff.db));
        expect(platformUnavailable(error)?.message).toBe(PLATFORM_TOO_SLOW);
        relay.resume();
        const next = await sql<{ n: number }>`select 2 as n`.execute(cutOff.db);
        expect(next.rows[0]?.n).toBe(2);
      } finally {
        await cutOff.close();
        await relay.cut();
      }
    });
  }
});
