import { da } from './da.ts';
import { de } from './de.ts';
import { ENGLISH_WORDS } from './english.ts';
import { es } from './es.ts';
import { fi } from './fi.ts';
import type { Language, LanguageCode } from './language.ts';
import { no } from './no.ts';
import { sv } from './sv.ts';

export type { Language, LanguageCode } from './language.ts';

// The languages the offline interpreter reads besides English, as data (./language.ts). normalize.ts
// asks which language a message is in (most words known to one lexicon), then replaces that language's
// words and phrases with the English tokens the rules read. English words are left alone, so a mixed
// message ("accept sag 123", "decline Fall 55, Schuldner insolvent") reads as one.

export const LANGUAGES: readonly Language[] = [da, no, sv, de, fi, es];

interface Phrase {
  words: string[];
  to: string;
  /** "^können wir": this only at the start of a clause (a question there, "we can" after a fronted object). */
  initial: boolean;
}

interface Compiled {
  code: LanguageCode;
  exact: Map<string, string>;
  /** Forms that mean this only at the start of a clause ("^om": "om" = "if" there, "about" elsewhere). */
  initial: Map<string, string>;
  stems: Map<string, string>;
  /** Stems of six letters or more with one inner letter left out ("acepter" for "accepter*"); null = two meanings. */
  dropped: Map<string, string | null>;
  /** Phrases by their first word, longest first. */
  phrases: Map<string, Phrase[]>;
  markers: Set<string>;
  /** Exact forms of six letters or more with one inner letter left out ("betlat" for "betalat"); null = two meanings. */
  droppedExact: Map<string, string | null>;
  /** Five-letter forms with one inner letter left out ("avis" for "avvis"): read only as a command before a case word. */
  droppedShort: Map<string, string | null>;
  /** Endings that make a word a yes/no question ("-ko", "-kö"). */
  questionSuffixes: string[];
  /** Single words already looked up (a word is looked up the same way every time). */
  seen: Map<string, string | null>;
}

const MIN_STEM = 3;
const phraseKey = (word: string) => word.replace('*', '').slice(0, 2);
let longestStem = MIN_STEM;

function compile(language: Language): Compiled {
  const exact = new Map<string, string>();
  const initial = new Map<string, string>();
  const stems = new Map<string, string>();
  for (const [keys, to] of Object.entries(language.words)) {
    for (const key of keys.split(/\s+/).filter(Boolean)) {
      if (key.startsWith('^')) {
        initial.set(key.slice(1), to);
      } else if (key.endsWith('*')) {
        const stem = key.slice(0, -1);
        if (stem.length < MIN_STEM) throw new Error(`${language.code}: stem "${key}" is too short`);
        longestStem = Math.max(longestStem, stem.length);
        if (stems.has(stem) && stems.get(stem) !== to) throw new Error(`${language.code}: "${key}" twice`);
        stems.set(stem, to);
      } else {
        if (exact.has(key) && exact.get(key) !== to) throw new Error(`${language.code}: "${key}" twice`);
        exact.set(key, to);
      }
    }
  }
  const phrases = new Map<string, Phrase[]>();
  for (const [rawKey, to] of Object.entries(language.phrases ?? {})) {
    const initialOnly = rawKey.startsWith('^');
    const key = initialOnly ? rawKey.slice(1) : rawKey;
    const words = key.split(/\s+/).filter(Boolean);
    const first = words[0];
    if (first && words.length === 1 && !first.endsWith('*') && !initialOnly) {
      exact.set(first, to);
      continue;
    }
    if (!first || first === '*') throw new Error(`${language.code}: bad phrase "${key}"`);
    // Indexed by the first word's first letters, so that the first word may be a stem as well.
    const list = phrases.get(phraseKey(first)) ?? [];
    list.push({ words, to, initial: initialOnly });
    list.sort((a, b) => b.words.length - a.words.length || Number(b.initial) - Number(a.initial));
    phrases.set(phraseKey(first), list);
  }
  const markers = new Set((language.markers ?? '').split(/\s+/).filter(Boolean));
  const dropped = new Map<string, string | null>();
  for (const [stem, to] of stems) {
    if (stem.length < 6 || to === '') continue;
    for (let i = 1; i < stem.length; i++) {
      const typo = stem.slice(0, i) + stem.slice(i + 1);
      if (stems.has(typo) || exact.has(typo)) continue;
      const had = dropped.get(typo);
      dropped.set(typo, had === undefined || had === to ? to : null);
    }
  }
  const droppedExact = new Map<string, string | null>();
  const droppedShort = new Map<string, string | null>();
  const index = (into: Map<string, string | null>, form: string, to: string) => {
    for (let i = 1; i < form.length - 1; i++) {
      const typo = form.slice(0, i) + form.slice(i + 1);
      if (stems.has(typo) || exact.has(typo) || stemOfMap(stems, typo) !== undefined) continue;
      const had = into.get(typo);
      into.set(typo, had === undefined || had === to ? to : null);
    }
  };
  for (const [form, to] of exact) {
    if (to === '' || !/^[a-zß-öø-ÿ]+$/.test(form)) continue;
    if (form.length >= 6) index(droppedExact, form, to);
  }
  for (const [form, to] of [...exact, ...stems]) {
    if (to === '' || form.length !== 5 || !/^[a-zß-öø-ÿ]+$/.test(form)) continue;
    index(droppedShort, form, to);
  }
  const questionSuffixes = (language.questionSuffixes ?? '').split(/\s+/).filter(Boolean);
  return {
    code: language.code,
    exact,
    initial,
    stems,
    dropped,
    droppedExact,
    droppedShort,
    questionSuffixes,
    phrases,
    markers,
    seen: new Map(),
  };
}

