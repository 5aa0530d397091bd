import { type Kysely, sql } from 'kysely';

// Frozen in time: never imports src/. A creditor's account settings (network sharing) change from chat;
// every change is kept here, append-only: who, from where, from what to what. Case history stays per case.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('creditor_history')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('creditor_id', 'integer', (c) => c.notNull().references('creditors.id').onDelete('cascade'))
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('creditor_history_creditor')
    .on('creditor_history')
    .columns(['creditor_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('creditor_history').execute();
}
