import { CLOSE_CODE_CUES } from './close-code-suggester.ts';
import { DECLINE_CUES } from './decline-reason.ts';
import { extractNumbers } from './entities.ts';
import { INTENT_PATTERNS } from './intent-patterns.ts';
import { rank } from './lexicon.ts';
import { normalize } from './normalize.ts';

/** What the offline interpreter saw in a message: for `interpret --explain` and for support staff. */
export function explainOffline(text: string): Record<string, unknown> {
  const { canon } = normalize(text);
  const phrases = INTENT_PATTERNS.flatMap((ip) => {
    const m = ip.pattern.exec(canon);
    return m ? [{ action: ip.action, phrase: m[0], at: m.index }] : [];
  }).sort((a, b) => a.at - b.at);
  const numbers = extractNumbers(canon).map((t) => ({
    role: t.role,
    text: canon.slice(t.start, t.end),
    ...(t.currency ? { currency: t.currency } : {}),
    ...(t.mention ? { mention: true } : {}),
  }));
  const decline = rank(canon, DECLINE_CUES);
  const close = rank(canon, CLOSE_CODE_CUES);
  return {
    canonical: canon,
    phrases,
    numbers,
    ...(decline ? { declineCues: decline.matched } : {}),
    ...(close ? { closeCodeCues: close.matched } : {}),
  };
}
