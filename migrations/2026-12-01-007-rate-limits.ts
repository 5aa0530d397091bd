import type { Kysely } from 'kysely';

// Frozen in time: never imports src/. The per-user message counters of the chat rate limit, shared by
// every instance of the app. The shape is the one rate-limiter-flexible's PostgreSQL store reads and
// writes (key, points, expire in epoch milliseconds); made here so the app never runs DDL at run time.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'varchar(255)', (c) => c.primaryKey())
    .addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expire', 'bigint')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limits').execute();
}
