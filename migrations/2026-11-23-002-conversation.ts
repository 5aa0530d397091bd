import { type Kysely, sql } from 'kysely';

// Frozen in time: never imports src/. The conversation's memory lives in PostgreSQL so that a restart
// or a second bot instance carries on where the first left off.

export async function up(db: Kysely<any>): Promise<void> {
  // A command waiting for the asker: an argument it still needs ('ask'), a choice ('choose') or the
  // confirmation of a plan ('confirm'). The token is what the buttons carry; it is used once.
  await db.schema
    .createTable('pending_commands')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('conversation_key', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) => c.notNull().check(sql`stage in ('ask', 'choose', 'confirm')`))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('args', 'jsonb', (c) => c.notNull())
    .addColumn('missing', 'text') // the argument asked for, when stage = 'ask'
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('pending_commands_open')
    .on('pending_commands')
    .columns(['surface', 'conversation_key', 'user_id', 'id'])
    .where(sql.ref('used_at'), 'is', null)
    .execute();

  // A delivery the surface may retry (Slack retries an event it thinks was not acknowledged).
  await db.schema
    .createTable('processed_events')
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('processed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('processed_events_pk', ['surface', 'event_id'])
    .execute();

  // The case a conversation (a thread, a DM) is about, so that "decline it, duplicate" names it.
  await db.schema
    .createTable('conversation_cases')
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('conversation_key', 'text', (c) => c.notNull())
    .addColumn('case_id', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('conversation_cases_pk', ['surface', 'conversation_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('conversation_cases').execute();
  await db.schema.dropTable('processed_events').execute();
  await db.schema.dropTable('pending_commands').execute();
}
