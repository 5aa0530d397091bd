import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, fromCents, splitPayout, toCents } from '../../src/domain/money.ts';

describe('payout split by commission rate', () => {
  it('when a payout is split, then the partner gets its commission rounded to the cent and the creditor the rest', () => {
    expect(splitPayout('1000.00', '0.2000')).toEqual({
      total: '1000.00',
      partnerAmount: '200.00',
      creditorAmount: '800.00',
      commissionRate: '0.2000',
    });
    expect(splitPayout('0.05', '0.1500')).toMatchObject({ partnerAmount: '0.01', creditorAmount: '0.04' });
    expect(splitPayout(333.33, 0.3333)).toMatchObject({ partnerAmount: '111.10', creditorAmount: '222.23' });
  });

  it('when any amount is split by any rate, then the two parts add up to the total exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 10_000 }),
        (cents, bp) => {
          const split = splitPayout(fromCents(cents), (bp / 10_000).toFixed(4));
          expect(toCents(split.partnerAmount) + toCents(split.creditorAmount)).toBe(cents);
          expect(toCents(split.partnerAmount) >= 0n).toBe(true);
        },
      ),
    );
  });

  it('when an amount has more than two decimals, then it is refused rather than rounded silently', () => {
    expect(() => toCents('10.005')).toThrow(/more than two decimals/);
    expect(toCents('10.50')).toBe(1050n);
    expect(toCents('7')).toBe(700n);
  });

  it('when money is shown, then it has its currency, thousands separators and two decimals', () => {
    expect(formatMoney('1234567.5', 'EUR')).toBe('EUR 1,234,567.50');
  });
});
