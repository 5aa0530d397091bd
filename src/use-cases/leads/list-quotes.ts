import { findCase } from '../../db/repositories/case.repository.ts';
import { findCurrentLeadForCase, listInvitations } from '../../db/repositories/lead.repository.ts';
import { listQuotesForLead, type QuoteWithPartner } from '../../db/repositories/quote.repository.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { describeLead, expiresAt, type Lead } from '../../domain/lead.ts';
import { assertMay } from '../../domain/permissions.ts';
import { relationFacts } from '../cases/case-access.ts';
import type { UseCaseContext } from '../context.ts';
import { caseNotFound, noLead } from './lead-steps.ts';

export interface ListQuotesInput {
  caseId: number;
}

export interface QuoteListing {
  caseId: number;
  /** The case's currency: fixed fees are in it. */
  currency: string;
  lead: Lead;
  /** "Lead 7 has quotes ready", "… is Closed (Expired)". */
  leadSummary: string;
  /** When an unselected lead expires (null before quotes are ready or once closed otherwise). */
  expiresAt: Date | null;
  quotes: QuoteWithPartner[];
  invitedCount: number;
  /** A partner sees only its own quote; the creditor side and support see all. */
  scope: 'all' | 'own';
  /** Submitted by a managing partner for a shadow client: support chooses for the client. */
  managed: boolean;
}

/**
 * The quotes on a case's lead. The creditor (or the managing partner of a shadow client) and support see
 * every quote; an invited partner sees only its own; nobody else sees anything.
 */
export async function listQuotes(ctx: UseCaseContext, input: ListQuotesInput): Promise<QuoteListing> {
  const c = await findCase(ctx.db, input.caseId);
  if (!c) throw caseNotFound(input.caseId);
  const lead = await findCurrentLeadForCase(ctx.db, c.id);
  const invitations = lead ? await listInvitations(ctx.db, lead.id) : [];
  let scope: QuoteListing['scope'] = 'all';
  const actor = ctx.actor;
  if (actor.role === 'partner' && actor.partnerId !== null && actor.partnerId !== c.managingPartnerId) {
    if (!invitations.some((i) => i.partnerId === actor.partnerId)) {
      throw new DomainError(
        'forbidden',
        `Case ${c.id} is not one of your cases and your organisation was not invited to quote on it, so you can't see its quotes.`,
        {},
        sentence('refusals4.quotes.not_yours', { caseId: String(c.id) }),
      );
    }
    scope = 'own';
  } else {
    // Support, the creditor and the managing partner (read-only) see every quote.
    assertMay('view', actor, c, await relationFacts(ctx.db, actor, c));
  }
  if (!lead) throw noLead(c.id);
  const quotes = (await listQuotesForLead(ctx.db, lead.id)).filter(
    (q) => scope === 'all' || q.partnerId === actor.partnerId,
  );
  return {
    caseId: c.id,
    currency: c.currency,
    lead,
    leadSummary: describeLead(lead),
    expiresAt: lead.status === 'qualified' ? expiresAt(lead) : null,
    quotes,
    invitedCount: invitations.length,
    scope,
    managed: c.managingPartnerId !== null,
  };
}
