import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExtraCommand } from '../../src/conversation/extra-commands.ts';
import { withoutBotMention } from '../../src/surfaces/slack/listeners/events/app-mention.ts';
import { suggestCloseCode } from '../../src/understanding/close-code-suggester.ts';
import { assessDeclineReason } from '../../src/understanding/decline-reason.ts';
import { explainOffline } from '../../src/understanding/explain.ts';
import { normalize } from '../../src/understanding/normalize.ts';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';

// Long messages built from the pieces the patterns love: runs of digits, of spaces, of separators
// ("1,1,1,…", "1.1.1…", "1 000 000 …"), repeated words and half-written markup. With a pattern that
// backtracks super-linearly one of these takes seconds to minutes (a 2,000-digit message took 6–10 s
// before), and the test's timeout fails it; the time itself is measured in bench/interpret.bench.ts.

const piece = fc.constantFrom(
  '1',
  '7',
  '1 ',
  '1,',
  '1.',
  "1'",
  '1-',
  '1/',
  '000 ',
  ' ',
  '\t',
  '\n',
  'a',
  'a1',
  'x1.',
  '@',
  '+',
  ',',
  '.',
  '-',
  '#',
  '%',
  '€',
  '$',
  '"',
  "'",
  '<',
  '<a',
  '<@U1|',
  '<#C1|',
  'dk50 ',
  'case ',
  'case no ',
  'the ',
  'we ',
  "we'd ",
  "i'd ",
  'please ',
  'thanks ',
  'and ',
  'or ',
  'if ',
  'decline ',
  'accept ',
  'paid ',
  'quote ',
  'invoice ',
  'account no ',
  'call ',
  'eur ',
  'k ',
  'of ',
  'Aa ',
  'Ltd ',
  'resolve 12',
  'answer 12:',
  'no quote on 12',
);

/** A short pattern repeated to 2,000–10,000 characters, with a few pieces before and after it. */
const adversarial = fc
  .tuple(
    fc.array(piece, { maxLength: 3 }),
    fc.array(piece, { minLength: 1, maxLength: 6 }),
    fc.integer({ min: 2000, max: 10_000 }),
    fc.array(piece, { maxLength: 3 }),
  )
  .map(([before, unit, length, after]) => {
    const body = unit.join('');
    return before.join('') + body.repeat(Math.ceil(length / body.length)).slice(0, length) + after.join('');
  });

describe('long adversarial messages', () => {
  it('when a 2,000–10,000 character message is made of repeated pieces, then every reader of it returns', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const got = interpretOffline(text);
        expect(got.confidence).toBeGreaterThanOrEqual(0);
        // The readers that see more than the interpreter's first 2,000 characters.
        expect(typeof normalize(text).canon).toBe('string');
        expect(typeof assessDeclineReason(text).ok).toBe('boolean');
        suggestCloseCode(text);
        parseExtraCommand(text);
        withoutBotMention(text, 'U024BE7LH');
      }),
      { numRuns: 150 },
    );
  });

  it('when a message is 10,000 digits, or digits with separators, then the interpreter returns', () => {
    for (const unit of ['1', '1 ', '1,', '1.', "1'", '1 000 ', '1,000,', 'a1', 'x1.', '<a', "we'd "]) {
      const text = unit.repeat(Math.ceil(10_000 / unit.length));
      expect(interpretOffline(text).action, unit).toBeTypeOf('string');
      expect(interpretOffline(`accept ${text}`).action, unit).toBeTypeOf('string');
      expect(assessDeclineReason(text).ok, unit).toBeTypeOf('boolean');
      // `interpret --explain` reads the whole message, not the interpreter's first 2,000 characters.
      expect(explainOffline(text).canonical, unit).toBeTypeOf('string');
    }
  });

  it('when a lead-in word that reads two ways is repeated ("we\'d we\'d … x"), then the interpreter returns', () => {
    // Before: "we'd" was both "we'd" and "we" + "'d", so 40 of them meant 2^40 ways to try.
    const got = interpretOffline(`${"we'd ".repeat(40)}x decline 1001 ${"i'd ".repeat(40)}x`);

    expect(got.action).toBeTypeOf('string');
  });
});
