import { type Compilable, type CompiledQuery, createQueryId, type Kysely, type QueryResult } from 'kysely';
import type { Database } from './database.ts';

// The statements every chat event runs were built with Kysely's builder and compiled to SQL on each call:
// about 13 % of the app's CPU under the e2e bench (docs/notes/perf.md). A query made with `compiledOnce`
// is built and compiled the first time it runs in a given shape, with a stand-in object for each value;
// later calls only put their values where the stand-ins were. The SQL text is the one Kysely writes, so
// the prepared-statements module (prepared-statements.ts) names it once per connection, and behind
// DB_TRANSACTION_POOLER it is sent unnamed as before; the values still travel as parameters, never in
// the text.

const STAND_IN = Symbol('compiled-once stand-in');

interface StandIn {
  readonly [STAND_IN]: string;
}

function isStandIn(value: unknown): value is StandIn {
  return typeof value === 'object' && value !== null && STAND_IN in value;
}

interface Compiled {
  query: CompiledQuery['query'];
  sql: string;
  /** Per parameter: the name of the argument it takes, or a constant Kysely put there (a `limit 1`). */
  slots: ({ arg: string } | { constant: unknown })[];
}

type Executor = Kysely<Database>;

/**
 * A query compiled once per shape. `build` must use each argument only as a value (a `where` operand, a
 * `set` value, a `values` entry); anything that changes the SQL text (an optional filter, a lock, a list
 * whose length varies) belongs in `shape`, whose every value gets its own compiled text. An argument
 * that Kysely would not send as a parameter is refused the first time the query is compiled.
 */
export function compiledOnce<Args extends object, Row, Shape extends string = string>(
  build: (db: Kysely<Database>, args: Args, shape: Shape) => Compilable<Row>,
): (db: Executor, args: Args, shape?: Shape) => Promise<QueryResult<Row>> {
  const byShape = new Map<string, Compiled>();
  return (db, args, shape = '' as Shape) => {
    let compiled = byShape.get(shape);
    if (compiled === undefined) {
      const standIns = Object.fromEntries(
        Object.keys(args).map((name) => [name, Object.freeze({ [STAND_IN]: name })]),
      ) as unknown as Args;
      const c = build(db, standIns, shape).compile();
      const slots = c.parameters.map((p) => (isStandIn(p) ? { arg: p[STAND_IN] } : { constant: p }));
      const used = new Set(slots.flatMap((s) => ('arg' in s ? [s.arg] : [])));
      const unused = Object.keys(args).filter((name) => !used.has(name));
      if (unused.length > 0) throw new Error(`compiledOnce: not sent as parameters: ${unused.join(', ')}`);
      compiled = { query: c.query, sql: c.sql, slots };
      byShape.set(shape, compiled);
    }
    const values = args as Record<string, unknown>;
    const parameters = compiled.slots.map((s) => ('arg' in s ? values[s.arg] : s.constant));
    return db.executeQuery<Row>({
      query: compiled.query,
      sql: compiled.sql,
      parameters,
      queryId: createQueryId(),
    });
  };
}
