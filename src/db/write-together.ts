import { type Kysely, type OperationNodeSource, sql, type Transaction } from 'kysely';
import type { Database } from './database.ts';
import { LAST_IN_TRANSACTION } from './pipelined-transactions.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** An insert, update or delete built by a repository and not executed yet. */
export type Write = OperationNodeSource;

/**
 * Sends independent writes as ONE statement, each a data-modifying CTE, so that an action costs one
 * round trip for all its rows instead of one per row (the round trips, not the rows, were most of a
 * case action's cost: see bench/core.bench.ts). PostgreSQL runs every data-modifying CTE exactly once,
 * whether or not anything reads it, and checks foreign keys at the end of the statement.
 *
 * The writes must not depend on each other: they all see the database as it was before the statement
 * (so never two writes to the same row). `primary`, when given, is the statement the CTEs are attached to,
 * and its rows (its `returning`) are what this returns.
 */
export async function writeTogether<R = unknown>(
  db: Db,
  writes: readonly (Write | null | undefined)[],
  primary?: Write,
): Promise<R[]> {
  return write<R>(db, '', writes, primary);
}

/**
 * `writeTogether` as the LAST statement of a transaction, so that on the server the COMMIT is sent right
 * behind it rather than one round trip later (src/db/pipelined-transactions.ts). Nothing may run in the
 * transaction after it; trying fails loudly.
 */
export async function writeLast<R = unknown>(
  trx: Transaction<Database>,
  writes: readonly (Write | null | undefined)[],
  primary?: Write,
): Promise<R[]> {
  return write<R>(trx, LAST_IN_TRANSACTION, writes, primary);
}

async function write<R>(
  db: Db,
  prefix: string,
  writes: readonly (Write | null | undefined)[],
  primary?: Write,
): Promise<R[]> {
  const all = writes.filter((w): w is Write => w != null);
  const main = primary ?? all.pop();
  if (main === undefined) return [];
  const start = sql.raw(prefix);
  if (all.length === 0) return (await sql<R>`${start}${main}`.execute(db)).rows;
  const ctes = sql.join(
    all.map((w, i) => sql`${sql.raw(`w${i}`)} as (${w})`),
    sql`, `,
  );
  return (await sql<R>`${start}with ${ctes} ${main}`.execute(db)).rows;
}
