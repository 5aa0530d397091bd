import { type Case, requireText } from './case.ts';
import { formatDay, isWithinCollectionPeriod } from './collection-period.ts';
import { DomainError } from './errors.ts';
import { CLOSE_CODE_INFO, type CloseCode } from './ids.ts';

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
  c: Pick<Case, 'id' | 'collectionPeriodStartsAt' | 'collectionPeriodEndsAt'>,
  input: CloseDecisionInput,
  paidCents: bigint,
  now: Date,
): { comment: string | null } {
  const comment = input.comment?.trim() || null;
  if (needsComment(input.code)) requireText(comment, `a comment saying why case ${c.id} closes as Other`);
  if (needsPayment(input.code) && paidCents <= 0n) {
    throw new DomainError(
      'invalid_input',
      `Case ${c.id} has no registered payment, so it can't close as ${closeCodeLabel(input.code)}. Register the payment first, then close it.`,
      { needs: 'payment.register' },
    );
  }
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
    );
  }
  return { comment };
}
