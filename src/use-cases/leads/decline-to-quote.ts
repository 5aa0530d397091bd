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
import { listQuotesForLead } from '../../db/repositories/quote.repository.ts';
import type { Actor } from '../../domain/actor.ts';
import type { Case, Partner } from '../../domain/case.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { collectionCompleteEarly, type Invitation, type Lead } from '../../domain/lead.ts';
import { refuseOtherRelations } from '../../domain/permissions.ts';
import { assertCanDeclineToQuote } from '../../domain/quote.ts';
import { assertSdcaSigned } from '../../domain/sdca.ts';
import { say } from '../../i18n/messages.ts';
import type { UseCaseContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { caseNotFound, endQuoteCollection, lockCaseAndLead, noLead } from './lead-steps.ts';
import { assertPartnerActor } from './submit-quote.ts';

export interface DeclineToQuoteInput {
  caseId: number;
  reason?: string | null;
}

export interface DeclineToQuoteResult {
  summary: string;
  caseId: number;
  leadId: number;
  /** Every invited partner has now answered without a quote: the lead closed as declined options. */
  leadOutcome: 'declined_options' | 'quotes_ready' | null;
}

type Db = Kysely<Database> | Transaction<Database>;

async function prepare(
  db: Db,
  actor: Actor,
  caseId: number,
  at: Date,
  locked?: { c: Case; lead: Lead },
): Promise<{ c: Case; lead: Lead; partner: Partner; invitations: Invitation[] }> {
  const partnerId = assertPartnerActor(actor, caseId);
  let c = locked?.c;
  let lead = locked?.lead;
  if (!c || !lead) {
    c = (await findCase(db, caseId)) ?? undefined;
    if (!c) throw caseNotFound(caseId);
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
  if (!invitation) refuseOtherRelations('decline_to_quote', actor, c);
  assertCanDeclineToQuote(lead, invitation, at);
  assertSdcaSigned(partner, at);
  return { c, lead, partner, invitations };
}

export async function checkDeclineToQuote(ctx: UseCaseContext, input: DeclineToQuoteInput): Promise<Plan> {
  const at = ctx.clock.now();
  const { c, lead, invitations } = await prepare(ctx.db, ctx.actor, input.caseId, at);
  const othersWaiting = invitations.filter(
    (i) => i.status === 'invited' && i.partnerId !== ctx.actor.partnerId,
  );
  return {
    summary: say('quotes3.pass.plan', { caseId: String(c.id), leadId: String(lead.id) }),
    effects: [
      say('quotes3.pass.plan.final'),
      ...(othersWaiting.length === 0 ? [say('quotes3.pass.plan.last')] : []),
    ],
  };
}

/** An invited partner passes; when every invited partner passed without a quote, the lead closes as declined options. */
export async function declineToQuote(
  ctx: UseCaseContext,
  input: DeclineToQuoteInput,
): Promise<DeclineToQuoteResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const at = ctx.clock.now();
    const locked = await lockCaseAndLead(trx, input.caseId);
    const { c, lead, partner, invitations } = await prepare(trx, ctx.actor, input.caseId, at, locked);
    await setInvitationStatus(trx, lead.id, partner.id, 'declined', at);
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'quote.decline_to_quote',
      details: { leadId: lead.id, partnerId: partner.id, reason: input.reason ?? null },
      at,
    });
    const after = invitations.map((i) =>
      i.partnerId === partner.id ? { ...i, status: 'declined' as const } : i,
    );
    const quoteCount = (await listQuotesForLead(trx, lead.id)).filter((q) => q.status === 'sent').length;
    let leadOutcome: DeclineToQuoteResult['leadOutcome'] = null;
    if (collectionCompleteEarly(lead, after, quoteCount)) {
      leadOutcome = await endQuoteCollection(trx, {
        c,
        lead,
        at,
        actor: ctx.actor,
        channel: ctx.channel,
        why: 'all_answered',
      });
    }
    return {
      summary:
        leadOutcome === 'declined_options'
          ? say('quotes3.pass.done.all', { caseId: String(c.id) })
          : say('quotes3.pass.done', { caseId: String(c.id) }),
      caseId: c.id,
      leadId: lead.id,
      leadOutcome,
    };
  });
}
