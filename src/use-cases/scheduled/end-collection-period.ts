import { appendHistory } from '../../db/repositories/history.repository.ts';
import { enqueueNotices } from '../../db/repositories/notice.repository.ts';
import { SYSTEM_ACTOR } from '../../domain/actor.ts';
import { day as dayOf, msg, nested } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import { creditorRecipient } from '../leads/lead-steps.ts';
import { lockMark, sameInstant, saveMark } from './scheduled-mark.repository.ts';
import { done, type ScheduledContext, type ScheduledOutcome, skipped } from './scheduled-outcome.ts';

/**
 * The 6-month collection period of a running case has ended. Nothing about the case's status changes
 * (withdraw-case compares the clock with collection_period_ends_at itself); what changes is what a
 * creditor's withdrawal does, and both sides are told once.
 */
export async function endCollectionPeriod(ctx: ScheduledContext, caseId: number): Promise<ScheduledOutcome> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const c = await trx
      .selectFrom('cases')
      .select([
        'id',
        'status',
        'creditor_id',
        'assigned_partner_id',
        'managing_partner_id',
        'collection_period_ends_at',
      ])
      .where('id', '=', caseId)
      .forUpdate()
      .executeTakeFirst();
    if (!c) return skipped(`case ${caseId} does not exist`);
    if (c.status !== 'active' && c.status !== 'paused') return skipped(`case ${caseId} is not running`);
    if (!c.collection_period_ends_at) return skipped(`case ${caseId} has no collection period`);
    const endsAt = new Date(c.collection_period_ends_at);
    if (endsAt > now) return skipped(`the collection period of case ${caseId} has not ended yet`);

    const mark = await lockMark(trx, 'collection_period_end', caseId);
    if (mark && sameInstant(mark.anchor, endsAt)) return skipped(`case ${caseId} was already marked`);
    await saveMark(trx, 'collection_period_end', caseId, {
      anchor: endsAt,
      firedCount: 1,
      lastFiredAt: now,
      nextDueAt: null,
    });

    const key = `period-end:${caseId}:${endsAt.getTime()}`;
    // A shadow client has no users: its managing partner hears it, without an offer to withdraw (read-only).
    const recipient = await creditorRecipient(trx, {
      creditorId: c.creditor_id,
      managingPartnerId: c.managing_partner_id,
    });
    const next = nested(
      recipient.type === 'partner'
        ? msg('lead.managed_next_step', { caseId: String(caseId) })
        : msg('notice.period_ended.withdraw'),
    );
    await enqueueNotices(trx, [
      {
        recipient,
        kind: 'case.collection_period_ended',
        caseId,
        payload: noticeText(msg('notice.period_ended', { caseId: String(caseId), day: dayOf(endsAt), next })),
        dedupeKey: `${key}:creditor`,
        at: now,
      },
      ...(c.assigned_partner_id === null
        ? []
        : [
            {
              recipient: { type: 'partner' as const, partnerId: c.assigned_partner_id },
              kind: 'case.collection_period_ended',
              caseId,
              payload: noticeText(
                msg('notices4.period_ended_partner', { caseId: String(caseId), day: dayOf(endsAt) }),
              ),
              dedupeKey: `${key}:partner`,
              at: now,
            },
          ]),
    ]);
    await appendHistory(trx, {
      caseId,
      actor: SYSTEM_ACTOR,
      channel: 'system',
      action: 'case.collection_period_ended',
      details: { endedAt: endsAt.toISOString() },
      at: now,
    });
    return done(`collection period of case ${caseId} ended`);
  });
}
