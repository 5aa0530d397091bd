import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

// Kysely's view of the tables. These types stay at the database edge: repositories map rows to
// domain objects before anything else sees them.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** numeric comes back from PostgreSQL as a string, to keep its precision. */
type Numeric = ColumnType<string, number | string, number | string>;
type NullableNumeric = ColumnType<string | null, number | string | null | undefined, number | string | null>;
type Json = ColumnType<unknown, string, string>;

export interface PartnersTable {
  id: Generated<number>;
  name: string;
  type: string;
  minimum_threshold_usd: ColumnType<string, number | string | undefined, number | string>;
  sdca_signed_at: NullableTimestamp;
  channel: string | null;
  created_at: Generated<Date>;
}

export interface PartnerCoverageTable {
  partner_id: number;
  country: string;
  region: string | null;
}

export interface CreditorsTable {
  id: Generated<number>;
  name: string;
  country: string;
  network_sharing: Generated<boolean>;
  shadow_of_partner_id: number | null;
  created_at: Generated<Date>;
  /** The organisation's contact address, for notices when none of its users can be reached (011). */
  email: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface UsersTable {
  id: Generated<number>;
  handle: string;
  name: string;
  role: string;
  partner_id: number | null;
  creditor_id: number | null;
  created_at: Generated<Date>;
  /**
   * Where notices go when the person is linked on no chat surface the deployment delivers on (011), and
   * what the verified e-mail of a chat surface is matched against, case-insensitively (012).
   */
  email: ColumnType<string | null, string | null | undefined, string | null>;
  /** The language the person reads, a BCP 47 tag ('da-DK'); null: English (017). */
  locale: ColumnType<string | null, string | null | undefined, string | null>;
  /** Where the locale came from: 'slack', 'teams' (the surface's) or 'chosen' (set in chat; wins) (017). */
  locale_source: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ChatIdentitiesTable {
  surface: string;
  /** Slack team id, Teams tenant id; '' for a single-workspace set-up and the console. */
  workspace_id: Generated<string>;
  external_id: string;
  user_id: number;
}

export interface CasesTable {
  id: Generated<number>;
  creditor_id: number;
  debtor_name: string;
  debtor_type: string;
  debtor_country: string;
  debtor_region: string | null;
  claim_type: Generated<string>;
  principal: Numeric;
  currency: string;
  principal_usd: Numeric;
  disputed: Generated<boolean>;
  debt_date: ColumnType<Date, Date | string, Date | string>;
  document_name: string | null;
  description: string | null;
  status: string;
  assigned_partner_id: number | null;
  managing_partner_id: number | null;
  commission_rate: ColumnType<string, number | string | undefined, number | string>;
  success_fee_pct: NullableNumeric;
  collection_period_starts_at: NullableTimestamp;
  collection_period_ends_at: NullableTimestamp;
  close_code: string | null;
  close_comment: string | null;
  closed_at: NullableTimestamp;
  status_changed_at: Timestamp;
  created_at: Timestamp;
  /** Kept by a trigger on payments (migration 004): never written by the app. */
  paid_total: ColumnType<string, never, never>;
}

export interface CaseAssignmentsTable {
  id: Generated<number>;
  case_id: number;
  partner_id: number;
  assigned_at: Timestamp;
  ended_at: NullableTimestamp;
  outcome: string | null;
}

export interface DeclinesTable {
  id: Generated<number>;
  case_id: number;
  partner_id: number;
  declined_by_user_id: number;
  reason: string;
  category: string | null;
  creditor_message: string;
  reviewed_by_user_id: number | null;
  reviewed_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface InfoRequestsTable {
  id: Generated<number>;
  case_id: number;
  requested_by_user_id: number;
  question: string;
  answer: string | null;
  answered_by_user_id: number | null;
  answered_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface LeadsTable {
  id: Generated<number>;
  case_id: number;
  origin: string;
  status: string;
  outcome: string | null;
  window_business_hours: Generated<number>;
  expected_quotes: Generated<number>;
  excluded_partner_ids: ColumnType<number[], number[] | undefined, number[]>;
  qualified_at: NullableTimestamp;
  window_ends_at: NullableTimestamp;
  quotes_ready_at: NullableTimestamp;
  reminders_sent: Generated<number>;
  closed_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface LeadInvitationsTable {
  lead_id: number;
  partner_id: number;
  status: Generated<string>;
  invited_at: Timestamp;
  responded_at: NullableTimestamp;
}

export interface QuotesTable {
  id: Generated<number>;
  lead_id: number;
  partner_id: number;
  submitted_by_user_id: number | null;
  status: Generated<string>;
  success_fee_pct: Numeric;
  fixed_fee: NullableNumeric;
  terms: string | null;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface PaymentsTable {
  id: Generated<number>;
  case_id: number;
  amount: Numeric;
  currency: string;
  registered_by_user_id: number;
  received_on: ColumnType<Date, Date | string | undefined, Date | string>;
  created_at: Timestamp;
}

export interface PayoutsTable {
  id: Generated<number>;
  case_id: number;
  total: Numeric;
  creditor_amount: Numeric;
  partner_amount: Numeric;
  commission_rate: Numeric;
  currency: string;
  created_at: Timestamp;
}

export interface MatchingRulesTable {
  id: Generated<number>;
  partner_id: number;
  priority: Generated<number>;
  country: string;
  region: string | null;
  min_amount_usd: NullableNumeric;
  max_amount_usd: NullableNumeric;
  debtor_type: string | null;
  claim_type: string | null;
}

export interface ClientPartnerOverridesTable {
  creditor_id: number;
  partner_id: number;
  country: string | null;
  priority: Generated<number>;
}

export interface CaseHistoryTable {
  id: Generated<number>;
  case_id: number;
  actor_user_id: number | null;
  channel: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  details: ColumnType<unknown, string | undefined, never>;
  created_at: Timestamp;
}

export interface NoticesTable {
  id: Generated<number>;
  recipient_type: string;
  recipient_ref: string;
  kind: string;
  case_id: number | null;
  payload: Json;
  dedupe_key: string | null;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  delivered_at: NullableTimestamp;
  created_at: Timestamp;
  /** Who holds the delivery claim on this notice (a random token per claim); null when unclaimed. */
  lease_token: string | null;
  /** Since when the notice waits for support (set when parked, cleared by a requeue). */
  parked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** What happened to a notice by someone's hand (support requeued it): append-only. */
export interface NoticeHistoryTable {
  id: Generated<number>;
  notice_id: number;
  actor_user_id: number | null;
  channel: string;
  action: string;
  details: ColumnType<unknown, string | undefined, never>;
  created_at: Timestamp;
}

/** One place a notice goes (e.g. one of a creditor's users): sent once, whatever happens to the others. */
export interface NoticeDeliveriesTable {
  notice_id: number;
  /** The place's key, e.g. 'dm:U0123' or 'channel:quote-alerts'. */
  address: string;
  sent_at: NullableTimestamp;
  attempts: Generated<number>;
  last_error: string | null;
}

/** When a chat place may next be posted to: Slack's pace and Retry-After, shared by every instance. */
export interface DeliveryPlacesTable {
  place: string;
  next_allowed_at: Timestamp;
  closed_until: NullableTimestamp;
}

export interface PendingCommandsTable {
  id: Generated<number>;
  token: string;
  surface: string;
  conversation_key: string;
  user_id: number;
  stage: string;
  action: string;
  args: Json;
  missing: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  created_by_event: string | null;
  used_by_event: string | null;
}

export interface ProcessedEventsTable {
  surface: string;
  event_id: string;
  processed_at: Timestamp;
}

/** Where the Teams bot may post proactively (migration 010): one row per conversation it has been in. */
export interface TeamsConversationReferencesTable {
  conversation_id: string;
  /** Lower-case Entra tenant id. */
  tenant_id: string;
  service_url: string;
  conversation_type: string;
  user_aad_id: string | null;
  team_id: string | null;
  updated_at: Generated<Date>;
}

export interface InboxTable {
  surface: string;
  event_id: string;
  kind: string;
  payload: Json;
  status: Generated<string>;
  replies: ColumnType<unknown, string | null | undefined, string | null>;
  attempts: Generated<number>;
  lease_token: string | null;
  locked_until: NullableTimestamp;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface ConversationCasesTable {
  surface: string;
  conversation_key: string;
  case_id: number;
  updated_at: Timestamp;
}

/** One-time link codes: only the hash of the code is kept (migration 012). */
export interface LinkCodesTable {
  id: Generated<number>;
  code_hash: string;
  user_id: number;
  issued_by_user_id: number | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  /** surface/workspace/external id that redeemed the code. */
  used_by: string | null;
}

/** Every link and unlink of a chat identity: who, how, by whom. */
export interface IdentityHistoryTable {
  id: Generated<number>;
  surface: string;
  workspace_id: string;
  external_id: string;
  user_id: number;
  action: 'link' | 'unlink';
  method: 'email' | 'code' | 'support' | 'admin';
  actor_user_id: number | null;
  details: ColumnType<unknown, string | undefined, never>;
  created_at: Timestamp;
}

/** Every change of a creditor's account settings (network sharing), append-only (015). */
export interface CreditorHistoryTable {
  id: Generated<number>;
  creditor_id: number;
  actor_user_id: number | null;
  channel: string;
  action: string;
  details: ColumnType<unknown, string | undefined, never>;
  created_at: Timestamp;
}

export interface ChannelRegistrationsTable {
  surface: string;
  /** Slack channel id (C…/G…), Teams conversation id of the channel or chat (without ;messageid=). */
  channel_id: string;
  workspace_id: Generated<string>;
  kind: 'organisation' | 'support';
  partner_id: number | null;
  creditor_id: number | null;
  registered_by: number;
  registered_at: Generated<Date>;
}

/** One installation of the distributed Slack app (migration 009); tokens as sealed by token-cipher. */
export interface SlackInstallationsTable {
  /** '' outside Enterprise Grid. */
  enterprise_id: Generated<string>;
  /** '' for an org-wide (enterprise) install. */
  team_id: Generated<string>;
  is_enterprise_install: Generated<boolean>;
  app_id: string | null;
  team_name: string | null;
  enterprise_name: string | null;
  enterprise_url: string | null;
  bot_id: string;
  bot_user_id: string;
  bot_scopes: Generated<string>;
  bot_token: string;
  bot_refresh_token: string | null;
  bot_token_expires_at: Date | null;
  installer_user_id: string;
  installed_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface Database {
  partners: PartnersTable;
  partner_coverage: PartnerCoverageTable;
  creditors: CreditorsTable;
  users: UsersTable;
  chat_identities: ChatIdentitiesTable;
  cases: CasesTable;
  case_assignments: CaseAssignmentsTable;
  declines: DeclinesTable;
  info_requests: InfoRequestsTable;
  leads: LeadsTable;
  lead_invitations: LeadInvitationsTable;
  quotes: QuotesTable;
  payments: PaymentsTable;
  payouts: PayoutsTable;
  matching_rules: MatchingRulesTable;
  client_partner_overrides: ClientPartnerOverridesTable;
  case_history: CaseHistoryTable;
  creditor_history: CreditorHistoryTable;
  notices: NoticesTable;
  notice_deliveries: NoticeDeliveriesTable;
  notice_history: NoticeHistoryTable;
  delivery_places: DeliveryPlacesTable;
  pending_commands: PendingCommandsTable;
  processed_events: ProcessedEventsTable;
  inbox: InboxTable;
  teams_conversation_references: TeamsConversationReferencesTable;
  conversation_cases: ConversationCasesTable;
  link_codes: LinkCodesTable;
  identity_history: IdentityHistoryTable;
  channel_registrations: ChannelRegistrationsTable;
  slack_installations: SlackInstallationsTable;
  api_keys: ApiKeysTable;
  api_idempotency: ApiIdempotencyTable;
}

/** A partner's key to the Collection Partner API (migration 016): the SHA-256 only, never the key. */
export interface ApiKeysTable {
  id: Generated<number>;
  partner_id: number;
  /** Public, unique: finds the row without the secret part. */
  prefix: string;
  /** Hex SHA-256 of the whole key. */
  key_hash: string;
  label: Generated<string>;
  created_by: string;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
  revoked_by: string | null;
  last_used_at: NullableTimestamp;
}

/** The first answer to a (partner, Idempotency-Key), written in the transaction that made the case. */
export interface ApiIdempotencyTable {
  id: Generated<number>;
  partner_id: number;
  idempotency_key: string;
  request_hash: string;
  api_key_id: number | null;
  status_code: number | null;
  response: ColumnType<unknown, string | null | undefined, string | null>;
  case_id: number | null;
  created_at: Timestamp;
}

export type CaseRow = Selectable<CasesTable>;
export type NewCaseRow = Insertable<CasesTable>;
export type LeadRow = Selectable<LeadsTable>;
export type QuoteRow = Selectable<QuotesTable>;
export type NoticeRow = Selectable<NoticesTable>;
