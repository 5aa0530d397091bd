import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpretationSchema, isComplete } from '../../src/understanding/commands.ts';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';
import { type LabelledRow, loadLabelledSet } from './labelled-set.ts';

// Labelled paraphrases written for this project (not the shared development set): the language of the
// help-centre articles, partners' and creditors' synonyms, chat typos, and messages that must not act.

const SETS = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.jsonl'));

const load = (name: string) => loadLabelledSet(new URL(`./${name}`, import.meta.url));

function check(row: LabelledRow) {
  const got = interpretOffline(row.text, row.context) as unknown as Record<string, unknown>;
  const actions = Array.isArray(row.expect.action) ? row.expect.action : [row.expect.action];
  expect(actions).toContain(got.action);
  for (const [key, value] of Object.entries(row.expect)) {
    if (key !== 'action') expect(got[key] ?? null, key).toEqual(value);
  }
  expect(interpretationSchema.safeParse(got).success).toBe(true);
}

describe('offline interpreter on paraphrases', () => {
  for (const set of SETS) {
    for (const row of load(set)) {
      it(`when told ${JSON.stringify(row.text)}, then it means ${JSON.stringify(row.expect)}`, () =>
        check(row));
    }
  }
});

describe('offline interpreter in a conversation about one case', () => {
  it('when the thread is about case 310 and the message says "decline it, duplicate", then case 310 is declined', () => {
    expect(interpretOffline('decline it, duplicate', { caseId: '310' })).toMatchObject({
      action: 'case.decline',
      caseId: '310',
      category: 'duplicate',
    });
  });

  it('when the thread is about case 310 but the message names case 311, then the message wins', () => {
    expect(interpretOffline('accept 311', { caseId: '310' })).toMatchObject({
      action: 'case.accept',
      caseId: '311',
    });
  });

  it('when there is no thread case and no case number, then it asks which case', () => {
    expect(interpretOffline('decline it, duplicate')).toMatchObject({
      action: 'clarify',
      missing: ['caseId'],
    });
  });
});

describe('reasons and comments are kept as the user typed them', () => {
  it.each([
    [
      'Hi, could you decline 4410? We represent the debtor in another matter.',
      'We represent the debtor in another matter',
    ],
    ['hey team, decline 4410. The debtor was dissolved last year', 'The debtor was dissolved last year'],
  ])('when a greeting comes first (%j), then the recorded reason is only the reason', (text, reason) => {
    expect(interpretOffline(text)).toMatchObject({ action: 'case.decline', caseId: '4410', reason });
  });
});

describe('every answer', () => {
  it('when an action is returned, then it carries everything that action needs and a confidence', () => {
    for (const set of SETS) {
      for (const row of load(set)) {
        const got = interpretOffline(row.text);
        expect(got.confidence).toBeGreaterThanOrEqual(0);
        expect(got.confidence).toBeLessThanOrEqual(1);
        expect(got.source).toBe('offline');
        if (got.action !== 'clarify') expect(isComplete(got), row.text).toBe(true);
      }
    }
  });
});
