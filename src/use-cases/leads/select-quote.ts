import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { endAssignment, findCase, updateCase } from '../../db/repositories/case.repository.ts';
import { findCreditor } from '../../db/repositories/creditor.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import { findCurrentLeadForCase, updateLead } from '../../db/repositories/lead.repository.ts';
import { enqueueNotices, type NewNotice } from '../../db/repositories/notice.repository.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import {
  listQuotesForLead,
  type QuoteWithPartner,
  setQuoteStatus,
} from '../../db/repositories/quote.repository.ts';
import type { Actor } from '../../domain/actor.ts';
import { type Case, statusLabel } from '../../domain/case.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { assertSelectable, type Lead } from '../../domain/lead.ts';
import { assertMay } from '../../domain/permissions.ts';
import { msg, num, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import { relationFacts } from '../cases/case-access.ts';
import type { UseCaseContext } from '../context.ts';
import type { ActionResult, Plan } from '../plan.ts';
import { caseNotFound, lockCaseAndLead, noLead } from './lead-steps.ts';

export interface SelectQuoteInput {
  caseId: number;
  quoteId: number;
}

type Db = Kysely<Database> | Transaction<Database>;

/** The creditor's decisions on a lead (select, pull back): asked of the permission table. */
export async function assertCreditorOfCase(
  db: Db,
  actor: Actor,
  c: Case,
  action: 'select_quote' | 'pullback' = 'select_quote',
): Promise<void> {
  assertMay(action, actor, c, await relationFacts(db, actor, c));
}

/** The client support selects for: a shadow client, and the managing partner that submitted its case. */
export interface OnBehalfOf {
  creditorId: number;
  clientName: string;
  managingPartnerId: number;
  managingPartnerName: string;
}

/**
 * May the actor select a quote on this case? The creditor for itself; support on behalf of a shadow
 * client (the permission table's ON_BEHALF_ONLY), for which the client and its managing partner are
 * returned. Everyone else gets the table's refusal.
 */
async function assertMaySelect(db: Db, actor: Actor, c: Case): Promise<OnBehalfOf | null> {
  if (actor.role !== 'support') {
    await assertCreditorOfCase(db, actor, c);
    return null;
  }
  const creditor = await findCreditor(db, c.creditorId);
  const managingPartnerId = c.managingPartnerId ?? creditor?.shadowOfPartnerId ?? null;
  const shadowClient = creditor?.shadowOfPartnerId != null && managingPartnerId !== null;
  assertMay('select_quote', actor, c, { shadowClient });
  if (!creditor || managingPartnerId === null)
    throw new Error(`case ${c.id}: shadow client without a partner`);
  const managing = await findPartner(db, managingPartnerId);
  return {
    creditorId: creditor.id,
    clientName: creditor.name,
    managingPartnerId,
    managingPartnerName: managing?.name ?? 'the managing partner',
  };
}

async function prepare(
  db: Db,
  actor: Actor,
  input: SelectQuoteInput,
  locked?: { c: Case; lead: Lead },
): Promise<{
  c: Case;
  lead: Lead;
  winner: QuoteWithPartner;
  others: QuoteWithPartner[];
  onBehalfOf: OnBehalfOf | null;
}> {
  let c = locked?.c;
  let lead = locked?.lead;
  let onBehalfOf: OnBehalfOf | null;
  if (!c || !lead) {
    c = (await findCase(db, input.caseId)) ?? undefined;
    if (!c) throw caseNotFound(input.caseId);
    onBehalfOf = await assertMaySelect(db, actor, c);
    lead = await findCurrentLeadForCase(db, c.id);
    if (!lead) throw noLead(c.id);
  } else {
    onBehalfOf = await assertMaySelect(db, actor, c);
  }
  const quotes = await listQuotesForLead(db, lead.id);
  const winner = quotes.find((q) => q.id === input.quoteId);
  if (!winner) {
    const ids = quotes.filter((q) => q.status === 'sent').map((q) => q.id);
    throw new DomainError(
      'not_found',
      `Quote ${input.quoteId} is not a quote on case ${c.id}.` +
        (ids.length ? ` The quotes on it are ${ids.join(', ')}.` : ' The case has no quotes yet.'),
      { quoteIds: ids },
      sentence(ids.length ? 'quotes3.select.unknown' : 'quotes3.select.unknown.none', {
        quoteId: String(input.quoteId),
        caseId: String(c.id),
        ids: ids.join(', '),
      }),
    );
  }
  if (winner.status === 'accepted') {
    throw new DomainError(
      'already_done',
      `Quote ${winner.id} from ${winner.partnerName} was already selected; case ${c.id} is with them.`,
      {},
      sentence('quotes3.select.already', {
        quoteId: String(winner.id),
        partnerName: winner.partnerName,
        caseId: String(c.id),
      }),
    );
  }
  assertSelectable(lead);
  if (winner.status === 'declined') {
    throw new DomainError(
      'invalid_state',
      `Quote ${winner.id} was declined, so it can no longer be selected.`,
      {},
      sentence('quotes3.select.declined', { quoteId: String(winner.id) }),
    );
  }
  if (c.status !== 'collecting_quotes') {
    throw new DomainError(
      'invalid_state',
      `Case ${c.id} is ${statusLabel(c.status)}, not collecting quotes, so no quote can be selected on it.`,
      { status: c.status },
      sentence('quotes3.select.not_collecting', { caseId: String(c.id), status: statusLabel(c.status) }),
    );
  }
  const others = quotes.filter((q) => q.id !== winner.id && q.status === 'sent');
  return { c, lead, winner, others, onBehalfOf };
}

export async function checkSelectQuote(ctx: UseCaseContext, input: SelectQuoteInput): Promise<Plan> {
  const { c, winner, others, onBehalfOf } = await prepare(ctx.db, ctx.actor, input);
  const quote = {
    quoteId: String(winner.id),
    partnerName: winner.partnerName,
    pct: num(winner.successFeePct),
    caseId: String(c.id),
  };
  return {
    summary: onBehalfOf
      ? say('quotes3.select.plan.behalf', {
          ...quote,
          clientName: onBehalfOf.clientName,
          managingPartnerName: onBehalfOf.managingPartnerName,
        })
      : say('quotes3.select.plan', quote),
    effects: [
      say('quotes3.select.plan.assigned', { caseId: String(c.id), partnerName: winner.partnerName }),
      ...(others.length ? [say('quotes3.select.plan.others', { count: others.length })] : []),
      ...(onBehalfOf
        ? [
            say('quotes3.select.plan.history', {
              clientName: onBehalfOf.clientName,
              managingPartnerName: onBehalfOf.managingPartnerName,
            }),
          ]
        : []),
    ],
  };
}

/**
 * The creditor picks the winner: that quote is accepted, every other one declined with its partner told,
 * and the case goes to the winner, Active at once. Also after the lead expired (manual selection).
 * Quote-based cases have no exclusive collection period (the articles: "collection periods do not apply
 * to quote-based cases"), so none is started.
 */
export async function selectQuote(ctx: UseCaseContext, input: SelectQuoteInput): Promise<ActionResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const at = ctx.clock.now();
    const locked = await lockCaseAndLead(trx, input.caseId);
    const { c, lead, winner, others, onBehalfOf } = await prepare(trx, ctx.actor, input, locked);

    await setQuoteStatus(trx, [winner.id], 'accepted', at);
    await setQuoteStatus(
      trx,
      others.map((q) => q.id),
      'declined',
      at,
    );
    await updateLead(trx, lead.id, {
      status: 'closed',
      outcome: 'winner',
      closedAt: at,
      ...(lead.quotesReadyAt === null && { quotesReadyAt: at }),
    });
    // Whoever still held the case (custom terms keep the offering partner on it) never started it.
    await endAssignment(trx, c.id, 'case_never_started', at);
    await trx
      .insertInto('case_assignments')
      .values({ case_id: c.id, partner_id: winner.partnerId, assigned_at: at })
      .execute();
    await updateCase(
      trx,
      c.id,
      {
        status: 'active',
        assignedPartnerId: winner.partnerId,
        collectionPeriodStartsAt: null,
        collectionPeriodEndsAt: null,
      },
      at,
    );
    await trx
      .updateTable('cases')
      .set({ success_fee_pct: winner.successFeePct })
      .where('id', '=', c.id)
      .execute();

    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'quote.select',
      fromStatus: c.status,
      toStatus: 'active',
      details: {
        leadId: lead.id,
        quoteId: winner.id,
        partnerId: winner.partnerId,
        successFeePct: winner.successFeePct,
        declinedQuoteIds: others.map((q) => q.id),
        afterExpiry: lead.outcome === 'expired',
        // Support chose for a shadow client, whose managing partner is read-only.
        ...(onBehalfOf && {
          onBehalfOf: { creditorId: onBehalfOf.creditorId, name: onBehalfOf.clientName },
          managingPartnerId: onBehalfOf.managingPartnerId,
        }),
      },
      at,
    });
    const notices: NewNotice[] = [
      {
        recipient: { type: 'partner', partnerId: winner.partnerId },
        kind: 'quote.accepted',
        caseId: c.id,
        payload: {
          ...noticeText(
            msg('quote.accepted', {
              quoteId: String(winner.id),
              pct: num(winner.successFeePct),
              caseId: String(c.id),
              debtorName: c.debtorName,
            }),
          ),
          quoteId: winner.id,
          leadId: lead.id,
        },
        at,
      },
      ...others.map((q) => ({
        recipient: { type: 'partner' as const, partnerId: q.partnerId },
        kind: 'quote.declined',
        caseId: c.id,
        payload: {
          ...noticeText(msg('quote.declined.other_partner', { quoteId: String(q.id), caseId: String(c.id) })),
          quoteId: q.id,
          leadId: lead.id,
        },
        at,
      })),
      // The managing partner follows its client's case (read-only): it hears what support chose.
      ...(onBehalfOf
        ? [
            {
              recipient: { type: 'partner' as const, partnerId: onBehalfOf.managingPartnerId },
              kind: 'quote.selected_for_client',
              caseId: c.id,
              payload: {
                ...noticeText(
                  msg('quote.selected_for_client', {
                    quoteId: String(winner.id),
                    partnerName: winner.partnerName,
                    pct: num(winner.successFeePct),
                    caseId: String(c.id),
                    debtorName: c.debtorName,
                    clientName: onBehalfOf.clientName,
                  }),
                ),
                quoteId: winner.id,
                leadId: lead.id,
              },
              at,
            },
          ]
        : []),
    ];
    await enqueueNotices(trx, notices);
    return {
      caseId: c.id,
      status: 'active' as const,
      summary: [
        say(onBehalfOf ? 'quotes3.select.done.behalf' : 'quotes3.select.done', {
          quoteId: String(winner.id),
          clientName: onBehalfOf?.clientName ?? '',
          caseId: String(c.id),
          partnerName: winner.partnerName,
        }),
        ...(others.length ? [say('quotes3.select.done.others', { count: others.length })] : []),
        ...(onBehalfOf ? [say('quotes3.select.done.told', { name: onBehalfOf.managingPartnerName })] : []),
      ].join(' '),
    };
  });
}
