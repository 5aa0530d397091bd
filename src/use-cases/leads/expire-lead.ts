import { appendHistory } from '../../db/repositories/history.repository.ts';
import { updateLead } from '../../db/repositories/lead.repository.ts';
import { enqueueNotices } from '../../db/repositories/notice.repository.ts';
import { listQuotesForLead } from '../../db/repositories/quote.repository.ts';
import { SYSTEM_ACTOR } from '../../domain/actor.ts';
import { EXPIRY_DAYS, expiresAt } from '../../domain/lead.ts';
import { msg } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { LeadJobContext, LeadJobOutcome } from './close-quote-window.ts';
import { creditorRecipient, lockLeadById, nextStepMessage } from './lead-steps.ts';

/**
 * 14 days after quote collection ended without a winner, the lead expires and the creditor is told.
 * The quotes stay as they are (sent), because the creditor may still select one manually. Re-checks
 * under the locks, so it is safe to call early, twice, or after a selection.
 */
export async function expireLead(ctx: LeadJobContext, input: { leadId: number }): Promise<LeadJobOutcome> {
  return ctx.db.transaction().execute(async (trx) => {
    const at = ctx.clock.now();
    const locked = await lockLeadById(trx, input.leadId);
    if (!locked) return { status: 'skipped', reason: `lead ${input.leadId} does not exist` };
    const { c, lead } = locked;
    if (lead.status !== 'qualified' || lead.quotesReadyAt === null) {
      return { status: 'skipped', reason: `lead ${lead.id} does not wait for a selection` };
    }
    const due = expiresAt(lead);
    if (!due || at.getTime() < due.getTime()) {
      return { status: 'skipped', reason: `lead ${lead.id} expires at ${due?.toISOString()}` };
    }
    const quotes = (await listQuotesForLead(trx, lead.id)).filter((q) => q.status === 'sent');
    const recipient = await creditorRecipient(trx, c);
    await updateLead(trx, lead.id, { status: 'closed', outcome: 'expired', closedAt: at });
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor ?? SYSTEM_ACTOR,
      channel: ctx.channel ?? 'system',
      action: 'lead.expired',
      details: { leadId: lead.id, quoteCount: quotes.length },
      at,
    });
    await enqueueNotices(trx, [
      {
        recipient,
        kind: 'lead.expired',
        caseId: c.id,
        payload: {
          ...noticeText(
            msg('lead.expired', {
              caseId: String(c.id),
              debtorName: c.debtorName,
              days: EXPIRY_DAYS,
              next: nextStepMessage(
                recipient,
                c.id,
                msg('lead.expired.next', { caseId: String(c.id), count: quotes.length }),
              ),
            }),
          ),
          leadId: lead.id,
          quoteIds: quotes.map((q) => q.id),
        },
        dedupeKey: `lead.expired:${lead.id}`,
        at,
      },
    ]);
    return { status: 'done', result: 'expired', detail: `lead ${lead.id} (case ${c.id}) expired` };
  });
}
