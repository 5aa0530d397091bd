import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { reusePreparedStatements } from './prepared-statements.ts';

export type DatabaseKind = 'server' | 'embedded';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The embedded engine, when there is one (pg-boss needs it to run on PGlite). */
  pglite?: PGlite;
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
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    reusePreparedStatements(pool);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'server', close: () => db.destroy() };
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
