import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import { amountProblem } from '../../src/domain/input-parsing.ts';
import { resolveKrone } from '../../src/domain/money.ts';

describe('what is wrong with an amount, in a sentence', () => {
  it('when an amount typed into a form has a minus sign of any kind, then it is refused as negative, never read as positive', () => {
    for (const text of ['-5000', '−5000', '- 5.000,00', '–5000']) {
      expect(amountProblem(text), text).toMatch(/can't be negative: give it without a minus sign/);
    }
  });

  it('when an amount is more than an amount column holds, then the sentence gives the limit', () => {
    expect(amountProblem('1.000.000.000.000,00')).toContain('amounts go up to 999,999,999,999.99');
    expect(amountProblem('999.999.999.999,99')).toBeNull();
    expect(amountProblem('4.800,00')).toBeNull();
    expect(amountProblem('not a number')).toBeNull();
  });
});

describe('"kr" against the case', () => {
  it('when the case is in a krone, then "kr" is that krone', () => {
    for (const c of ['DKK', 'SEK', 'NOK', 'ISK']) expect(resolveKrone(c, 1)).toBe(c);
  });

  it('when the case is in another currency, then which one is asked, not guessed', () => {
    expect(() => resolveKrone('EUR', 1012)).toThrow(DomainError);
    expect(() => resolveKrone('EUR', 1012)).toThrow(/case 1012 is in EUR, so I can't tell which currency/);
  });
});
