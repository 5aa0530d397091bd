import { findCreditor } from '../../db/repositories/creditor.repository.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import { loadRoutingPartners } from '../../db/repositories/routing.repository.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { fromCents, toCents } from '../../domain/money.ts';
import { commissionComment, type SubmitCaseInput } from '../../domain/submission.ts';
import type { UseCaseContext } from '../context.ts';

export interface CommissionCaseDraft {
  input: SubmitCaseInput;
  /** The cases whose success fee the creditor owes. */
  caseIds: number[];
  comment: string;
}

/**
 * The form of a commission case, prefilled: a creditor owes this partner its share of what was
 * recovered (the partner side of the payouts on the partner's cases for that creditor). The debtor is
 * that creditor, the amount the outstanding commission, the claim type Unpaid Invoice, and the comment
 * names the cases. The partner itself is the client ("a debt owed to you: enter your own company").
 * Nothing is written: the partner reviews the draft and submits it like any case.
 */
export async function prefillCommissionCase(
  ctx: UseCaseContext,
  input: {
    creditorId: number /** Only the fee owed on this case ("our success fee on case 1016"). */;
    caseId?: number;
  },
): Promise<CommissionCaseDraft> {
  const actor = ctx.actor;
  if (actor.role !== 'partner' || actor.partnerId === null) {
    throw new DomainError(
      'forbidden',
      'Only a collection partner can open a commission case for a fee owed to it.',
      {},
      sentence('refusals4.commission.partners_only_prefill'),
    );
  }
  const creditor = await findCreditor(ctx.db, input.creditorId);
  const partner = await findPartner(ctx.db, actor.partnerId);
  if (!creditor || !partner) {
    throw new DomainError(
      'not_found',
      `There is no creditor ${input.creditorId}. Check the creditor's id.`,
      {},
      sentence('refusals4.commission.no_creditor_id', { creditorId: String(input.creditorId) }),
    );
  }
  const owed = await ctx.db
    .selectFrom('payouts')
    .innerJoin('cases', 'cases.id', 'payouts.case_id')
    .select(['payouts.case_id', 'payouts.partner_amount', 'payouts.currency'])
    .where('cases.creditor_id', '=', creditor.id)
    .where('cases.assigned_partner_id', '=', partner.id)
    .$if(input.caseId !== undefined, (q) => q.where('payouts.case_id', '=', input.caseId as number))
    .orderBy('payouts.case_id')
    .execute();
  if (owed.length === 0) {
    throw new DomainError(
      'invalid_input',
      input.caseId !== undefined
        ? `${creditor.name} owes your organisation no success fee on case ${input.caseId} on the platform's records, so there is nothing to prefill.`
        : `${creditor.name} owes your organisation no success fee on the platform's records, so there is nothing to prefill.`,
      {},
      sentence('refusals4.commission.nothing_owed', {
        creditorName: creditor.name,
        onCase: input.caseId !== undefined ? 'yes' : 'no',
        caseId: String(input.caseId ?? ''),
      }),
    );
  }
  const currencies = [...new Set(owed.map((o) => o.currency.trim()))];
  if (currencies.length > 1) {
    throw new DomainError(
      'invalid_input',
      `The fees ${creditor.name} owes are in several currencies (${currencies.join(', ')}); submit one commission case per currency.`,
      {},
      sentence('refusals4.commission.currencies', {
        creditorName: creditor.name,
        currencies: currencies.join(', '),
      }),
    );
  }
  const total = fromCents(owed.reduce((sum, o) => sum + toCents(o.partner_amount), 0n));
  const caseIds = [...new Set(owed.map((o) => o.case_id))];
  const comment = commissionComment(caseIds);
  const own = (await loadRoutingPartners(ctx.db)).find((p) => p.id === partner.id);
  return {
    caseIds,
    comment,
    input: {
      client: { name: partner.name, country: own?.coverage[0]?.country ?? creditor.country.trim() },
      debtor: { name: creditor.name, type: 'company', country: creditor.country.trim(), region: null },
      claimType: 'unpaid_invoice',
      principal: Number(total),
      currency: currencies[0] as string,
      disputed: false,
      debtDate: ctx.clock.now().toISOString().slice(0, 10),
      description: comment,
      documentName: null,
    },
  };
}
