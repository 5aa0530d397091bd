import { updateCaseWrite } from '../../db/repositories/case.repository.ts';
import { appendHistoryWrite } from '../../db/repositories/history.repository.ts';
import { enqueueNoticesWrite } from '../../db/repositories/notice.repository.ts';
import { writeLast } from '../../db/write-together.ts';
import { startCollectionPeriod } from '../../domain/collection-period.ts';
import { day, msg, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { UseCaseContext } from '../context.ts';
import type { ActionResult, Plan } from '../plan.ts';
import { creditorRecipient, loadForPartnerAction } from './case-access.ts';

export interface AcceptCaseInput {
  caseId: number;
}

export async function checkAcceptCase(ctx: UseCaseContext, input: AcceptCaseInput): Promise<Plan> {
  const now = ctx.clock.now();
  const { case: c, creditor } = await loadForPartnerAction(ctx.db, ctx.actor, input.caseId, 'accept', now, {
    exclusiveOnly: 'accept',
    reads: ctx.reads,
  });
  const period = startCollectionPeriod(now);
  const who = creditor.shadowOfPartnerId !== null ? 'managing' : 'creditor';
  return {
    summary: say('accept.plan', { caseId: String(c.id), debtorName: c.debtorName }),
    effects: [say('accept.plan.active', { day: day(period.endsAt) }), say('accept.plan.told', { who })],
  };
}

/** The assigned exclusive partner accepts: active, and the six-month collection period starts now. */
export async function acceptCase(ctx: UseCaseContext, input: AcceptCaseInput): Promise<ActionResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const {
      case: c,
      partner,
      creditor,
    } = await loadForPartnerAction(trx, ctx.actor, input.caseId, 'accept', now, {
      lock: trx,
      exclusiveOnly: 'accept',
      reads: ctx.reads,
    });
    const period = startCollectionPeriod(now);
    // The case, its history and the creditor's notice in one statement: one round trip, not three.
    await writeLast(trx, [
      updateCaseWrite(
        trx,
        c.id,
        {
          status: 'active',
          collectionPeriodStartsAt: period.startsAt,
          collectionPeriodEndsAt: period.endsAt,
        },
        now,
      ),
      appendHistoryWrite(trx, [
        {
          caseId: c.id,
          actor: ctx.actor,
          channel: ctx.channel,
          action: 'case.accept',
          fromStatus: c.status,
          toStatus: 'active',
          details: { partnerId: partner.id, collectionPeriodEndsAt: period.endsAt.toISOString() },
          at: now,
        },
      ]),
      enqueueNoticesWrite(trx, [
        {
          recipient: creditorRecipient(c, creditor),
          kind: 'case.accepted',
          caseId: c.id,
          payload: {
            ...noticeText(
              msg('notice.case_accepted', {
                partnerName: partner.name,
                caseId: String(c.id),
                debtorName: c.debtorName,
                day: day(period.endsAt),
              }),
            ),
            partnerName: partner.name,
            collectionPeriodEndsAt: period.endsAt.toISOString(),
          },
          at: now,
        },
      ]),
    ]);
    return {
      caseId: c.id,
      status: 'active' as const,
      summary: say('accept.done', {
        caseId: String(c.id),
        day: day(period.endsAt),
        who: creditor.shadowOfPartnerId !== null ? 'managing' : 'creditor',
      }),
    };
  });
}
