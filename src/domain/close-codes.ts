import { type Case, requireText } from './case.ts';
import { formatDay, isWithinCollectionPeriod } from './collection-period.ts';
import { DomainError, sentence } from './errors.ts';
import { CLOSE_CODE_INFO, type CloseCode } from './ids.ts';
import { formatMoney, fromCents, toCents } from './money.ts';

export const SUCCESS_CODES: ReadonlySet<CloseCode> = new Set(['paid', 'partially_paid']);

export const needsPayment = (code: CloseCode) => SUCCESS_CODES.has(code);
export const needsComment = (code: CloseCode) => code === 'other';
export const countsAgainstScore = (code: CloseCode) => CLOSE_CODE_INFO[code].countsAgainstScore;
export const closeCodeLabel = (code: CloseCode) => CLOSE_CODE_INFO[code].label;

export interface CloseDecisionInput {
  code: CloseCode;
  comment?: string | null;
  confirmedEarlyPrelegal?: boolean;
}

/**
 * The rules of closing, given the case, what has been paid (in cents) and the time. Returns the
 * normalised comment; throws a DomainError that says what to do instead.
 */
export function decideClose(
  c: Pick<Case, 'id' | 'collectionPeriodStartsAt' | 'collectionPeriodEndsAt' | 'principal' | 'currency'>,
  input: CloseDecisionInput,
  paidCents: bigint,
  now: Date,
): { comment: string | null } {
  const comment = input.comment?.trim() || null;
  if (needsComment(input.code))
    requireText(
      comment,
      `a comment saying why case ${c.id} closes as Other`,
      sentence('refusals4.give.other_comment', { caseId: String(c.id) }),
    );
  if (needsPayment(input.code) && paidCents <= 0n) {
    throw new DomainError(
      'invalid_input',
      `Case ${c.id} has no registered payment, so it can't close as ${closeCodeLabel(input.code)}. Register the payment first, then close it.`,
      { needs: 'payment.register' },
      sentence('refusals4.close.no_payment', { caseId: String(c.id), label: closeCodeLabel(input.code) }),
    );
  }
  if (needsPayment(input.code)) decideSuccessCode(c, input.code, paidCents);
  if (
    input.code === 'prelegal_exhausted' &&
    !input.confirmedEarlyPrelegal &&
    isWithinCollectionPeriod({ startsAt: c.collectionPeriodStartsAt, endsAt: c.collectionPeriodEndsAt }, now)
  ) {
    const ends = c.collectionPeriodEndsAt as Date;
    throw new DomainError(
      'needs_confirmation',
      `Case ${c.id}'s collection period runs until ${formatDay(ends)}. Pre-Legal Exhausted is meant for when all reasonable pre-legal attempts are done, typically after the 6-month period. Close it as Pre-Legal Exhausted anyway?`,
      { periodEndsAt: ends.toISOString() },
      sentence('refusals4.close.prelegal_early', {
        caseId: String(c.id),
        until: { day: ends.toISOString() },
      }),
    );
  }
  return { comment };
}

/**
 * Paid is for the full outstanding amount, Partially paid for less (the articles: "Debtor paid the full
 * outstanding amount" / "paid some amount but not the full debt"; the outstanding amount is the
 * principal). A success code that does not fit what was registered asks to switch to the one that does
 * (`details.suggestedCode`), and for Paid says how much is still missing.
 */
export function decideSuccessCode(
  c: Pick<Case, 'id' | 'principal' | 'currency'>,
  code: CloseCode,
  paidCents: bigint,
): void {
  const outstanding = toCents(c.principal);
  const paid = formatMoney(fromCents(paidCents), c.currency);
  const full = formatMoney(c.principal, c.currency);
  if (code === 'paid' && paidCents < outstanding) {
    const rest = fromCents(outstanding - paidCents);
    throw new DomainError(
      'needs_confirmation',
      `Case ${c.id} has ${paid} paid of ${full}, so it is not Paid: Paid is for the full outstanding amount. ` +
        `Close it as Partially paid instead? If the rest has come in, cancel and register the remaining ${formatMoney(rest, c.currency)} first ("register payment ${rest} ${c.currency} on ${c.id}").`,
      { suggestedCode: 'partially_paid', remaining: rest },
      sentence('cases3.close.not_paid', {
        caseId: String(c.id),
        paid: { money: { amount: fromCents(paidCents), currency: c.currency } },
        full: { money: { amount: c.principal, currency: c.currency } },
        rest: { money: { amount: rest, currency: c.currency } },
        restPlain: rest,
        currency: c.currency,
      }),
    );
  }
  if (code === 'partially_paid' && paidCents >= outstanding) {
    throw new DomainError(
      'needs_confirmation',
      `Case ${c.id} has ${paid} paid, the full ${full} outstanding, so it is Paid rather than Partially paid. Close it as Paid instead?`,
      { suggestedCode: 'paid' },
      sentence('cases3.close.fully_paid', {
        caseId: String(c.id),
        paid: { money: { amount: fromCents(paidCents), currency: c.currency } },
        full: { money: { amount: c.principal, currency: c.currency } },
      }),
    );
  }
}

/** The success code a `needs_confirmation` from `decideSuccessCode` proposed, for the confirmation. */
export function switchedSuccessCode(code: CloseCode): CloseCode | null {
  if (code === 'paid') return 'partially_paid';
  if (code === 'partially_paid') return 'paid';
  return null;
}

/**
 * What a close code does to the partner's score, in the words of "How to close a case": partner decline
 * codes do not count, client decision codes currently do (a known limitation), and the rest are recorded
 * and affect the performance score. `whose` is "your" for the partner itself, "the partner's" otherwise.
 */
export function scoreImpact(code: CloseCode, whose: 'your' | "the partner's" = 'your'): string {
  const info = CLOSE_CODE_INFO[code];
  const name = code === 'other' ? 'Other' : info.label;
  switch (info.group) {
    case 'success':
      return `${name} is a success code: it does not count against ${whose} score, and it creates the payout split by the agreed commission rate.`;
    case 'partner_decline':
      return `${name} is a partner decline code: it does not count against ${whose} engagement multiplier or collection score.`;
    case 'client_decision':
      return `${name} is a client decision code: it currently counts against ${whose} collection score, even though the closure is driven by the client's decision, not ${whose === 'your' ? 'your' : "the partner's"} performance (a known limitation).`;
    case 'process_completion':
      return `${name} is a process completion code: it is recorded and affects ${whose} performance score.`;
    case 'fallback':
      return `Other is the fallback code: it is recorded and affects ${whose} performance score, and needs a comment; pick a specific code when one fits.`;
  }
}

/** The close-code groups and their effect on the score, for a score question that names no code. */
export function scoreImpactOverview(): string {
  return [
    'How close codes affect your score:',
    '• Success (Paid, Partially paid): no penalty; a payout is created.',
    '• Partner decline (Case never started, Invalid Case Data, Debtor Insolvent/Bankrupt, Debtor Untraceable, Statute of Limitations Expired): do not count against your engagement multiplier or collection score.',
    '• Client decision (Withdrawn by Client, Disputed - Legal Action Declined by Client, Settlement Rejected by Client, Unresponsive Client): currently count against your collection score, even though the client decided (a known limitation).',
    '• Process completion (Pre-Legal Exhausted - No Payment, Uneconomical to Pursue) and Other: recorded and affect your performance score.',
    'Ask for example "how does closing as Withdrawn by Client affect my score?".',
  ].join('\n');
}
