import { readdirSync, readFileSync } from 'node:fs';
import { classifierText } from './text-classifier.ts';
import { type Example, stableHash } from './text-classifier-training.ts';

// The project's labelled lines (test/understanding/*.jsonl) as training examples for the two classifiers.
// Only the files directly in that folder: test/understanding/fresh/ is the blind check and is never read.
// A decline labelled `category: null` (a support agent reviews it) and a close that must ask for its code
// become the label NONE, so the model learns what "no category" looks like too.

export const NONE = '(none)';

export interface TrainingSets {
  decline: Example[];
  close: Example[];
  files: string[];
}

interface Row {
  text?: string;
  reason?: string;
  category?: string | null;
  expect?: { action: string | string[]; category?: string | null; code?: string | null; missing?: string[] };
}

export function readTrainingSets(dir: URL): TrainingSets {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const decline = new Map<string, Example>();
  const close = new Map<string, Example>();
  // Keyed by the text the model reads and the label: the same wording in two files is one example.
  const add = (into: Map<string, Example>, text: string, label: string) => {
    const key = `${classifierText(text)}\u0000${label}`;
    if (!into.has(key)) into.set(key, { text, label });
  };
  for (const file of files) {
    for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as Row;
      if (row.reason !== undefined) {
        add(decline, row.reason, row.category ?? NONE);
        continue;
      }
      const want = row.expect;
      if (!want || row.text === undefined) continue;
      const actions = Array.isArray(want.action) ? want.action : [want.action];
      if ('category' in want && actions.includes('case.decline'))
        add(decline, row.text, want.category ?? NONE);
      if ('code' in want) add(close, row.text, want.code ?? NONE);
      else if (actions.length === 1 && actions[0] === 'clarify' && want.missing?.includes('code')) {
        add(close, row.text, NONE);
      }
    }
  }
  const ordered = (m: Map<string, Example>) =>
    [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
  return { decline: ordered(decline), close: ordered(close), files };
}

/** The fixed held-out split: one line in five, chosen by a hash of the text the model reads. */
export function isHeldOut(example: Example): boolean {
  return foldOf(example, 5) === 0;
}

export function foldOf(example: Example, folds: number): number {
  return stableHash(classifierText(example.text)) % folds;
}

/**
 * The help-centre articles' own one-line descriptions of each category and code (models/article-lines.jsonl):
 * always trained on, never held out, so the model knows every label's defining words however few
 * partners happened to use them in the labelled sets.
 */
export function readArticleLines(file: URL): { decline: Example[]; close: Example[] } {
  const decline: Example[] = [];
  const close: Example[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text: string; category?: string; code?: string };
    if (row.category) decline.push({ text: row.text, label: row.category });
    if (row.code) close.push({ text: row.text, label: row.code });
  }
  return { decline, close };
}
