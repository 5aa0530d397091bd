import { type Kysely, sql } from 'kysely';

// Frozen in time: never imports src/. The job queue itself (pg-boss) keeps its own schema, `pgboss`,
// and migrates it on start; this migration holds what the time-based rules remember and the indexes
// that let one tick find what is due among 100,000 open leads and cases without scanning them.

export async function up(db: Kysely<any>): Promise<void> {
  // A rule that fired for a subject (a case or a lead): how often, for which anchor (the instant it
  // counts from, e.g. when the case entered pending_verification), and when it is next due. A new
  // anchor (the case left the status and came back) starts the count again.
  await db.schema
    .createTable('scheduled_marks')
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('anchor', 'timestamptz', (c) => c.notNull())
    .addColumn('fired_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_fired_at', 'timestamptz', (c) => c.notNull())
    .addColumn('next_due_at', 'timestamptz') // null: nothing more for this anchor
    .addPrimaryKeyConstraint('scheduled_marks_pk', ['rule', 'subject_id'])
    .execute();

  // Qualified leads still collecting quotes, by window end.
  await db.schema
    .createIndex('leads_window_open')
    .on('leads')
    .column('window_ends_at')
    .where(sql<boolean>`status = 'qualified' and quotes_ready_at is null`)
    .execute();
  // Qualified leads waiting for the creditor's selection, by when collection ended (reminders, expiry).
  await db.schema
    .createIndex('leads_awaiting_selection')
    .on('leads')
    .column('quotes_ready_at')
    .where(sql<boolean>`status = 'qualified' and quotes_ready_at is not null`)
    .execute();
  // Leads opened by a decline, by age (the no-quote alert to support).
  await db.schema
    .createIndex('leads_after_decline')
    .on('leads')
    .column('created_at')
    .where(sql<boolean>`origin = 'decline'`)
    .execute();
  // Running cases by the end of their collection period.
  await db.schema
    .createIndex('cases_period_end')
    .on('cases')
    .column('collection_period_ends_at')
    .where(sql<boolean>`status in ('active', 'paused') and collection_period_ends_at is not null`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cases_period_end').execute();
  await db.schema.dropIndex('leads_after_decline').execute();
  await db.schema.dropIndex('leads_awaiting_selection').execute();
  await db.schema.dropIndex('leads_window_open').execute();
  await db.schema.dropTable('scheduled_marks').execute();
}
