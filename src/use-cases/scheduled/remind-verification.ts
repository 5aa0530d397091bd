import { appendHistory } from '../../db/repositories/history.repository.ts';
import { enqueueNotices } from '../../db/repositories/notice.repository.ts';
import { SYSTEM_ACTOR } from '../../domain/actor.ts';
import { verificationReminderDueAt, verificationReminderOccurrence } from '../../domain/schedule.ts';
import { money, msg } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import { lockMark, sameInstant, saveMark } from './scheduled-mark.repository.ts';
import { done, type ScheduledContext, type ScheduledOutcome, skipped } from './scheduled-outcome.ts';

/**
 * A case left in pending_verification reminds its partner after 2 business days, then every business
 * day. Re-checked under the case's row lock: a case accepted or declined meanwhile gets nothing, and
 * the occurrence number in the mark (and the notice's dedupe key) makes each reminder happen once.
 */
export async function remindVerification(ctx: ScheduledContext, caseId: number): Promise<ScheduledOutcome> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const c = await trx
      .selectFrom('cases')
      .select([
        'id',
        'status',
        'status_changed_at',
        'assigned_partner_id',
        'debtor_name',
        'principal',
        'currency',
        'debtor_country',
      ])
      .where('id', '=', caseId)
      .forUpdate()
      .executeTakeFirst();
    if (!c) return skipped(`case ${caseId} does not exist`);
    if (c.status !== 'pending_verification')
      return skipped(`case ${caseId} is no longer pending verification`);
    const pendingSince = new Date(c.status_changed_at);
    const occurrence = verificationReminderOccurrence(pendingSince, now, c.debtor_country.trim());
    if (occurrence === null) return skipped(`case ${caseId} has waited less than 2 business days`);

    const mark = await lockMark(trx, 'verification_reminder', caseId);
    if (mark && sameInstant(mark.anchor, pendingSince) && mark.firedCount >= occurrence) {
      return skipped(`today's reminder for case ${caseId} was already sent`);
    }
    await saveMark(trx, 'verification_reminder', caseId, {
      anchor: pendingSince,
      firedCount: occurrence,
      lastFiredAt: now,
      nextDueAt: verificationReminderDueAt(pendingSince, occurrence + 1, c.debtor_country.trim()),
    });
    if (c.assigned_partner_id === null) return skipped(`case ${caseId} has no assigned partner to remind`);

    const days = occurrence + 1;
    await enqueueNotices(trx, [
      {
        recipient: { type: 'partner', partnerId: c.assigned_partner_id },
        kind: 'case.verification_reminder',
        caseId,
        payload: {
          ...noticeText(
            msg('notices3.verification_reminder', {
              caseId: String(caseId),
              debtorName: c.debtor_name,
              amount: money(c.principal, c.currency),
              days: String(days),
            }),
          ),
          occurrence,
        },
        dedupeKey: `verification-reminder:${caseId}:${pendingSince.getTime()}:${occurrence}`,
        at: now,
      },
    ]);
    await appendHistory(trx, {
      caseId,
      actor: SYSTEM_ACTOR,
      channel: 'system',
      action: 'case.verification_reminder',
      details: { occurrence, businessDaysWaiting: days },
      at: now,
    });
    return done(`verification reminder ${occurrence} for case ${caseId}`);
  });
}
