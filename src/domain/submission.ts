import type { Actor } from './actor.ts';
import { DomainError, type SentenceValue, sentence } from './errors.ts';
import { type Channel, CLAIM_TYPES, type ClaimType, DEBTOR_TYPES, type DebtorType } from './ids.ts';
import { parseCountry, parseDate } from './input-parsing.ts';
import { formatMoney, MAX_AMOUNT_CENTS, toStorableCents } from './money.ts';
import { type Coverage, coversJurisdiction } from './routing.ts';

// A managing partner's case submission for its own client (domain.md, "Routing and submission").

export type DocumentRequirement = 'none' | 'file_or_description' | 'file';

export const DOCUMENTS_NONE_BELOW_USD = 2_000;
export const DOCUMENTS_FILE_ABOVE_USD = 10_000;

/** Under 2,000 USD nothing; 2,000–10,000 a file or a description; over 10,000 a file. */
export function requiredDocuments(principalUsd: number): DocumentRequirement {
  if (principalUsd < DOCUMENTS_NONE_BELOW_USD) return 'none';
  if (principalUsd <= DOCUMENTS_FILE_ABOVE_USD) return 'file_or_description';
  return 'file';
}

/** An amount as a sentence value (a number is written with its two decimals, as formatMoney reads it). */
const amountOf = (amount: number | string, currency: string): SentenceValue => ({
  money: { amount: typeof amount === 'number' ? amount.toFixed(2) : amount, currency },
});

const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';

export function assertDocuments(
  principalUsd: number,
  docs: { documentName?: string | null; description?: string | null },
): void {
  const need = requiredDocuments(principalUsd);
  const usd = formatMoney(principalUsd, 'USD');
  if (need === 'file' && blank(docs.documentName)) {
    throw new DomainError(
      'invalid_input',
      `A claim of ${usd} (over 10,000 USD) needs a file: attach the original invoice, contract or other supporting document.`,
      { requirement: need },
      sentence('refusals4.sub.file', { usd: amountOf(principalUsd, 'USD') }),
    );
  }
  if (need === 'file_or_description' && blank(docs.documentName) && blank(docs.description)) {
    throw new DomainError(
      'invalid_input',
      `A claim of ${usd} (2,000–10,000 USD) needs a file or a description: attach the invoice, or describe the claim.`,
      { requirement: need },
      sentence('refusals4.sub.file_or_description', { usd: amountOf(principalUsd, 'USD') }),
    );
  }
}

/** Approximate USD value of one unit, for the document rule and routing when no USD amount is given. */
export const USD_PER_UNIT: Record<string, number> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  CHF: 1.13,
  DKK: 0.145,
  SEK: 0.095,
  NOK: 0.093,
  PLN: 0.25,
  CAD: 0.73,
};

export function toUsd(amount: number, currency: string): number {
  const rate = USD_PER_UNIT[currency.trim().toUpperCase()];
  if (rate === undefined) {
    throw new DomainError(
      'invalid_input',
      `The platform has no exchange rate for ${currency}. Give the claim's USD equivalent as well, or submit it in USD or EUR.`,
      {},
      sentence('refusals4.sub.no_rate', { currency }),
    );
  }
  return Math.round(amount * rate * 100) / 100;
}

/**
 * The claim's USD equivalent is an amount column too (numeric(14, 2)): an amount that fits in its own
 * currency can still be past the limit in USD (999,999,999,999 EUR). Refused with a sentence.
 */
function assertStorableUsd(usd: number, principal: number | string, currency: string): void {
  if (Number.isFinite(usd) && usd > 0 && usd * 100 <= Number(MAX_AMOUNT_CENTS)) return;
  const huge = !(Number.isFinite(usd) && usd < 1e15);
  throw new DomainError(
    'invalid_input',
    `${formatMoney(principal, currency)} is about ${Number.isFinite(usd) && usd < 1e15 ? formatMoney(usd, 'USD') : 'USD 1e15 or more'}, more than the platform can record (claims go up to the equivalent of USD 999,999,999,999.99). Check the amount.`,
    {},
    sentence('refusals4.sub.usd_too_large', {
      amount: amountOf(principal, currency),
      huge: huge ? 'yes' : 'no',
      usd: huge ? '' : amountOf(usd, 'USD'),
    }),
  );
}

