import { describe, expect, it } from 'vitest';
import { DECLINE_CATEGORIES } from '../../src/domain/ids.ts';
import { renderDeclineMessage } from '../../src/understanding/decline-message.ts';

// words.test.ts checks that every message has a "Reason:" line; this checks the line actually differs
// by category, so a creditor learns *why* the partner declined, not a generic sentence.
describe('creditor decline message per category', () => {
  const base = { caseId: 4410, creditorName: 'Acme ApS', debtorName: 'Beta GmbH', networkSharing: true };

  it('when each of the 13 categories is rendered, then each explains a different reason', () => {
    const reasons = DECLINE_CATEGORIES.map(
      (category) => renderDeclineMessage({ ...base, category }).match(/Reason: .*/)?.[0],
    );
    expect(reasons).toHaveLength(13);
    expect(reasons.every(Boolean)).toBe(true);
    expect(new Set(reasons).size).toBe(13);
  });

  it.each([
    ['insolvency_or_ceased', /bankrupt, deceased or dissolved/],
    ['time_barred', /statute of limitations/],
    ['regulatory_restriction', /not licensed/],
    ['below_minimum', /minimum/],
  ] as const)('when the category is %s, then the reason says so in plain words', (category, words) => {
    expect(renderDeclineMessage({ ...base, category })).toMatch(words);
  });
});
