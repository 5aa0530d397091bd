import { DomainError } from './errors.ts';

// Money is held as integer cents (bigint) while computing, so a split never loses or invents a cent.
// PostgreSQL's numeric comes in and goes out as a decimal string.

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** '1234.5' → 123450n cents. Refuses more than two decimals rather than rounding money silently. */
export function toCents(amount: string | number): bigint {
  const text = typeof amount === 'number' ? amount.toFixed(2) : amount.trim();
  const m = DECIMAL.exec(text);
  if (!m) throw new DomainError('invalid_input', `"${amount}" is not an amount of money.`);
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) {
    throw new DomainError(
      'invalid_input',
      `${amount} has more than two decimals; give the amount in cents at most.`,
    );
  }
  const cents = BigInt(m[2] ?? '0') * 100n + BigInt(fraction.padEnd(2, '0'));
  return m[1] ? -cents : cents;
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
  if (!m) throw new DomainError('invalid_input', `"${rate}" is not a rate.`);
  const bp = BigInt(m[1] ?? '0') * 10_000n + BigInt((m[2] ?? '').padEnd(4, '0'));
  if (bp > 10_000n) throw new DomainError('invalid_input', `A rate of ${rate} is more than 100%.`);
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
