import { AsyncLocalStorage } from 'node:async_hooks';
import { IntlMessageFormat } from 'intl-messageformat';
import { da } from './catalogue/da.ts';
import { de } from './catalogue/de.ts';
import { en, type MessageKey } from './catalogue/en.ts';
import { es } from './catalogue/es.ts';
import { fi } from './catalogue/fi.ts';
import { nb } from './catalogue/nb.ts';
import { sv } from './catalogue/sv.ts';
import { type Language, type ReadingLocale, readingLocale } from './locale.ts';
import { dayFor, decimalFor, moneyFor, numberFor, slackDateToken } from './reader-format.ts';

export type { MessageKey } from './catalogue/en.ts';

// One catalogue, rendered for one reader. A message is described by its key and values (a MessageSpec,
// plain JSON: it is stored in a notice's payload and rendered again for each recipient at delivery) and
// rendered with the reader's locale and surface. Values that need the reader (money, days, numbers, other
// messages) are typed, so that they are written for the reader, not for the writer.

export type Translations = Partial<Record<MessageKey, string>>;

const CATALOGUES: Record<Language, Translations> = { en, da, sv, nb, de, fi, es };

/** A value of a message: text, or something written for the reader. */
export type MessageValue =
  | string
  | number
  | { money: { amount: string; currency: string } }
  | { day: string; plain?: true }
  | { num: string | number }
  /** An exact decimal ("1000000000000.00"), written with two decimals and the reader's grouping. */
  | { decimal: string }
  | { msg: MessageSpec }
  | { list: MessageSpec[]; separator?: string };

export interface MessageSpec {
  key: MessageKey;
  values?: Record<string, MessageValue>;
}

/** How the reader reads: where (Slack turns days into date tokens) and in which locale. */
export interface Reader {
  locale: ReadingLocale;
  /** 'slack': days become Slack date tokens (after the sender's escaping, see slackMarkup). */
  surface?: 'slack' | 'teams' | 'console' | 'email' | 'plain';
}

export const msg = (key: MessageKey, values?: Record<string, MessageValue>): MessageSpec =>
  values ? { key, values } : { key };
export const money = (amount: string | number, currency: string): MessageValue => ({
  money: { amount: String(amount), currency },
});
export const day = (at: Date): MessageValue => ({ day: at.toISOString() });
/** A day always written as text, never as a Slack date token: next to a UTC time, which a token would contradict. */
export const plainDay = (at: Date): MessageValue => ({ day: at.toISOString(), plain: true });
export const num = (n: string | number): MessageValue => ({ num: n });
export const nested = (spec: MessageSpec): MessageValue => ({ msg: spec });
export const list = (specs: MessageSpec[], separator = '; '): MessageValue => ({ list: specs, separator });

// Slack date tokens travel through the text as private-use characters and become `<!date^…>` only in the
// Slack sender, after the text was escaped: a token is markup the bot builds, never typed text.
const TOKEN_OPEN = '\uE000';
const TOKEN_CLOSE = '\uE001';
const TOKEN = /\uE000(\d{1,12})\|([^\uE000\uE001]*)\uE001/g;
const PRIVATE_MARKS = /[\uE000\uE001]/g;

const formats = new Map<string, IntlMessageFormat>();

