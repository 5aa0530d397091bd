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
}

const toStderr = (line: string) => {
  process.stderr.write(`${line}\n`);
};

/**
 * The application's database, ready to use: the PostgreSQL server of DATABASE_URL, or else the embedded
 * PostgreSQL kept on disk under DATA_DIR; migrated, and seeded with the demo world when asked and empty.
 */
export async function openAppDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>,
  opts: OpenAppDatabaseOptions = {},
): Promise<DatabaseHandle> {
  const log = opts.log ?? toStderr;
  let handle: DatabaseHandle;
  if (config.DATABASE_URL) {
    handle = await connectDatabase({ url: config.DATABASE_URL });
    log(`database: PostgreSQL server ${redact(config.DATABASE_URL)}`);
  } else {
    const dataDir = resolve(config.DATA_DIR);
    await mkdir(dataDir, { recursive: true });
    handle = await connectDatabase({ dataDir });
    log(`database: embedded PostgreSQL in ${dataDir}`);
  }
  try {
    const applied = await migrateToLatest(handle.db);
    if (applied.length > 0) log(`database: applied migrations ${applied.join(', ')}`);
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