export interface SubmitCaseInput {
  client: { name: string; country: string };
  debtor: { name: string; type: DebtorType; country: string; region?: string | null };
  /** Default unpaid_invoice; the API has no choice (always unpaid_invoice). */
  claimType?: string | null;
  principal: number;
  currency: string;
  /** Given when known; otherwise converted with USD_PER_UNIT. */
  principalUsd?: number | null;
  disputed: boolean;
  /** YYYY-MM-DD: when the debt fell due. */
  debtDate: string;
  documentName?: string | null;
  description?: string | null;
}

export interface ValidSubmission {
  client: { name: string; country: string };
  debtor: { name: string; type: DebtorType; country: string; region: string | null };
  claimType: ClaimType;
  principal: number;
  currency: string;
  principalUsd: number;
  debtDate: Date;
  documentName: string | null;
  description: string | null;
}

// Each rule alone, exactly as validateSubmission applies it, so that a form asking field by field (the
// console) checks an answer when it is given with the same rule and the same sentence.

/** The client's or the debtor's country: a two-letter code or a name ("DK", "Denmark", "Danmark"). */
export function submissionCountry(text: string | null | undefined, whose: 'client' | 'debtor'): string {
  const code = blank(text) ? null : parseCountry(text as string);
  if (code) return code;
  const said = blank(text) ? '' : `I don't know the country "${(text as string).trim()}". `;
  throw new DomainError(
    'invalid_input',
    whose === 'client'
      ? `${said}Give your client's country as a name or two letters, e.g. Denmark or DK.`
      : `${said}Give the debtor's country as a name or two letters, e.g. Germany or DE.`,
    {},
    sentence(`refusals4.sub.country.${whose}`, {
      unknown: blank(text) ? 'no' : 'yes',
      text: blank(text) ? '' : (text as string).trim(),
    }),
  );
}

export function submissionDebtorType(text: string): DebtorType {
  if (!(DEBTOR_TYPES as readonly string[]).includes(text)) {
    throw new DomainError(
      'invalid_input',
      'The debtor must be a company or a person.',
      {},
      sentence('refusals4.sub.debtor_type'),
    );
  }
  return text as DebtorType;
}

/** Default unpaid_invoice; a loan repayment only outside the API. */
export function submissionClaimType(text: string | null | undefined, channel: Channel): ClaimType {
  if (blank(text)) return 'unpaid_invoice';
  const wanted = (text as string).trim();
  if (!(CLAIM_TYPES as readonly string[]).includes(wanted)) {
    throw new DomainError(
      'invalid_input',
      `Partner-submitted cases can only be an Unpaid Invoice or a Loan Repayment, not "${wanted}".`,
      {},
      sentence('refusals4.sub.claim_type', { wanted }),
    );
  }
  if (channel === 'api' && wanted !== 'unpaid_invoice') {
    throw new DomainError(
      'invalid_input',
      'Cases submitted through the API are always Unpaid Invoice. Submit a Loan Repayment through the form instead.',
      {},
      sentence('refusals4.sub.api_claim_type'),
    );
  }
  return wanted as ClaimType;
}

export function assertUndisputed(disputed: boolean): void {
  if (disputed) {
    throw new DomainError(
      'invalid_input',
      'Only undisputed debts can be submitted: a disputed claim needs legal action, not pre-legal collection.',
      {},
      sentence('refusals4.sub.disputed'),
    );
  }
}

/** More than 0, and an amount the platform can store (two decimals at most when written out). */
export function assertPrincipal(principal: number | string): void {
  const amount = typeof principal === 'string' ? Number(principal) : principal;
  if (!(amount > 0))
    throw new DomainError(
      'invalid_input',
      'The claim amount must be more than 0.',
      {},
      sentence('refusals4.sub.amount_zero'),
    );
  toStorableCents(principal);
}

