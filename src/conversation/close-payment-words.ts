import { needsPayment } from '../domain/close-codes.ts';
import type { CloseCode } from '../domain/ids.ts';
import type { CommandArgs } from './action-registry.types.ts';

// "close 1009 as paid, debtor paid 5000 yesterday": the interpreter reads the code and keeps the rest as
// the comment, amount included (and finds no amount at all without a currency). For a success code the
// amount is the payment to register, not part of what the creditor reads as the comment: it is taken out
// here, where the engine prepares the close, since the interpreter is not ours to change.

const AMOUNT = String.raw`\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const CURRENCY = '[A-Za-z]{3}';
/** An amount said as paid: "paid 5000", "received 1,200 EUR", "payment of DKK 5.000", "5000 DKK". */
const PAID_AMOUNT = new RegExp(
  String.raw`\b(?<verb>(?:paid|payment(?:\s+of)?|received|recovered|transferred|settled(?:\s+for)?)(?:\s+us)?)\s+(?:(?<pre>${CURRENCY})\s*)?(?<amount>${AMOUNT})(?:\s*(?<post>${CURRENCY}))?\b|\b(?<amount2>${AMOUNT})\s*(?<post2>${CURRENCY})\b`,
  'i',
);
/** Currencies a case can be in; a three-letter word that is not one ("and") is not a currency. */
const KNOWN_CURRENCIES = new Set(['DKK', 'EUR', 'SEK', 'NOK', 'USD', 'GBP', 'CHF', 'PLN', 'ISK', 'CZK']);

function readAmount(raw: string): number {
  // "1,200" and "1.200" as thousands; "1200.50" / "1200,50" as decimals.
  const thousands = /^\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?$/.test(raw);
  if (thousands) {
    const decimal = raw.match(/[.,](\d{1,2})$/);
    const whole = decimal ? raw.slice(0, -decimal[0].length) : raw;
    return Number(`${whole.replace(/[,.]/g, '')}${decimal ? `.${decimal[1]}` : ''}`);
  }
  return Number(raw.replace(',', '.'));
}

/**
 * For a close with a success code: the amount named in the comment becomes the payment (unless one was
 * given already), and the comment keeps the rest, without the amount and without the code read again
 * ("paid, debtor paid 5000 yesterday" → 5000, "debtor paid yesterday").
 */
export function paymentFromCloseComment(args: CommandArgs): CommandArgs {
  const code = args.code as CloseCode | undefined;
  const comment = typeof args.comment === 'string' ? args.comment : '';
  if (!code || !needsPayment(code) || !comment.trim()) return args;
  const found = comment.match(PAID_AMOUNT);
  const groups = found?.groups ?? {};
  const rawAmount = groups.amount ?? groups.amount2;
  const currencyWord = [groups.pre, groups.post, groups.post2].find(
    (c) => c && KNOWN_CURRENCIES.has(c.toUpperCase()),
  );
  const next: CommandArgs = { ...args };
  let rest = comment;
  const known = (c: string | undefined) => (c && KNOWN_CURRENCIES.has(c.toUpperCase()) ? c : undefined);
  // A bare number is an amount only after "paid"/"received"…; otherwise only with its currency.
  if (found && rawAmount && (groups.amount || known(groups.post2))) {
    const amount = readAmount(rawAmount);
    const hasAmount = args.amount !== undefined && args.amount !== null && args.amount !== '';
    if (!hasAmount && Number.isFinite(amount) && amount > 0) {
      next.amount = amount;
      if (currencyWord && !args.currency) next.currency = currencyWord.toUpperCase();
    }
    // The words around the amount stay ("debtor paid yesterday"); the amount and its currency go.
    const kept = [
      groups.verb,
      groups.pre && !known(groups.pre) ? groups.pre : undefined,
      groups.post && !known(groups.post) ? groups.post : undefined,
    ]
      .filter(Boolean)
      .join(' ');
    const at = found.index ?? 0;
    rest = `${comment.slice(0, at)}${kept}${comment.slice(at + found[0].length)}`;
  }
  // The code read again at the start ("paid, …", "partially paid: …") is not a comment.
  rest = rest
    .replace(/^\s*(?:as\s+)?(?:fully\s+|partially\s+|partly\s+)?paid\b(?:\s+in\s+full)?\s*[,.:;-]\s*/i, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/^[\s,.;:-]+|[\s,;:-]+$/g, '')
    .trim();
  next.comment = rest || undefined;
  if (next.comment === undefined) delete next.comment;
  return next;
}
