import { appendHistory } from '../../db/repositories/history.repository.ts';
import { enqueueNotices } from '../../db/repositories/notice.repository.ts';
import { insertPayment, totalPaid } from '../../db/repositories/payment.repository.ts';
import type { Case } from '../../domain/case.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import {
  formatMoney,
  fromCents,
  MAX_AMOUNT_CENTS,
  resolveKrone,
  toCents,
  toStorableCents,
} from '../../domain/money.ts';
import { money, msg, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { UseCaseContext } from '../context.ts';
import type { ActionResult, Plan } from '../plan.ts';
import { creditorRecipient, loadForPartnerAction } from './case-access.ts';

export interface RegisterPaymentInput {
  caseId: number;
  amount: number | string;
  /** Defaults to the case's currency; a different one is refused rather than converted. */
  currency?: string | null;
  /** "500 kr" with no country: the case's krone (`kroneOf`), or the question which currency it is. */
  currencyHint?: 'kr' | null;
  receivedOn?: Date | null;
}

/**
 * "500 kr" on a case in Danish, Swedish, Norwegian or Icelandic krone is that krone (resolveKrone in
 * src/domain/money.ts); on a case in any other currency it is asked, never guessed.
 */
function kroneOf(c: Case, hint: 'kr' | null | undefined): string | null {
  if (hint !== 'kr') return null;
  return resolveKrone(c.currency, c.id);
}

/** The amount as a decimal string in the case's currency, or a refusal. */
export function decideAmount(
  c: Case,
  input: Pick<RegisterPaymentInput, 'amount' | 'currency' | 'currencyHint'>,
): { amount: string; currency: string } {
  const cents = toStorableCents(input.amount);
  if (cents === 0n)
    throw new DomainError('invalid_input', 'A payment must be more than zero.', {}, sentence('payment.zero'));
  // The case's running total is an amount column too.
  if (toCents(c.paidTotal) + cents > MAX_AMOUNT_CENTS) {
    throw new DomainError(
      'invalid_input',
      `That payment would take the total paid on case ${c.id} past ${formatMoney(fromCents(MAX_AMOUNT_CENTS), c.currency)}, the most a case can record. Check the amount.`,
    );
  }
  const currency = input.currency?.trim().toUpperCase() || kroneOf(c, input.currencyHint) || c.currency;
  if (currency !== c.currency) {
    throw new DomainError(
      'invalid_input',
      `Case ${c.id} is in ${c.currency}, so register the payment in ${c.currency} (convert the ${currency} amount first).`,
      {},
      sentence('payment.currency', { caseId: String(c.id), caseCurrency: c.currency, currency }),
    );
  }
  return { amount: fromCents(cents), currency };
}

export async function checkRegisterPayment(ctx: UseCaseContext, input: RegisterPaymentInput): Promise<Plan> {
  const { case: c } = await loadForPartnerAction(
    ctx.db,
    ctx.actor,
    input.caseId,
    'register_payment',
    ctx.clock.now(),
  );
  const { amount, currency } = decideAmount(c, input);
  return {
    summary: say('payment.plan', {
      amount: money(amount, currency),
      caseId: String(c.id),
      debtorName: c.debtorName,
    }),
    effects: [say('payment.plan.effect')],
  };
}

/** A payment received from the debtor; closing as paid/partially paid needs one first. */
export async function registerPayment(
  ctx: UseCaseContext,
  input: RegisterPaymentInput,
): Promise<ActionResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const {
      case: c,
      partner,
      creditor,
    } = await loadForPartnerAction(trx, ctx.actor, input.caseId, 'register_payment', now, { lock: trx });
    const { amount, currency } = decideAmount(c, input);
    const paymentId = await insertPayment(trx, {
      caseId: c.id,
      amount,
      currency,
      registeredByUserId: ctx.actor.userId,
      receivedOn: input.receivedOn ?? now,
      at: now,
    });
    const total = await totalPaid(trx, c.id);
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'payment.register',
      fromStatus: c.status,
      toStatus: c.status,
      details: { paymentId, amount, currency, totalPaid: total },
      at: now,
    });
    await enqueueNotices(trx, [
      {
        recipient: creditorRecipient(c, creditor),
        kind: 'case.payment_registered',
        caseId: c.id,
        payload: {
          ...noticeText(
            msg('notices3.payment_registered', {
              partnerName: partner.name,
              amount: money(amount, currency),
              caseId: String(c.id),
              debtorName: c.debtorName,
              total: money(total, currency),
            }),
          ),
          amount,
          currency,
          totalPaid: total,
        },
        at: now,
      },
    ]);
    return {
      caseId: c.id,
      status: c.status,
      summary: say('payment.done', {
        amount: money(amount, currency),
        caseId: String(c.id),
        total: money(total, currency),
      }),
    };
  });
}
