import { endAssignment, updateCase } from '../../db/repositories/case.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import { enqueueNotices, type NewNotice } from '../../db/repositories/notice.repository.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import type { Case } from '../../domain/case.ts';
import { isWithinCollectionPeriod } from '../../domain/collection-period.ts';
import { day, type MessageSpec, msg, renderFor, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { UseCaseContext } from '../context.ts';
import type { ActionResult, Plan } from '../plan.ts';
import { loadForCreditorAction } from './case-access.ts';

export interface WithdrawCaseInput {
  caseId: number;
  comment?: string | null;
}

/** The standard message of the articles, to the partner, when a client withdraws within the period. */
export function pauseNotice(c: Pick<Case, 'id' | 'debtorName'>): MessageSpec {
  return msg('notices3.withdrawal_paused', { caseId: String(c.id), debtorName: c.debtorName });
}

export function stopNotice(c: Pick<Case, 'id' | 'debtorName' | 'collectionPeriodEndsAt'>): MessageSpec {
  return msg('notices3.withdrawal_stop', {
    caseId: String(c.id),
    debtorName: c.debtorName,
    after: c.collectionPeriodEndsAt ? 'yes' : 'no',
  });
}

export function pauseMessage(c: Pick<Case, 'id' | 'debtorName'>): string {
  return renderFor(pauseNotice(c), null);
}

export function stopMessage(c: Pick<Case, 'id' | 'debtorName' | 'collectionPeriodEndsAt'>): string {
  return renderFor(stopNotice(c), null);
}

const within = (c: Case, now: Date) =>
  c.status === 'active' &&
  isWithinCollectionPeriod({ startsAt: c.collectionPeriodStartsAt, endsAt: c.collectionPeriodEndsAt }, now);

export async function checkWithdrawCase(ctx: UseCaseContext, input: WithdrawCaseInput): Promise<Plan> {
  const now = ctx.clock.now();
  const { case: c } = await loadForCreditorAction(ctx.db, ctx.actor, input.caseId, 'withdraw');
  if (within(c, now)) {
    return {
      summary: say('withdraw.plan.within', {
        caseId: String(c.id),
        debtorName: c.debtorName,
        day: day(c.collectionPeriodEndsAt as Date),
      }),
      effects: [say('withdraw.effect.paused'), say('withdraw.effect.fee')],
    };
  }
  return {
    summary: say('withdraw.plan', { caseId: String(c.id), debtorName: c.debtorName }),
    effects: [say('withdraw.effect.closed')],
  };
}

/**
 * The creditor asks to stop. Within the collection period the case pauses (the partner's fee stands and
 * the partner closes it); after it, or before any period started, it closes at once.
 */
export async function withdrawCase(ctx: UseCaseContext, input: WithdrawCaseInput): Promise<ActionResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const { case: c } = await loadForCreditorAction(trx, ctx.actor, input.caseId, 'withdraw', { lock: trx });
    const comment = input.comment?.trim() || null;
    const partner = c.assignedPartnerId !== null ? await findPartner(trx, c.assignedPartnerId) : null;
    // Within the period the case pauses and the partner closes it; otherwise it closes here and now.
    const pause = within(c, now);
    if (pause) {
      await updateCase(trx, c.id, { status: 'paused' }, now);
    } else {
      await updateCase(
        trx,
        c.id,
        { status: 'closed', closeCode: 'withdrawn_by_client', closeComment: comment, closedAt: now },
        now,
      );
      await endAssignment(trx, c.id, 'withdrawn_by_client', now);
    }
    const toStatus = pause ? 'paused' : 'closed';
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'case.withdraw',
      fromStatus: c.status,
      toStatus,
      details: pause
        ? { withinCollectionPeriod: true, comment }
        : { withinCollectionPeriod: false, code: 'withdrawn_by_client', comment },
      at: now,
    });
    const notices: NewNotice[] = partner
      ? [
          {
            recipient: { type: 'partner', partnerId: partner.id },
            kind: pause ? 'case.withdrawal_paused' : 'case.withdrawal_stop',
            caseId: c.id,
            payload: { ...noticeText(pause ? pauseNotice(c) : stopNotice(c)), comment },
            at: now,
          },
        ]
      : [];
    await enqueueNotices(trx, notices);
    const who = { caseId: String(c.id), known: partner ? 'yes' : 'no', partnerName: partner?.name ?? '' };
    return {
      caseId: c.id,
      status: toStatus,
      summary: pause ? say('withdraw.done.paused', who) : say('withdraw.done.closed', who),
    };
  });
}
