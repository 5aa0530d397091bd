// The identifiers of ../shared/spec/domain.md, with the help-centre articles' display labels.
// Every other layer (zod schemas, database checks, interpret output, tests) uses these ids.

export const CASE_STATUSES = [
  'pending_verification',
  'needs_additional_details',
  'active',
  'paused',
  'collecting_quotes',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  pending_verification: 'Pending Verification',
  needs_additional_details: 'Needs Additional Details',
  active: 'Active',
  paused: 'Paused',
  collecting_quotes: 'Collecting Quotes',
  closed: 'Closed',
};

export const DECLINE_CATEGORIES = [
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
] as const;
export type DeclineCategory = (typeof DECLINE_CATEGORIES)[number];
export type DeclineGroup = 'business' | 'legal' | 'case_quality';

export const DECLINE_CATEGORY_INFO: Record<DeclineCategory, { label: string; group: DeclineGroup }> = {
  conflict_of_interest: { label: 'Conflict of interest', group: 'business' },
  custom_terms_requested: { label: 'Custom terms requested', group: 'business' },
  below_minimum: { label: 'Below minimum (typically 100 USD equivalent)', group: 'business' },
  untraceable_debtor: { label: 'Untraceable debtor', group: 'business' },
  out_of_jurisdiction: { label: 'Out of jurisdiction', group: 'legal' },
  time_barred: { label: 'Time-barred', group: 'legal' },
  regulatory_restriction: { label: 'Regulatory restriction (not licensed there)', group: 'legal' },
  sanctions_legal_block: { label: 'Sanctions or legal block', group: 'legal' },
  misclassified_not_prelegal: {
    label: 'Misclassified (disputed / needs legal action)',
    group: 'case_quality',
  },
  insolvency_or_ceased: {
    label: 'Insolvency or ceased (bankrupt, deceased, dissolved)',
    group: 'case_quality',
  },
  duplicate: { label: 'Duplicate', group: 'case_quality' },
  missing_information: {
    label: 'Missing essential information (after it was requested)',
    group: 'case_quality',
  },
  fraud_risk: { label: 'Fraud or scam risk', group: 'case_quality' },
};

export const CLOSE_CODES = [
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
] as const;
export type CloseCode = (typeof CLOSE_CODES)[number];
export type CloseCodeGroup =
  | 'success'
  | 'partner_decline'
  | 'client_decision'
  | 'process_completion'
  | 'fallback';

export const CLOSE_CODE_INFO: Record<
  CloseCode,
  { label: string; group: CloseCodeGroup; countsAgainstScore: boolean }
> = {
  paid: { label: 'Paid', group: 'success', countsAgainstScore: false },
  partially_paid: { label: 'Partially paid', group: 'success', countsAgainstScore: false },
  case_never_started: { label: 'Case never started', group: 'partner_decline', countsAgainstScore: false },
  invalid_case_data: { label: 'Invalid Case Data', group: 'partner_decline', countsAgainstScore: false },
  debtor_insolvent: {
    label: 'Debtor Insolvent/Bankrupt',
    group: 'partner_decline',
    countsAgainstScore: false,
  },
  debtor_untraceable: { label: 'Debtor Untraceable', group: 'partner_decline', countsAgainstScore: false },
  statute_expired: {
    label: 'Statute of Limitations Expired',
    group: 'partner_decline',
    countsAgainstScore: false,
  },
  withdrawn_by_client: { label: 'Withdrawn by Client', group: 'client_decision', countsAgainstScore: true },
  disputed_legal_declined: {
    label: 'Disputed - Legal Action Declined by Client',
    group: 'client_decision',
    countsAgainstScore: true,
  },
  settlement_rejected: {
    label: 'Settlement Rejected by Client',
    group: 'client_decision',
    countsAgainstScore: true,
  },
  unresponsive_client: { label: 'Unresponsive Client', group: 'client_decision', countsAgainstScore: true },
  prelegal_exhausted: {
    label: 'Pre-Legal Exhausted - No Payment',
    group: 'process_completion',
    countsAgainstScore: true,
  },
  uneconomical: { label: 'Uneconomical to Pursue', group: 'process_completion', countsAgainstScore: true },
  other: { label: 'Other (comment required)', group: 'fallback', countsAgainstScore: true },
};

export const PARTNER_TYPES = ['exclusive', 'legal_network'] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const USER_ROLES = ['partner', 'creditor', 'support'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const DEBTOR_TYPES = ['company', 'person'] as const;
export type DebtorType = (typeof DEBTOR_TYPES)[number];

export const CLAIM_TYPES = ['unpaid_invoice', 'loan_repayment'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const LEAD_STATUSES = ['open', 'qualified', 'closed'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const LEAD_OUTCOMES = ['winner', 'pullback', 'expired', 'declined_options'] as const;
export type LeadOutcome = (typeof LEAD_OUTCOMES)[number];
export const LEAD_ORIGINS = ['decline', 'custom_terms', 'legal_escalation', 'no_exclusive_match'] as const;
export type LeadOrigin = (typeof LEAD_ORIGINS)[number];

export const QUOTE_STATUSES = ['sent', 'accepted', 'declined'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** The actions of ../shared/spec/interpret.md. */
export const ACTIONS = [
  'case.status',
  'case.list',
  'case.accept',
  'case.decline',
  'case.request_info',
  'case.offer_terms',
  'case.close',
  'payment.register',
  'quote.list',
  'quote.select',
  'quote.submit',
  'lead.pullback',
  'case.withdraw',
  'closecode.suggest',
  'help',
  'clarify',
  'none',
] as const;
export type Action = (typeof ACTIONS)[number];

export const CHANNELS = ['slack', 'teams', 'console', 'system', 'api'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Case numbers (like every record id) are PostgreSQL `integer` serials: 1 to 2,147,483,647. Anything
 * larger can never be a case, and must not reach SQL, where it is an error rather than "no rows".
 */
export const MAX_CASE_NUMBER = 2_147_483_647;

/** Digits that can name a case: "1001" yes; "0", "3000000000" and a 20-digit number no. */
export function isCaseNumber(digits: string): boolean {
  return /^\d{1,10}$/.test(digits) && Number(digits) >= 1 && Number(digits) <= MAX_CASE_NUMBER;
}
