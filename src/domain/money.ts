import { DomainError, sentence } from './errors.ts';

// Money is held as integer cents (bigint) while computing, so a split never loses or invents a cent.
// PostgreSQL's numeric comes in and goes out as a decimal string.

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** '1234.5' → 123450n cents. Refuses more than two decimals rather than rounding money silently. */
export function toCents(amount: string | number): bigint {
  const text = typeof amount === 'number' ? amount.toFixed(2) : amount.trim();
  const m = DECIMAL.exec(text);
  if (!m)
    throw new DomainError(
      'invalid_input',
      `"${amount}" is not an amount of money.`,
      {},
      sentence('refusals4.money.not_amount', { amount: String(amount) }),
    );
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) {
    throw new DomainError(
      'invalid_input',
      `${amount} has more than two decimals; give the amount in cents at most.`,
      {},
      sentence('refusals4.money.decimals', { amount: String(amount) }),
    );
  }
  const cents = BigInt(m[2] ?? '0') * 100n + BigInt(fraction.padEnd(2, '0'));
  return m[1] ? -cents : cents;
}

/**
 * Every amount column is numeric(14, 2): 999,999,999,999.99 is the most an amount, a payment or a case's
 * total paid can be. Larger values are refused here, with a sentence, instead of failing in SQL.
 */
export const MAX_AMOUNT_CENTS = 99_999_999_999_999n;

/** "-5000" or "−5000" is neither 5,000 nor a negative payment: refused with this sentence. */
export const NEGATIVE_AMOUNT =
  "An amount can't be negative: give it without a minus sign, e.g. 5000 (to correct a payment, contact Debitura support).";
const MAX_AMOUNT_TEXT = '999,999,999,999.99';

/**
 * An amount someone gave (chat, a form) as cents that can be stored: a number of money, not negative,
 * and no more than the columns hold. Zero passes; whether zero makes sense is the caller's rule.
 */
export function toStorableCents(amount: string | number): bigint {
  if (typeof amount === 'number') {
    if (Number.isNaN(amount))
      throw new DomainError(
        'invalid_input',
        'That is not an amount of money.',
        {},
        sentence('refusals4.money.not_amount_that'),
      );
    if (amount < 0) throw negative();
    // Beyond this, toFixed writes an exponent ("1e+21"); it is far above the limit anyway.
    if (amount >= 1e15 || !Number.isFinite(amount)) throw tooLarge();
  }
  const cents = toCents(amount);
  if (cents < 0n) throw negative();
  if (cents > MAX_AMOUNT_CENTS) throw tooLarge(cents);
  return cents;
}

const negative = () =>
  new DomainError('invalid_input', NEGATIVE_AMOUNT, {}, sentence('refusals4.money.negative'));

function tooLarge(cents?: bigint): DomainError {
  const what = cents === undefined ? 'That amount' : fromCents(cents).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return new DomainError(
    'invalid_input',
    `${what} is more than I can record: amounts go up to ${MAX_AMOUNT_TEXT}.`,
    {},
    sentence('refusals4.money.too_large', {
      given: cents === undefined ? 'no' : 'yes',
      // An exact decimal in the reader's grouping: a float (num) would not keep it exact.
      amount: cents === undefined ? '' : { decimal: fromCents(cents) },
      max: { num: '999999999999.99' },
    }),
  );
}

/** The currencies written "kr": Danish, Swedish and Norwegian krone, Icelandic króna. */
export const KRONE_CURRENCIES: readonly string[] = ['DKK', 'SEK', 'NOK', 'ISK'];

/**
 * "kr" (kroner, kronor, kronur) said of a case's money: the case's own currency when it is a krone.
 * For a case in another currency nobody can tell which krone was meant: asked, never guessed.
 */
export function resolveKrone(caseCurrency: string, caseId: number): string {
  const currency = caseCurrency.trim().toUpperCase();
  if (KRONE_CURRENCIES.includes(currency)) return currency;
  const why = `"kr" can be Danish, Swedish, Norwegian or Icelandic krone, and case ${caseId} is in ${currency}, so I can't tell which currency you mean.`;
  throw new DomainError(
    'invalid_input',
    `${why} Give the amount in ${currency}, e.g. "1,200 ${currency}" (convert it first if it was paid in another currency).`,
    // The conversation asks the amount again after `why` (askOnRefusal of the payment commands).
    // caseId / currency: for saying `why` in the reader's language (refusals4.money.krone's first sentence).
    { ask: 'amount', why, caseId: String(caseId), currency },
    sentence('refusals4.money.krone', { caseId: String(caseId), currency }),
  );
}

/** 123450n → '1234.50' */
export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const text = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** A rate such as '0.2000' (numeric(5,4)) as parts per ten thousand. */
export function rateToBasisPoints(rate: string | number): bigint {
  const text = typeof rate === 'number' ? rate.toFixed(4) : rate.trim();
  const m = /^(\d+)(?:\.(\d{1,4})\d*)?$/.exec(text);
  if (!m)
    throw new DomainError(
      'invalid_input',
      `"${rate}" is not a rate.`,
      {},
      sentence('refusals4.money.not_rate', { rate: String(rate) }),
    );
  const bp = BigInt(m[1] ?? '0') * 10_000n + BigInt((m[2] ?? '').padEnd(4, '0'));
  if (bp > 10_000n)
    throw new DomainError(
      'invalid_input',
      `A rate of ${rate} is more than 100%.`,
      {},
      sentence('refusals4.money.rate_over', { rate: String(rate) }),
    );
  return bp;
}

export interface PayoutSplit {
  total: string;
  partnerAmount: string;
  creditorAmount: string;
  commissionRate: string;
}

/**
 * Splits what was recovered between partner (its commission) and creditor (the rest). The partner's
 * share is rounded half up to the cent; the creditor gets exactly the remainder, so the parts always
 * add up to the total.
 */
export function splitPayout(total: string | number, commissionRate: string | number): PayoutSplit {
  const cents = toCents(total);
  const bp = rateToBasisPoints(commissionRate);
  const partnerCents = (cents * bp + 5_000n) / 10_000n;
  return {
    total: fromCents(cents),
    partnerAmount: fromCents(partnerCents),
    creditorAmount: fromCents(cents - partnerCents),
    commissionRate: (Number(bp) / 10_000).toFixed(4),
  };
}

/**
 * THE way money is written, in every reply and notice: "DKK 45,000.00" (ISO code, thousands with commas,
 * always two decimals). Nothing else formats amounts.
 */
export function formatMoney(amount: string | number, currency: string): string {
  const [whole = '0', fraction = '00'] = fromCents(toCents(amount)).split('.');
  return `${currency.trim().toUpperCase()} ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}
