import damerauLevenshtein from 'damerau-levenshtein';
import { languageOfWords, translateAt } from './languages/index.ts';
import { REAL_WORDS } from './real-words.ts';

// Chat text → one canonical lower-case string the rules can read: surface markup removed, typography
// flattened, common chat typos of the domain's own words corrected. Corrections use Damerau-Levenshtein
// (transpositions such as "decilne" count as one edit) against the words the rules know; nothing else is
// touched, so a word the rules do not know can never be turned into a command word.

/** Words the rules depend on; a misspelt token within one edit (two for long words) becomes one of these. */
const VOCABULARY = [
  // commands
  'accept',
  'accepted',
  'decline',
  'declined',
  'declining',
  'reject',
  'refuse',
  'close',
  'closed',
  'closing',
  'withdraw',
  'withdrawn',
  'withdrawal',
  'register',
  'record',
  'payment',
  'payments',
  'received',
  'status',
  'quote',
  'quotes',
  'select',
  'choose',
  'submit',
  'pullback',
  'request',
  'information',
  'details',
  'documents',
  'documentation',
  'custom',
  'terms',
  'offer',
  'propose',
  'pending',
  'active',
  'paused',
  'collecting',
  'verification',
  'suggest',
  'please',
  'cases',
  'invoice',
  'contract',
  'partially',
  'settlement',
  'unresponsive',
  'exhausted',
  'uneconomical',
  'statute',
  'limitations',
  'limitation',
  // decline categories and close codes
  'outside',
  'coverage',
  'territory',
  'conflict',
  'interest',
  'minimum',
  'threshold',
  'untraceable',
  'jurisdiction',
  'licensed',
  'license',
  'licence',
  'regulatory',
  'sanctions',
  'sanctioned',
  'disputed',
  'dispute',
  'bankrupt',
  'bankruptcy',
  'insolvent',
  'insolvency',
  'deceased',
  'dissolved',
  'liquidation',
  'duplicate',
  'missing',
  'fraud',
  'fraudulent',
  'debtor',
  'creditor',
  'client',
  'invalid',
  'started',
  'recovered',
  'locate',
  'represent',
  'existing',
  'essential',
  'requested',
  'provided',
  'pre-legal',
  'prelegal',
  'economical',
  'barred',
  'time-barred',
  'statute-barred',
] as const;

const KNOWN = new Set<string>(VOCABULARY);
const SHORT_VOCABULARY = [...new Set([...VOCABULARY.filter((w) => w.length === 5), 'check'])];

function isOneDroppedLetter(token: string, word: string): boolean {
  if (word.length !== token.length + 1 || word[0] !== token[0]) return false;
  // A letter dropped inside the word: at the end it makes real words ("cases" → "case", "terms" → "term").
  for (let i = 1; i < word.length - 1; i++) {
    if (word.slice(0, i) + word.slice(i + 1) === token) return true;
  }
  return false;
}
/** Real words that sit one edit from a vocabulary word and must stay as they are. */
const KEEP = new Set([
  'closer',
  'closes',
  'lose',
  'loses',
  'clone',
  'cloze',
  'clause',
  'quota',
  'quoted',
  'quoting',
  'stats',
  'status',
  'states',
  'statue',
  'record',
  'recorder',
  'accent',
  'except',
  'expect',
  'access',
  'declare',
  'declared',
  'decimal',
  'offers',
  'offered',
  'office',
  'terms',
  'teams',
  'team',
  'items',
  'cased',
  'caser',
  'debts',
  'debit',
  'clients',
  'client',
  'clint',
  'select',
  'selected',
  'reject',
  'rejected',
  'refused',
  'refuses',
  'requests',
  'detail',
  'details',
  'licensed',
  'license',
  'licence',
  'licenses',
  'dispute',
  'disputes',
  'missed',
  'mission',
  'active',
  'action',
  'actions',
  'activate',
  'inactive',
  'paused',
  'pause',
  'caused',
  'cause',
  'passed',
  'posted',
  'limited',
  'started',
  'starter',
  'starred',
  'interest',
  'interests',
  'minimum',
  'minimal',
  'custom',
  'customs',
  'creditors',
  'debtors',
  'invoices',
  'contracts',
  'payment',
  'payments',
  'quotes',
  'cases',
  'propose',
  'proposed',
  'prepose',
  'purpose',
  'suggested',
  'suggests',
  'located',
  'locale',
  'barred',
  'barren',
  'barrel',
  'received',
  'receives',
  'register',
  'registry',
  'pending',
  'spending',
  'sending',
  'bending',
  'lending',
  'withdrew',
  'provider',
  'provides',
  'provide',
]);

