import { type Kysely, sql } from 'kysely';

// Frozen in time: never imports src/. People link their own chat accounts: by the verified e-mail their
// Slack or Teams profile gives (matched against users.email), or by a one-time link code support or the
// platform issued. Codes are stored as a hash only: a copy of the table must not let anyone link
// themselves. Every link and unlink is written to identity_history (case_history needs a case).

export async function up(db: Kysely<any>): Promise<void> {
  // users.email itself came with 011 (where notices go); here it becomes unique. One person per address,
  // whatever its case: an e-mail match must never be ambiguous.
  await sql`create unique index users_email_lower on users (lower(email)) where email is not null`.execute(
    db,
  );

  await db.schema
    .createTable('link_codes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('issued_by_user_id', 'integer', (c) => c.references('users.id')) // null: the platform (CLI)
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('used_by', 'text') // surface/workspace/external id that redeemed it
    .execute();
  await db.schema.createIndex('link_codes_user').on('link_codes').column('user_id').execute();

  await db.schema
    .createTable('identity_history')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('link', 'unlink')`))
    .addColumn('method', 'text', (c) =>
      c.notNull().check(sql`method in ('email', 'code', 'support', 'admin')`),
    )
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id')) // null: the person or the platform
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('identity_history_user')
    .on('identity_history')
    .columns(['user_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('identity_history').execute();
  await db.schema.dropTable('link_codes').execute();
  await sql`drop index users_email_lower`.execute(db);
}
