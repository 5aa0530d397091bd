// A decline reason or a comment is stored and sent to the other side. When the LLM read the message, the
// text it proposes is its own paraphrase; the user's own words say the same and are theirs to answer for.
// So the proposal is traced back to the stretch of the message that holds its words, and that stretch
// is what is kept. A proposal the message does not back is kept as worded (the confirmation shows it).

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const FILLER = new Set([
  'the',
  'and',
  'for',
  'from',
  'with',
  'that',
  'this',
  'was',
  'are',
  'has',
  'have',
  'been',
  'not',
  'our',
  'their',
  'they',
  'them',
  'his',
  'her',
  'its',
  'one',
]);
/** Share of the proposal's content words the message must hold to count as the same text. */
const BACKED = 0.6;

interface Token {
  word: string;
  start: number;
  end: number;
}

const tokens = (text: string): Token[] =>
  [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));

/** Same word, or the same stem (represent / represents, bankrupt / bankruptcy). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const stem = 5;
  return a.length >= stem && b.length >= stem && a.slice(0, stem) === b.slice(0, stem);
}

/**
 * The stretch of `message` that says what `proposed` says, in the user's words; null when most of the
 * proposal's words are not in the message (the model wrote something the user did not).
 */
export function ownWordsFor(proposed: string, message: string): string | null {
  const proposal = tokens(proposed).map((t) => t.word);
  const content = proposal.filter((w) => w.length >= 3 && !FILLER.has(w) && !/^\d+$/.test(w));
  if (content.length === 0) return null;
  const said = tokens(message);
  const at = (w: string) => said.findIndex((t) => sameWord(t.word, w));
  const found = content.map(at).filter((i) => i >= 0);
  if (found.length / content.length < BACKED) return null;
  let first = Math.min(...found);
  let last = Math.max(...found);
  // Short words of the proposal right next to the stretch belong to it ("we represent…", "…is bankrupt").
  const inProposal = (i: number) => {
    const t = said[i];
    return t !== undefined && !/^\d+$/.test(t.word) && proposal.some((w) => sameWord(t.word, w));
  };
  while (inProposal(first - 1)) first -= 1;
  while (inProposal(last + 1)) last += 1;
  const from = said[first]?.start ?? 0;
  const to = said[last]?.end ?? message.length;
  return message.slice(from, to).trim();
}
