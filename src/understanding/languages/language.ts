// A language is data: the words and phrases that carry a command, a safety rule or a reason, each
// mapped to the canonical English token(s) the interpreter's rules read (normalize.ts replaces them in
// the canonical text; what was typed is kept for reasons and comments). No language has code paths.
//
// Keys are space-separated forms. A form ending in "*" is a stem: every word starting with it
// ("afvis*" = afvis, afvise, afvist, afviser); inflection is handled by stems, not by listing forms.
// A phrase key ("i morgen", "skal vi") is matched on consecutive words, any of which may be a stem.
// A form starting with "^" means this only at the start of the message or of a clause ("^om": "if").
// A value is the English replacement; "" drops the word (an article the English rules do not need).

export type LanguageCode = 'da' | 'sv' | 'no' | 'de' | 'fi' | 'es';

export interface Language {
  code: LanguageCode;
  /** Single words and stems → English. */
  words: Readonly<Record<string, string>>;
  /** Several words → English (matched before single words). */
  phrases?: Readonly<Record<string, string>>;
  /** Common words that tell the language apart without meaning anything to the rules. */
  markers?: string;
  /**
   * Endings that make a verb a yes/no question (Finnish "-ko"/"-kö": "hyväksytäänkö" = "do we accept?").
   * A word with one, whose rest is a known word, reads as "should we <word>", which no rule acts on.
   */
  questionSuffixes?: string;
}
