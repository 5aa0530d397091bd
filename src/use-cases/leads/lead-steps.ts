import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { lockCase } from '../../db/repositories/case.repository.ts';
import { findCreditor } from '../../db/repositories/creditor.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import {
  findCurrentLeadForCase,
  findLead,
  listInvitations,
  lockLead,
  updateLead,
} from '../../db/repositories/lead.repository.ts';
import {
  enqueueNotices,
  type NewNotice,
  type NoticeRecipient,
} from '../../db/repositories/notice.repository.ts';
import { listQuotesForLead } from '../../db/repositories/quote.repository.ts';
import type { Actor } from '../../domain/actor.ts';
import type { Case } from '../../domain/case.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import type { Channel } from '../../domain/ids.ts';
import { collectionResult, type Lead } from '../../domain/lead.ts';
import { list, type MessageSpec, type MessageValue, msg, nested, num } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { UseCaseContext } from '../context.ts';

// Steps shared by the lead and quote use cases. Lock order everywhere: the case row, then the lead row,
// the same order as the case-side use cases that open leads, so that two writers never deadlock.

/**
 * Who hears what is meant for "the creditor". A shadow client has no users of its own: its managing
 * partner is its point of contact, so creditor notices go to that partner.
 */
export async function creditorRecipient(
  db: Transaction<Database>,
  c: Pick<Case, 'creditorId' | 'managingPartnerId'>,
): Promise<NoticeRecipient> {
  if (c.managingPartnerId !== null) {
    const creditor = await findCreditor(db, c.creditorId);
    if (creditor?.shadowOfPartnerId !== null && creditor?.shadowOfPartnerId !== undefined) {
      return { type: 'partner', partnerId: creditor.shadowOfPartnerId };
    }
  }
  return { type: 'creditor', creditorId: c.creditorId };
}

/**
 * What a managing partner can do about a decision that is its client's to take: its access is
 * read-only (the articles), so instead of "reply go with quote …" it is pointed to support.
 */
export function managedNextStep(caseId: number): string {
  return `Your access to case ${caseId} is read-only: to choose a quote or stop the case for your client, contact Debitura support with the case reference #${caseId}.`;
}

/** The creditor's next step, or the managing partner's when the notice goes to one. */
export function nextStepFor(recipient: NoticeRecipient, caseId: number, creditorStep: string): string {
  return recipient.type === 'partner' ? managedNextStep(caseId) : creditorStep;
}

/** The same, as a message of the catalogue (rendered in each reader's language). */
export function nextStepMessage(
  recipient: NoticeRecipient,
  caseId: number,
  creditorStep: MessageSpec,
): MessageValue {
  return nested(
    recipient.type === 'partner' ? msg('lead.managed_next_step', { caseId: String(caseId) }) : creditorStep,
  );
}

export function caseNotFound(caseId: number): DomainError {
  return new DomainError(
    'not_found',
    `There is no case ${caseId}. Check the case number and try again.`,
    { caseId },
    sentence('refusals4.lead.no_case', { caseId: String(caseId) }),
  );
}

export function noLead(caseId: number): DomainError {
  return new DomainError(
    'invalid_state',
    `Case ${caseId} has no lead, so there are no quotes on it. Quotes are only collected after a decline, custom terms or when no exclusive partner covers a case.`,
    { caseId },
    sentence('refusals4.lead.none', { caseId: String(caseId) }),
  );
}

/** Locks the case, then its current lead. */
export async function lockCaseAndLead(
  trx: Transaction<Database>,
  caseId: number,
): Promise<{ c: Case; lead: Lead }> {
  const c = await lockCase(trx, caseId);
  if (!c) throw caseNotFound(caseId);
  const current = await findCurrentLeadForCase(trx, caseId);
  if (!current) throw noLead(caseId);
  const lead = await lockLead(trx, current.id);
  if (!lead) throw noLead(caseId);
  return { c, lead };
}

/** For scheduled rules that know the lead: find its case, then lock in the usual order. */
export async function lockLeadById(
  trx: Transaction<Database>,
  leadId: number,
): Promise<{ c: Case; lead: Lead } | null> {
  const unlocked = await findLead(trx, leadId);
  if (!unlocked) return null;
  const c = await lockCase(trx, unlocked.caseId);
  const lead = await lockLead(trx, leadId);
  if (!c || !lead) return null;
  return { c, lead };
}

/**
 * Ends quote collection on a qualified lead: with quotes, the creditor hears they are ready and the
 * quote-alert channel is told; with none, the lead closes as declined options and the creditor gets
 * suggestions. Caller holds the locks and has checked that collection is still running.
 */
export async function endQuoteCollection(
  trx: Transaction<Database>,
  args: {
    c: Case;
    lead: Lead;
    at: Date;
    actor: Actor;
    channel: Channel;
    why: 'window_ended' | 'enough_quotes' | 'all_answered';
  },
): Promise<'quotes_ready' | 'declined_options'> {
  const { c, lead, at } = args;
  const quotes = (await listQuotesForLead(trx, lead.id)).filter((q) => q.status === 'sent');
  const result = collectionResult(quotes.length);
  const creditor = await creditorRecipient(trx, c);
  const notices: NewNotice[] = [];
  if (result === 'quotes_ready') {
    await updateLead(trx, lead.id, { quotesReadyAt: at });
    const caseId = String(c.id);
    const items = quotes.map((q) =>
      msg('lead.quotes_ready.item', {
        quoteId: String(q.id),
        partnerName: q.partnerName,
        pct: num(q.successFeePct),
      }),
    );
    notices.push(
      {
        recipient: creditor,
        kind: 'lead.quotes_ready',
        caseId: c.id,
        payload: {
          ...noticeText(
            msg('lead.quotes_ready', {
              caseId,
              debtorName: c.debtorName,
              quotes: list(items),
              next: nextStepMessage(creditor, c.id, msg('lead.quotes_ready.next', { caseId })),
            }),
          ),
          leadId: lead.id,
          quoteIds: quotes.map((q) => q.id),
        },
        at,
      },
      {
        recipient: { type: 'channel', channel: 'quote_alerts' },
        kind: 'lead.quotes_ready',
        caseId: c.id,
        payload: {
          ...noticeText(
            msg('lead.quotes_ready.alert', { leadId: String(lead.id), caseId, count: quotes.length }),
          ),
          leadId: lead.id,
          quoteCount: quotes.length,
        },
        at,
      },
    );
  } else {
    await updateLead(trx, lead.id, {
      status: 'closed',
      outcome: 'declined_options',
      closedAt: at,
      quotesReadyAt: at,
    });
    notices.push({
      recipient: creditor,
      kind: 'lead.declined_options',
      caseId: c.id,
      payload: {
        ...noticeText(
          msg('lead.declined_options', {
            caseId: String(c.id),
            debtorName: c.debtorName,
            next: nextStepMessage(
              creditor,
              c.id,
              msg('lead.declined_options.next', { caseId: String(c.id) }),
            ),
          }),
        ),
        leadId: lead.id,
        suggestions: ['adjust_terms', 'another_approach'],
      },
      at,
    });
  }
  await appendHistory(trx, {
    caseId: c.id,
    actor: args.actor,
    channel: args.channel,
    action: result === 'quotes_ready' ? 'lead.quotes_ready' : 'lead.declined_options',
    details: { leadId: lead.id, why: args.why, quoteCount: quotes.length },
    at,
  });
  await enqueueNotices(trx, notices);
  return result;
}

export async function invitationsOf(trx: Transaction<Database>, leadId: number) {
  return listInvitations(trx, leadId);
}

export const now = (ctx: UseCaseContext) => ctx.clock.now();
