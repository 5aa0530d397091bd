import type { PGlite } from '@electric-sql/pglite';
import { CompiledQuery } from 'kysely';
import type PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../db/connection.ts';
import { UNPREPARED } from '../db/prepared-statements.ts';

/**
 * pg-boss's SQL through the application's own database, so the queue lives in the same PostgreSQL
 * (server or embedded) and needs no second connection string.
 *
 * Embedded: pg-boss sends several statements at once without parameters (its migrations), which only
 * PGlite's exec() accepts; parameterised SQL goes through query(). PGlite runs one statement at a time
 * and Kysely's PGlite dialect holds PGlite's exclusive transaction lock, so a queue query never lands
 * inside an application transaction.
 *
 * Server: Kysely's pg connection. With no parameters pg uses the simple query protocol, which also
 * accepts several statements. Never as prepared statements: pg-boss creates and drops its own tables.
 */
export function bossDatabase(handle: DatabaseHandle): PgBoss.Db {
  const pglite = handle.pglite;
  if (pglite) return pgliteDb(pglite);
  return {
    async executeSql(text, values) {
      const result = await handle.db.executeQuery(CompiledQuery.raw(`${UNPREPARED}${text}`, values ?? []));
      return { rows: result.rows as unknown[] };
    },
  };
}

function pgliteDb(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text, values) {
      if (!values || values.length === 0) {
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      const result = await pglite.query(text, values);
      return { rows: result.rows };
    },
  };
}