/** A stem of `stems` that `word` starts with (used while compiling, before longestStem is final). */
function stemOfMap(stems: Map<string, string>, word: string): string | undefined {
  for (let n = word.length; n >= MIN_STEM; n--) {
    const to = stems.get(word.slice(0, n));
    if (to !== undefined) return to;
  }
  return undefined;
}

const COMPILED: readonly Compiled[] = LANGUAGES.map(compile);
const BY_CODE = new Map(COMPILED.map((c) => [c.code, c]));

function stemOf(lang: Compiled, word: string): string | undefined {
  for (let n = Math.min(word.length, longestStem); n >= MIN_STEM; n--) {
    const to = lang.stems.get(word.slice(0, n));
    if (to !== undefined) return to;
  }
  return undefined;
}

/**
 * How much a word tells that a message is in this language: 1 for a word of it, a little for a particle
 * it drops (German "ab" alone does not make "Accept Logistics AB" German) or a word that is English too.
 */
function weight(lang: Compiled, word: string): number {
  const exact = lang.exact.get(word);
  const to = exact ?? stemOf(lang, word);
  if (to === undefined && !lang.markers.has(word)) return 0;
  if (ENGLISH_WORDS.has(word)) return 0.01;
  if (to === '') return 0.1;
  // An English-looking word that only a stem knows ("licensed" and "licens*") needs company.
  return exact === undefined && !lang.markers.has(word) && ASCII.test(word) ? 0.5 : 1;
}

const ASCII = /^[a-z'-]+$/;

/** A word of one of these languages that is not English: found in the lexicon, and not ASCII-English-looking. */
const WORD = /[a-zß-öø-ÿ][a-zß-öø-ÿ'-]*[a-zß-öø-ÿ]|[a-zß-öø-ÿ]/g;

/** Which language a message's words are in, and whether it is mostly in that language. */
export interface LanguageGuess {
  code: LanguageCode;
  /** More of its words are that language's than English: English-looking words ("on", "a") are translated too. */
  mostly: boolean;
}

/** Which language's lexicon knows most of these (lower-case) words that are not also English; undefined when none. */
export function languageOfWords(words: readonly string[]): LanguageGuess | undefined {
  let best: Compiled | undefined;
  let top = 0;
  for (const lang of COMPILED) {
    // Words that are not English count whole; the others (known, but also English) break ties
    // between close languages (Danish and Norwegian share most words).
    let score = 0;
    for (const w of words) score += weight(lang, w);
    if (score > top) {
      top = score;
      best = lang;
    }
  }
  if (!best) return undefined;
  let english = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) english++;
  // A lone English-looking stem hit counts in a short text without English ("Dublette", a reason alone).
  if (top < 1 && !(top >= 0.5 && top >= english * 0.5 && words.length <= 4)) return undefined;
  return { code: best.code, mostly: Math.floor(top) >= english };
}

/**
 * The language a message is written in: one of the lexicons' languages when its words are known to one,
 * 'en' when it has words but none of theirs, undefined when it has no words. A guess, for answering in
 * the person's language; mixed messages get the language of most of their known words.
 */
export function detectLanguage(text: string): 'en' | LanguageCode | undefined {
  const words = text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return undefined;
  return languageOfWords(words)?.code ?? 'en';
}

/** A typo of two letters swapped ("afvsi" for "afvis"), in words of five letters or more. */
function transposed(lang: Compiled, word: string): string | undefined {
  if (word.length < 5 || word.length > 16) return undefined;
  // Within the stem's letters: a swap further on leaves the stem, which stemOf already found.
  for (let i = 1; i < Math.min(word.length - 1, longestStem); i++) {
    const fixed = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    const to = lang.exact.get(fixed) ?? stemOf(lang, fixed);
    if (to) return to;
  }
  return undefined;
}

/** A typo of one letter left out of a long stem ("acepter", "accptera"), in words of five letters or more. */
function missingLetter(lang: Compiled, word: string): string | undefined {
  if (word.length < 5 || word.length > 16) return undefined;
  for (let n = Math.min(word.length, longestStem - 1); n >= 5; n--) {
    const to = lang.dropped.get(word.slice(0, n));
    if (to !== undefined) return to ?? undefined;
  }
  return undefined;
}

const SEEN_LIMIT = 5000;

/** "hyväksytäänkö" → "should we accept": a known word with a question ending is a question about it. */
function asQuestion(lang: Compiled, word: string): string | undefined {
  for (const suffix of lang.questionSuffixes) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 4) continue;
    const base = word.slice(0, -suffix.length);
    const to = lang.exact.get(base) ?? stemOf(lang, base);
    if (to) return `should we ${to}`;
  }
  return undefined;
}

