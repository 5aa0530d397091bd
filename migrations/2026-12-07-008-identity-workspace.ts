import { type Kysely, sql } from 'kysely';

// Frozen in time: never imports src/. A chat identity is keyed by surface + workspace + user id: the
// marketplace is many Slack workspaces and Teams tenants, and the same user id can exist in two of them
// for two different people. '' is the workspace of a single-workspace set-up (one bot token, the console),
// so every identity linked before this migration keeps working there.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('chat_identities')
    .addColumn('workspace_id', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('chat_identities').dropConstraint('chat_identities_pk').execute();
  await db.schema
    .alterTable('chat_identities')
    .addPrimaryKeyConstraint('chat_identities_pk', ['surface', 'workspace_id', 'external_id'])
    .execute();
  // Notices look people up by user; without this every notice scans the table.
  await sql`create index chat_identities_user_idx on chat_identities (user_id, surface)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index chat_identities_user_idx`.execute(db);
  await db.schema.alterTable('chat_identities').dropConstraint('chat_identities_pk').execute();
  await db.schema.alterTable('chat_identities').dropColumn('workspace_id').execute();
  await db.schema
    .alterTable('chat_identities')
    .addPrimaryKeyConstraint('chat_identities_pk', ['surface', 'external_id'])
    .execute();
}
