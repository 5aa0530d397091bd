import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';

/**
 * The transaction `trx`, shaped as the database a use case is given: the use case's own
 * `db.transaction().execute(fn)` runs `fn` inside `trx` instead of opening a transaction of its own. So
 * the caller's writes (using up the confirmation that asked for the action) and the use case's writes
 * commit together or not at all.
 *
 * The caller writes first: a use case may end with `writeLast`, after which nothing more may be sent in
 * the transaction (src/db/pipelined-transactions.ts).
 */
export function joinTransaction(trx: Transaction<Database>): Kysely<Database> {
  const joined = {
    setIsolationLevel: () => joined,
    setAccessMode: () => joined,
    execute: <T>(fn: (t: Transaction<Database>) => Promise<T>): Promise<T> => fn(trx),
  };
  return new Proxy(trx, {
    get(target, prop) {
      if (prop === 'transaction') return () => joined;
      // Kysely keeps its state in private fields: methods must run on the transaction itself.
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as unknown as Kysely<Database>;
}
