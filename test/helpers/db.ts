import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

/**
 * A migrated, empty database for one test file: an in-memory embedded PostgreSQL by default, or a fresh
 * database on the server named by DATABASE_URL (created here, dropped by close()).
 */
export type TestDatabase = DatabaseHandle & {
  isServer: boolean;
  /** On the server: the connection string of this file's own database (for a second pool or client). */
  url?: string;
};

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await connectDatabase({});
    await migrateToLatest(handle.db);
    return { ...handle, isServer: false };
  }
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  // Generous bounds: a loaded test machine must not fail a test on the production timeouts (5 s per
  // statement, 2 s for a connection); the tests of those timeouts make pools of their own.
  const handle = await connectDatabase({
    url: testUrl.toString(),
    poolSize: 60,
    statementTimeoutMs: 60_000,
    connectTimeoutMs: 30_000,
  });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    isServer: true,
    url: testUrl.toString(),
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      // pool.end() resolves before every socket has closed; a forced drop now would kill those sessions
      // and surface their FATAL 57P01 as an unhandled error. Give them a moment, then force.
      for (let i = 0; i < 20; i++) {
        const open = await dropper.query(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (open.rows[0]?.n === 0) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Empties every table of ours, so that tests in one file start from nothing. */
export async function truncateAll(handle: DatabaseHandle): Promise<void> {
  const tables = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = 'public' and tablename not like 'kysely_%'`.execute(
    handle.db,
  );
  if (tables.rows.length === 0) return;
  const list = tables.rows.map((t) => `"${t.tablename}"`).join(', ');
  await sql.raw(`truncate ${list} restart identity cascade`).execute(handle.db);
}
