import { readFileSync } from 'node:fs';

// The project's labelled message sets (test/understanding/*.jsonl), read the same way by the test suite
// and by `run-set.ts`. A line is either a message with what it means, or a bare decline reason with its
// category (the reasons*.jsonl sets), which stands for "decline case 4242, <reason>".

export interface LabelledRow {
  text: string;
  context?: { caseId?: string };
  expect: Record<string, unknown> & { action: string | string[] };
}

export function loadLabelledSet(path: string | URL): LabelledRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((r) =>
      r.reason !== undefined
        ? {
            text: `decline case 4242, ${r.reason}`,
            expect: { action: 'case.decline', caseId: '4242', category: r.category },
          }
        : r,
    );
}
