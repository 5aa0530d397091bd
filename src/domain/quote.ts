import { DomainError, sentence } from './errors.ts';
import type { QuoteStatus } from './ids.ts';
import { describeLead, type Invitation, isCollecting, type Lead, leadSentence } from './lead.ts';
import { formatMoney } from './money.ts';

export const QUOTE_STATUS_LABELS: Record<QuoteStatus, string> = {
  sent: 'Sent',
  accepted: 'Accepted',
  declined: 'Declined',
};

export interface Quote {
  id: number;
  leadId: number;
  partnerId: number;
  submittedByUserId: number | null;
  status: QuoteStatus;
  successFeePct: number;
  fixedFee: number | null;
  terms: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

export interface QuoteTerms {
  successFeePct: number;
  fixedFee?: number | null;
  terms?: string | null;
}

export function validateQuoteTerms(terms: QuoteTerms): void {
  if (!Number.isFinite(terms.successFeePct) || terms.successFeePct <= 0 || terms.successFeePct > 100) {
    throw new DomainError(
      'invalid_input',
      `A success fee of ${terms.successFeePct}% is not possible. Give a percentage above 0 and at most 100, e.g. "quote 15% on case 123".`,
      {},
      sentence('quotes3.terms.fee_range', { pct: String(terms.successFeePct) }),
    );
  }
  if (terms.fixedFee !== undefined && terms.fixedFee !== null && !(terms.fixedFee >= 0)) {
    throw new DomainError(
      'invalid_input',
      'A fixed fee cannot be negative. Leave it out or give an amount ≥ 0.',
      {},
      sentence('quotes3.terms.fixed_negative'),
    );
  }
}

/** An invited partner may quote once, while quote collection runs. */
export function assertCanQuote(
  lead: Lead,
  invitation: Invitation | undefined,
  existing: Quote | undefined,
  at: Date,
): void {
  if (!invitation) {
    throw new DomainError(
      'forbidden',
      `Your organisation was not invited to quote on lead ${lead.id}, so it cannot quote on it. Only invited partners can quote.`,
      { leadId: lead.id },
      sentence('quotes3.can_quote.not_invited', { leadId: String(lead.id) }),
    );
  }
  if (existing) {
    throw new DomainError(
      'already_done',
      `Your organisation already quoted ${existing.successFeePct}% on lead ${lead.id} (quote ${existing.id}); there is one quote per partner.`,
      { leadId: lead.id, quoteId: existing.id },
      sentence('quotes3.can_quote.already', {
        pct: existing.successFeePct,
        leadId: String(lead.id),
        quoteId: String(existing.id),
      }),
    );
  }
  if (invitation.status === 'declined') {
    throw new DomainError(
      'already_done',
      `Your organisation already declined to quote on lead ${lead.id}, so it cannot quote on it now.`,
      { leadId: lead.id },
      sentence('quotes3.can_quote.passed', { leadId: String(lead.id) }),
    );
  }
  if (!isCollecting(lead, at)) {
    throw new DomainError(
      'invalid_state',
      `${describeLead(lead)} and no longer collects quotes, so a quote cannot be added.`,
      { leadId: lead.id },
      sentence('quotes3.can_quote.closed', { lead: { msg: leadSentence(lead) } }),
    );
  }
}

export function assertCanDeclineToQuote(lead: Lead, invitation: Invitation | undefined, at: Date): void {
  if (!invitation) {
    throw new DomainError(
      'forbidden',
      `Your organisation was not invited to quote on lead ${lead.id}, so there is nothing to decline.`,
      { leadId: lead.id },
      sentence('quotes3.can_pass.not_invited', { leadId: String(lead.id) }),
    );
  }
  if (invitation.status !== 'invited') {
    throw new DomainError(
      'already_done',
      `Your organisation already ${invitation.status === 'quoted' ? 'quoted' : 'declined to quote'} on lead ${lead.id}.`,
      { leadId: lead.id },
      sentence('quotes3.can_pass.already', { answer: invitation.status, leadId: String(lead.id) }),
    );
  }
  if (!isCollecting(lead, at)) {
    throw new DomainError(
      'invalid_state',
      `${describeLead(lead)} and no longer collects quotes.`,
      { leadId: lead.id },
      sentence('quotes3.can_pass.closed', { lead: { msg: leadSentence(lead) } }),
    );
  }
}

export function describeQuote(
  q: Pick<Quote, 'id' | 'successFeePct' | 'fixedFee' | 'terms'>,
  partnerName: string,
  currency: string,
) {
  const fee = q.fixedFee !== null ? ` + fixed fee ${formatMoney(q.fixedFee, currency)}` : '';
  const terms = q.terms ? ` (${q.terms})` : '';
  return `Quote ${q.id} from ${partnerName}: ${q.successFeePct}% success fee${fee}${terms}`;
}
