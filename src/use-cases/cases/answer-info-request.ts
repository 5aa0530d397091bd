import { updateCase } from '../../db/repositories/case.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import {
  findOpenInfoRequest,
  answerInfoRequest as saveAnswer,
} from '../../db/repositories/info-request.repository.ts';
import { enqueueNotices } from '../../db/repositories/notice.repository.ts';
import { requireText } from '../../domain/case.ts';
import { sentence } from '../../domain/errors.ts';
import { asSentence } from '../../domain/text.ts';
import { msg, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { UseCaseContext } from '../context.ts';
import type { ActionResult, Plan } from '../plan.ts';
import { loadForCreditorAction } from './case-access.ts';

export interface AnswerInfoRequestInput {
  caseId: number;
  answer: string;
}

export async function checkAnswerInfoRequest(
  ctx: UseCaseContext,
  input: AnswerInfoRequestInput,
): Promise<Plan> {
  const { case: c } = await loadForCreditorAction(ctx.db, ctx.actor, input.caseId, 'answer_info');
  requireText(
    input.answer,
    `the information the partner asked for on case ${c.id}`,
    sentence('refusals4.give.info_answer', { caseId: String(c.id) }),
  );
  return {
    summary: say('cases3.answer.plan', { caseId: String(c.id) }),
    effects: [say('cases3.answer.effect')],
  };
}

/** The creditor (or managing partner) answers: the case returns to the partner for verification. */
export async function answerInfoRequest(
  ctx: UseCaseContext,
  input: AnswerInfoRequestInput,
): Promise<ActionResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const { case: c } = await loadForCreditorAction(trx, ctx.actor, input.caseId, 'answer_info', {
      lock: trx,
    });
    const answer = requireText(
      input.answer,
      `the information the partner asked for on case ${c.id}`,
      sentence('refusals4.give.info_answer', { caseId: String(c.id) }),
    );
    const open = await findOpenInfoRequest(trx, c.id);
    if (open) await saveAnswer(trx, { id: open.id, answer, answeredByUserId: ctx.actor.userId, at: now });
    await updateCase(trx, c.id, { status: 'pending_verification' }, now);
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'case.answer_info',
      fromStatus: c.status,
      toStatus: 'pending_verification',
      details: { infoRequestId: open?.id ?? null, answer },
      at: now,
    });
    if (c.assignedPartnerId !== null) {
      await enqueueNotices(trx, [
        {
          recipient: { type: 'partner', partnerId: c.assignedPartnerId },
          kind: 'case.info_answered',
          caseId: c.id,
          payload: {
            // Rendered again in the partner's language at delivery (src/i18n/notice-text.ts).
            ...noticeText(
              msg('notices4.info_answered', {
                caseId: String(c.id),
                debtorName: c.debtorName,
                answer: asSentence(answer),
              }),
            ),
            answer,
          },
          at: now,
        },
      ]);
    }
    return {
      caseId: c.id,
      status: 'pending_verification' as const,
      summary: say('cases3.answer.done', { caseId: String(c.id) }),
    };
  });
}
