import { createHash } from 'node:crypto';

// One-time link codes: what support reads out or pastes to a person so that their chat account can be
// linked to their platform user. Pure: the randomness is given, so tests can pin it.

/**
 * No look-alikes: 0/O, 1/I/L, 2/Z, 5/S, 8/B are left out, so a code read off a screen or over the
 * phone is typed right the first time. 25 symbols, 8 of them: 25^8 ≈ 1.5·10^11 codes, against a guesser
 * who is allowed a few attempts an hour.
 */
export const LINK_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const LINK_CODE_LENGTH = 8;

/** A fresh code shown as two groups of four ("K7MQ-3PXA"); `randomIndex(n)` is uniform in [0, n). */
export function generateLinkCode(randomIndex: (n: number) => number): string {
  let raw = '';
  for (let i = 0; i < LINK_CODE_LENGTH; i++)
    raw += LINK_CODE_ALPHABET[randomIndex(LINK_CODE_ALPHABET.length)];
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

/**
 * What the person typed, as the code it stands for: case, spaces and dashes do not matter. Null when it
 * cannot be a code at all (wrong length, a symbol no code has), which is still a wrong guess.
 */
export function normalizeLinkCode(typed: string): string | null {
  const raw = typed.toUpperCase().replace(/[\s-]/g, '');
  if (raw.length !== LINK_CODE_LENGTH) return null;
  for (const ch of raw) if (!LINK_CODE_ALPHABET.includes(ch)) return null;
  return raw;
}

/** Only this is stored: a copy of the table gives no usable code. */
export function hashLinkCode(normalized: string): string {
  return createHash('sha256').update(`link-code:${normalized}`).digest('hex');
}

/** "link K7MQ-3PXA", "Link k7mq 3pxa", "link code K7MQ3PXA": the code part, or null for anything else. */
export function linkCodeCommand(text: string): string | null {
  const m = /^\s*link(?:\s+code)?[\s:]+([A-Za-z0-9][A-Za-z0-9 -]{3,20})\s*[.!]?\s*$/i.exec(text);
  return m?.[1] ? m[1].trim() : null;
}
