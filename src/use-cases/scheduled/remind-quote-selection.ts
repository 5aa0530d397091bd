import { appendHistory } from '../../db/repositories/history.repository.ts';
import { enqueueNotices } from '../../db/repositories/notice.repository.ts';
import { SYSTEM_ACTOR } from '../../domain/actor.ts';
import { LEAD_EXPIRY_DAYS, quoteReminderDueNow } from '../../domain/schedule.ts';
import { day, msg } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import { creditorRecipient, lockLeadById, nextStepMessage } from '../leads/lead-steps.ts';
import { done, type ScheduledContext, type ScheduledOutcome, skipped } from './scheduled-outcome.ts';

/**
 * Reminds the creditor to select a quote, 7 and 14 days after quote collection ended without a winner.
 * Locks the case, then the lead (the order every lead writer uses), and re-checks: a winner, a pullback
 * or an expiry meanwhile sends nothing; reminders_sent and the dedupe key send each reminder once.
 */
export async function remindQuoteSelection(ctx: ScheduledContext, leadId: number): Promise<ScheduledOutcome> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await lockLeadById(trx, leadId);
    if (!locked) return skipped(`lead ${leadId} does not exist`);
    const { c, lead } = locked;
    if (lead.status !== 'qualified' || !lead.quotesReadyAt) {
      return skipped(`lead ${leadId} no longer waits for a selection`);
    }
    const readyAt = lead.quotesReadyAt;
    const number = quoteReminderDueNow(readyAt, lead.remindersSent, now);
    if (number === null) return skipped(`no reminder for lead ${leadId} is due`);

    const quotes = await trx
      .selectFrom('quotes')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('lead_id', '=', leadId)
      .where('status', '=', 'sent')
      .executeTakeFirstOrThrow();
    const count = Number(quotes.n);
    const last = number === 2;
    const recipient = await creditorRecipient(trx, c);
    const reminder = noticeText(
      msg('lead.reminder', {
        caseId: String(c.id),
        count,
        since: day(readyAt),
        next: nextStepMessage(recipient, c.id, msg('lead.reminder.next', { caseId: String(c.id) })),
        last: last ? 'yes' : 'no',
        days: LEAD_EXPIRY_DAYS,
      }),
    );

    await trx.updateTable('leads').set({ reminders_sent: number }).where('id', '=', leadId).execute();
    await enqueueNotices(trx, [
      {
        recipient,
        kind: 'lead.reminder',
        caseId: c.id,
        payload: { ...reminder, leadId, reminder: number, quoteCount: count },
        dedupeKey: `quote-reminder:${leadId}:${number}`,
        at: now,
      },
    ]);
    await appendHistory(trx, {
      caseId: c.id,
      actor: SYSTEM_ACTOR,
      channel: 'system',
      action: 'lead.reminder_sent',
      details: { leadId, reminder: number },
      at: now,
    });
    return done(`reminder ${number} for lead ${leadId}`);
  });
}
