import { endAssignmentWrite, updateCaseWrite } from '../../db/repositories/case.repository.ts';
import { appendHistory, appendHistoryWrite } from '../../db/repositories/history.repository.ts';
import { enqueueNoticesWrite, type NewNotice } from '../../db/repositories/notice.repository.ts';
import { insertPayment, insertPayoutWrite } from '../../db/repositories/payment.repository.ts';
import { writeLast } from '../../db/write-together.ts';
import { closeCodeLabel, decideClose, needsPayment } from '../../domain/close-codes.ts';
import { CLOSE_CODE_INFO, type CloseCode } from '../../domain/ids.ts';
import { fromCents, splitPayout, toCents } from '../../domain/money.ts';
import { asSentence } from '../../domain/text.ts';
import { type MessageKey, money, msg, num, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { UseCaseContext } from '../context.ts';
import type { ActionResult, Plan } from '../plan.ts';
import { creditorRecipient, loadForPartnerAction } from './case-access.ts';
import { decideAmount } from './register-payment.ts';

export interface CloseCaseInput {
  caseId: number;
  code: CloseCode;
  comment?: string | null;
  /** For `other`: the more specific code the platform suggested from the comment, sent to the close-code channel. */
  suggestedCode?: CloseCode | null;
  /** The user confirmed Pre-Legal Exhausted although the collection period has not ended. */
  confirmedEarlyPrelegal?: boolean;
  /**
   * A payment to register in the same transaction before closing (the close form's "amount" for Paid or
   * Partially paid), so that a refused close leaves no payment behind.
   */
  payment?: { amount: number | string; currency?: string | null; currencyHint?: 'kr' | null } | null;
}

function label(code: CloseCode): string {
  return code === 'other' ? 'Other' : closeCodeLabel(code);
}

/** `scoreImpact(code)` (the partner's own score) in the reader's language; the code's name stays English. */
function scoreSentence(code: CloseCode): string {
  return say(`cases3.score.${CLOSE_CODE_INFO[code].group}` as MessageKey, { name: label(code) });
}

const whoOf = (creditor: { shadowOfPartnerId: number | null }) =>
  creditor.shadowOfPartnerId !== null ? 'managing' : 'creditor';

export async function checkCloseCase(ctx: UseCaseContext, input: CloseCaseInput): Promise<Plan> {
  const now = ctx.clock.now();
  const { case: c, creditor } = await loadForPartnerAction(ctx.db, ctx.actor, input.caseId, 'close', now);
  // Only the success codes look at what was paid.
  const registered = needsPayment(input.code) ? c.paidTotal : '0.00';
  const payment = input.payment ? decideAmount(c, input.payment) : null;
  const paid = payment ? fromCents(toCents(registered) + toCents(payment.amount)) : registered;
  const { comment } = decideClose(c, input, toCents(paid), now);
  const effects: string[] = [];
  if (payment)
    effects.push(say('cases3.close.effect.payment', { amount: money(payment.amount, payment.currency) }));
  if (needsPayment(input.code)) {
    const split = splitPayout(paid, c.commissionRate);
    effects.push(
      say('cases3.close.effect.payout', {
        total: money(split.total, c.currency),
        creditorAmount: money(split.creditorAmount, c.currency),
        partnerAmount: money(split.partnerAmount, c.currency),
        pct: num(Number(split.commissionRate) * 100),
      }),
    );
  }
  effects.push(say('cases3.close.effect.told', { who: whoOf(creditor) }));
  // "Each close code ... affects your performance score differently": said before the partner confirms.
  if (!needsPayment(input.code)) effects.push(scoreSentence(input.code));
  if (input.code === 'other' && input.suggestedCode) {
    effects.push(say('cases3.close.effect.suggestion', { code: label(input.suggestedCode) }));
  }
  const words = {
    caseId: String(c.id),
    debtorName: c.debtorName,
    code: label(input.code),
    hasComment: comment ? 'yes' : 'no',
    comment: comment ?? '',
  };
  // One confirmation names both steps (the help centre's close modal: register the payment, then close).
  return {
    summary: payment
      ? say('cases3.close.plan.payment', { ...words, amount: money(payment.amount, payment.currency) })
      : say('cases3.close.plan', words),
    effects,
  };
}

/** The partner closes a case it works: success codes need a payment and create a payout. */
export async function closeCase(ctx: UseCaseContext, input: CloseCaseInput): Promise<ActionResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const {
      case: c,
      partner,
      creditor,
    } = await loadForPartnerAction(trx, ctx.actor, input.caseId, 'close', now, {
      lock: trx,
    });
    const payment = input.payment ? decideAmount(c, input.payment) : null;
    if (payment) {
      // Checked before anything is written: a close refused for another reason leaves no payment behind.
      decideClose(c, input, toCents(c.paidTotal) + toCents(payment.amount), now);
      const paymentId = await insertPayment(trx, {
        caseId: c.id,
        amount: payment.amount,
        currency: payment.currency,
        registeredByUserId: ctx.actor.userId,
        at: now,
      });
      await appendHistory(trx, {
        caseId: c.id,
        actor: ctx.actor,
        channel: ctx.channel,
        action: 'payment.register',
        fromStatus: c.status,
        toStatus: c.status,
        details: { paymentId, amount: payment.amount, currency: payment.currency },
        at: now,
      });
    }
    // The total came with the locked row (kept by a trigger on payments), plus what was registered just now.
    const paid = !needsPayment(input.code)
      ? '0.00'
      : payment
        ? fromCents(toCents(c.paidTotal) + toCents(payment.amount))
        : c.paidTotal;
    const { comment } = decideClose(c, input, toCents(paid), now);

    const payout = needsPayment(input.code) ? splitPayout(paid, c.commissionRate) : null;
    const notices: NewNotice[] = [
      {
        recipient: creditorRecipient(c, creditor),
        kind: 'case.closed',
        caseId: c.id,
        payload: {
          // Rendered again in each reader's language at delivery (src/i18n/notice-text.ts).
          ...noticeText(
            msg('notices4.case_closed', {
              partnerName: partner.name,
              caseId: String(c.id),
              debtorName: c.debtorName,
              code: label(input.code),
              payout: payout ? 'yes' : 'no',
              total: payout ? money(payout.total, c.currency) : '',
              creditorAmount: payout ? money(payout.creditorAmount, c.currency) : '',
              hasComment: comment ? 'yes' : 'no',
              comment: comment ? asSentence(comment) : '',
            }),
          ),
          code: input.code,
          comment,
          ...(payout ? { payout } : {}),
        },
        at: now,
      },
    ];
    if (input.code === 'other' && input.suggestedCode && input.suggestedCode !== 'other') {
      notices.push({
        recipient: { type: 'channel', channel: 'close_codes' },
        kind: 'closecode.suggestion',
        caseId: c.id,
        payload: {
          ...noticeText(
            msg('notices4.closecode_suggestion', {
              caseId: String(c.id),
              partnerName: partner.name,
              comment: comment ?? '',
              code: label(input.suggestedCode),
            }),
          ),
          suggestedCode: input.suggestedCode,
          comment,
        },
        at: now,
      });
    }
    // Payout, case, assignment, history and notices in one statement: one round trip, not five.
    await writeLast(trx, [
      payout ? insertPayoutWrite(trx, { caseId: c.id, split: payout, currency: c.currency, at: now }) : null,
      updateCaseWrite(
        trx,
        c.id,
        { status: 'closed', closeCode: input.code, closeComment: comment, closedAt: now },
        now,
      ),
      endAssignmentWrite(trx, c.id, input.code, now),
      appendHistoryWrite(trx, [
        {
          caseId: c.id,
          actor: ctx.actor,
          channel: ctx.channel,
          action: 'case.close',
          fromStatus: c.status,
          toStatus: 'closed',
          details: {
            code: input.code,
            comment,
            ...(payout ? { payout } : {}),
            ...(input.suggestedCode ? { suggestedCode: input.suggestedCode } : {}),
            ...(input.confirmedEarlyPrelegal ? { confirmedEarlyPrelegal: true } : {}),
          },
          at: now,
        },
      ]),
      enqueueNoticesWrite(trx, notices),
    ]);
    return {
      caseId: c.id,
      status: 'closed' as const,
      summary: say('cases3.close.done', {
        caseId: String(c.id),
        code: label(input.code),
        payout: payout ? 'yes' : 'no',
        creditorAmount: payout ? money(payout.creditorAmount, c.currency) : '',
        partnerAmount: payout ? money(payout.partnerAmount, c.currency) : '',
        who: whoOf(creditor),
      }),
    };
  });
}
