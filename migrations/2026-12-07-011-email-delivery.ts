import type { Kysely } from 'kysely';

// Frozen in time: never imports src/. What the outbox needs to reach people by e-mail, and what support
// needs to see and requeue the notices nobody could receive.
//
// users.email / creditors.email: where a person (or a creditor organisation without users of its own)
// is reached when it is linked on no chat surface the deployment delivers on. Nullable: many people are
// only in chat, and a shadow client has a name and a country only.
// notices.parked_at: since when a notice waits for support (the list shows it; last_error says why).
// notice_history: who requeued a notice and when; append-only, also for notices about no case.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
  await db.schema.alterTable('creditors').addColumn('email', 'text').execute();
  await db.schema.alterTable('notices').addColumn('parked_at', 'timestamptz').execute();
  await db.schema
    .createTable('notice_history')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('notice_id', 'integer', (c) => c.notNull().references('notices.id').onDelete('cascade'))
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notice_history_notice_idx').on('notice_history').column('notice_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notice_history').execute();
  await db.schema.alterTable('notices').dropColumn('parked_at').execute();
  await db.schema.alterTable('creditors').dropColumn('email').execute();
  await db.schema.alterTable('users').dropColumn('email').execute();
}
