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

export interface ConnectOptions extends ServerPoolOptions {
  /** A PostgreSQL server; when absent, an embedded PostgreSQL (PGlite). */
  url?: string;
  /** Where the embedded database keeps its files; absent: in memory. */
  dataDir?: string;
  /** Server connections this process may hold (DB_POOL_SIZE). */
  poolSize?: number;
}

/** How the server pool behaves when the database is slow, gone, or behind PgBouncer. */
export interface ServerPoolOptions {
  /** The server cancels a statement running longer than this (DB_STATEMENT_TIMEOUT_MS); 0: never. */
  statementTimeoutMs?: number;
  /** Longest wait for a connection, free or new, before the call fails (DB_CONNECT_TIMEOUT_MS). */
  connectTimeoutMs?: number;
  /** Behind a transaction-mode pooler (DB_TRANSACTION_POOLER): no named statements, no pipelining. */
  transactionPooler?: boolean;
  /** Where a connection lost outside any query is reported; the process carries on either way. */
  onConnectionError?: (error: Error) => void;
}

export const DEFAULT_POOL_SIZE = 10;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 2_000;
/** How much longer than the server's statement timeout we wait for an answer before giving up on it. */
const QUERY_TIMEOUT_MARGIN_MS = 1_000;

export async function connectDatabase(options: ConnectOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = createServerPool(options.url, options.poolSize ?? DEFAULT_POOL_SIZE, options);
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
 *
 * It survives the database going away: a connection that breaks (server restart, network reset,
 * pg_terminate_backend) is dropped from the pool and the calls using it fail with an error that
 * `platformUnavailable` recognises; the next call opens a new connection. Waiting for a connection and
 * running a statement are both bounded, so a slow or unreachable database fails fast instead of late.
 *
 * Behind a transaction-mode pooler (PgBouncer) a connection is not ours between transactions, so
 * neither named prepared statements nor pipelining may be used, and the statement timeout cannot be a
 * startup parameter (PgBouncer refuses those): set it on the database role instead (docs/notes).
 */
export function createServerPool(url: string, max: number, options: ServerPoolOptions = {}): pg.Pool {
  const pooler = options.transactionPooler ?? false;
  const statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const config: pg.PoolConfig & { pipeline?: boolean } = {
    connectionString: url,
    max,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
  };
  // `pipeline` is pg's own option (8.23); its typings do not list it yet.
  if (!pooler) config.pipeline = true;
  if (statementTimeoutMs > 0) {
    if (!pooler) config.statement_timeout = statementTimeoutMs;
    // A network cut without a reset leaves a sent statement unanswered for as long as TCP retries
    // (~15 minutes): the server's timeout never reaches us. pg gives up on our side a little later.
    config.query_timeout = statementTimeoutMs + QUERY_TIMEOUT_MARGIN_MS;
  }
  // Lets the kernel notice an idle connection that died silently (no reset) instead of never.
  config.keepAlive = true;
  config.keepAliveInitialDelayMillis = 10_000;
  const pool = new pg.Pool(config);
  const report = options.onConnectionError ?? (() => {});
  // An idle connection that breaks is removed by pg-pool, which then emits 'error' on the pool; with
  // no listener that is an uncaught exception and the process exits.
  pool.on('error', (error) => report(error));
  pool.on('connect', (client) => {
    // A connection in use has no pool listener: its 'error' would be uncaught. The queries on it are
    // already rejected with the same error, which their callers handle and report.
    client.on('error', () => {});
    // A FATAL message means the server is ending this session (57P01 on pg_terminate_backend or a
    // shutdown). End it on our side at once, so that the pool discards it when it is released rather
    // than handing it out again in the moment before the socket closes.
    const connection = (client as unknown as { connection?: NodeJS.EventEmitter }).connection;
    connection?.on('errorMessage', (message: { severity?: string }) => {
      if (message.severity === 'FATAL') client.end().catch(() => {});
    });
    dropConnectionOnReadTimeout(client);
  });
  if (!pooler) {
    reusePreparedStatements(pool);
    pipelineTransactions(pool);
  }
  return pool;
}

type Query = (textOrConfig: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * pg rejects a statement unanswered after `query_timeout` ("Query read timeout") but, unpipelined, keeps
 * the connection waiting for that answer, so every later statement on it would queue behind it. End the
 * connection at once (before the caller releases it, so the pool discards it rather than lending it out).
 */
function dropConnectionOnReadTimeout(client: pg.PoolClient): void {
  const target = client as unknown as { query: Query };
  const query = target.query.bind(client) as Query;
  target.query = (textOrConfig, values, callback) => {
    const result = query(textOrConfig, values, callback);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if ((error as Error | undefined)?.message === 'Query read timeout') client.end().catch(() => {});
      });
    }
    return result;
  };
}