const correctionCache = new Map<string, string>();
const CACHE_LIMIT = 5000;

/** The vocabulary word a misspelt token stands for; the token itself when it is a known or real word. */
export function correctToken(token: string, keepRealWords = true): string {
  if (token.length < 4 || KNOWN.has(token) || KEEP.has(token) || /\d/.test(token)) return token;
  if (keepRealWords && REAL_WORDS.has(token)) return token;
  // Four letters: only a letter dropped inside a five-letter word with the same first letter ("clse",
  // "chek"); anything looser turns short words and names into commands.
  if (token.length === 4) return SHORT_VOCABULARY.find((word) => isOneDroppedLetter(token, word)) ?? token;
  const cached = keepRealWords ? correctionCache.get(token) : undefined;
  if (cached !== undefined) return cached;
  const allowed = token.length >= 9 ? 2 : 1;
  let best = token;
  let bestSteps = allowed + 1;
  for (const word of VOCABULARY) {
    if (Math.abs(word.length - token.length) > allowed) continue;
    // Typos rarely change both the first and the last letter of a word; skipping saves most comparisons.
    if (word[0] !== token[0] && word[word.length - 1] !== token[token.length - 1]) continue;
    const { steps } = damerauLevenshtein(token, word);
    if (steps < bestSteps) {
      bestSteps = steps;
      best = word;
    }
  }
  if (!keepRealWords) return best;
  if (correctionCache.size >= CACHE_LIMIT) correctionCache.clear();
  correctionCache.set(token, best);
  return best;
}

/**
 * Removes Slack and Teams markup: mentions, channel links, special mentions, link labels, formatting.
 * Markup never contains a "<", so none of these reads past the next one: with "[^>]*" every "<" of
 * "<a<a<a…" read to the end of the message (quadratic).
 */
export function stripMarkup(text: string): string {
  return text
    .replace(/<https?:[^<>|]*\|([^<>]*)>/g, '$1')
    .replace(/<(?:mailto|tel):[^<>|]*\|([^<>]*)>/g, '$1')
    .replace(/<#[A-Z0-9]+(?:\|[^<>]*)?>/g, ' ')
    .replace(/<[@!][^<>]*>/g, ' ')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ');
}

export interface Normalized {
  /** Markup removed, typography flattened, original case kept (reasons and comments come from here). */
  clean: string;
  /** Lower-case, typos corrected, single spaces: what the rules match. */
  canon: string;
  /** The `clean` text between two offsets of `canon` (a corrected word maps back to what was typed). */
  original(start: number, end: number): string;
}

/** Only ASCII and full-width digits are numbers: "①", "²" or "㍙" must never turn into a case number. */
function foldDigits(raw: string): string {
  return raw.replace(/[^ -~\uFF10-\uFF19]/gu, (ch) => (/\d/.test(ch.normalize('NFKC')) ? ' ' : ch));
}

/** Chat shorthand spelled out here, where the offset map keeps reasons and comments as typed. */
const SHORTHAND: Readonly<Record<string, string>> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  w: 'with',
  wht: 'what',
  wat: 'what',
  dnt: "don't",
  pmt: 'payment',
  pymt: 'payment',
  rcvd: 'received',
  recd: 'received',
  "rec'd": 'received',
  req: 'request',
  addl: 'additional',
  decl: 'decline',
  cls: 'close',
  dup: 'duplicate',
  dupe: 'duplicate',
  "q's": 'quotes',
  qs: 'quotes',
  informations: 'information',
};
/** Shorthand that means a command only as the message's first word ("st 4410"; elsewhere "St" is a street). */
const FIRST_WORD_SHORTHAND: Readonly<Record<string, string>> = { st: 'status', stat: 'status' };

