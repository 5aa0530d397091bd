import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports src/. The enum lists below are copies on purpose,
// so that a later change of the domain needs a new migration rather than rewriting this one.

const list = (values: string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

const CASE_STATUSES = [
  'pending_verification',
  'needs_additional_details',
  'active',
  'paused',
  'collecting_quotes',
  'closed',
];
const CLOSE_CODES = [
  'paid',
  'partially_paid',
  'case_never_started',
  'invalid_case_data',
  'debtor_insolvent',
  'debtor_untraceable',
  'statute_expired',
  'withdrawn_by_client',
  'disputed_legal_declined',
  'settlement_rejected',
  'unresponsive_client',
  'prelegal_exhausted',
  'uneconomical',
  'other',
];
const DECLINE_CATEGORIES = [
  'conflict_of_interest',
  'custom_terms_requested',
  'below_minimum',
  'untraceable_debtor',
  'out_of_jurisdiction',
  'time_barred',
  'regulatory_restriction',
  'sanctions_legal_block',
  'misclassified_not_prelegal',
  'insolvency_or_ceased',
  'duplicate',
  'missing_information',
  'fraud_risk',
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partners')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('exclusive', 'legal_network')`))
    .addColumn('minimum_threshold_usd', 'numeric(14, 2)', (c) => c.notNull().defaultTo(100))
    .addColumn('sdca_signed_at', 'timestamptz')
    .addColumn('channel', 'text') // the partner's own chat channel for notices, if any
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('partner_coverage')
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('country', 'char(2)', (c) => c.notNull())
    .addColumn('region', 'text') // null: the whole country
    .execute();
  await db.schema.createIndex('partner_coverage_country').on('partner_coverage').column('country').execute();

  await db.schema
    .createTable('creditors')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'char(2)', (c) => c.notNull())
    .addColumn('network_sharing', 'boolean', (c) => c.notNull().defaultTo(true))
    // A shadow client is created by a managing partner for its own client: name and country only.
    .addColumn('shadow_of_partner_id', 'integer', (c) => c.references('partners.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('handle', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('partner', 'creditor', 'support')`))
    .addColumn('partner_id', 'integer', (c) => c.references('partners.id'))
    .addColumn('creditor_id', 'integer', (c) => c.references('creditors.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'users_organisation_matches_role',
      sql`(role = 'partner' and partner_id is not null and creditor_id is null)
       or (role = 'creditor' and creditor_id is not null and partner_id is null)
       or (role = 'support' and partner_id is null and creditor_id is null)`,
    )
    .execute();

  await db.schema
    .createTable('chat_identities')
    .addColumn('surface', 'text', (c) => c.notNull().check(sql`surface in ('slack', 'teams', 'console')`))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('chat_identities_pk', ['surface', 'external_id'])
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'serial', (c) => c.primaryKey()) // the case number people type
    .addColumn('creditor_id', 'integer', (c) => c.notNull().references('creditors.id'))
    .addColumn('debtor_name', 'text', (c) => c.notNull())
    .addColumn('debtor_type', 'text', (c) => c.notNull().check(sql`debtor_type in ('company', 'person')`))
    .addColumn('debtor_country', 'char(2)', (c) => c.notNull())
    .addColumn('debtor_region', 'text')
    .addColumn('claim_type', 'text', (c) =>
      c.notNull().defaultTo('unpaid_invoice').check(sql`claim_type in ('unpaid_invoice', 'loan_repayment')`),
    )
    .addColumn('principal', 'numeric(14, 2)', (c) => c.notNull().check(sql`principal > 0`))
    .addColumn('currency', 'char(3)', (c) => c.notNull())
    .addColumn('principal_usd', 'numeric(14, 2)', (c) => c.notNull())
    .addColumn('disputed', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('debt_date', 'date', (c) => c.notNull())
    .addColumn('document_name', 'text')
    .addColumn('description', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in (${list(CASE_STATUSES)})`))
    .addColumn('assigned_partner_id', 'integer', (c) => c.references('partners.id'))
    .addColumn('managing_partner_id', 'integer', (c) => c.references('partners.id'))
    .addColumn('commission_rate', 'numeric(5, 4)', (c) => c.notNull().defaultTo(0.2))
    .addColumn('success_fee_pct', 'numeric(5, 2)')
    .addColumn('collection_period_starts_at', 'timestamptz')
    .addColumn('collection_period_ends_at', 'timestamptz')
    .addColumn('close_code', 'text', (c) => c.check(sql`close_code in (${list(CLOSE_CODES)})`))
    .addColumn('close_comment', 'text')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('status_changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('cases_closed_has_code', sql`(status = 'closed') = (close_code is not null)`)
    .execute();
  await db.schema.createIndex('cases_creditor').on('cases').columns(['creditor_id', 'status']).execute();
  await db.schema
    .createIndex('cases_partner')
    .on('cases')
    .columns(['assigned_partner_id', 'status'])
    .execute();
  await db.schema.createIndex('cases_managing').on('cases').column('managing_partner_id').execute();
  await db.schema.createIndex('cases_status').on('cases').columns(['status', 'status_changed_at']).execute();

  // One row per time a partner held a case, with how that holding ended.
  await db.schema
    .createTable('case_assignments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('assigned_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('ended_at', 'timestamptz')
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome in (${list(CLOSE_CODES)})`))
    .execute();
  await db.schema
    .createIndex('case_assignments_one_open')
    .on('case_assignments')
    .column('case_id')
    .unique()
    .where(sql.ref('ended_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('declines')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('declined_by_user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    // null: the reason fits no category, so support reviews it by hand
    .addColumn('category', 'text', (c) => c.check(sql`category in (${list(DECLINE_CATEGORIES)})`))
    .addColumn('creditor_message', 'text', (c) => c.notNull())
    .addColumn('reviewed_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('declines_case').on('declines').column('case_id').execute();

  await db.schema
    .createTable('info_requests')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('requested_by_user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('answered_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('leads')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('origin', 'text', (c) =>
      c.notNull().check(sql`origin in ('decline', 'custom_terms', 'legal_escalation', 'no_exclusive_match')`),
    )
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'qualified', 'closed')`))
    .addColumn('outcome', 'text', (c) =>
      c.check(sql`outcome in ('winner', 'pullback', 'expired', 'declined_options')`),
    )
    .addColumn('window_business_hours', 'integer', (c) => c.notNull().defaultTo(120))
    .addColumn('expected_quotes', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('excluded_partner_ids', sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('qualified_at', 'timestamptz')
    .addColumn('window_ends_at', 'timestamptz')
    .addColumn('quotes_ready_at', 'timestamptz') // when collection ended; reminders count from here
    .addColumn('reminders_sent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('leads_one_live_per_case')
    .on('leads')
    .column('case_id')
    .unique()
    .where(sql.ref('status'), '<>', 'closed')
    .execute();
  await db.schema.createIndex('leads_status').on('leads').columns(['status', 'window_ends_at']).execute();

  await db.schema
    .createTable('lead_invitations')
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('invited').check(sql`status in ('invited', 'quoted', 'declined')`),
    )
    .addColumn('invited_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('responded_at', 'timestamptz')
    .addPrimaryKeyConstraint('lead_invitations_pk', ['lead_id', 'partner_id'])
    .execute();

  await db.schema
    .createTable('quotes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('submitted_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('sent').check(sql`status in ('sent', 'accepted', 'declined')`),
    )
    .addColumn('success_fee_pct', 'numeric(5, 2)', (c) => c.notNull())
    .addColumn('fixed_fee', 'numeric(14, 2)')
    .addColumn('terms', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('quotes_one_per_partner', ['lead_id', 'partner_id'])
    .execute();

  await db.schema
    .createTable('payments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('amount', 'numeric(14, 2)', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('currency', 'char(3)', (c) => c.notNull())
    .addColumn('registered_by_user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('received_on', 'date', (c) => c.notNull().defaultTo(sql`current_date`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('payments_case').on('payments').column('case_id').execute();

  await db.schema
    .createTable('payouts')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('total', 'numeric(14, 2)', (c) => c.notNull())
    .addColumn('creditor_amount', 'numeric(14, 2)', (c) => c.notNull())
    .addColumn('partner_amount', 'numeric(14, 2)', (c) => c.notNull())
    .addColumn('commission_rate', 'numeric(5, 4)', (c) => c.notNull())
    .addColumn('currency', 'char(3)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('matching_rules')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(100)) // lower first
    .addColumn('country', 'char(2)', (c) => c.notNull())
    .addColumn('region', 'text')
    .addColumn('min_amount_usd', 'numeric(14, 2)')
    .addColumn('max_amount_usd', 'numeric(14, 2)')
    .addColumn('debtor_type', 'text', (c) => c.check(sql`debtor_type in ('company', 'person')`))
    .addColumn('claim_type', 'text', (c) => c.check(sql`claim_type in ('unpaid_invoice', 'loan_repayment')`))
    .execute();

  await db.schema
    .createTable('client_partner_overrides')
    .addColumn('creditor_id', 'integer', (c) => c.notNull().references('creditors.id'))
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('country', 'char(2)') // null: any jurisdiction
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(100))
    .execute();

  // Append-only: what happened to a case, who did it and from which channel.
  await db.schema
    .createTable('case_history')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id')) // null: the platform itself
    .addColumn('channel', 'text', (c) =>
      c.notNull().check(sql`channel in ('slack', 'teams', 'console', 'system', 'api')`),
    )
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('case_history_case').on('case_history').columns(['case_id', 'id']).execute();

  // The outbox: written in the transaction of the change that caused it, delivered afterwards.
  await db.schema
    .createTable('notices')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('recipient_type', 'text', (c) =>
      c.notNull().check(sql`recipient_type in ('creditor', 'partner', 'user', 'channel')`),
    )
    .addColumn('recipient_ref', 'text', (c) => c.notNull()) // creditor/partner/user id, or a channel key
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('case_id', 'integer', (c) => c.references('cases.id'))
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.unique()) // set by scheduled jobs so a rule fires once
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status in ('pending', 'delivered', 'parked')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('notices_due')
    .on('notices')
    .columns(['status', 'next_attempt_at', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'notices',
    'case_history',
    'client_partner_overrides',
    'matching_rules',
    'payouts',
    'payments',
    'quotes',
    'lead_invitations',
    'leads',
    'info_requests',
    'declines',
    'case_assignments',
    'cases',
    'chat_identities',
    'users',
    'creditors',
    'partner_coverage',
    'partners',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
