import { type Kysely, sql } from 'kysely';

// Frozen in time: never imports src/. Where the Teams bot can post without being spoken to first: one row
// per conversation it was installed in or spoken to in (personal chat, group chat, team channel), with the
// service URL of the tenant's region and the tenant. Kept in PostgreSQL, not in a process's memory, so a
// notice sent after a restart, or by another instance, still finds the conversation.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('teams_conversation_references')
    // Teams conversation ids are unique across tenants (a:…, 19:…@thread.tacv2, 19:…@thread.v2).
    .addColumn('conversation_id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('service_url', 'text', (c) => c.notNull())
    // personal | groupChat | channel
    .addColumn('conversation_type', 'text', (c) => c.notNull())
    // A personal chat's user (Entra object id): how a notice to a person finds their chat.
    .addColumn('user_aad_id', 'text')
    .addColumn('team_id', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index teams_conversation_references_user_idx
    on teams_conversation_references (tenant_id, user_aad_id) where conversation_type = 'personal'`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('teams_conversation_references').execute();
}
