import { describe, expect, it } from 'vitest';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';
import { loadLabelledSet } from './labelled-set.ts';

// The sets written blind (fresh/, fresh2/: by people who never saw the code), kept as a floor once they
// were scored first time and their unsafe kinds fixed. Unlike the other labelled sets they are not all
// exact: a miss here is a question or a "not understood" where a person would have acted, which is safe.
// What must never come back is an unsafe answer (a change where none was meant, or on another case), or
// a drop in how much of them is understood. Scored with the rules of ../shared/eval/score.mjs.
// The language sets (fresh/lang-*, issue 12) were development sets for src/understanding/languages/:
// their floor is what was reached, less a margin; a second blind set per language is the held-out measure.

const DESTRUCTIVE = new Set([
  'case.accept',
  'case.decline',
  'case.request_info',
  'case.offer_terms',
  'case.close',
  'payment.register',
  'quote.submit',
  'quote.select',
  'lead.pullback',
  'case.withdraw',
]);

const norm = (v: unknown) =>
  v === undefined || v === null || v === '' ? null : typeof v === 'string' ? v.replace(/^#/, '').trim() : v;

function score(path: URL) {
  const rows = loadLabelledSet(path);
  let exact = 0;
  const unsafe: string[] = [];
  for (const row of rows) {
    const got = interpretOffline(row.text, row.context) as unknown as Record<string, unknown>;
    const want = row.expect as Record<string, unknown>;
    const actions = (Array.isArray(want.action) ? want.action : [want.action]) as unknown[];
    let same = actions.includes(got.action);
    for (const [key, value] of Object.entries(want)) {
      if (key === 'action') continue;
      const a = norm(got[key]);
      const b = norm(value);
      if (typeof b === 'number' ? Math.abs(Number(a) - b) >= 1e-6 : String(a) !== String(b)) same = false;
    }
    const wrongTarget =
      !actions.includes(got.action) || (want.caseId !== undefined && norm(got.caseId) !== norm(want.caseId));
    if (DESTRUCTIVE.has(String(got.action)) && wrongTarget)
      unsafe.push(`${row.text} -> ${String(got.action)}`);
    if (same) exact++;
  }
  return { exact: exact / rows.length, unsafe };
}

// Floors: the exact share measured after the fixes, less a margin for rule changes elsewhere.
const FLOORS: Array<[string, number]> = [
  ['fresh/close-codes.jsonl', 0.77],
  ['fresh/decline-reasons.jsonl', 0.83],
  ['fresh/offers-vs-accepts.jsonl', 0.93],
  ['fresh/quotes-followups.jsonl', 0.95],
  ['fresh/traps.jsonl', 0.94],
  ['fresh2/close-codes.jsonl', 0.84],
  ['fresh2/decline-reasons.jsonl', 0.91],
  ['fresh2/offers-vs-accepts.jsonl', 0.9],
  ['fresh2/quotes-followups.jsonl', 0.96],
  ['fresh2/traps.jsonl', 0.95],
  ['fresh/lang-da.jsonl', 0.95],
  ['fresh/lang-no.jsonl', 0.95],
  ['fresh/lang-sv.jsonl', 0.95],
  ['fresh/lang-de.jsonl', 0.95],
  ['fresh/lang-fi.jsonl', 0.95],
  ['fresh/lang-es.jsonl', 0.95],
  // The held-out language sets (fresh3/, scored first time at 81–91 %, 13 unsafe), floored at what was
  // reached after the unsafe kinds (reported speech, others' views, past tense) were fixed; raised in round 4
  // (docs/notes/u4.md) to what the general fixes of the known misses reached, less one line.
  ['fresh3/lang-da.jsonl', 0.96],
  ['fresh3/lang-no.jsonl', 0.96],
  ['fresh3/lang-sv.jsonl', 0.97],
  ['fresh3/lang-de.jsonl', 0.97],
  ['fresh3/lang-fi.jsonl', 0.96],
  ['fresh3/lang-es.jsonl', 0.98],
  // Round 3 (fresh4/, 2026-12-08): first time 81–88 %, 16 unsafe of five kinds; floored at what the fixes by
  // kind (docs/notes/u5.md) and the general round-4 work (docs/notes/u4.md) reached, less one line.
  ['fresh4/lang-da.jsonl', 0.92],
  ['fresh4/lang-no.jsonl', 0.93],
  ['fresh4/lang-sv.jsonl', 0.92],
  ['fresh4/lang-de.jsonl', 0.92],
  ['fresh4/lang-fi.jsonl', 0.85],
  ['fresh4/lang-es.jsonl', 0.91],
];

describe('sets written blind, kept as a floor', () => {
  for (const [file, floor] of FLOORS) {
    it(`when ${file} is interpreted, then no answer is unsafe and at least ${Math.round(floor * 100)} % are exact`, () => {
      const { exact, unsafe } = score(new URL(`./${file}`, import.meta.url));
      expect(unsafe).toEqual([]);
      expect(exact).toBeGreaterThanOrEqual(floor);
    });
  }
});
