import { type HistoryRecord, listHistory } from '../../db/repositories/history.repository.ts';
import { findCurrentLeadForCase, listInvitations } from '../../db/repositories/lead.repository.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import { totalPaid } from '../../db/repositories/payment.repository.ts';
import { listQuotesForLead, type QuoteWithPartner } from '../../db/repositories/quote.repository.ts';
import { type Case, statusLabel } from '../../domain/case.ts';
import { closeCodeLabel } from '../../domain/close-codes.ts';
import { type Lead, leadSentence } from '../../domain/lead.ts';
import { relationOf } from '../../domain/permissions.ts';
import { type MessageKey, type MessageValue, money, readerLocale, say } from '../../i18n/messages.ts';
import { dayFor } from '../../i18n/reader-format.ts';
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

/** The lead's state in the reader's language: the domain's own `leadSentence`, said here. */
function leadWords(lead: Lead): string {
  const spec = leadSentence(lead);
  return say(spec.key as MessageKey, spec.values as Record<string, MessageValue>);
}

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

  const closedAs = c.status === 'closed' && c.closeCode ? c.closeCode : null;
  const parts = [
    say('cases3.status.head', {
      caseId: String(c.id),
      debtorName: c.debtorName,
      amount: money(c.principal, c.currency),
      status: statusLabel(c.status),
      closed: closedAs ? 'yes' : 'no',
      code: closedAs ? closeCodeLabel(closedAs) : '',
    }),
  ];
  if (partner) parts.push(say('cases3.status.partner', { partnerName: partner.name }));
  const now = ctx.clock.now();
  const running = (end: Date) => now.getTime() < end.getTime();
  // The day as plain text, not a Slack date marker: the status is one sentence built from several
  // messages, and a marker inside a message used as a value would be stripped to its raw number.
  const day = (at: Date) => dayFor(at, readerLocale());
  if (c.collectionPeriodEndsAt && c.status !== 'closed') {
    const end = c.collectionPeriodEndsAt;
    parts.push(
      say(running(end) ? 'cases3.status.period.running' : 'cases3.status.period.ended', { day: day(end) }),
    );
  }
  if (paid !== '0.00') parts.push(say('cases3.status.paid', { amount: money(paid, c.currency) }));
  if (lead && lead.status !== 'closed') {
    const end = lead.windowEndsAt;
    const window = end
      ? say(running(end) ? 'cases3.status.window.running' : 'cases3.status.window.ended', { day: day(end) })
      : '';
    parts.push(
      say('cases3.status.lead', {
        lead: leadWords(lead),
        count: String(allQuotes.length),
        expected: String(lead.expectedQuotes),
        window,
      }),
    );
  }
  // A partner on the lead hears what the lead asks of it, not only the case's state.
  if (lead && relationOf(ctx.actor, c, await relationFacts(ctx.db, ctx.actor, c)) === 'lead_partner') {
    const own = quotes.find((q) => q.status !== 'declined');
    const invitation = (await listInvitations(ctx.db, lead.id)).find(
      (i) => i.partnerId === ctx.actor.partnerId,
    );
    if (own)
      parts.push(
        say('cases3.status.own_quote', {
          quoteId: String(own.id),
          pct: String(own.successFeePct),
          status: own.status,
        }),
      );
    else if (invitation?.status === 'declined') parts.push(say('cases3.status.passed'));
    else if (lead.status !== 'closed') parts.push(say('cases3.status.invited', { caseId: String(c.id) }));
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
