import { type HistoryRecord, listHistory } from '../../db/repositories/history.repository.ts';
import { findCurrentLeadForCase, listInvitations } from '../../db/repositories/lead.repository.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import { totalPaid } from '../../db/repositories/payment.repository.ts';
import { listQuotesForLead, type QuoteWithPartner } from '../../db/repositories/quote.repository.ts';
import { type Case, statusLabel } from '../../domain/case.ts';
import { closeCodeLabel } from '../../domain/close-codes.ts';
import { runningOrEnded } from '../../domain/collection-period.ts';
import { describeLead, type Lead } from '../../domain/lead.ts';
import { formatMoney } from '../../domain/money.ts';
import { relationOf } from '../../domain/permissions.ts';
import type { UseCaseContext } from '../context.ts';
import { loadForReading, relationFacts } from './case-access.ts';

export interface GetCaseStatusInput {
  caseId: number;
}

export interface CaseStatusView {
  case: Case;
  statusLabel: string;
  assignedPartnerName: string | null;
  totalPaid: string;
  lead: Pick<Lead, 'id' | 'status' | 'outcome' | 'origin' | 'windowEndsAt' | 'expectedQuotes'> | null;
  /** The creditor and support see every quote; a partner sees only its own. */
  quotes: QuoteWithPartner[];
  /** The latest entries, oldest first. */
  history: HistoryRecord[];
  summary: string;
}

const HISTORY_TAIL = 5;

export async function getCaseStatus(ctx: UseCaseContext, input: GetCaseStatusInput): Promise<CaseStatusView> {
  const c = await loadForReading(ctx.db, ctx.actor, input.caseId);
  const [partner, paid, lead, history] = await Promise.all([
    c.assignedPartnerId !== null ? findPartner(ctx.db, c.assignedPartnerId) : Promise.resolve(null),
    totalPaid(ctx.db, c.id),
    findCurrentLeadForCase(ctx.db, c.id),
    listHistory(ctx.db, c.id),
  ]);
  const allQuotes = lead ? await listQuotesForLead(ctx.db, lead.id) : [];
  const quotes =
    ctx.actor.role === 'partner' ? allQuotes.filter((q) => q.partnerId === ctx.actor.partnerId) : allQuotes;

  const parts = [
    `Case ${c.id} (${c.debtorName}, ${formatMoney(c.principal, c.currency)}) is ${statusLabel(c.status)}`,
  ];
  if (c.status === 'closed' && c.closeCode) parts[0] += ` as ${closeCodeLabel(c.closeCode)}`;
  parts[0] += '.';
  if (partner) parts.push(`Partner: ${partner.name}.`);
  const now = ctx.clock.now();
  if (c.collectionPeriodEndsAt && c.status !== 'closed') {
    parts.push(
      `${runningOrEnded(c.collectionPeriodEndsAt, now, {
        running: 'Collection period until',
        ended: 'Collection period ended on',
      })}.`,
    );
  }
  if (paid !== '0.00') parts.push(`Paid so far: ${formatMoney(paid, c.currency)}.`);
  if (lead && lead.status !== 'closed') {
    const window = lead.windowEndsAt
      ? `; ${runningOrEnded(lead.windowEndsAt, now, {
          running: 'collecting quotes until',
          ended: 'quote collection ended on',
        })}`
      : '';
    parts.push(
      `${describeLead(lead)} with ${allQuotes.length} of ${lead.expectedQuotes} expected quotes${window}.`,
    );
  }
  // A partner on the lead hears what the lead asks of it, not only the case's state.
  if (lead && relationOf(ctx.actor, c, await relationFacts(ctx.db, ctx.actor, c)) === 'lead_partner') {
    const own = quotes.find((q) => q.status !== 'declined');
    const invitation = (await listInvitations(ctx.db, lead.id)).find(
      (i) => i.partnerId === ctx.actor.partnerId,
    );
    if (own) parts.push(`Your quote ${own.id} (${own.successFeePct}% success fee) is on it, ${own.status}.`);
    else if (invitation?.status === 'declined') parts.push('Your organisation passed on this lead.');
    else if (lead.status !== 'closed')
      parts.push(
        `Your organisation is invited to quote on it: say "quote <percent>% on case ${c.id}", or "no quote on case ${c.id}" to pass.`,
      );
  }
  return {
    case: c,
    statusLabel: statusLabel(c.status),
    assignedPartnerName: partner?.name ?? null,
    totalPaid: paid,
    lead: lead
      ? {
          id: lead.id,
          status: lead.status,
          outcome: lead.outcome,
          origin: lead.origin,
          windowEndsAt: lead.windowEndsAt,
          expectedQuotes: lead.expectedQuotes,
        }
      : null,
    quotes,
    history: history.slice(-HISTORY_TAIL),
    summary: parts.join(' '),
  };
}
