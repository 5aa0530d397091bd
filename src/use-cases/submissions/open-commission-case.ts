import { joinTransaction } from '../../db/join-transaction.ts';
import { findCreditorsNamed } from '../../db/repositories/creditor.repository.ts';
import { loadRoutingPartners } from '../../db/repositories/routing.repository.ts';
import { DomainError, isDomainError, sentence } from '../../domain/errors.ts';
import { coversJurisdiction } from '../../domain/routing.ts';
import { money, say } from '../../i18n/messages.ts';
import type { UseCaseContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { type CommissionCaseDraft, prefillCommissionCase } from './prefill-commission-case.ts';
import { checkSubmitCase, submitCase } from './submit-case.ts';

// A partner opens a commission case from chat: a creditor owes it its success fee (domain.md, "Routing
// and submission"). The case is the prefilled form (debtor = that creditor, amount = the outstanding
// commission unless the partner names one, claim type Unpaid Invoice, comment naming the cases), and it
// is submitted like any case, under every submission rule; the own-jurisdiction rule is said in the
// commission's own words and points to support (domain.md, "Further decisions").

export interface OpenCommissionCaseInput {
  /** The creditor as named in chat: its name (or the start of it) or its id. */
  creditor?: string | null;
  /** The amount the partner names; the outstanding commission on the platform's records otherwise. */
  amount?: number | null;
  currency?: string | null;
  /** Only the fee owed on this case. */
  caseId?: number | null;
}

interface Draft {
  draft: CommissionCaseDraft;
  creditorName: string;
}

async function draftFor(ctx: UseCaseContext, input: OpenCommissionCaseInput): Promise<Draft> {
  const actor = ctx.actor;
  if (actor.role !== 'partner' || actor.partnerId === null) {
    throw new DomainError(
      'forbidden',
      'Only a collection partner can open a commission case, for a success fee a creditor owes it.',
      {},
      sentence('refusals4.commission.partners_only'),
    );
  }
  const said = input.creditor?.trim() ?? '';
  if (!said) {
    throw new DomainError(
      'invalid_input',
      'Which creditor owes you the success fee? Say for example "open a commission case against Acme ApS".',
      {},
      sentence('refusals4.commission.which'),
    );
  }
  const found = (await findCreditorsNamed(ctx.db, said)).filter((c) => !c.shadow);
  if (found.length === 0) {
    throw new DomainError(
      'not_found',
      `There is no creditor called "${said}" on the platform. Check the name.`,
      {},
      sentence('refusals4.commission.no_creditor', { said }),
    );
  }
  if (found.length > 1) {
    throw new DomainError(
      'invalid_input',
      `Several creditors' names start with "${said}": ${found.map((c) => c.name).join(', ')}. Which one owes you the fee?`,
      {},
      sentence('refusals4.commission.several', { said, names: found.map((c) => c.name).join(', ') }),
    );
  }
  const creditor = found[0] as (typeof found)[number];
  const draft = await prefillCommissionCase(ctx, {
    creditorId: creditor.id,
    ...(input.caseId ? { caseId: input.caseId } : {}),
  });
  if (input.amount !== undefined && input.amount !== null) {
    draft.input.principal = input.amount;
    if (input.currency) draft.input.currency = input.currency.trim().toUpperCase();
  }

  // The own-jurisdiction rule, as every submission has it, in the commission's words.
  const own = (await loadRoutingPartners(ctx.db)).find((p) => p.id === actor.partnerId);
  if (own && coversJurisdiction(own.coverage, draft.input.debtor.country, null)) {
    throw new DomainError(
      'invalid_input',
      `${creditor.name} is in ${draft.input.debtor.country}, a jurisdiction your organisation covers itself, so a commission case against it would be routed back to you: ` +
        'commission cases follow the same own-jurisdiction rule as every submission. Contact Debitura support about collecting the fee.',
      { rule: 'own_jurisdiction' },
      sentence('refusals4.commission.own_jurisdiction', {
        creditorName: creditor.name,
        country: draft.input.debtor.country,
      }),
    );
  }

  // The same fee twice is not two claims: a second request names the case already open.
  const open = await ctx.db
    .selectFrom('cases')
    .select(['id', 'status'])
    .where('managing_partner_id', '=', actor.partnerId)
    .where('debtor_name', '=', creditor.name)
    .where('description', '=', draft.comment)
    .where('status', '<>', 'closed')
    .orderBy('id')
    .executeTakeFirst();
  if (open) {
    throw new DomainError(
      'already_done',
      `You already opened commission case ${open.id} against ${creditor.name} for this fee. Say "status ${open.id}" to follow it.`,
      { caseId: open.id },
      sentence('refusals4.commission.already', { caseId: String(open.id), creditorName: creditor.name }),
    );
  }
  return { draft, creditorName: creditor.name };
}

/** A typed amount for a message (a number with its two decimals, as the money module reads it). */
const amountOf = (amount: number, currency: string) => money(amount.toFixed(2), currency);

/** The form's document rule over 10,000 USD needs a file, which a chat message cannot carry. */
function withFileHint(error: unknown): never {
  if (isDomainError(error) && error.details.requirement === 'file') {
    throw new DomainError(
      error.code,
      `${error.message} Open the submission form ("submit a case") to attach it; the commission comment goes in the description.`,
      error.details,
      error.said ? sentence('refusals4.commission.file_hint', { refusal: { msg: error.said } }) : undefined,
    );
  }
  throw error;
}

export async function checkOpenCommissionCase(
  ctx: UseCaseContext,
  input: OpenCommissionCaseInput,
): Promise<Plan> {
  const { draft, creditorName } = await draftFor(ctx, input);
  const plan = await checkSubmitCase(ctx, draft.input).catch(withFileHint);
  const d = draft.input;
  return {
    summary: say('refusals4.commission.plan', {
      creditorName,
      amount: amountOf(d.principal, d.currency),
    }),
    effects: [
      say('refusals4.commission.plan.prefilled', {
        creditorName,
        country: d.debtor.country,
        clientName: d.client.name,
        comment: draft.comment,
      }),
      // The last effect says who is kept as the client: here the partner itself, said in the first one.
      ...plan.effects.slice(0, -1),
    ],
  };
}

export async function openCommissionCase(
  ctx: UseCaseContext,
  input: OpenCommissionCaseInput,
): Promise<{ summary: string; caseId: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    // Two people of one partner confirming the same fee at once: the second waits on the partner's row,
    // then finds the first one's case ("already opened") instead of opening a second claim.
    if (ctx.actor.partnerId !== null) {
      await trx
        .selectFrom('partners')
        .select('id')
        .where('id', '=', ctx.actor.partnerId)
        .forUpdate()
        .execute();
    }
    const inTrx = { ...ctx, db: joinTransaction(trx) };
    const { draft, creditorName } = await draftFor(inTrx, input);
    const result = await submitCase(inTrx, draft.input).catch(withFileHint);
    return {
      caseId: result.caseId,
      summary: say('refusals4.commission.done', {
        caseId: String(result.caseId),
        creditorName,
        amount: amountOf(draft.input.principal, draft.input.currency),
        submitted: result.summary,
      }),
    };
  });
}
