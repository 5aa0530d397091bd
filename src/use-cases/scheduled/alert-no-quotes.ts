import { appendHistory } from '../../db/repositories/history.repository.ts';
import { enqueueNotices } from '../../db/repositories/notice.repository.ts';
import { SYSTEM_ACTOR } from '../../domain/actor.ts';
import { NO_QUOTE_ALERT_BUSINESS_DAYS, noQuoteAlertDueAt } from '../../domain/schedule.ts';
import { lockMark, saveMark } from './scheduled-mark.repository.ts';
import {
  done,
  formatUtcDay,
  type ScheduledContext,
  type ScheduledOutcome,
  skipped,
} from './scheduled-outcome.ts';

/**
 * A declined case whose lead has had no quote for 5 business days: support is asked to follow up with
 * the creditor (the articles tell creditors to contact support then). Once per lead.
 */
export async function alertNoQuotes(ctx: ScheduledContext, leadId: number): Promise<ScheduledOutcome> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const ref = await trx.selectFrom('leads').select('case_id').where('id', '=', leadId).executeTakeFirst();
    if (!ref) return skipped(`lead ${leadId} does not exist`);
    const c = await trx
      .selectFrom('cases')
      .innerJoin('creditors', 'creditors.id', 'cases.creditor_id')
      .select(['cases.id', 'creditors.name as creditor_name'])
      .where('cases.id', '=', ref.case_id)
      .forUpdate('cases')
      .executeTakeFirstOrThrow();
    const lead = await trx
      .selectFrom('leads')
      .select(['id', 'origin', 'status', 'outcome', 'created_at'])
      .where('id', '=', leadId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (lead.origin !== 'decline') return skipped(`lead ${leadId} was not opened by a decline`);
    if (lead.status === 'closed' && lead.outcome !== 'declined_options') {
      return skipped(`lead ${leadId} is closed (${lead.outcome})`);
    }
    const declinedAt = new Date(lead.created_at);
    if (noQuoteAlertDueAt(declinedAt) > now) return skipped(`lead ${leadId} is younger than 5 business days`);
    const quote = await trx
      .selectFrom('quotes')
      .select('id')
      .where('lead_id', '=', leadId)
      .executeTakeFirst();
    if (quote) return skipped(`lead ${leadId} has a quote`);
    if (await lockMark(trx, 'no_quote_alert', leadId))
      return skipped(`support was already alerted about lead ${leadId}`);

    await saveMark(trx, 'no_quote_alert', leadId, {
      anchor: declinedAt,
      firedCount: 1,
      lastFiredAt: now,
      nextDueAt: null,
    });
    await enqueueNotices(trx, [
      {
        recipient: { type: 'channel', channel: 'support' },
        kind: 'lead.no_quote_alert',
        caseId: c.id,
        payload: {
          text:
            `Case ${c.id} (${c.creditor_name}) was declined on ${formatUtcDay(declinedAt)} and has had no quote ` +
            `in ${NO_QUOTE_ALERT_BUSINESS_DAYS} business days (lead ${leadId}). Please follow up with the creditor.`,
          leadId,
        },
        dedupeKey: `no-quote-alert:${leadId}`,
        at: now,
      },
    ]);
    await appendHistory(trx, {
      caseId: c.id,
      actor: SYSTEM_ACTOR,
      channel: 'system',
      action: 'lead.no_quote_alert',
      details: { leadId },
      at: now,
    });
    return done(`support alerted about lead ${leadId}`);
  });
}
