import type { Kysely } from 'kysely';

// Frozen in time: never imports src/. The language a person reads (issue 12): a BCP 47 tag such as
// 'da-DK', from Slack's user locale or the Teams activity's locale, or chosen in chat ("speak Danish").
// locale_source says which: 'slack' or 'teams' (taken from the surface, refreshed by it) or 'chosen' (the
// person's own choice, which a surface never overwrites). Null: not known yet (English). Kept on the user,
// so that the outbox and the worker render every later notice in the recipient's language.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('locale', 'text')
    .addColumn('locale_source', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('locale').dropColumn('locale_source').execute();
}
