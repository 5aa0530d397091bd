import { describe, expect, it } from 'vitest';
import { runningOrEnded } from '../../src/domain/collection-period.ts';
import { checkDeclineReason, type DeclineFacts } from '../../src/domain/decline-check.ts';
import { asSentence } from '../../src/domain/text.ts';

const facts: DeclineFacts = {
  caseId: 7,
  principalUsd: 6_525,
  debtorCountry: 'DK',
  debtorRegion: 'Midtjylland',
  partnerMinimumUsd: 100,
  partnerRules: [{ minAmountUsd: 150 }],
  partnerCoverage: [{ country: 'SE', region: null }],
  otherCasesForDebtor: 0,
};

describe('checking a decline reason against the case', () => {
  it('when the claim is above the partner\'s minimum, then "below minimum" goes to manual review and says why', () => {
    const checked = checkDeclineReason('below_minimum', facts);
    expect(checked.category).toBeNull();
    expect(checked.doubt).toContain('USD 6,525.00');
    expect(checked.doubt).toContain('USD 150.00');
  });

  it('when the claim is below the highest of the partner row and its rules, then "below minimum" stands', () => {
    expect(checkDeclineReason('below_minimum', { ...facts, principalUsd: 120 }).category).toBe(
      'below_minimum',
    );
  });

  it('when the partner covers the debtor\'s country, or only its region, then "out of jurisdiction" is doubted accordingly', () => {
    expect(
      checkDeclineReason('out_of_jurisdiction', {
        ...facts,
        partnerCoverage: [{ country: 'DK', region: null }],
      }).category,
    ).toBeNull();
    expect(
      checkDeclineReason('out_of_jurisdiction', {
        ...facts,
        partnerCoverage: [{ country: 'DK', region: 'Hovedstaden' }],
      }).category,
    ).toBe('out_of_jurisdiction');
  });

  it('when there is another case for the debtor, then "duplicate" stands; with none it is doubted', () => {
    expect(checkDeclineReason('duplicate', facts).category).toBeNull();
    expect(checkDeclineReason('duplicate', { ...facts, otherCasesForDebtor: 1 }).category).toBe('duplicate');
  });

  it('when the category cannot be checked against the case, then it stands as given', () => {
    expect(checkDeclineReason('insolvency_or_ceased', facts)).toEqual({
      category: 'insolvency_or_ceased',
      doubt: null,
    });
    expect(checkDeclineReason(null, facts)).toEqual({ category: null, doubt: null });
  });
});

describe('words and dates in notices', () => {
  it('when typed words have no end punctuation, then they get a full stop, and keep the one they have', () => {
    expect(asSentence(' the note is attached ')).toBe('the note is attached.');
    expect(asSentence('Is it paid?')).toBe('Is it paid?');
    expect(asSentence('He said "paid."')).toBe('He said "paid."');
  });

  it('when a date has passed, then it reads as ended; before, as running', () => {
    const end = new Date('2026-11-28T12:00:00Z');
    const words = { running: 'collecting until', ended: 'ended on' };
    expect(runningOrEnded(end, new Date('2026-12-01T10:00:00Z'), words)).toBe('ended on 28 Nov 2026');
    expect(runningOrEnded(end, new Date('2026-11-27T10:00:00Z'), words)).toBe('collecting until 28 Nov 2026');
  });
});
