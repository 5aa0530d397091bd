import { type Kysely, sql } from 'kysely';

// Frozen in time: never imports src/. One row per installation of the Slack app (the distributed app,
// installed through OAuth): a workspace install (team_id set) or an org-wide Enterprise Grid install
// (team_id '', enterprise_id set). The tokens are stored as the app seals them (AES-256-GCM when a key is
// configured); with token rotation the refresh token and the expiry are kept too. '' instead of NULL
// keeps the primary key simple: a workspace outside any enterprise has enterprise_id ''.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('slack_installations')
    .addColumn('enterprise_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('team_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_enterprise_install', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('app_id', 'text')
    .addColumn('team_name', 'text')
    .addColumn('enterprise_name', 'text')
    .addColumn('enterprise_url', 'text')
    .addColumn('bot_id', 'text', (c) => c.notNull())
    .addColumn('bot_user_id', 'text', (c) => c.notNull())
    .addColumn('bot_scopes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('bot_token', 'text', (c) => c.notNull())
    .addColumn('bot_refresh_token', 'text')
    .addColumn('bot_token_expires_at', 'timestamptz')
    .addColumn('installer_user_id', 'text', (c) => c.notNull())
    .addColumn('installed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('slack_installations_pk', ['enterprise_id', 'team_id'])
    .execute();
  // Events name the team; notices name the workspace of a chat identity: both look up by team alone.
  await sql`create index slack_installations_team_idx on slack_installations (team_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('slack_installations').execute();
}
