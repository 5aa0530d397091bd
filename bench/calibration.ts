import { existsSync, readdirSync } from 'node:fs';
import type { Decision } from '../src/understanding/commands.ts';
import { STATE_CHANGING_ACTIONS } from '../src/understanding/commands.ts';
import { interpretOffline } from '../src/understanding/offline-interpreter.ts';
import { type LabelledRow, loadLabelledSet } from '../test/understanding/labelled-set.ts';

// `npm run calibration [-- --fresh] [-- --misses]`: how far the offline interpreter's decisions can be trusted,
// over every labelled set (test/understanding/*.jsonl and ../shared/eval/*.jsonl; with --fresh also
// test/understanding/fresh/*.jsonl, which are not part of the suite).
//
// - act wrong: the decision was `act` but the action is not one the label allows (wrong action), or it
//   is, but a labelled argument differs (wrong case, category, code, amount …). "unsafe" counts the wrong
//   acts that change a case (what ../shared/eval/score.mjs calls unsafe).
// - hidden: the decision was `refuse` or `unsure` (action none) where the label wanted a command or a
//   question: a right answer the interpreter kept back.
// - ask wrong: the decision was `ask` where the label does not allow clarify.

const args = new Set(process.argv.slice(2));
const here = new URL('../test/understanding/', import.meta.url);
// ../shared beside the main checkout; a worktree under /work/wt/<name> finds it one level further up.
const shared = ['../../shared/eval/', '../../../shared/eval/']
  .map((p) => new URL(p, import.meta.url))
  .find((u) => existsSync(u));

function setsIn(dir: URL): URL[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => new URL(f, dir));
  } catch {
    return [];
  }
}

const files = [
  ...setsIn(here),
  ...(shared ? setsIn(shared) : []),
  ...(args.has('--fresh') ? setsIn(new URL('fresh/', here)) : []),
];

interface Tally {
  rows: number;
  decisions: Record<Decision, number>;
  actWrongAction: number;
  actWrongArgument: number;
  unsafe: number;
  hidden: number;
  askWrong: number;
}

const norm = (v: unknown) =>
  v === undefined || v === null || v === '' ? null : typeof v === 'string' ? v.replace(/^#/, '').trim() : v;

function sameField(got: unknown, want: unknown): boolean {
  const a = norm(got);
  const b = norm(want);
  if (typeof b === 'number') return Math.abs(Number(a) - b) < 1e-6;
  if (Array.isArray(b)) return JSON.stringify(a) === JSON.stringify(b);
  return String(a) === String(b);
}

function score(rows: LabelledRow[], name: string): Tally {
  const t: Tally = {
    rows: rows.length,
    decisions: { act: 0, ask: 0, refuse: 0, unsure: 0 },
    actWrongAction: 0,
    actWrongArgument: 0,
    unsafe: 0,
    hidden: 0,
    askWrong: 0,
  };
  for (const row of rows) {
    const got = interpretOffline(row.text, row.context);
    const want = row.expect;
    const actions = (Array.isArray(want.action) ? want.action : [want.action]) as string[];
    t.decisions[got.decision] += 1;
    const miss = (kind: string) => {
      if (args.has('--misses')) console.log(`${name}: ${kind}: ${JSON.stringify(row.text)} -> ${got.action}`);
    };
    if (got.decision === 'act') {
      if (!actions.includes(got.action)) {
        t.actWrongAction += 1;
        if (STATE_CHANGING_ACTIONS.has(got.action)) t.unsafe += 1;
        miss('act, wrong action');
      } else {
        const wrongField = Object.keys(want).find(
          (k) => k !== 'action' && !sameField((got as unknown as Record<string, unknown>)[k], want[k]),
        );
        if (wrongField) {
          t.actWrongArgument += 1;
          if (wrongField === 'caseId' && STATE_CHANGING_ACTIONS.has(got.action)) t.unsafe += 1;
          miss(`act, wrong ${wrongField}`);
        }
      }
    } else if (got.decision === 'ask') {
      if (!actions.includes('clarify')) {
        t.askWrong += 1;
        miss('ask');
      }
    } else if (!actions.includes('none')) {
      t.hidden += 1;
      miss(`${got.decision} hides ${actions.join('|')}`);
    }
  }
  return t;
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);
const total: Tally = {
  rows: 0,
  decisions: { act: 0, ask: 0, refuse: 0, unsure: 0 },
  actWrongAction: 0,
  actWrongArgument: 0,
  unsafe: 0,
  hidden: 0,
  askWrong: 0,
};
const lines: string[] = [];
for (const file of files) {
  const name = file.pathname.replace(/^.*\/(?:understanding|eval)\//, '');
  const t = score(loadLabelledSet(file), name);
  for (const k of ['rows', 'actWrongAction', 'actWrongArgument', 'unsafe', 'hidden', 'askWrong'] as const)
    total[k] += t[k];
  for (const d of Object.keys(t.decisions) as Decision[]) total.decisions[d] += t.decisions[d];
  lines.push(row(name, t));
}

function row(name: string, t: Tally): string {
  const acts = t.decisions.act;
  const held = t.decisions.refuse + t.decisions.unsure;
  return `| ${name} | ${t.rows} | ${acts} / ${t.decisions.ask} / ${t.decisions.refuse} / ${t.decisions.unsure} | ${t.actWrongAction} + ${t.actWrongArgument} (${pct(t.actWrongAction + t.actWrongArgument, acts)}) | ${t.unsafe} | ${t.hidden} (${pct(t.hidden, held)}) | ${t.askWrong} |`;
}

console.log(
  '| set | rows | act / ask / refuse / unsure | act wrong: action + argument (of acts) | unsafe | refuse/unsure hiding a right answer (of those) | ask where no question was wanted |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const l of lines) console.log(l);
console.log(row('**all**', total));
