import { updateCase } from '../../db/repositories/case.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import { insertInfoRequest } from '../../db/repositories/info-request.repository.ts';
import { enqueueNotices } from '../../db/repositories/notice.repository.ts';
import { asSentence } from '../../domain/text.ts';
import { msg, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { UseCaseContext } from '../context.ts';
import type { ActionResult, Plan } from '../plan.ts';
import { creditorRecipient, loadForPartnerAction } from './case-access.ts';

const whoWord = (creditor: { shadowOfPartnerId: number | null }) =>
  creditor.shadowOfPartnerId !== null ? 'managing' : 'creditor';

export interface RequestInfoInput {
  caseId: number;
  /** What the partner needs; a general request when absent. */
  question?: string | null;
}

const DEFAULT_QUESTION = 'Please add the missing details and documents for this case.';

export async function checkRequestInfo(ctx: UseCaseContext, input: RequestInfoInput): Promise<Plan> {
  const { case: c, creditor } = await loadForPartnerAction(
    ctx.db,
    ctx.actor,
    input.caseId,
    'request_info',
    ctx.clock.now(),
    { exclusiveOnly: 'verify' },
  );
  const question = input.question?.trim() || DEFAULT_QUESTION;
  return {
    summary: say('info.plan', { who: whoWord(creditor), caseId: String(c.id), question }),
    effects: [say('info.plan.effect')],
  };
}

/** The partner needs more before it can verify: the creditor (or managing partner) is asked. */
export async function requestInfo(ctx: UseCaseContext, input: RequestInfoInput): Promise<ActionResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const {
      case: c,
      partner,
      creditor,
    } = await loadForPartnerAction(trx, ctx.actor, input.caseId, 'request_info', now, {
      lock: trx,
      exclusiveOnly: 'verify',
    });
    const question = input.question?.trim() || DEFAULT_QUESTION;
    const requestId = await insertInfoRequest(trx, {
      caseId: c.id,
      requestedByUserId: ctx.actor.userId,
      question,
      at: now,
    });
    await updateCase(trx, c.id, { status: 'needs_additional_details' }, now);
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'case.request_info',
      fromStatus: c.status,
      toStatus: 'needs_additional_details',
      details: { infoRequestId: requestId, question },
      at: now,
    });
    await enqueueNotices(trx, [
      {
        recipient: creditorRecipient(c, creditor),
        kind: 'case.info_requested',
        caseId: c.id,
        payload: {
          ...noticeText(
            msg('notice.info_requested', {
              partnerName: partner.name,
              caseId: String(c.id),
              debtorName: c.debtorName,
              question: asSentence(question),
            }),
          ),
          question,
          infoRequestId: requestId,
        },
        at: now,
      },
    ]);
    return {
      caseId: c.id,
      status: 'needs_additional_details' as const,
      summary: say('info.done', { caseId: String(c.id), who: whoWord(creditor), question }),
    };
  });
}
