import { type Kysely, sql } from 'kysely';

// Frozen in time: never imports src/. An acknowledged delivery is a promise to act on it: the inbox keeps
// each one as work to do until it has been carried out and answered, so a crash means "done later".

export async function up(db: Kysely<any>): Promise<void> {
  // One row per delivery (Slack event, click, command, form; Teams activity). The primary key is the
  // dedupe: a redelivery inserts nothing. `payload` is what the engine needs to run it and where the
  // answer goes; `replies` is the engine's answer once worked out, so a crash after that point posts the
  // stored answer instead of running the turn again.
  await db.schema
    .createTable('inbox')
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('message', 'choice', 'form')`))
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('received').check(sql`status in ('received', 'processed', 'done', 'failed')`),
    )
    .addColumn('replies', 'jsonb')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    // Who works on it and until when; an expired lease is work whose worker died.
    .addColumn('lease_token', 'text')
    .addColumn('locked_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addPrimaryKeyConstraint('inbox_pk', ['surface', 'event_id'])
    .execute();
  await db.schema
    .createIndex('inbox_unfinished')
    .on('inbox')
    .columns(['locked_until'])
    .where(sql.ref('status'), 'in', sql`('received', 'processed')`)
    .execute();
  await db.schema.createIndex('inbox_finished').on('inbox').columns(['finished_at']).execute();

  // Which delivery created and which used a pending command: a delivery run again after a crash sees the
  // conversation as it was when it arrived, and a confirmation it already carried out is not run twice.
  await db.schema.alterTable('pending_commands').addColumn('created_by_event', 'text').execute();
  await db.schema.alterTable('pending_commands').addColumn('used_by_event', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('pending_commands').dropColumn('used_by_event').execute();
  await db.schema.alterTable('pending_commands').dropColumn('created_by_event').execute();
  await db.schema.dropTable('inbox').execute();
}
