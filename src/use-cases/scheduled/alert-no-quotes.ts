import { listDeclines } from '../../db/repositories/decline.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import { listInvitations } from '../../db/repositories/lead.repository.ts';
import { enqueueNotices } from '../../db/repositories/notice.repository.ts';
import { SYSTEM_ACTOR } from '../../domain/actor.ts';
import { NO_QUOTE_ALERT_BUSINESS_DAYS, noQuoteAlertDueAt } from '../../domain/schedule.ts';
import { day, type MessageKey, msg, nested, plainDay } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import { creditorRecipient, lockLeadById } from '../leads/lead-steps.ts';
import { lockMark, saveMark } from './scheduled-mark.repository.ts';
import { done, type ScheduledContext, type ScheduledOutcome, skipped } from './scheduled-outcome.ts';

/**
 * A declined case whose lead has had no quote for 5 business days. The article ("Partner declined my
 * case", Escalation) tells the creditor to contact support then, with the case reference and the decline
 * reason: so the creditor is told exactly that, and support gets the same facts plus the lead's state
 * (who was invited, how they answered, when the window ends) so it can follow up without looking them
 * up. Once per lead: the mark and the dedupe keys.
 */
export async function alertNoQuotes(ctx: ScheduledContext, leadId: number): Promise<ScheduledOutcome> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    // Case, then lead: the lock order of every lead writer.
    const locked = await lockLeadById(trx, leadId);
    if (!locked) return skipped(`lead ${leadId} does not exist`);
    const { c, lead } = locked;
    if (lead.origin !== 'decline') return skipped(`lead ${leadId} was not opened by a decline`);
    if (lead.status === 'closed' && lead.outcome !== 'declined_options') {
      return skipped(`lead ${leadId} is closed (${lead.outcome})`);
    }
    const declinedAt = new Date(lead.createdAt);
    if (noQuoteAlertDueAt(declinedAt, c.debtorCountry) > now)
      return skipped(`lead ${leadId} is younger than 5 business days`);
    const quote = await trx
      .selectFrom('quotes')
      .select('id')
      .where('lead_id', '=', leadId)
      .executeTakeFirst();
    if (quote) return skipped(`lead ${leadId} has a quote`);
    if (await lockMark(trx, 'no_quote_alert', leadId))
      return skipped(`support was already alerted about lead ${leadId}`);

    const creditor = await trx
      .selectFrom('creditors')
      .select('name')
      .where('id', '=', c.creditorId)
      .executeTakeFirstOrThrow();
    // The decline that opened this lead: the latest one on the case at the time the lead was opened.
    const declines = (await listDeclines(trx, c.id)).filter((d) => d.createdAt <= lead.createdAt);
    const decline = declines.at(-1) ?? null;
    // The category's short name, as the article lists it ("Below minimum", without the gloss).
    const reason = decline?.category
      ? nested(msg(`category.${decline.category}` as MessageKey))
      : nested(msg(decline ? 'notices4.no_quote_alert.uncategorised' : 'notices4.no_quote_alert.no_decline'));
    const invitations = await listInvitations(trx, leadId);
    const declinedToQuote = invitations.filter((i) => i.status === 'declined').length;
    const waiting = invitations.filter((i) => i.status === 'invited').length;
    // The window's end with its UTC time: the day as text, a Slack date token would contradict the time.
    const window = lead.windowEndsAt
      ? nested(
          msg(lead.windowEndsAt <= now ? 'notices4.window.ended' : 'notices4.window.ends', {
            day: plainDay(lead.windowEndsAt),
            time: lead.windowEndsAt.toISOString().slice(11, 16),
          }),
        )
      : nested(msg('notices4.window.none'));
    // The lead's state in the reader's words (the English ones are the platform's labels).
    const leadState = nested(
      msg('notices4.lead_state', {
        state: lead.status === 'closed' && lead.outcome ? lead.outcome : lead.status,
      }),
    );

    await saveMark(trx, 'no_quote_alert', leadId, {
      anchor: declinedAt,
      firedCount: 1,
      lastFiredAt: now,
      nextDueAt: null,
    });
    const recipient = await creditorRecipient(trx, c);
    await enqueueNotices(trx, [
      {
        recipient: { type: 'channel', channel: 'support' },
        kind: 'lead.no_quote_alert',
        caseId: c.id,
        payload: {
          // Read in support's language when support all read one (src/delivery/notice-addresses.ts).
          ...noticeText(
            msg('notices4.no_quote_alert', {
              caseId: String(c.id),
              creditorName: creditor.name,
              debtorName: c.debtorName,
              day: plainDay(declinedAt),
              days: NO_QUOTE_ALERT_BUSINESS_DAYS,
              leadId: String(leadId),
              reason,
              hasDecline: decline ? 'yes' : 'no',
              declineReason: decline?.reason ?? '',
              leadState,
              invited: invitations.length,
              declinedToQuote,
              waiting,
              window,
            }),
          ),
          leadId,
          declineCategory: decline?.category ?? null,
          invitedPartners: invitations.length,
          declinedToQuote,
          quotes: 0,
          windowEndsAt: lead.windowEndsAt?.toISOString() ?? null,
        },
        dedupeKey: `no-quote-alert:${leadId}`,
        at: now,
      },
      {
        recipient,
        kind: 'lead.no_quote_escalation',
        caseId: c.id,
        payload: {
          ...noticeText(
            msg('lead.no_quote_escalation', {
              caseId: String(c.id),
              debtorName: c.debtorName,
              day: day(declinedAt),
              reason: decline?.category ? nested(msg(`category.${decline.category}` as MessageKey)) : 'none',
              days: NO_QUOTE_ALERT_BUSINESS_DAYS,
            }),
          ),
          leadId,
        },
        dedupeKey: `no-quote-escalation:${leadId}`,
        at: now,
      },
    ]);
    await appendHistory(trx, {
      caseId: c.id,
      actor: SYSTEM_ACTOR,
      channel: 'system',
      action: 'lead.no_quote_alert',
      details: { leadId, creditorTold: true },
      at: now,
    });
    return done(`support alerted and creditor told about lead ${leadId}`);
  });
}
