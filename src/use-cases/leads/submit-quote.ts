import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { findCase } from '../../db/repositories/case.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import {
  findCurrentLeadForCase,
  listInvitations,
  setInvitationStatus,
} from '../../db/repositories/lead.repository.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import { insertQuote, listQuotesForLead } from '../../db/repositories/quote.repository.ts';
import type { Actor } from '../../domain/actor.ts';
import type { Case, Partner } from '../../domain/case.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { collectionCompleteEarly, type Invitation, type Lead } from '../../domain/lead.ts';
import { refuseOtherRelations } from '../../domain/permissions.ts';
import { assertCanQuote, validateQuoteTerms } from '../../domain/quote.ts';
import { assertSdcaSigned } from '../../domain/sdca.ts';
import { money, num, say } from '../../i18n/messages.ts';
import type { UseCaseContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { caseNotFound, endQuoteCollection, lockCaseAndLead, noLead } from './lead-steps.ts';

export interface SubmitQuoteInput {
  caseId: number;
  /** The success fee the partner asks, in percent of what is recovered. */
  successFeePct: number;
  fixedFee?: number | null;
  terms?: string | null;
}

export interface SubmitQuoteResult {
  summary: string;
  caseId: number;
  leadId: number;
  quoteId: number;
  /** Collection ended with this quote (the expected number arrived, or every invited partner answered). */
  collectionEnded: boolean;
}

type Db = Kysely<Database> | Transaction<Database>;

export function assertPartnerActor(actor: Actor, caseId: number): number {
  if (actor.role !== 'partner' || actor.partnerId === null) {
    throw new DomainError(
      'forbidden',
      `Only collection partners invited to the lead on case ${caseId} can quote or decline to quote on it.`,
      {},
      sentence('quotes3.quote.partners_only', { caseId: String(caseId) }),
    );
  }
  return actor.partnerId;
}

async function prepare(
  db: Db,
  actor: Actor,
  input: SubmitQuoteInput,
  at: Date,
  locked?: { c: Case; lead: Lead },
): Promise<{ c: Case; lead: Lead; partner: Partner; invitations: Invitation[] }> {
  const partnerId = assertPartnerActor(actor, input.caseId);
  validateQuoteTerms(input);
  let c = locked?.c;
  let lead = locked?.lead;
  if (!c || !lead) {
    c = (await findCase(db, input.caseId)) ?? undefined;
    if (!c) throw caseNotFound(input.caseId);
    lead = await findCurrentLeadForCase(db, c.id);
    if (!lead) throw noLead(c.id);
  }
  const partner = await findPartner(db, partnerId);
  if (!partner)
    throw new DomainError(
      'forbidden',
      'Your partner organisation is not known to the platform.',
      {},
      sentence('quotes3.partner_unknown'),
    );
  const invitations = await listInvitations(db, lead.id);
  const invitation = invitations.find((i) => i.partnerId === partnerId);
  if (!invitation) refuseOtherRelations('submit_quote', actor, c);
  if (!invitation) {
    // Not invited: say only that, without revealing anything about the case.
    throw new DomainError(
      'forbidden',
      `Your organisation was not invited to quote on case ${c.id}, so it cannot quote on it. Only partners invited to a lead can quote.`,
      {},
      sentence('quotes3.quote.not_invited', { caseId: String(c.id) }),
    );
  }
  assertSdcaSigned(partner, at);
  const mine = (await listQuotesForLead(db, lead.id)).find((q) => q.partnerId === partnerId);
  assertCanQuote(lead, invitation, mine, at);
  return { c, lead, partner, invitations };
}

export async function checkSubmitQuote(ctx: UseCaseContext, input: SubmitQuoteInput): Promise<Plan> {
  const at = ctx.clock.now();
  const { c, lead } = await prepare(ctx.db, ctx.actor, input, at);
  return {
    summary: say('quotes3.quote.plan', {
      pct: num(input.successFeePct),
      fixed: input.fixedFee ? 'yes' : 'no',
      fixedFee: input.fixedFee ? money(input.fixedFee, c.currency) : '',
      caseId: String(c.id),
      leadId: String(lead.id),
    }),
    effects: [say('quotes3.quote.plan.seen'), say('quotes3.quote.plan.once')],
  };
}

/** An invited partner quotes once; the expected number of quotes ends collection early. */
export async function submitQuote(ctx: UseCaseContext, input: SubmitQuoteInput): Promise<SubmitQuoteResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const at = ctx.clock.now();
    const locked = await lockCaseAndLead(trx, input.caseId);
    const { c, lead, partner, invitations } = await prepare(trx, ctx.actor, input, at, locked);
    const quote = await insertQuote(trx, {
      leadId: lead.id,
      partnerId: partner.id,
      submittedByUserId: ctx.actor.userId > 0 ? ctx.actor.userId : null,
      successFeePct: input.successFeePct,
      fixedFee: input.fixedFee ?? null,
      terms: input.terms ?? null,
      at,
    });
    await setInvitationStatus(trx, lead.id, partner.id, 'quoted', at);
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'quote.submit',
      details: {
        leadId: lead.id,
        quoteId: quote.id,
        partnerId: partner.id,
        successFeePct: input.successFeePct,
        fixedFee: input.fixedFee ?? null,
      },
      at,
    });
    const quoteCount = (await listQuotesForLead(trx, lead.id)).filter((q) => q.status === 'sent').length;
    const after = invitations.map((i) =>
      i.partnerId === partner.id ? { ...i, status: 'quoted' as const } : i,
    );
    let collectionEnded = false;
    if (collectionCompleteEarly(lead, after, quoteCount)) {
      await endQuoteCollection(trx, {
        c,
        lead,
        at,
        actor: ctx.actor,
        channel: ctx.channel,
        why: quoteCount >= lead.expectedQuotes ? 'enough_quotes' : 'all_answered',
      });
      collectionEnded = true;
    }
    return {
      summary: say(collectionEnded ? 'quotes3.quote.done.ended' : 'quotes3.quote.done', {
        quoteId: String(quote.id),
        pct: num(input.successFeePct),
        caseId: String(c.id),
      }),
      caseId: c.id,
      leadId: lead.id,
      quoteId: quote.id,
      collectionEnded,
    };
  });
}
