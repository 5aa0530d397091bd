import { endAssignment, updateCase } from '../../db/repositories/case.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import { enqueueNotices } from '../../db/repositories/notice.repository.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { msg, num, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { UseCaseContext } from '../context.ts';
import { openLead } from '../leads/open-lead.ts';
import type { ActionResult, Plan } from '../plan.ts';
import { creditorRecipient, loadForPartnerAction } from './case-access.ts';

/** Who the creditor side is, as the catalogue's select says it. */
const whoOf = (creditor: { shadowOfPartnerId: number | null }) =>
  creditor.shadowOfPartnerId !== null ? 'managing' : 'creditor';

export interface OfferCustomTermsInput {
  caseId: number;
  /** The success fee the partner proposes instead of the standard one, in percent. */
  successFeePct?: number | null;
  terms?: string | null;
}

function validFee(caseId: number, pct: number | null | undefined): number {
  if (pct === undefined || pct === null) {
    throw new DomainError(
      'invalid_input',
      `Which success fee do you propose for case ${caseId}? Say e.g. "offer 25% on case ${caseId}".`,
      { missing: ['successFeePct'] },
      sentence('chat4.terms.ask_fee', { caseId: String(caseId) }),
    );
  }
  if (!Number.isFinite(pct) || pct <= 0 || pct > 100) {
    throw new DomainError(
      'invalid_input',
      `A success fee of ${pct}% is not possible; give a percentage above 0 and at most 100.`,
      {},
      // As typed (NaN, 120): not a number to format for the reader.
      sentence('chat4.terms.bad_fee', { pct: String(pct) }),
    );
  }
  return pct;
}

export async function checkOfferCustomTerms(
  ctx: UseCaseContext,
  input: OfferCustomTermsInput,
): Promise<Plan> {
  const { case: c, creditor } = await loadForPartnerAction(
    ctx.db,
    ctx.actor,
    input.caseId,
    'offer_terms',
    ctx.clock.now(),
    { exclusiveOnly: 'offer custom terms on' },
  );
  const pct = validFee(c.id, input.successFeePct);
  const terms = input.terms?.trim() ?? '';
  return {
    summary: say('chat4.terms.plan', {
      caseId: String(c.id),
      pct: num(pct),
      hasTerms: terms ? 'yes' : 'no',
      terms,
    }),
    effects: [say('chat4.terms.effect.lead'), say('chat4.terms.effect.told', { who: whoOf(creditor) })],
  };
}

/** Instead of the standard price, the partner quotes its own: the case is converted into a lead. */
export async function offerCustomTerms(
  ctx: UseCaseContext,
  input: OfferCustomTermsInput,
): Promise<ActionResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const {
      case: c,
      partner,
      creditor,
    } = await loadForPartnerAction(trx, ctx.actor, input.caseId, 'offer_terms', now, {
      lock: trx,
      exclusiveOnly: 'offer custom terms on',
    });
    const pct = validFee(c.id, input.successFeePct);
    const terms = input.terms?.trim() || undefined;
    // The standard holding ends without work starting; the partner stays in the running through its quote.
    await endAssignment(trx, c.id, 'case_never_started', now);
    await updateCase(trx, c.id, { status: 'collecting_quotes', assignedPartnerId: null }, now);
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'case.offer_terms',
      fromStatus: c.status,
      toStatus: 'collecting_quotes',
      details: { partnerId: partner.id, successFeePct: pct, terms: terms ?? null },
      at: now,
    });
    const lead = await openLead(trx, {
      caseId: c.id,
      origin: 'custom_terms',
      excludedPartnerIds: [], // openLead keeps out earlier decliners itself
      customQuote: { partnerId: partner.id, successFeePct: pct, terms, submittedByUserId: ctx.actor.userId },
      at: now,
      ...ctx.leadSettings,
      actor: ctx.actor,
      channel: ctx.channel,
    });
    await enqueueNotices(trx, [
      {
        recipient: creditorRecipient(c, creditor),
        kind: 'case.custom_terms_offered',
        caseId: c.id,
        payload: {
          ...noticeText(
            msg('notices3.custom_terms_offered', {
              partnerName: partner.name,
              caseId: String(c.id),
              debtorName: c.debtorName,
              pct: num(pct),
              hasTerms: terms ? 'yes' : 'no',
              terms: terms ?? '',
            }),
          ),
          leadId: lead.leadId,
          successFeePct: pct,
        },
        at: now,
      },
    ]);
    return {
      caseId: c.id,
      status: 'collecting_quotes' as const,
      summary: say('chat4.terms.done', {
        pct: num(pct),
        leadId: String(lead.leadId),
        caseId: String(c.id),
        who: whoOf(creditor),
      }),
    };
  });
}
