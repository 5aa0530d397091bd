// Scoring free text against labelled phrase patterns: used for decline categories and close codes.
// Patterns are written against the canonical text of normalize.ts (lower case, typos corrected).

export interface Cue<L extends string> {
  label: L;
  pattern: RegExp;
  /** 3 = names the label outright, 2 = a strong paraphrase, 1 = a hint that needs company. */
  weight: number;
}

export interface Ranked<L extends string> {
  label: L;
  score: number;
  runnerUp: number;
  matched: string[];
}

/** Phrases that cancel the cue right before it: "not a duplicate", "no fraud". */
const NEGATED_BEFORE =
  /\b(?:not|no|never|isn'?t|aren'?t|wasn'?t|without|nor)\s+(?:an?\s+|the\s+|any\s+|really\s+)?$/;

export function rank<L extends string>(text: string, cues: readonly Cue<L>[]): Ranked<L> | null {
  const scores = new Map<L, number>();
  const matched: string[] = [];
  for (const cue of cues) {
    const m = cue.pattern.exec(text);
    if (!m) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (NEGATED_BEFORE.test(before)) continue;
    scores.set(cue.label, (scores.get(cue.label) ?? 0) + cue.weight);
    matched.push(`${cue.label}:${m[0]}`);
  }
  let best: L | null = null;
  let top = 0;
  let second = 0;
  for (const [label, score] of scores) {
    if (score > top) {
      second = top;
      top = score;
      best = label;
    } else if (score > second) {
      second = score;
    }
  }
  return best === null ? null : { label: best, score: top, runnerUp: second, matched };
}

/** A confidence for a ranking: how strongly the winner was named and how clearly it beat the rest. */
export function rankConfidence(r: Ranked<string>): number {
  const strength = Math.min(1, r.score / 3);
  const margin = r.score === 0 ? 0 : (r.score - r.runnerUp) / r.score;
  return Math.round((0.45 + 0.35 * strength + 0.2 * margin) * 100) / 100;
}
