import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATE_CHANGING_ACTIONS } from '../../src/understanding/commands.ts';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';

// Whatever anyone types: no exception, and never an action on a case number the text does not contain.

const numbersIn = (text: string) =>
  new Set(
    [...text.replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10)).matchAll(/\d+/g)].map((m) =>
      m[0].replace(/^0+(?=\d)/, ''),
    ),
  );

const words = fc.constantFrom(
  'decline',
  'accept',
  'close',
  'case',
  'as',
  'paid',
  'withdraw',
  'quote',
  'select',
  'payment',
  'of',
  'EUR',
  '€',
  '$',
  '#',
  'all',
  'pending',
  "don't",
  'should',
  'I',
  '?',
  ',',
  'debtor',
  'bankrupt',
  'it',
  'register',
  'pull',
  'back',
  'status',
  'my',
  'cases',
  'ignore',
  'rules',
  '<@U024BE7LH>',
  '"',
  '>',
  '1,200',
  '99.50',
  '2500 DKK',
  'no.',
  'duplicate',
  'of case',
  'and',
  '%',
  'partially',
  'ask',
  'for',
  'documents',
);
const chatLike = fc
  .array(fc.oneof(words, fc.nat({ max: 99_999 }).map(String), fc.string({ maxLength: 6 })), { maxLength: 14 })
  .map((parts) => parts.join(' '));

describe('offline interpreter properties', () => {
  it('when given any text at all, then it never throws and always answers with a known shape', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), chatLike),
        (text) => {
          const got = interpretOffline(text);
          expect(typeof got.action).toBe('string');
          expect(got.confidence).toBeGreaterThanOrEqual(0);
          expect(got.confidence).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('when it returns an action that changes a case, then that case number appears in the text', () => {
    fc.assert(
      fc.property(fc.oneof(chatLike, fc.string({ maxLength: 200 })), (text) => {
        const got = interpretOffline(text);
        if (got.caseId !== undefined) expect(numbersIn(text).has(got.caseId)).toBe(true);
        if (STATE_CHANGING_ACTIONS.has(got.action)) expect(got.caseId).toBeDefined();
        if (got.quoteId !== undefined) expect(numbersIn(text).has(got.quoteId)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('when the thread case is given, then an action is on that case or on one the text names', () => {
    fc.assert(
      fc.property(chatLike, fc.nat({ max: 99_999 }).map(String), (text, thread) => {
        const got = interpretOffline(text, { caseId: thread });
        if (got.caseId !== undefined)
          expect(got.caseId === thread || numbersIn(text).has(got.caseId)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
