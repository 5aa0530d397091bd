import { type Kysely, sql } from 'kysely';

// Frozen in time: never imports src/. What the outbox needs to deliver under chat-surface faults.
//
// notice_deliveries: one row per place a notice goes (a creditor's users are several DMs), so that when a
// later place fails, the places already reached are not sent the notice again on the retry.
// notices.lease_token: who holds the claim; the outbox marks a notice done only while it still holds it,
// so a worker that lost its lease cannot overwrite what the new holder decided.
// delivery_places: when each place (a Slack channel or DM) may be posted to next. Slack allows about one
// message per second per channel, and a 429's Retry-After applies to every instance, not to one process:
// the row is shared through the database, on the server and on the embedded engine alike.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notices').addColumn('lease_token', 'text').execute();
  // The outbox claims the oldest pending notice of each recipient many times a second while it works:
  // in this order, from the pending notices only, that is a walk of a small index instead of a sort.
  await db.schema
    .createIndex('notices_pending_by_recipient')
    .on('notices')
    .columns(['recipient_type', 'recipient_ref', 'id'])
    .where(sql.ref('status'), '=', 'pending')
    .execute();

  await db.schema
    .createTable('notice_deliveries')
    .addColumn('notice_id', 'integer', (c) => c.notNull().references('notices.id').onDelete('cascade'))
    .addColumn('address', 'text', (c) => c.notNull()) // e.g. 'dm:U0123' or 'channel:quote-alerts'
    .addColumn('sent_at', 'timestamptz') // null until the surface accepted it
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addPrimaryKeyConstraint('notice_deliveries_pk', ['notice_id', 'address'])
    .execute();
  await db.schema
    .createTable('delivery_places')
    .addColumn('place', 'text', (c) => c.primaryKey())
    .addColumn('next_allowed_at', 'timestamptz', (c) => c.notNull()) // the next free turn (pace)
    .addColumn('closed_until', 'timestamptz') // a Retry-After: no post before it, even on a booked turn
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('notices_pending_by_recipient').execute();
  await db.schema.dropTable('delivery_places').execute();
  await db.schema.dropTable('notice_deliveries').execute();
  await db.schema.alterTable('notices').dropColumn('lease_token').execute();
}
