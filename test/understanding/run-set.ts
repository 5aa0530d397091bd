// Prints the misses of the offline interpreter on a labelled set (the same rules as the shared scorer).
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';
import { loadLabelledSet } from './labelled-set.ts';

const file = process.argv[2] ?? new URL('./paraphrases.jsonl', import.meta.url).pathname;
const rows = loadLabelledSet(file);
let ok = 0;
for (const row of rows) {
  const got = interpretOffline(row.text, row.context) as unknown as Record<string, unknown>;
  const want = row.expect as Record<string, unknown>;
  const actions = Array.isArray(want.action) ? want.action : [want.action];
  const misses: string[] = [];
  if (!actions.includes(got.action)) misses.push(`action ${got.action}`);
  for (const [k, v] of Object.entries(want)) {
    if (k === 'action') continue;
    if (JSON.stringify(got[k] ?? null) !== JSON.stringify(v))
      misses.push(`${k} ${JSON.stringify(got[k])} want ${JSON.stringify(v)}`);
  }
  if (misses.length) console.log(`miss ${JSON.stringify(row.text)}: ${misses.join('; ')}`);
  else ok++;
}
console.log(`${ok}/${rows.length}`);