function formatOf(language: Language, intl: string, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${intl}\u0000${key}`;
  let format = formats.get(cacheKey);
  if (!format) {
    const source = CATALOGUES[language][key] ?? en[key];
    if (source === undefined) throw new Error(`no message ${key} in the catalogue`);
    format = new IntlMessageFormat(source, intl, undefined, { ignoreTag: true });
    formats.set(cacheKey, format);
  }
  return format;
}

function valueFor(value: MessageValue, reader: Reader): string | number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.replace(PRIVATE_MARKS, '');
  if ('money' in value) return moneyFor(value.money.amount, value.money.currency, reader.locale);
  if ('num' in value) return numberFor(value.num, reader.locale);
  if ('decimal' in value) return decimalFor(value.decimal, reader.locale);
  if ('day' in value) {
    const at = new Date(value.day);
    const text = dayFor(at, reader.locale);
    return reader.surface === 'slack' && !value.plain
      ? `${TOKEN_OPEN}${Math.floor(at.getTime() / 1000)}|${text}${TOKEN_CLOSE}`
      : text;
  }
  if ('msg' in value) return render(value.msg, reader);
  return value.list.map((item) => render(item, reader)).join(value.separator ?? '; ');
}

/** Whether the catalogue has this message in this language itself (not by falling back to English). */
export function hasMessage(key: string, language: Language): boolean {
  return Object.hasOwn(CATALOGUES[language], key);
}

/** A message in the reader's language (English where the catalogue has no translation yet). */
export function render(spec: MessageSpec, reader: Reader): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(spec.values ?? {})) values[name] = valueFor(value, reader);
  const out = formatOf(reader.locale.language, reader.locale.intl, spec.key).format(values);
  return Array.isArray(out) ? out.join('') : String(out);
}

/** A message for a reader given by a locale tag (null: English), as plain text. */
export function renderFor(spec: MessageSpec, locale: string | null | undefined): string {
  return render(spec, { locale: readingLocale(locale), surface: 'plain' });
}

/**
 * The Slack text of a rendered message after escaping: each date marker becomes Slack's date token.
 * `escaped` is the output of escapeMrkdwn (or anything that escaped `&<>`); markers in it are the renderer's.
 */
export function slackMarkup(escaped: string): string {
  return escaped.replace(TOKEN, (_whole, unix: string, fallback: string) =>
    slackDateToken(new Date(Number(unix) * 1000), fallback),
  );
}

/** Text for a surface that shows no tokens: date markers become their fallback day. */
export function withoutMarkers(text: string): string {
  return text.replace(TOKEN, (_whole, _unix: string, fallback: string) => fallback);
}

// --- The reader of a chat turn -------------------------------------------------------------------------
// The conversation engine runs each turn inside `withReader(<the speaker's locale>)`, so that a reply's
// words can be taken from the catalogue (`say`) deep in a use case or a command without passing the
// locale through every signature. Notices never use it: they are rendered per recipient (see notices.ts).

const turnReader = new AsyncLocalStorage<{ locale: ReadingLocale; surface: 'slack' | 'plain' }>();

/**
 * Runs a turn for a reader. On 'slack' the days of `say` are date markers, which the Slack reply path turns
 * into `<!date^…>` tokens after escaping (slackMarkup); every other surface gets the day as text.
 */
export function withReader<T>(
  locale: string | null | undefined,
  work: () => T,
  surface: 'slack' | 'plain' = 'plain',
): T {
  return turnReader.run({ locale: readingLocale(locale), surface }, work);
}

/** The current turn's reader locale (English outside a turn). */
export function readerLocale(): ReadingLocale {
  return turnReader.getStore()?.locale ?? readingLocale(null);
}

/**
 * The reader's locale for a form the reply offers: the form is drawn later, outside this turn (a Slack
 * modal when the button is clicked, a Teams card when the reply is sent), and said in this language.
 * English needs nothing: absent means English.
 */
export function formLocale(): { locale?: string } {
  const locale = readerLocale();
  return locale.language === 'en' ? {} : { locale: locale.intl };
}

/** A message in the language of the person the bot is answering now (on Slack, days as date markers). */
export function say(key: MessageKey, values?: Record<string, MessageValue>): string {
  return render(msg(key, values), {
    locale: readerLocale(),
    surface: turnReader.getStore()?.surface ?? 'plain',
  });
}

/** Money in the current reader's locale. */
export function sayMoney(amount: string | number, currency: string): string {
  return moneyFor(amount, currency, readerLocale());
}

/** Whether every key a domain sentence names (its own and its nested ones) is in the catalogue. */
function known(spec: { key: string; values?: Record<string, unknown> }): boolean {
  if (!Object.hasOwn(en, spec.key)) return false;
  return Object.values(spec.values ?? {}).every(
    (v) => !(v && typeof v === 'object' && 'msg' in v) || known((v as { msg: MessageSpec }).msg),
  );
}

/**
 * What a refusal says to the person the bot answers now: its catalogue sentence in their language when it
 * has one (a DomainError's `said`), else its English message.
 */
export function refusalText(error: {
  message: string;
  said?: { key: string; values?: Record<string, unknown> };
}): string {
  const spec = error.said;
  if (!spec || !known(spec)) return error.message;
  // The turn's surface, as say(): on Slack a day is a date marker the reply path turns into a token.
  return render(spec as MessageSpec, {
    locale: readerLocale(),
    surface: turnReader.getStore()?.surface ?? 'plain',
  });
}
