import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { pipelineTransactions } from './pipelined-transactions.ts';
import { reusePreparedStatements } from './prepared-statements.ts';

export type DatabaseKind = 'server' | 'embedded';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The embedded engine, when there is one (pg-boss needs it to run on PGlite). */
  pglite?: PGlite;
  /** The server pool, when there is one (its use is a metric). */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A PostgreSQL server; when absent, an embedded PostgreSQL (PGlite). */
  url?: string;
  /** Where the embedded database keeps its files; absent: in memory. */
  dataDir?: string;
  poolSize?: number;
}

export async function connectDatabase(options: ConnectOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = createServerPool(options.url, options.poolSize ?? 10);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'server', pool, close: () => db.destroy() };
  }
  // Kysely's own PGlite dialect, not kysely-pglite: the latter interleaves concurrent transactions.
  const pglite = new PGlite(options.dataDir);
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    kind: 'embedded',
    pglite,
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/**
 * The server pool: each statement prepared once per connection, and pg's pipeline mode so that BEGIN
 * and COMMIT ride along with the statements next to them instead of costing round trips of their own.
 */
export function createServerPool(url: string, max: number): pg.Pool {
  // `pipeline` is pg's own option (8.23); its typings do not list it yet.
  const pool = new pg.Pool({ connectionString: url, max, pipeline: true } as pg.PoolConfig);
  reusePreparedStatements(pool);
  pipelineTransactions(pool);
  return pool;
}
