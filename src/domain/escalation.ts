import { differenceInCalendarDays } from 'date-fns';
import type { Case } from './case.ts';
import { formatDay, isWithinCollectionPeriod } from './collection-period.ts';
import { DomainError, sentence } from './errors.ts';
import { CASE_STATUS_LABELS, CLOSE_CODE_INFO, type LeadOrigin } from './ids.ts';

// A creditor's request for legal escalation (domain.md, "Further decisions"; article "leads and quotes":
// a lead is created when the creditor requests legal escalation). Allowed for the creditor's own case
// when it is Active after the collection period ended, or Closed as Pre-Legal Exhausted in the last 90
// days. It opens a lead for the legal network; an Active case's assignment ends as Pre-Legal Exhausted.

/** How long after a close as Pre-Legal Exhausted the creditor may still take the case to legal. */
export const ESCALATION_WINDOW_DAYS = 90;

/** Where the case stands when it is escalated: still with its partner, or closed after pre-legal work. */
export type EscalationFrom = 'active_after_period' | 'closed_prelegal_exhausted';

type EscalationFacts = Pick<
  Case,
  'id' | 'status' | 'collectionPeriodStartsAt' | 'collectionPeriodEndsAt' | 'closeCode' | 'closedAt'
>;

/**
 * Whether the case may go to legal now; the refusal says why and what to do instead. `currentLeadOrigin`
 * is the origin of the lead still open on the case, if any (a second request is "already escalated").
 */
export function assertEscalatable(
  c: EscalationFacts,
  now: Date,
  currentLeadOrigin: LeadOrigin | null = null,
): EscalationFrom {
  if (c.status === 'active') {
    const period = { startsAt: c.collectionPeriodStartsAt, endsAt: c.collectionPeriodEndsAt };
    if (c.collectionPeriodEndsAt !== null && !isWithinCollectionPeriod(period, now))
      return 'active_after_period';
    if (c.collectionPeriodEndsAt !== null) {
      throw new DomainError(
        'invalid_state',
        `Case ${c.id} is still in its pre-legal collection period (until ${formatDay(c.collectionPeriodEndsAt)}), so it can't go to legal yet. ` +
          'It can be escalated once the period has ended, or once the partner closes it as Pre-Legal Exhausted.',
        { status: c.status },
        sentence('refusals4.escalate.in_period', {
          caseId: String(c.id),
          until: { day: c.collectionPeriodEndsAt.toISOString() },
        }),
      );
    }
    throw new DomainError(
      'invalid_state',
      `Case ${c.id} has no pre-legal collection period that has ended, so it can't go to legal from chat. Contact Debitura support about it.`,
      { status: c.status },
      sentence('refusals4.escalate.no_period', { caseId: String(c.id) }),
    );
  }
  if (c.status === 'closed') {
    if (c.closeCode === 'prelegal_exhausted' && c.closedAt !== null) {
      const days = differenceInCalendarDays(now, c.closedAt);
      if (days <= ESCALATION_WINDOW_DAYS) return 'closed_prelegal_exhausted';
      throw new DomainError(
        'invalid_state',
        `Case ${c.id} was closed as Pre-Legal Exhausted on ${formatDay(c.closedAt)}, more than ${ESCALATION_WINDOW_DAYS} days ago, so it can no longer be escalated from chat. Contact Debitura support to take it further.`,
        { status: c.status },
        sentence('refusals4.escalate.window_passed', {
          caseId: String(c.id),
          closedOn: { day: c.closedAt.toISOString() },
          days: ESCALATION_WINDOW_DAYS,
        }),
      );
    }
    const label = c.closeCode ? CLOSE_CODE_INFO[c.closeCode].label : 'Closed';
    throw new DomainError(
      'invalid_state',
      `Case ${c.id} is closed as ${label}, so it can't go to legal: only a case closed as Pre-Legal Exhausted (within ${ESCALATION_WINDOW_DAYS} days) or an Active case whose collection period has ended can.`,
      { status: c.status, closeCode: c.closeCode },
      sentence('refusals4.escalate.closed_as', { caseId: String(c.id), label, days: ESCALATION_WINDOW_DAYS }),
    );
  }
  if (c.status === 'collecting_quotes' && currentLeadOrigin === 'legal_escalation') {
    throw new DomainError(
      'already_done',
      `Case ${c.id} is already escalated to legal: the legal network is quoting on it. Say "quotes on ${c.id}" to see the quotes.`,
      { status: c.status },
      sentence('refusals4.escalate.already', { caseId: String(c.id) }),
    );
  }
  const instead =
    c.status === 'collecting_quotes'
      ? ` It is collecting quotes already; say "quotes on ${c.id}" to see them.`
      : c.status === 'paused'
        ? ' It is paused after a withdrawal; the partner closes it now.'
        : ' Pre-legal collection has not started on it yet.';
  throw new DomainError(
    'invalid_state',
    `Case ${c.id} is ${CASE_STATUS_LABELS[c.status]}, so it can't be escalated to legal.${instead}`,
    { status: c.status },
    sentence('refusals4.escalate.status', {
      caseId: String(c.id),
      status: CASE_STATUS_LABELS[c.status],
      instead: c.status === 'collecting_quotes' || c.status === 'paused' ? c.status : 'other',
    }),
  );
}
