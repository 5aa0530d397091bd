import { type Kysely, sql } from 'kysely';

// Frozen in time: never imports src/. A shared channel answers look-ups (case status, lists, quotes, tasks)
// only to the asker, unless support registered it as one organisation's own channel or as the support
// channel. Keyed by surface + channel id: Slack channel ids and Teams conversation ids are unique across
// workspaces and tenants; workspace_id is kept to show where the channel lives.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('channel_registrations')
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'integer', (c) => c.references('partners.id').onDelete('cascade'))
    .addColumn('creditor_id', 'integer', (c) => c.references('creditors.id').onDelete('cascade'))
    .addColumn('registered_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('registered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('channel_registrations_pk', ['surface', 'channel_id'])
    // An organisation channel names exactly one organisation; the support channel none.
    .addCheckConstraint(
      'channel_registrations_kind',
      sql`(kind = 'support' and partner_id is null and creditor_id is null) or
          (kind = 'organisation' and (partner_id is null) <> (creditor_id is null))`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('channel_registrations').execute();
}
