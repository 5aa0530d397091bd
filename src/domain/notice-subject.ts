// A notice's short subject: the e-mail Subject line and what support sees in the parked list (never the
// body). From the notice's kind and case, not from its text, so no typed words reach a header or a list.

const SUBJECT_BY_KIND: Record<string, string> = {
  'case.accepted': 'accepted',
  'case.closed': 'closed',
  'case.collection_period_ended': 'collection period ended',
  'case.custom_terms_offered': 'custom terms offered',
  'case.declined': 'declined by the partner',
  'case.info_answered': 'your question was answered',
  'case.info_requested': 'information requested',
  'case.new_to_verify': 'new case to verify',
  'case.payment_registered': 'payment registered',
  'case.verification_reminder': 'verification reminder',
  'closecode.suggestion': 'close code suggestion',
  'decline.needs_review': 'decline needs manual review',
  'decline.reviewed': 'decline reviewed',
  'lead.declined_options': 'what happens after the decline',
  'lead.expired': 'quote window ended',
  'lead.invitation': 'invitation to quote',
  'lead.no_partners': 'no partner covers it yet',
  'lead.no_quote_alert': 'no quotes yet',
  'lead.no_quote_escalation': 'no quotes: support is on it',
  'lead.quotes_ready': 'quotes are ready for review',
  'lead.reminder': 'reminder: choose a quote',
  'lead.withdrawn': 'withdrawn',
  'quote.accepted': 'your quote was accepted',
  'quote.declined': 'quote not chosen',
  'quote.selected_for_client': 'a quote was selected for your client',
};

/** "Debitura: case 42 declined by the partner"; an unknown kind is named by its words ('x.y_z' → 'y z'). */
export function noticeSubject(notice: { kind: string; caseId: number | null }): string {
  const what =
    SUBJECT_BY_KIND[notice.kind] ??
    (notice.kind.split('.').at(-1) ?? 'notice').replace(/[^a-z0-9]+/gi, ' ').trim();
  return notice.caseId !== null ? `Debitura: case ${notice.caseId} ${what}` : `Debitura: ${what}`;
}
