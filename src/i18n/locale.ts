// The languages the bot answers in, and how a locale someone has (Slack's 'da-DK', Teams' 'de-de', a
// choice typed in chat: "Danish", "svenska", "sv") becomes one of them. English is the default and the
// fallback of every message the other languages do not have yet.

export const LANGUAGES = ['en', 'da', 'sv', 'nb', 'de', 'fi', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LOCALE = 'en';

/** The tag Intl formats with when the stored locale names only the language (or nothing usable). */
const INTL_TAG: Record<Language, string> = {
  en: 'en-GB',
  da: 'da-DK',
  sv: 'sv-SE',
  nb: 'nb-NO',
  de: 'de-DE',
  fi: 'fi-FI',
  es: 'es-ES',
};

/** The language's own name, for "I will answer in dansk" and the help line. */
export const LANGUAGE_NAMES: Record<Language, { english: string; own: string }> = {
  en: { english: 'English', own: 'English' },
  da: { english: 'Danish', own: 'dansk' },
  sv: { english: 'Swedish', own: 'svenska' },
  nb: { english: 'Norwegian', own: 'norsk (bokmål)' },
  de: { english: 'German', own: 'Deutsch' },
  fi: { english: 'Finnish', own: 'suomi' },
  es: { english: 'Spanish', own: 'español' },
};

/** A locale tag as Intl writes it ('da-dk' → 'da-DK'), or null when it is no valid BCP 47 tag. */
export function canonicalTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/** The language of a locale tag, or null for a language the bot does not speak ('fr-FR'). */
export function languageOf(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const canonical = canonicalTag(tag);
  if (!canonical) return null;
  const base = canonical.split('-')[0]?.toLowerCase() ?? '';
  // Norwegian: Slack and Teams say 'no-NO', 'nb-NO' or 'nn-NO'; the bot writes bokmål for all three.
  if (base === 'no' || base === 'nn') return 'nb';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : null;
}

/** What a message is rendered with: the catalogue's language and the tag Intl formats numbers and dates by. */
export interface ReadingLocale {
  language: Language;
  /** A BCP 47 tag of that language ('da-DK', 'de-AT'): regional formats follow the person's own region. */
  intl: string;
}

/** Any stored or given locale as what a message is rendered with; unknown or absent → English. */
export function readingLocale(tag: string | null | undefined): ReadingLocale {
  const language = languageOf(tag) ?? 'en';
  const canonical = tag ? canonicalTag(tag) : null;
  const regional = canonical && languageOf(canonical) === language && canonical.includes('-');
  return { language, intl: regional ? canonical : INTL_TAG[language] };
}

const NAMED: Array<[RegExp, Language]> = [
  [/^(english|engelsk|engelska|englanti|englantia|inglés|ingles|englisch|en)$/i, 'en'],
  [/^(danish|dansk|danska|tanska|tanskaa|danés|danes|dänisch|daenisch|da|dk)$/i, 'da'],
  [/^(swedish|svensk|svenska|ruotsi|ruotsia|sueco|schwedisch|sv|se)$/i, 'sv'],
  [
    /^(norwegian|norsk|norska|bokmål|bokmal|norsk bokmål|norsk bokmal|norja|norjaa|noruego|norwegisch|nb|no|nn)$/i,
    'nb',
  ],
  [/^(german|deutsch|tysk|tyska|saksa|saksaa|alemán|aleman|de)$/i, 'de'],
  [/^(finnish|suomi|suomea|suomeksi|finsk|finska|finés|fines|finnisch|fi)$/i, 'fi'],
  [/^(spanish|español|espanol|castellano|spansk|spanska|espanja|espanjaa|spanisch|es)$/i, 'es'],
];

/** The tag a chosen language is stored as: the person's own region when they already read it ('de-AT'). */
export function chosenTag(language: Language, current: string | null | undefined): string {
  const canonical = current ? canonicalTag(current) : null;
  return canonical && languageOf(canonical) === language && canonical.includes('-')
    ? canonical
    : INTL_TAG[language];
}

/** A language someone named ("Danish", "svenska", "de", "da-DK"), or null. */
export function parseLanguageName(words: string): Language | null {
  const w = words
    .trim()
    .replace(/[.!?]+$/, '')
    .replace(/\s+(?:please|bitte|tak|takk|tack|kiitos|por favor)$/i, '')
    .trim();
  for (const [pattern, language] of NAMED) if (pattern.test(w)) return language;
  return /^[a-z]{2}[-_][a-z]{2}$/i.test(w) ? languageOf(w) : null;
}
