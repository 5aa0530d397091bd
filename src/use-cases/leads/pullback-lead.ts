import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { endAssignment, findCase, updateCase } from '../../db/repositories/case.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import {
  findCurrentLeadForCase,
  listInvitations,
  updateLead,
} from '../../db/repositories/lead.repository.ts';
import { enqueueNotices, type NewNotice } from '../../db/repositories/notice.repository.ts';
import { listQuotesForLead, setQuoteStatus } from '../../db/repositories/quote.repository.ts';
import type { Actor } from '../../domain/actor.ts';
import type { Case } from '../../domain/case.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { assertPullbackAllowed, type Lead } from '../../domain/lead.ts';
import { msg, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { UseCaseContext } from '../context.ts';
import type { ActionResult, Plan } from '../plan.ts';
import { caseNotFound, lockCaseAndLead, noLead } from './lead-steps.ts';
import { assertCreditorOfCase } from './select-quote.ts';

export interface PullbackLeadInput {
  caseId: number;
}

type Db = Kysely<Database> | Transaction<Database>;

async function prepare(db: Db, actor: Actor, caseId: number, locked?: { c: Case; lead: Lead }) {
  let c = locked?.c;
  let lead = locked?.lead;
  if (!c || !lead) {
    c = (await findCase(db, caseId)) ?? undefined;
    if (!c) throw caseNotFound(caseId);
    await assertCreditorOfCase(db, actor, c, 'pullback');
    lead = await findCurrentLeadForCase(db, c.id);
    if (!lead) throw noLead(c.id);
  } else {
    await assertCreditorOfCase(db, actor, c, 'pullback');
  }
  // An expired lead still holds its quotes (manual selection stays possible), so it can be pulled back;
  // after declined options nobody holds the case, and pulling back is how the creditor closes it.
  if (!(lead.status === 'closed' && (lead.outcome === 'expired' || lead.outcome === 'declined_options'))) {
    assertPullbackAllowed(lead);
  }
  if (c.status === 'closed') {
    throw new DomainError(
      'invalid_state',
      `Case ${c.id} is already closed, so there is nothing to pull back.`,
      {},
      sentence('quotes3.pullback.closed', { caseId: String(c.id) }),
    );
  }
  const quotes = (await listQuotesForLead(db, lead.id)).filter((q) => q.status === 'sent');
  return { c, lead, quotes };
}

export async function checkPullbackLead(ctx: UseCaseContext, input: PullbackLeadInput): Promise<Plan> {
  const { c, quotes } = await prepare(ctx.db, ctx.actor, input.caseId);
  return {
    summary: say('quotes3.pullback.plan', { caseId: String(c.id) }),
    effects: [
      quotes.length
        ? say('quotes3.pullback.plan.quotes', { count: quotes.length })
        : say('quotes3.pullback.plan.none'),
      say('quotes3.pullback.plan.closed', { caseId: String(c.id) }),
    ],
  };
}

/**
 * The creditor stops the quote process: every quote is declined, the lead closes as pullback, and the
 * case, which no partner holds, is closed as withdrawn by the client (the articles: "the case may be
 * closed"). Partners who quoted hear their quote was declined; invited partners that had not answered
 * hear the lead is withdrawn.
 */
export async function pullbackLead(ctx: UseCaseContext, input: PullbackLeadInput): Promise<ActionResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const at = ctx.clock.now();
    const locked = await lockCaseAndLead(trx, input.caseId);
    const { c, lead, quotes } = await prepare(trx, ctx.actor, input.caseId, locked);
    const invitations = await listInvitations(trx, lead.id);

    await setQuoteStatus(
      trx,
      quotes.map((q) => q.id),
      'declined',
      at,
    );
    if (lead.outcome !== 'declined_options') {
      await updateLead(trx, lead.id, { status: 'closed', outcome: 'pullback', closedAt: at });
    }
    await endAssignment(trx, c.id, 'case_never_started', at);
    const comment = `The creditor pulled back from the quote process (lead ${lead.id}).`;
    await updateCase(
      trx,
      c.id,
      { status: 'closed', closeCode: 'withdrawn_by_client', closeComment: comment, closedAt: at },
      at,
    );
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'lead.pullback',
      fromStatus: c.status,
      toStatus: 'closed',
      details: {
        leadId: lead.id,
        declinedQuoteIds: quotes.map((q) => q.id),
        closeCode: 'withdrawn_by_client',
      },
      at,
    });
    const quoted = new Set(quotes.map((q) => q.partnerId));
    const notices: NewNotice[] = [
      ...quotes.map((q) => ({
        recipient: { type: 'partner' as const, partnerId: q.partnerId },
        kind: 'quote.declined',
        caseId: c.id,
        payload: {
          ...noticeText(msg('quote.declined.pullback', { quoteId: String(q.id), caseId: String(c.id) })),
          quoteId: q.id,
          leadId: lead.id,
        },
        at,
      })),
      ...invitations
        .filter((i) => i.status === 'invited' && !quoted.has(i.partnerId))
        .map((i) => ({
          recipient: { type: 'partner' as const, partnerId: i.partnerId },
          kind: 'lead.withdrawn',
          caseId: c.id,
          payload: {
            ...noticeText(msg('lead.withdrawn', { caseId: String(c.id) })),
            leadId: lead.id,
          },
          at,
        })),
    ];
    await enqueueNotices(trx, notices);
    return {
      caseId: c.id,
      status: 'closed' as const,
      summary: say('quotes3.pullback.done', { caseId: String(c.id), count: quotes.length }),
    };
  });
}
