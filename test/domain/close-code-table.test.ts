import { describe, expect, it } from 'vitest';
import { closeCodeLabel, countsAgainstScore, decideClose } from '../../src/domain/close-codes.ts';
import { CLOSE_CODES } from '../../src/domain/ids.ts';

// The close-code table of domain.md, row by row: a code moved to the wrong side of the partner score
// would silently change how partners are ranked.
const TABLE = [
  ['paid', 'Paid', false],
  ['partially_paid', 'Partially paid', false],
  ['case_never_started', 'Case never started', false],
  ['invalid_case_data', 'Invalid Case Data', false],
  ['debtor_insolvent', 'Debtor Insolvent/Bankrupt', false],
  ['debtor_untraceable', 'Debtor Untraceable', false],
  ['statute_expired', 'Statute of Limitations Expired', false],
  ['withdrawn_by_client', 'Withdrawn by Client', true],
  ['disputed_legal_declined', 'Disputed - Legal Action Declined by Client', true],
  ['settlement_rejected', 'Settlement Rejected by Client', true],
  ['unresponsive_client', 'Unresponsive Client', true],
  ['prelegal_exhausted', 'Pre-Legal Exhausted - No Payment', true],
  ['uneconomical', 'Uneconomical to Pursue', true],
  ['other', 'Other (comment required)', true],
] as const;

describe('close codes against the partner score', () => {
  it('when the close codes are listed, then they are exactly the 14 codes of the table', () => {
    expect([...CLOSE_CODES].sort()).toEqual(TABLE.map(([code]) => code).sort());
  });

  it.each(
    TABLE,
  )('when a case closes as %s, then it is shown as "%s" and counts against the score: %s', (code, label, counts) => {
    expect(closeCodeLabel(code)).toBe(label);
    expect(countsAgainstScore(code)).toBe(counts);
  });

  const period = {
    id: 88,
    collectionPeriodStartsAt: new Date('2026-01-01'),
    collectionPeriodEndsAt: new Date('2026-07-01'),
    principal: '1000.00',
    currency: 'EUR',
  };
  const NOW = new Date('2026-03-02T10:00:00Z');

  it.each([
    'paid',
    'partially_paid',
  ] as const)('when a case closes as %s with no payment registered, then it is refused: register the payment first', (code) => {
    expect(() => decideClose(period, { code }, 0n, NOW)).toThrow(/Register the payment first/);
  });

  it.each(
    TABLE.filter(
      ([code]) =>
        code !== 'paid' && code !== 'partially_paid' && code !== 'other' && code !== 'prelegal_exhausted',
    ),
  )('when a case closes as %s with no payment and no comment, then nothing more is asked', (code) => {
    expect(() => decideClose(period, { code }, 0n, NOW)).not.toThrow();
  });

  it('when the payments fall short of the principal, then Paid is not taken: Partially paid is proposed and the rest named', () => {
    let error: { code?: string; message?: string; details?: Record<string, unknown> } = {};
    try {
      decideClose(period, { code: 'paid' }, 40_000n, NOW);
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.code).toBe('needs_confirmation');
    expect(error.message).toContain('EUR 400.00 paid of EUR 1,000.00');
    expect(error.message).toContain('Partially paid');
    expect(error.message).toContain('EUR 600.00');
    expect(error.details).toMatchObject({ suggestedCode: 'partially_paid', remaining: '600.00' });
  });

  it('when the payments reach the principal, then Paid is taken and Partially paid is questioned', () => {
    expect(() => decideClose(period, { code: 'paid' }, 100_000n, NOW)).not.toThrow();
    expect(() => decideClose(period, { code: 'partially_paid' }, 100_000n, NOW)).toThrow(
      /Close it as Paid instead/,
    );
    expect(() => decideClose(period, { code: 'partially_paid' }, 99_999n, NOW)).not.toThrow();
  });
});
