import { describe, expect, it } from 'vitest';
import {
  assertPullbackAllowed,
  assertSelectable,
  collectionCompleteEarly,
  collectionResult,
  expiresAt,
  isCollecting,
  type Lead,
  reminderDueAt,
} from '../../src/domain/lead.ts';
import {
  assertCanDeclineToQuote,
  assertCanQuote,
  type Quote,
  validateQuoteTerms,
} from '../../src/domain/quote.ts';

const at = new Date('2026-03-02T10:00:00Z');
const lead = (over: Partial<Lead> = {}): Lead => ({
  id: 1,
  caseId: 10,
  origin: 'decline',
  status: 'qualified',
  outcome: null,
  windowBusinessHours: 120,
  expectedQuotes: 3,
  excludedPartnerIds: [],
  qualifiedAt: at,
  windowEndsAt: new Date('2026-03-09T10:00:00Z'),
  quotesReadyAt: null,
  remindersSent: 0,
  closedAt: null,
  createdAt: at,
  ...over,
});
const invited = { leadId: 1, partnerId: 5, status: 'invited' as const, invitedAt: at, respondedAt: null };
const quote: Quote = {
  id: 3,
  leadId: 1,
  partnerId: 5,
  submittedByUserId: null,
  status: 'sent',
  successFeePct: 20,
  fixedFee: null,
  terms: null,
  decidedAt: null,
  createdAt: at,
};

describe('lead and quote state machine', () => {
  it('when the window has passed, then the lead no longer collects quotes', () => {
    expect(isCollecting(lead(), at)).toBe(true);
    expect(isCollecting(lead(), new Date('2026-03-09T10:00:00Z'))).toBe(false);
    expect(isCollecting(lead({ quotesReadyAt: at }), at)).toBe(false);
  });

  it('when the expected number of quotes is in, then collection ends early', () => {
    expect(collectionCompleteEarly(lead(), [invited, invited, invited], 3)).toBe(true);
    expect(collectionCompleteEarly(lead(), [invited, invited, invited], 2)).toBe(false);
  });

  it('when every invited partner has answered, then collection ends early even with fewer quotes', () => {
    expect(
      collectionCompleteEarly(
        lead(),
        [
          { ...invited, status: 'quoted' },
          { ...invited, status: 'declined' },
        ],
        1,
      ),
    ).toBe(true);
  });

  it('when collection ends without any quote, then the outcome is declined options', () => {
    expect([collectionResult(0), collectionResult(2)]).toEqual(['declined_options', 'quotes_ready']);
  });

  it('when quotes are ready, then reminders come 7 and 14 days later and the lead expires after 14 days', () => {
    const ready = lead({ quotesReadyAt: at });
    expect(reminderDueAt(ready, 1)).toEqual(new Date('2026-03-09T10:00:00Z'));
    expect(reminderDueAt(ready, 2)).toEqual(new Date('2026-03-16T10:00:00Z'));
    expect(expiresAt(ready)).toEqual(new Date('2026-03-16T10:00:00Z'));
  });

  it('when a lead expired, then a winner may still be selected; after a winner or a pullback, not', () => {
    expect(() => assertSelectable(lead({ status: 'closed', outcome: 'expired' }))).not.toThrow();
    expect(() => assertSelectable(lead({ status: 'closed', outcome: 'winner' }))).toThrow(/Winner/);
    expect(() => assertSelectable(lead({ status: 'closed', outcome: 'pullback' }))).toThrow(/Pullback/);
    expect(() => assertSelectable(lead({ status: 'open', windowEndsAt: null }))).toThrow(/not been sent/);
  });

  it('when a lead is already closed, then it cannot be pulled back', () => {
    expect(() => assertPullbackAllowed(lead())).not.toThrow();
    expect(() => assertPullbackAllowed(lead({ status: 'closed', outcome: 'pullback' }))).toThrow(
      /nothing to pull back/,
    );
  });

  it('when a partner was not invited or already quoted, then it cannot quote', () => {
    expect(() => assertCanQuote(lead(), undefined, undefined, at)).toThrow(/not invited/);
    expect(() => assertCanQuote(lead(), invited, quote, at)).toThrow(/one quote per partner/);
    expect(() => assertCanQuote(lead(), invited, undefined, at)).not.toThrow();
  });

  it('when a partner already declined to quote, then it can neither quote nor decline again', () => {
    const declined = { ...invited, status: 'declined' as const };
    expect(() => assertCanQuote(lead(), declined, undefined, at)).toThrow(/already declined/);
    expect(() => assertCanDeclineToQuote(lead(), declined, at)).toThrow(/already declined/);
  });

  it('when a success fee is 0 or above 100 percent, then the quote is refused', () => {
    expect(() => validateQuoteTerms({ successFeePct: 0 })).toThrow(/not possible/);
    expect(() => validateQuoteTerms({ successFeePct: 101 })).toThrow(/not possible/);
    expect(() => validateQuoteTerms({ successFeePct: 17.5 })).not.toThrow();
  });
});
