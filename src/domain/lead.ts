import { addDays } from 'date-fns';
import { DomainError, type SentenceSpec, sentence } from './errors.ts';
import type { LeadOrigin, LeadOutcome, LeadStatus } from './ids.ts';

// The lead state machine: open (being verified) → qualified (sent to matched partners) → closed with an
// outcome. Quote collection ends when the window ends or the expected number of quotes has arrived;
// the lead then stays qualified, waiting for the creditor, until a winner, a pullback or expiry.

export const DEFAULT_EXPECTED_QUOTES = 3;
/** Reminders to the creditor after quote collection ended without a winner, in calendar days. */
export const REMINDER_DAYS = [7, 14] as const;
/** A lead without a winner expires this many days after quote collection ended. */
export const EXPIRY_DAYS = 14;

export const LEAD_STATUS_LABELS: Record<LeadStatus, string> = {
  open: 'Open',
  qualified: 'Qualified',
  closed: 'Closed',
};
export const LEAD_OUTCOME_LABELS: Record<LeadOutcome, string> = {
  winner: 'Winner',
  pullback: 'Pullback',
  expired: 'Expired',
  declined_options: 'Declined Options',
};

export type InvitationStatus = 'invited' | 'quoted' | 'declined';

export interface Lead {
  id: number;
  caseId: number;
  origin: LeadOrigin;
  status: LeadStatus;
  outcome: LeadOutcome | null;
  windowBusinessHours: number;
  expectedQuotes: number;
  excludedPartnerIds: number[];
  qualifiedAt: Date | null;
  windowEndsAt: Date | null;
  /** When quote collection ended (window end or enough quotes); reminders and expiry count from here. */
  quotesReadyAt: Date | null;
  remindersSent: number;
  closedAt: Date | null;
  createdAt: Date;
}

export interface Invitation {
  leadId: number;
  partnerId: number;
  status: InvitationStatus;
  invitedAt: Date;
  respondedAt: Date | null;
}

/** Quote collection is running: qualified, not yet ended, window not passed. */
export function isCollecting(lead: Lead, at: Date): boolean {
  return (
    lead.status === 'qualified' &&
    lead.quotesReadyAt === null &&
    (lead.windowEndsAt === null || at.getTime() < lead.windowEndsAt.getTime())
  );
}

/** Collection ends early once the expected number of quotes is in, or every invited partner answered. */
export function collectionCompleteEarly(
  lead: Pick<Lead, 'expectedQuotes'>,
  invitations: Pick<Invitation, 'status'>[],
  quoteCount: number,
): boolean {
  if (quoteCount >= lead.expectedQuotes) return true;
  return invitations.length > 0 && invitations.every((i) => i.status !== 'invited');
}

/** What ending quote collection leads to: quotes ready for the creditor, or nobody was interested. */
export function collectionResult(quoteCount: number): 'quotes_ready' | 'declined_options' {
  return quoteCount > 0 ? 'quotes_ready' : 'declined_options';
}

export function expiresAt(lead: Pick<Lead, 'quotesReadyAt'>): Date | null {
  return lead.quotesReadyAt ? addDays(lead.quotesReadyAt, EXPIRY_DAYS) : null;
}

export function reminderDueAt(lead: Pick<Lead, 'quotesReadyAt'>, n: 1 | 2): Date | null {
  return lead.quotesReadyAt ? addDays(lead.quotesReadyAt, REMINDER_DAYS[n - 1] ?? EXPIRY_DAYS) : null;
}

/** Still waiting for the creditor to pick a quote. */
export function awaitsSelection(lead: Lead): boolean {
  return lead.status === 'qualified' && lead.quotesReadyAt !== null;
}

export function describeLead(lead: Lead): string {
  if (lead.status === 'closed' && lead.outcome) {
    return `Lead ${lead.id} is Closed (${LEAD_OUTCOME_LABELS[lead.outcome]})`;
  }
  if (lead.status === 'qualified' && lead.quotesReadyAt) return `Lead ${lead.id} has quotes ready`;
  return `Lead ${lead.id} is ${LEAD_STATUS_LABELS[lead.status]}`;
}

/** `describeLead` as a catalogue sentence (status and outcome labels stay the platform's English terms). */
export function leadSentence(lead: Lead): SentenceSpec {
  if (lead.status === 'closed' && lead.outcome) {
    return sentence('quotes3.lead.closed', {
      leadId: String(lead.id),
      outcome: LEAD_OUTCOME_LABELS[lead.outcome],
    });
  }
  if (lead.status === 'qualified' && lead.quotesReadyAt)
    return sentence('quotes3.lead.ready', { leadId: String(lead.id) });
  return sentence('quotes3.lead.status', {
    leadId: String(lead.id),
    status: LEAD_STATUS_LABELS[lead.status],
  });
}

/**
 * The creditor may pick a quote while the lead waits for selection, while quotes are still coming in,
 * and after expiry ("the creditor may still select a winner manually"); not after a winner, a pullback
 * or declined options.
 */
export function assertSelectable(lead: Lead): void {
  if (lead.status === 'closed' && lead.outcome !== 'expired') {
    throw new DomainError(
      lead.outcome === 'winner' ? 'already_done' : 'invalid_state',
      `${describeLead(lead)}, so no quote can be selected any more.` +
        (lead.outcome === 'winner' ? ' The case is already with the chosen partner.' : ''),
      { leadId: lead.id, outcome: lead.outcome },
      sentence(
        lead.outcome === 'winner' ? 'quotes3.lead.not_selectable.winner' : 'quotes3.lead.not_selectable',
        {
          lead: { msg: leadSentence(lead) },
        },
      ),
    );
  }
  if (lead.status === 'open') {
    throw new DomainError(
      'invalid_state',
      `${describeLead(lead)}: it has not been sent to partners yet, so there are no quotes to select. Wait for the quotes to come in.`,
      { leadId: lead.id },
      sentence('quotes3.lead.not_sent', { lead: { msg: leadSentence(lead) } }),
    );
  }
}

export function assertPullbackAllowed(lead: Lead): void {
  if (lead.status === 'closed') {
    throw new DomainError(
      lead.outcome === 'pullback' ? 'already_done' : 'invalid_state',
      `${describeLead(lead)}, so there is nothing to pull back.`,
      { leadId: lead.id, outcome: lead.outcome },
      sentence('quotes3.lead.nothing_to_pull_back', { lead: { msg: leadSentence(lead) } }),
    );
  }
}
