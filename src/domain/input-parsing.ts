import { DomainError } from './errors.ts';
import { NEGATIVE_AMOUNT, toStorableCents } from './money.ts';

// Reading what a person types into a form field: amounts, dates and countries the way Europeans write
// them. Pure: no clock, no locale of the machine (the same text reads the same everywhere). Each reader
// returns the canonical form the rules use, or null when the text is not one.

const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;

/**
 * An amount as a plain decimal ("4800.50"), or null. Understood: "4800.50", "4,800.50", "4.800,50",
 * "4 800,50", "4'800.50", "4800,5". The rule for a lone separator, the same in every locale:
 *
 *   a dot or comma followed by exactly three digits, with no other separator, groups thousands;
 *   otherwise the last dot or comma is the decimal separator.
 *
 * So "4.800" and "4,800" are 4800, "4,80" and "4.8" are 4.8. Where both a dot and a comma appear, the
 * last one is the decimal separator and the other must group thousands ("1.234.567,89"). Thousands
 * groups must be three digits after a first group of one to three that does not start with 0, so
 * "12.34.56" or "0.500" are not read (asked again rather than guessed). No sign: an amount owed is
 * positive, and a "-" is not read.
 */
export function parseAmount(text: string): string | null {
  const t = text.trim();
  if (!/^\d[\d.,\s\u00a0\u202f\u2009']*$/.test(t) || !/\d$/.test(t)) return null;
  const dot = t.lastIndexOf('.');
  const comma = t.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (dot >= 0 && comma >= 0) decimal = dot > comma ? '.' : ',';
  else if (dot >= 0 || comma >= 0) {
    const sep = dot >= 0 ? '.' : ',';
    const at = Math.max(dot, comma);
    const once = t.indexOf(sep) === at;
    if (once && !/^\d{3}$/.test(t.slice(at + 1))) decimal = sep;
  }
  let whole = t;
  let fraction = '';
  if (decimal) {
    const at = t.lastIndexOf(decimal);
    whole = t.slice(0, at);
    fraction = t.slice(at + 1);
    if (!/^\d+$/.test(fraction) || whole.includes(decimal)) return null;
  }
  // One kind of grouping mark besides spaces: "1.234,567.00" mixes them and is not read.
  const marks = new Set(whole.replace(/\d/g, '').replace(GROUP_SPACES, ' ').split(''));
  marks.delete(' ');
  if (marks.size > 1) return null;
  const groups = whole.split(/[.,\s\u00a0\u202f\u2009']/);
  if (groups.length > 1) {
    const [first = '', ...rest] = groups;
    if (!/^[1-9]\d{0,2}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) return null;
  }
  const digits = groups.join('').replace(/^0+(?=\d)/, '');
  return fraction ? `${digits}.${fraction}` : digits;
}

/** A minus of any kind before an amount: "-", the minus sign "−", dashes people or keyboards put there. */
const MINUS = /^[-\u2212\u2012\u2013\u2014\ufe63\uff0d]\s*/;

/**
 * What is wrong with an amount typed into a form, in a sentence, when something specific is: a minus
 * sign ("-5000" is neither 5,000 nor a negative amount), or more than an amount column holds
 * (numeric(14, 2)). Null when the amount is fine or simply not a number (the field's own sentence).
 */
export function amountProblem(text: string): string | null {
  const t = text.trim();
  if (MINUS.test(t) && parseAmount(t.replace(MINUS, '')) !== null) return NEGATIVE_AMOUNT;
  const read = parseAmount(t);
  if (read === null) return null;
  try {
    toStorableCents(read);
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
}

/**
 * A calendar date as YYYY-MM-DD, or null. Understood: "2026-06-30", and day first as Europeans write
 * it: "30/06/2026", "30.06.2026", "30-06-2026", "1.6.2026". A two-digit year is not read (which
 * century?), nor a day that does not exist (31/02/2026), nor the American month first ("06/30/2026"
 * has no month 30).
 */
export function parseDate(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  const parts = iso
    ? { y: iso[1], m: iso[2], d: iso[3] }
    : dayFirst
      ? { y: dayFirst[3], m: dayFirst[2], d: dayFirst[1] }
      : null;
  if (!parts) return null;
  const y = Number(parts.y);
  const m = Number(parts.m);
  const d = Number(parts.d);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// Region codes Intl names that are not ISO 3166-1 countries: groupings, and the exceptionally reserved
// codes of territories (Canary Islands, Ceuta & Melilla…) that are part of a country with its own code.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA']);
/** The current code for a retired or alternative one (UK → GB, DD → DE, YU → RS), as ICU knows it. */
const canonical = (code: string) => new Intl.Locale(`und-${code}`).region ?? code;
// Names in the languages of the platform's markets, English first (a name means the first country it
// names, in this order).
const NAME_LANGUAGES = ['en', 'da', 'sv', 'nb', 'fi', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt'];
// Said often, and not what Intl calls them.
const ALIASES: Record<string, string> = {
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  usa: 'US',
  america: 'US',
  holland: 'NL',
  czechia: 'CZ',
};

const folded = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');

let countries: { codes: Set<string>; byName: Map<string, string> } | null = null;

/** Built once, from the ICU data Node carries: every region code and its names. */
function countryTable() {
  if (countries) return countries;
  const codes = new Set<string>();
  const byName = new Map<string, string>();
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // Retired codes (DD, SU, YU) are aliases of today's: only today's is a country here.
      if (!NOT_COUNTRIES.has(code) && english.of(code) !== code && canonical(code) === code) codes.add(code);
    }
  }
  for (const language of NAME_LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    for (const code of codes) {
      const name = folded(names.of(code) ?? '');
      if (name && !byName.has(name)) byName.set(name, code);
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) byName.set(name, code);
  countries = { codes, byName };
  return countries;
}

/**
 * A country as its two-letter ISO code, or null: a code ("dk", "DK") or a name in English or a
 * language of the markets ("Denmark", "Danmark", "Sverige", "Deutschland", "the Netherlands").
 * "UK" is read as GB, the ISO code.
 */
export function parseCountry(text: string): string | null {
  const t = text.trim();
  const table = countryTable();
  if (/^[A-Za-z]{2}$/.test(t)) {
    const code = canonical(t.toUpperCase());
    return table.codes.has(code) ? code : null;
  }
  return table.byName.get(folded(t)) ?? null;
}
