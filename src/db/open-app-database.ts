import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import { type Clock, systemClock } from '../domain/clock.ts';
import { connectDatabase, type DatabaseHandle } from './connection.ts';
import { migrateToLatest } from './migrate.ts';
import { hasUsers, seedDemoWorld } from './seed/seed-demo-world.ts';

export interface OpenAppDatabaseOptions {
  /** Load the demo world when the database has no users yet (`npm start` on a fresh machine). */
  seedIfEmpty?: boolean;
  clock?: Clock;
  /** Where progress lines go; standard error by default, since standard output belongs to the chat. */
  log?: (line: string) => void;
  /** Where a lost server connection is reported (the process carries on; the next call reconnects). */
  onConnectionError?: (error: Error) => void;
}

/** The server settings (DB_*); each has a default, so a config without them still opens. */
type ServerSettings = Partial<
  Pick<Config, 'DB_POOL_SIZE' | 'DB_STATEMENT_TIMEOUT_MS' | 'DB_CONNECT_TIMEOUT_MS' | 'DB_TRANSACTION_POOLER'>
>;

const toStderr = (line: string) => {
  process.stderr.write(`${line}\n`);
};

/**
 * The application's database, ready to use: the PostgreSQL server of DATABASE_URL, or else the embedded
 * PostgreSQL kept on disk under DATA_DIR; migrated, and seeded with the demo world when asked and empty.
 */
export async function openAppDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'> & ServerSettings,
  opts: OpenAppDatabaseOptions = {},
): Promise<DatabaseHandle> {
  const log = opts.log ?? toStderr;
  let handle: DatabaseHandle;
  if (config.DATABASE_URL) {
    const server = {
      url: config.DATABASE_URL,
      connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
      transactionPooler: config.DB_TRANSACTION_POOLER,
      onConnectionError: opts.onConnectionError,
    };
    // Migrations first, on a connection of their own without the statement timeout: building an index
    // on a large table may rightly take longer than any chat statement should.
    const migrator = await connectDatabase({ ...server, poolSize: 1, statementTimeoutMs: 0 });
    try {
      const applied = await migrateToLatest(migrator.db);
      if (applied.length > 0) log(`database: applied migrations ${applied.join(', ')}`);
    } finally {
      await migrator.close();
    }
    handle = await connectDatabase({
      ...server,
      poolSize: config.DB_POOL_SIZE,
      statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    });
    log(`database: PostgreSQL server ${redact(config.DATABASE_URL)}`);
  } else {
    const dataDir = resolve(config.DATA_DIR);
    await mkdir(dataDir, { recursive: true });
    handle = await connectDatabase({ dataDir });
    log(`database: embedded PostgreSQL in ${dataDir}`);
  }
  try {
    if (handle.kind === 'embedded') {
      const applied = await migrateToLatest(handle.db);
      if (applied.length > 0) log(`database: applied migrations ${applied.join(', ')}`);
    }
    if (opts.seedIfEmpty && !(await hasUsers(handle.db))) {
      const result = await seedDemoWorld(handle.db, opts.clock ?? systemClock);
      if (result.seeded)
        log(`database: loaded the demo world (${result.users} users, ${result.cases} cases)`);
    }
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/** The URL without its password, for logs. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}