/** Words: ASCII letters and the Latin letters of the languages in languages/ ("gået", "hyväksy", "müssen"). */
const WORD = /[a-zß-öø-ÿ][a-zß-öø-ÿ'-]*[a-zß-öø-ÿ]|[a-zß-öø-ÿ]/g;
/** Only these are typo-corrected: a word with "å" or "ü" is not a misspelt English word. */
const ENGLISH_ONLY = /^[a-z'-]+$/;

export function normalize(raw: string): Normalized {
  const clean = stripMarkup(foldDigits(raw).normalize('NFKC'))
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    // A minus sign before a number is a minus ("−5000"); other dashes separate words.
    .replace(/\u2212(?=\d)/g, '-')
    .replace(/[\u2010-\u2015\u2212]/g, ' - ')
    .replace(/[*_~]+/g, ' ')
    // Spanish opening marks: "¿qué puedes hacer?" starts where "what can you do?" starts.
    .replace(/[\u00BF\u00A1]/g, '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001F\u007F\u200B-\u200D\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const lower = clean.toLowerCase();
  // toCleanOffset[i] is where canon[i] came from; words keep their order, so the map is monotone.
  const toCleanOffset: number[] = [];
  let canon = '';
  let last = 0;
  const tokens = [...lower.matchAll(WORD)];
  const words = tokens.map((m) => m[0]);
  // A message in another language (languages/): its words become the English tokens the rules read.
  const language = languageOfWords(words);
  const joined = language
    ? tokens.map((m, k) => {
        const next = tokens[k + 1];
        return next !== undefined && /^\s+$/.test(lower.slice(m.index + m[0].length, next.index));
      })
    : [];
  for (let k = 0; k < tokens.length; k++) {
    const m = tokens[k] as RegExpExecArray;
    for (let i = last; i < m.index; i++) toCleanOffset.push(i);
    canon += lower.slice(last, m.index);
    const clauseStart = k === 0 || /[,.;:!?]/.test(lower.slice(last, m.index));
    const translated = language ? translateAt(language, words, joined, k, clauseStart) : undefined;
    if (translated) {
      const lastToken = tokens[k + translated.length - 1] as RegExpExecArray;
      const end = lastToken.index + lastToken[0].length;
      // "tilbud|tilbud": a word that is one thing before a number and another elsewhere ("quote 3", "the quotes").
      const bar = translated.to.indexOf('|');
      const to =
        bar < 0
          ? translated.to
          : /^\s*(?:no\.?\s*|nr\.?\s*|n[ºo°]\.?\s*|#\s*)?\d/.test(lower.slice(end))
            ? translated.to.slice(0, bar)
            : translated.to.slice(bar + 1);
      for (let i = 0; i < to.length; i++) toCleanOffset.push(m.index + Math.min(i, end - m.index - 1));
      canon += to;
      last = end;
      k += translated.length - 1;
      continue;
    }
    const first = last === 0 && /^[\s\W]*$/.test(lower.slice(0, m.index));
    // Autocorrect turns "quote" into "quite"; before a number it can only be the quote.
    const beforeNumber = /^\s*(?:no\.?\s*|nr\.?\s*|#\s*)?\d/.test(lower.slice(m.index + m[0].length));
    const word =
      (first ? FIRST_WORD_SHORTHAND[m[0]] : undefined) ??
      (m[0] === 'quite' && beforeNumber ? 'quote' : undefined) ??
      SHORTHAND[m[0]] ??
      (ENGLISH_ONLY.test(m[0]) ? correctToken(m[0]) : m[0]);
    for (let i = 0; i < word.length; i++) toCleanOffset.push(m.index + Math.min(i, m[0].length - 1));
    canon += word;
    last = m.index + m[0].length;
  }
  for (let i = last; i <= lower.length; i++) toCleanOffset.push(i);
  canon += lower.slice(last);
  const sameShape = lower.length === clean.length;
  const at = (i: number) => toCleanOffset[Math.max(0, Math.min(i, toCleanOffset.length - 1))] ?? 0;
  const original = (start: number, end: number): string =>
    sameShape
      ? clean.slice(at(start), end >= canon.length ? clean.length : at(end))
      : canon.slice(start, end);
  return { clean, canon, original };
}