function wordOf(lang: Compiled, word: string): string | undefined {
  const seen = lang.seen.get(word);
  if (seen !== undefined) return seen ?? undefined;
  const to =
    lang.exact.get(word) ??
    asQuestion(lang, word) ??
    stemOf(lang, word) ??
    transposed(lang, word) ??
    missingLetter(lang, word) ??
    (word.length >= 5 ? (lang.droppedExact.get(word) ?? undefined) : undefined);
  if (lang.seen.size >= SEEN_LIMIT) lang.seen.clear();
  lang.seen.set(word, to ?? null);
  return to;
}

/**
 * A four-letter command word with a letter left out ("avis sak 5270" for "avvis"), read only where a
 * command stands (the start of a clause) and before a case word: short typos are often other words.
 */
function shortTypo(
  lang: Compiled,
  words: readonly string[],
  joined: readonly boolean[],
  i: number,
  clauseStart: boolean,
): string | undefined {
  const word = words[i] as string;
  const next = words[i + 1];
  // Right before the case word ("avis sak"), not a name addressed ("Lene, Fall 123 …").
  if (!clauseStart || word.length !== 4 || next === undefined || joined[i] !== true) return undefined;
  const to = lang.droppedShort.get(word);
  if (!to) return undefined;
  return wordOf(lang, next)?.startsWith('case') ? to : undefined;
}

/**
 * The English a word (or a phrase starting at `words[i]`) stands for in the guessed language, and how many words it
 * took; undefined when the lexicon does not know it. `joined[k]` says whether words k and k+1 are
 * separated by spaces only (a phrase does not run over punctuation); `clauseStart` whether the word
 * starts the message or a clause.
 */
export function translateAt(
  guess: LanguageGuess,
  words: readonly string[],
  joined: readonly boolean[],
  i: number,
  clauseStart = false,
): { to: string; length: number } | undefined {
  const lang = BY_CODE.get(guess.code);
  const word = words[i];
  if (!lang || word === undefined) return undefined;
  // In a mostly English message, English words keep their English meaning.
  if (!guess.mostly && ENGLISH_WORDS.has(word)) return undefined;
  for (const phrase of lang.phrases.get(phraseKey(word)) ?? []) {
    const n = phrase.words.length;
    if (i + n > words.length || (phrase.initial && !clauseStart)) continue;
    const head = phrase.words[0] as string;
    let ok = head.endsWith('*') ? word.startsWith(head.slice(0, -1)) : word === head;
    for (let k = 1; k < n && ok; k++) {
      const want = phrase.words[k] as string;
      const got = words[i + k] as string;
      ok =
        joined[i + k - 1] === true && (want.endsWith('*') ? got.startsWith(want.slice(0, -1)) : got === want);
    }
    if (ok) return { to: phrase.to, length: n };
  }
  // In a mostly English message only the language's own forms are read, not stems or typos that could
  // be English words ("dispute" and "disput*", "rate").
  const own =
    !guess.mostly && ASCII.test(word) ? (lang.exact.get(word) ?? transposed(lang, word)) : undefined;
  const to = guess.mostly
    ? ((clauseStart ? lang.initial.get(word) : undefined) ??
      wordOf(lang, word) ??
      shortTypo(lang, words, joined, i, clauseStart))
    : ASCII.test(word)
      ? own
      : wordOf(lang, word);
  // Dropping a word ("ab" of "lehne … ab") only in a message in that language: "Accept Logistics AB".
  if (to === undefined || (to === '' && !guess.mostly)) return undefined;
  return { to, length: 1 };
}
