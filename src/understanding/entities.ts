// The numbers in a message and what each one is: a case reference, a quote reference, an amount of
// money (with its currency), a percentage, or a number that is none of these (a date, a duration).
// Works on the canonical text of normalize.ts.

export type NumberRole = 'case' | 'quote' | 'money' | 'percent' | 'other' | 'bare';

export interface NumberToken {
  role: NumberRole;
  /** The digits of a case or quote reference; the value of an amount or percentage. */
  digits: string;
  value: number;
  currency?: string;
  /** "kr", "kroner", "kronor", "kronur": a krone of some country; the case's currency says which. */
  currencyHint?: 'kr';
  start: number;
  end: number;
  /** Explicitly labelled ("case 12", "#12", "quote 3") rather than a bare number. */
  labelled: boolean;
  /** For a case reference: a mention inside the reason ("duplicate of case 190"), not the target. */
  mention?: boolean;
  /** Labelled only by "ref"/"reference", which also names payments and invoices. */
  weak?: boolean;
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₣': 'CHF',
};
const KRONE = 'kr';
const CURRENCY_WORDS: Record<string, string> = {
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  quid: 'GBP',
  dkk: 'DKK',
  sek: 'SEK',
  nok: 'NOK',
  // Danish, Norwegian, Swedish or Icelandic: left open here (KRONE), resolved against the case's currency.
  kr: KRONE,
  kroner: KRONE,
  krone: KRONE,
  kronor: KRONE,
  kronur: KRONE,
  chf: 'CHF',
  pln: 'PLN',
  zloty: 'PLN',
  czk: 'CZK',
  huf: 'HUF',
  ron: 'RON',
  bgn: 'BGN',
  isk: 'ISK',
  jpy: 'JPY',
  yen: 'JPY',
  cad: 'CAD',
  aud: 'AUD',
  nzd: 'NZD',
  inr: 'INR',
  cny: 'CNY',
  rmb: 'CNY',
  hkd: 'HKD',
  sgd: 'SGD',
  zar: 'ZAR',
  brl: 'BRL',
  mxn: 'MXN',
  try: 'TRY',
  aed: 'AED',
  sar: 'SAR',
  ils: 'ILS',
  krw: 'KRW',
  thb: 'THB',
  eurs: 'EUR',
};
const CURRENCY_WORD_RE = Object.keys(CURRENCY_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// "1,200.50", "1.200,50", "1 000", "99.50", "1200", "2.5k". At most seven groups of thousands (10^21):
// unbounded, "1 000 000 …" was read again from every group after a space or an apostrophe.
const NUMBER = String.raw`\d{1,3}(?:[,.' ]\d{3}){1,6}(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?`;
const MONEY_PREFIX = new RegExp(
  String.raw`(?:([€$£¥₹])|\b(${CURRENCY_WORD_RE})\.?\s?)\s?(${NUMBER})(?:\s?(k|m|mio|thousand)\b)?`,
  'g',
);
const MONEY_SUFFIX = new RegExp(
  String.raw`(?<![\w.,])(${NUMBER})(?:\s?(k|m|mio|thousand)\b)?\s?(?:([€$£¥₹])|(${CURRENCY_WORD_RE})\b)`,
  'g',
);
const PERCENT = new RegExp(String.raw`(?<![\w.,])(${NUMBER})\s?(?:%|percent\b|per\s?cent\b|pct\b)`, 'g');
const NOT_A_REFERENCE = String.raw`(?!\s?(?:%|percent\b|per\s?cent\b|pct\b|[.,]\d|[€$£¥₹]|k\b|(?:${CURRENCY_WORD_RE})\b))`;
const CASE_REF = new RegExp(
  String.raw`\b(?:case|cases|matter|file|claim|ticket|lead|ref|reference|caseid|case_id|case-id)(?:\s*(?:no\.?|nr\.?|number|num\.?|#|id|ref\.?|:))*\s*#?\s*(\d{1,12})\b${NOT_A_REFERENCE}|#\s?(\d{1,12})\b${NOT_A_REFERENCE}`,
  'g',
);
const QUOTE_REF = new RegExp(
  String.raw`\b(?:quote|offer|bid|option|proposal|quotation)(?:\s*(?:no\.?|nr\.?|number|num\.?|#|id|:))*\s*#?\s*(\d{1,12})\b${NOT_A_REFERENCE}`,
  'g',
);
const DATE_LIKE =
  /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b|\b\d{1,2}(?:st|nd|rd|th)\b/g;
/** "call me at 555 2871", "phone: +45 3312 4455": a phone number is never a case or an amount. */
const PHONE =
  /(?:\b(?:call|phone|tel|telephone|mobile|cell|ring|whatsapp|sms|text|fax)\b[^\d+]{0,16}|\+)\(?\d[\d()\s-]{5,18}\d/g;
/**
 * Numbers that are part of something else: an e-mail address or web address, an IBAN, or a number
 * labelled as an invoice, order, account or bank reference. None of them is ever the case.
 * An address starts where its run of address characters starts (the lookbehind), so each run is read
 * once: "[\w.+-]*\d[\w.+-]*@" tried from every digit of a 2,000-digit message took seconds.
 */
const IDENTIFIER =
  /(?<![\w.+-])(?=[\w.+-]*\d)[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?:\/\/|www\.)\S+|\b[a-z]{2}\d{2}(?:\s?[\da-z]{4}){2,7}(?:\s?[\da-z]{1,4})?\b|\b(?:invoice|inv|po|purchase\s+order|order|account|acct|iban|bic|swift|bank\s+ref(?:erence)?|payment\s+ref(?:erence)?|transfer\s+ref(?:erence)?|transaction|txn|vat|registration|reg|customer)\.?(?:\s*(?:no\.?|nr\.?|number|num\.?|#|id|ref\.?|:))*(?:\s+(?:is|was))?\s*#?\s*\d[\d/-]*\b/g;
const UNIT_AFTER =
  /^\s?(?:business\s+|working\s+|calendar\s+)?(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|h|minutes?|mins?|times|x|quotes|partners|cases|invoices|items|pcs|people|employees|reminders|attempts|calls|emails|letters)\b/;
const YEAR_BEFORE = /\b(?:since|from|in|year|until|till|before|after|of|dated|back\s+to)\s+$/;
const MENTION_BEFORE =
  /\b(?:duplicate|duplicates|dupe|copy|same|identical|similar|related|linked|see|vs|versus|than|like|also|previous|earlier|original|replaces|resubmission)\s+(?:of\s+|as\s+|to\s+|with\s+)?(?:the\s+|our\s+)?(?:case\s*)?#?\s*$/;

/**
 * For an unlabelled number the link must be spelt out ("a copy of 4490"; "invoice copy 2147" is the case).
 * "5512 duplicates 4410" mentions 4410; "decline the duplicate 5863" names the duplicate itself.
 */
const MENTION_BEFORE_BARE =
  /\b(?:(?:right\s+|just\s+|immediately\s+)?(?:after|before|following|preceding|next\s+to|above|below)\s+(?:case\s*)?#?\s*$)|\b(?:(?:duplicate|duplicates|dupe|copy|same|identical|similar|related|linked|previous|earlier|original)\s+(?:of|as|to|with)|vs|versus|than|replaces|resubmission\s+of)\s+(?:the\s+|our\s+)?(?:case\s*)?#?\s*$|(?<!\b(?:the|this|that)\s+)\bduplicates?\s+#?\s*$/;

export function parseAmount(raw: string, multiplier?: string): number {
  let s = raw.replace(/[' ]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // The later separator is the decimal one: "1.200,50" and "1,200.50".
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    const groups = s.split(',');
    // "1,200" and "1,200,000" group thousands; "99,50" is a decimal comma.
    s = groups.slice(1).every((g) => g.length === 3) ? groups.join('') : s.replace(',', '.');
  } else if (lastDot >= 0) {
    const groups = s.split('.');
    // "1.200.000" and "1.200" (nobody writes 1.2 as 1.200) group thousands; "99.50" is decimal.
    s = groups.length > 2 || groups[1]?.length === 3 ? groups.join('') : s;
  }
  let value = Number(s);
  const m = multiplier?.toLowerCase();
  if (m === 'k' || m === 'thousand') value *= 1000;
  else if (m === 'm' || m === 'mio') value *= 1_000_000;
  return value;
}

export function extractNumbers(canon: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  // Which characters a token already covers: checking a new one against every token before it was
  // quadratic in a message of a thousand numbers ("1,1,1,…").
  const covered = new Uint8Array(canon.length + 1);
  const overlaps = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (covered[i]) return true;
    return false;
  };
  const push = (t: NumberToken) => {
    tokens.push(t);
    covered.fill(1, t.start, t.end);
  };
  const add = (t: NumberToken) => {
    if (!overlaps(t.start, t.end)) push(t);
  };
  /** Digits that are part of something else (a count, an identifier, a date): never a case or amount. */
  const notAReference = (m: RegExpMatchArray & { index: number }, start = m.index) =>
    add({
      role: 'other',
      digits: m[0],
      value: Number.NaN,
      start,
      end: m.index + m[0].length,
      labelled: false,
    });
  // "case 12 of 30", "3 out of 8": counts, not references.
  for (const m of canon.matchAll(
    /\b(?:case\s+)?\d+\s+(?:of|out\s+of)\s+\d+\b(?!\s*(?:[%\u20AC$\u00A3]|eur|usd|dkk|sek|nok|gbp))/g,
  )) {
    notAReference(m);
  }
  for (const m of canon.matchAll(IDENTIFIER)) {
    // An IBAN must mix letters into its groups or be long: "dk50 0040 0440 7822 43", not "case 4410".
    if (/^[a-z]{2}\d{2}/.test(m[0]) && m[0].replace(/\D/g, '').length < 10) continue;
    notAReference(m);
  }
  for (const m of canon.matchAll(QUOTE_REF)) {
    add({
      role: 'quote',
      digits: (m[1] as string).replace(/^0+(?=\d)/, ''),
      value: Number(m[1]),
      start: m.index,
      end: m.index + m[0].length,
      labelled: true,
    });
  }
  for (const m of canon.matchAll(CASE_REF)) {
    const digits = (m[1] ?? m[2]) as string;
    const before = canon.slice(Math.max(0, m.index - 24), m.index);
    add({
      role: 'case',
      digits: digits.replace(/^0+(?=\d)/, ''),
      value: Number(digits),
      start: m.index,
      end: m.index + m[0].length,
      labelled: true,
      mention: MENTION_BEFORE.test(before),
      ...(/^(?:ref|reference)\b/.test(m[0]) ? { weak: true } : {}),
    });
  }
  for (const m of canon.matchAll(PERCENT)) {
    add({
      role: 'percent',
      digits: m[1] as string,
      value: parseAmount(m[1] as string),
      start: m.index,
      end: m.index + m[0].length,
      labelled: true,
    });
  }
  const money = (
    m: RegExpMatchArray & { index: number },
    amount: string,
    multiplier?: string,
    symbol?: string,
    word?: string,
  ) => {
    const currency = symbol ? CURRENCY_SYMBOLS[symbol] : CURRENCY_WORDS[word as string];
    add({
      role: 'money',
      digits: amount,
      value: parseAmount(amount, multiplier),
      ...(currency === KRONE ? { currencyHint: KRONE } : { currency }),
      start: m.index,
      end: m.index + m[0].length,
      labelled: true,
    });
  };
  for (const m of canon.matchAll(MONEY_PREFIX)) {
    // "300 eur 7710": the currency belongs to the number before it; the one after is the case.
    if (m[2] && /\d\s?$/.test(canon.slice(0, m.index))) continue;
    money(m, m[3] as string, m[4], m[1], m[2]);
  }
  for (const m of canon.matchAll(MONEY_SUFFIX)) money(m, m[1] as string, m[2], m[3], m[4]);
  for (const m of canon.matchAll(PHONE)) {
    if ((m[0].match(/\d/g)?.length ?? 0) < 7) continue; // "phone asking about 8124 - what…" is a case
    notAReference(m, m.index + m[0].search(/[+(\d]/));
  }
  for (const m of canon.matchAll(DATE_LIKE)) notAReference(m);
  // "close it at 1700", "by 0900 tomorrow": a time of day.
  for (const m of canon.matchAll(
    /\b(?:at|by|before|after|until|till|from)\s+(?:[01]\d|2[0-3])[0-5]\d\b(?:\s*(?:h|hrs|hours|am|pm|o'?clock))?/g,
  )) {
    notAReference(m);
  }
  for (const m of canon.matchAll(
    new RegExp(String.raw`(?<![\w.,])(${NUMBER})(?:\s?(k|thousand)\b)?(?![\w])`, 'g'),
  )) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const raw = m[1] as string;
    const grouped = /[,.' ]/.test(raw);
    const after = canon.slice(end, end + 24);
    const before = canon.slice(Math.max(0, start - 16), start);
    const isYear = /^(?:19|20)\d{2}$/.test(raw) && YEAR_BEFORE.test(before);
    const role: NumberRole =
      UNIT_AFTER.test(after) || isYear || /^0+$/.test(raw) ? 'other' : grouped || m[2] ? 'money' : 'bare';
    push({
      role,
      digits: role === 'bare' ? raw.replace(/^0+(?=\d)/, '') : raw,
      value: role === 'money' ? parseAmount(raw, m[2]) : Number(raw),
      start,
      end,
      labelled: false,
      // "a duplicate of 4490": another case the message talks about, not the one it acts on.
      ...(role === 'bare' && MENTION_BEFORE_BARE.test(canon.slice(Math.max(0, start - 24), start))
        ? { mention: true }
        : {}),
    });
  }
  // "payment -5000 on 1001": a minus right before an amount (not "1001-5000", not "1 - 5"). The value
  // keeps its sign, so that the payment is refused as negative instead of being read as 5,000.
  for (const t of tokens) {
    if (t.role !== 'money' && t.role !== 'bare') continue;
    if (canon[t.start - 1] === '-' && (t.start === 1 || /[\s(:=]/.test(canon[t.start - 2] ?? ''))) {
      t.value = -t.value;
    }
  }
  // "ref 99812" names a case only when nothing else could: next to another candidate it is a payment's
  // or an invoice's reference ("paid 2500 DKK on 4286 (ref 99812)").
  const others = new Set(
    tokens
      .filter((t) => (t.role === 'bare' || t.role === 'case') && !t.mention && !t.weak)
      .map((t) => t.digits),
  );
  for (const t of tokens) {
    if (t.weak && (others.size > 1 || (others.size === 1 && !others.has(t.digits)))) t.role = 'other';
  }
  return tokens.sort((a, b) => a.start - b.start);
}
