import type pg from 'pg';

type Query = (textOrConfig: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * Prefix for the last statement of a transaction (see `writeLast`): on a pipelined server connection the
 * COMMIT travels with it instead of waiting for its answer.
 */
export const LAST_IN_TRANSACTION = '/* last in transaction */ ';

const BEGUN = Object.freeze({ command: 'BEGIN', rowCount: null, rows: [], fields: [] });
const NOTHING_TO_END = Object.freeze({ command: 'COMMIT', rowCount: null, rows: [], fields: [] });

interface Corkable {
  cork(): void;
  uncork(): void;
}

/**
 * Saves two round trips per transaction on a pool created with pg's `pipeline: true`, where a statement
 * is written at once instead of after the previous answer. Every round trip costs a wake-up of the
 * server process and of Node, which under load was most of a case action's time (bench/core.bench.ts):
 *
 * - BEGIN is held back and written in the same packet as the transaction's first statement; that
 *   statement's answer carries BEGIN's failure, if any. A transaction with no statement sends nothing.
 * - A statement marked LAST_IN_TRANSACTION is written in one packet with COMMIT; Kysely's own COMMIT
 *   then receives that answer. PostgreSQL answers COMMIT with ROLLBACK when the statement before it
 *   failed, which Kysely already treats as a failed transaction, so nothing is committed that should
 *   not be.
 *
 * The server runs the statements of one connection in the order they were written, so the transaction
 * means exactly what it meant unpipelined. A statement sent after the last one is refused loudly: it
 * would otherwise run outside the transaction.
 */
export function pipelineTransactions(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const target = client as unknown as { query: Query; connection?: { stream?: Partial<Corkable> } };
    const query = target.query.bind(client) as Query;
    let inTransaction = false;
    let heldBegin: string | null = null;
    let commit: Promise<unknown> | null = null;

    /** Writes what is given in one packet (the socket buffers until uncorked). */
    const together = <T>(send: () => T): T => {
      const stream = target.connection?.stream;
      if (typeof stream?.cork !== 'function' || typeof stream.uncork !== 'function') return send();
      stream.cork();
      try {
        return send();
      } finally {
        stream.uncork();
      }
    };
    const early = (text: string): Promise<unknown> => {
      const sent = query(text) as Promise<unknown>;
      sent.catch(() => {}); // read later, by the statement or the COMMIT it belongs to
      return sent;
    };

    target.query = (textOrConfig, values, callback) => {
      if (typeof textOrConfig !== 'string' || callback !== undefined) {
        // Not Kysely's kind of call (a cursor, a callback): the held BEGIN goes first, as sent.
        if (heldBegin !== null) {
          early(heldBegin);
          heldBegin = null;
        }
        return query(textOrConfig, values, callback);
      }
      const text = textOrConfig;
      const bare = !Array.isArray(values) || values.length === 0;
      if (bare && !inTransaction && /^(begin|start transaction)\b/i.test(text)) {
        inTransaction = true;
        heldBegin = text;
        return Promise.resolve(BEGUN);
      }
      if (bare && inTransaction && /^(commit|rollback)$/i.test(text)) {
        inTransaction = false;
        const committed = commit;
        commit = null;
        if (heldBegin !== null) {
          heldBegin = null; // nothing was sent: nothing to commit or roll back
          return Promise.resolve(NOTHING_TO_END);
        }
        if (committed !== null && text.toLowerCase() === 'commit') return committed;
        // A rollback after an early COMMIT finds no transaction: harmless, and it settles the state.
        return query(text);
      }
      if (commit !== null) {
        return Promise.reject(
          new Error(`A statement was sent after the last statement of a transaction: ${text.slice(0, 80)}`),
        );
      }
      const last = inTransaction && text.startsWith(LAST_IN_TRANSACTION);
      const begin = heldBegin;
      heldBegin = null;
      return together(() => {
        const begun = begin === null ? null : early(begin);
        const answer = query(text, values) as Promise<unknown>;
        if (last) commit = early('commit');
        // The answer to BEGIN arrives first; if it failed, so does this statement.
        return begun === null ? answer : Promise.all([begun, answer]).then(([, a]) => a);
      });
    };
  });
}
