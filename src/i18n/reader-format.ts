import { formatMoney } from '../domain/money.ts';
import type { ReadingLocale } from './locale.ts';

// Money and dates as the reader writes them. English keeps the one house format ("DKK 45,000.00",
// "28 Nov 2026") whatever the region; every other language is written by Intl in the reader's locale
// ("4 800,00 kr" in sv-SE, "45.000,00 kr." in da-DK, "28. Nov. 2026" in de-DE). Slack readers get dates
// as Slack date tokens instead (see slackDateToken), so each of them sees the date in their own time zone.

/** An amount (a decimal string as PostgreSQL gives it, or a number) in the reader's locale. */
export function moneyFor(amount: string | number, currency: string, locale: ReadingLocale): string {
  if (locale.language === 'en') return formatMoney(amount, currency);
  const code = currency.trim().toUpperCase();
  // Checked and normalised by the one money module (two decimals, no rounding), then written by Intl from
  // the decimal string itself: no float on the way, so 999,999,999,999.99 stays exact.
  const exact = formatMoney(amount, code)
    .slice(code.length + 1)
    .replace(/,/g, '');
  try {
    return new Intl.NumberFormat(locale.intl, {
      style: 'currency',
      currency: code,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(exact as unknown as number);
  } catch {
    return formatMoney(amount, currency); // a currency code Intl does not know
  }
}

/** A number (a percentage, a count) in the reader's locale: '16.5' → '16,5' in Danish. */
export function numberFor(value: string | number, locale: ReadingLocale): string {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat(locale.intl, { maximumFractionDigits: 4 }).format(n);
}

/**
 * An exact decimal string with two decimals in the reader's grouping: Intl reads a string exactly, so an
 * amount beyond a float's precision is not rounded on the way.
 */
export function decimalFor(value: string, locale: ReadingLocale): string {
  if (!/^\d+(?:\.\d+)?$/.test(value)) return value;
  const format = new Intl.NumberFormat(locale.intl, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return format.format(value as unknown as number);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar day (the instants the rules compute are UTC): "28 Nov 2026", "28. nov. 2026". */
export function dayFor(at: Date, locale: ReadingLocale): string {
  // English: the house format of formatDay ("5 Sep 2026"; Intl's en-GB would write "Sept").
  if (locale.language === 'en')
    return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
  return new Intl.DateTimeFormat(locale.intl, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}

/**
 * Slack's date token: Slack shows the instant in each reader's own time zone and language, and the
 * fallback (the day in the reader's locale) where it cannot. Only ever built by the Slack renderer, after
 * the text was escaped (src/surfaces/slack/mrkdwn.ts), so no typed text can produce one.
 */
export function slackDateToken(at: Date, fallback: string): string {
  const unix = Math.floor(at.getTime() / 1000);
  return `<!date^${unix}^{date_short}|${fallback.replace(/[<>|&^]/g, ' ')}>`;
}
