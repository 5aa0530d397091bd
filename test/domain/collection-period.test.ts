import { describe, expect, it } from 'vitest';
import { isWithinCollectionPeriod, startCollectionPeriod } from '../../src/domain/collection-period.ts';

describe('collection period', () => {
  it('when a case is accepted, then the collection period ends 6 months later', () => {
    const p = startCollectionPeriod(new Date('2026-03-02T10:00:00Z'));
    expect(p.endsAt.toISOString()).toBe('2026-09-02T10:00:00.000Z');
  });

  it('when accepted on the 31st, then the period ends on the last day of the sixth month', () => {
    expect(startCollectionPeriod(new Date('2026-08-31T12:00:00Z')).endsAt.toISOString()).toBe(
      '2027-02-28T12:00:00.000Z',
    );
  });

  it('when the period has ended or never started, then the case is not within it', () => {
    const p = startCollectionPeriod(new Date('2026-01-01T00:00:00Z'));
    expect(isWithinCollectionPeriod(p, new Date('2026-06-30T23:59:59Z'))).toBe(true);
    expect(isWithinCollectionPeriod(p, new Date('2026-07-01T00:00:00Z'))).toBe(false);
    expect(isWithinCollectionPeriod({ startsAt: null, endsAt: null }, new Date('2026-02-01T00:00:00Z'))).toBe(
      false,
    );
  });
});
