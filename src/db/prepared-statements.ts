import type pg from 'pg';

type Query = (textOrConfig: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * Prefix for SQL that must not be prepared: statements of a library that changes its own tables at run
 * time (pg-boss creates and drops its queue tables), whose prepared plans would go stale.
 */
export const UNPREPARED = '/* unprepared */ ';

/**
 * Makes every connection of the pool send each parameterised statement as a named prepared statement,
 * so that PostgreSQL parses and plans a text once per connection and reuses it afterwards. Kysely sends
 * the same few texts over and over (a case action is 4–6 of them); planning them again each time was
 * about half of the server's CPU per action (bench/core.bench.ts).
 *
 * Only statements with parameters are named (not begin/commit/DDL), and at most `maxPerConnection`
 * distinct texts per connection (the rest are sent unnamed as before), so a query whose text varies
 * (an `in (...)` list of any length) cannot grow a connection's memory without bound. Text starting with
 * UNPREPARED is never named. A prepared plan that a schema change invalidates is re-planned by
 * PostgreSQL itself, except when the change alters a `select *` result (a migration adding a column
 * while the app runs): that statement fails once ("cached plan must not change result type") and is
 * prepared afresh under a new name the next time.
 */
export function reusePreparedStatements(pool: pg.Pool, maxPerConnection = 500): void {
  pool.on('connect', (client) => {
    const names = new Map<string, string>();
    let prepared = 0; // never reused: a forgotten text's old name still exists on the server
    const target = client as unknown as { query: Query };
    const query = target.query.bind(client) as Query;
    target.query = (textOrConfig, values, callback) => {
      if (
        typeof textOrConfig === 'string' &&
        Array.isArray(values) &&
        values.length > 0 &&
        callback === undefined &&
        !textOrConfig.startsWith(UNPREPARED)
      ) {
        let name = names.get(textOrConfig);
        if (name === undefined && prepared < maxPerConnection) {
          prepared++;
          name = `k${prepared}`;
          names.set(textOrConfig, name);
        }
        if (name !== undefined) {
          const text = textOrConfig;
          return (query({ name, text, values }) as Promise<unknown>).catch((error: unknown) => {
            if ((error as { code?: string }).code === '0A000') names.delete(text);
            throw error;
          });
        }
      }
      return query(textOrConfig, values, callback);
    };
  });
}
