import { describe, expect, it } from 'vitest';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';

// "kr" is written for Danish, Swedish, Norwegian and Icelandic money alike: the interpreter names no ISO
// currency for it (the contract's `currency` is ISO 4217) and leaves a hint; the case decides.

describe('kroner, kronor and kr in a message', () => {
  it.each([
    'register payment 500 kr on 1008',
    'register payment 500 kr. on 1008',
    'register payment kr. 500 on 1008',
    'debtor paid 500 kroner on 1008',
    'debtor paid 500 kronor on 1008',
    'debtor paid 500 kronur on 1008',
  ])('when told %j, then the amount is 500 and its currency left to the case', (text) => {
    const i = interpretOffline(text);
    expect(i).toMatchObject({ action: 'payment.register', caseId: '1008', amount: 500, currencyHint: 'kr' });
    expect(i.currency).toBeUndefined();
  });

  it('when the currency is named by its code, then it is that code and no hint is left', () => {
    for (const [text, currency] of [
      ['register payment 500 DKK on 1008', 'DKK'],
      ['register payment 500 SEK on 1008', 'SEK'],
      ['register payment 500 NOK on 1008', 'NOK'],
    ] as const) {
      const i = interpretOffline(text);
      expect(i.currency, text).toBe(currency);
      expect(i.currencyHint, text).toBeUndefined();
    }
  });

  it('when a close names an amount in kr, then the close carries the hint too', () => {
    expect(interpretOffline('close 1011 as partially paid, received 2 000 kr')).toMatchObject({
      action: 'case.close',
      amount: 2000,
      currencyHint: 'kr',
    });
  });
});
