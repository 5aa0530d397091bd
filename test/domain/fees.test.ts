import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FEE_TABLE,
  debtAgeMonths,
  type FeeTable,
  quoteSuccessFee,
  regionOf,
} from '../../src/domain/fees.ts';

const at = new Date('2026-03-02T10:00:00Z');
const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('success fee from the fee table (claim amount, region, age of debt)', () => {
  it('when a fresh Nordic claim of 5,000 USD is priced, then it gets the Nordic band for up to 10,000 USD', () => {
    const fee = quoteSuccessFee({ principalUsd: 5_000, debtorCountry: 'DK', debtDate: d('2026-01-15') }, at);
    expect(fee).toMatchObject({ pct: 15, region: 'nordics', ageMonths: 1 });
    expect(fee.explanation).toBe('15% (Nordics, claims up to USD 10,000.00)');
  });

  it('when the claim is larger, then the fee percentage is lower', () => {
    const small = quoteSuccessFee({ principalUsd: 800, debtorCountry: 'DE', debtDate: d('2026-02-01') }, at);
    const large = quoteSuccessFee(
      { principalUsd: 80_000, debtorCountry: 'DE', debtDate: d('2026-02-01') },
      at,
    );
    expect([small.pct, large.pct]).toEqual([22, 12]);
  });

  it('when the debt is older, then points are added for its age', () => {
    const fee = quoteSuccessFee({ principalUsd: 5_000, debtorCountry: 'DK', debtDate: d('2025-01-10') }, at);
    expect(fee.ageMonths).toBe(13);
    expect(fee.pct).toBe(15 + 6);
    expect(fee.explanation).toContain('+ 6 points for a debt 13 months old');
  });

  it('when the debtor is in a country no region lists, then the rest-of-world band applies', () => {
    expect(regionOf('BR')).toBe('rest_of_world');
    expect(
      quoteSuccessFee({ principalUsd: 5_000, debtorCountry: 'BR', debtDate: d('2026-02-01') }, at).pct,
    ).toBe(25);
  });

  it('when a different fee table is configured, then its numbers are used', () => {
    const table: FeeTable = {
      regions: {},
      otherRegion: 'all',
      bands: { all: [{ maxAmountUsd: null, pct: 9 }] },
      ageSurcharges: [{ maxAgeMonths: null, addPct: 1 }],
    };
    expect(
      quoteSuccessFee({ principalUsd: 5_000, debtorCountry: 'DK', debtDate: d('2026-02-01') }, at, table).pct,
    ).toBe(10);
    expect(DEFAULT_FEE_TABLE.otherRegion).toBe('rest_of_world');
  });

  it('when the debt date is in the future, then the fee cannot be computed and the user is told why', () => {
    expect(() =>
      quoteSuccessFee({ principalUsd: 5_000, debtorCountry: 'DK', debtDate: d('2026-04-01') }, at),
    ).toThrow(/in the future/);
  });

  it('when counting the age of a debt, then only whole months count', () => {
    expect(debtAgeMonths(d('2026-01-15'), d('2026-02-14'))).toBe(0);
    expect(debtAgeMonths(d('2026-01-15'), d('2026-02-15'))).toBe(1);
  });
});