/** When the debt fell due: YYYY-MM-DD, or day first (30/06/2026, 30.06.2026); a real calendar day. */
export function submissionDebtDate(text: string): Date {
  const day = parseDate(text);
  if (!day) {
    throw new DomainError(
      'invalid_input',
      'Give the date the debt fell due as day, month and year, e.g. 30/06/2026, 30.06.2026 or 2026-06-30.',
      {},
      sentence('refusals4.sub.debt_date'),
    );
  }
  return new Date(`${day}T00:00:00Z`);
}

/**
 * The rules of a submission, in the order a person would fix them: who submits, what kind of claim,
 * disputed or not, where, and which documents. `coverage` is the submitting partner's own coverage.
 */
export function validateSubmission(
  input: SubmitCaseInput,
  ctx: { actor: Actor; channel: Channel; coverage: Coverage[] },
): ValidSubmission {
  if (ctx.actor.role !== 'partner' || ctx.actor.partnerId === null) {
    throw new DomainError(
      'forbidden',
      'Only a collection partner can submit a case for its client. Creditors create cases in the portal.',
      {},
      sentence('refusals4.sub.partners_only'),
    );
  }
  const clientName = input.client.name.trim();
  if (clientName === '') {
    throw new DomainError(
      'invalid_input',
      "Give your client's company name and country (two letters, e.g. DK). If the debt is owed to you, give your own company name.",
      {},
      sentence('refusals4.sub.client_name'),
    );
  }
  const clientCountry = submissionCountry(input.client.country, 'client');
  if (input.debtor.name.trim() === '') {
    throw new DomainError(
      'invalid_input',
      "Give the debtor's name and country (two letters, e.g. DE).",
      {},
      sentence('refusals4.sub.debtor_name'),
    );
  }
  const debtorCountry = submissionCountry(input.debtor.country, 'debtor');
  submissionDebtorType(input.debtor.type);
  const claimType = submissionClaimType(input.claimType, ctx.channel);
  assertUndisputed(input.disputed);
  assertPrincipal(input.principal);
  if (coversJurisdiction(ctx.coverage, debtorCountry, input.debtor.region ?? null)) {
    throw new DomainError(
      'invalid_input',
      `Your organisation covers ${debtorCountry}${input.debtor.region ? ` (${input.debtor.region})` : ''} itself, so the case would be routed back to you. Collect it yourself instead of submitting it.`,
      {},
      sentence('refusals4.sub.own_jurisdiction', {
        country: debtorCountry,
        region: input.debtor.region ?? '',
        hasRegion: input.debtor.region ? 'yes' : 'no',
      }),
    );
  }
  const debtDate = submissionDebtDate(input.debtDate);
  const currency = input.currency.trim().toUpperCase();
  const principalUsd =
    input.principalUsd !== undefined && input.principalUsd !== null && input.principalUsd > 0
      ? input.principalUsd
      : toUsd(input.principal, currency);
  assertStorableUsd(principalUsd, input.principal, currency);
  assertDocuments(principalUsd, input);
  return {
    client: { name: clientName, country: clientCountry },
    debtor: {
      name: input.debtor.name.trim(),
      type: input.debtor.type,
      country: debtorCountry,
      region: blank(input.debtor.region) ? null : (input.debtor.region as string).trim(),
    },
    claimType,
    principal: input.principal,
    currency,
    principalUsd,
    debtDate,
    documentName: blank(input.documentName) ? null : (input.documentName as string).trim(),
    description: blank(input.description) ? null : (input.description as string).trim(),
  };
}

/** The standard comment of a commission case, naming the cases the fee is owed for. */
export function commissionComment(caseIds: number[]): string {
  const list = caseIds.join(', ');
  return `Unpaid success fee owed for recovered debt on case${caseIds.length === 1 ? '' : 's'} ${list}.`;
}
