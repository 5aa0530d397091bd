import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { toCase } from '../../db/repositories/case.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import { loadRoutingPartners } from '../../db/repositories/routing.repository.ts';
import type { Actor } from '../../domain/actor.ts';
import type { Partner } from '../../domain/case.ts';
import { DomainError, type SentenceSpec, sentence } from '../../domain/errors.ts';
import {
  DEFAULT_FEE_TABLE,
  type FeeTable,
  type SuccessFee,
  successFeeWithSentence,
} from '../../domain/fees.ts';
import type { Channel } from '../../domain/ids.ts';
import { assertSdcaSigned } from '../../domain/sdca.ts';
import {
  requiredDocuments,
  type SubmitCaseInput,
  type ValidSubmission,
  validateSubmission,
} from '../../domain/submission.ts';
import { type MessageSpec, money, nested, num, say } from '../../i18n/messages.ts';
import type { UseCaseContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { decideRouting, type RoutedTo, routeLockedCase } from './route-case.ts';

export type { SubmitCaseInput } from '../../domain/submission.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface SubmitCaseOptions {
  /** The SDCA's fee table; DEFAULT_FEE_TABLE unless the caller knows better. */
  feeTable?: FeeTable;
}

export interface SubmitCaseResult {
  summary: string;
  caseId: number;
  status: 'pending_verification' | 'collecting_quotes';
  shadowClientId: number;
  successFee: SuccessFee;
  routedTo: RoutedTo;
}

async function prepare(
  db: Db,
  ctx: { actor: Actor; channel: Channel },
  input: SubmitCaseInput,
  at: Date,
  feeTable: FeeTable,
): Promise<{ partner: Partner; valid: ValidSubmission; fee: SuccessFee; feeSaid: SentenceSpec }> {
  if (ctx.actor.role !== 'partner' || ctx.actor.partnerId === null) {
    // validateSubmission says the same; checked first so nothing is loaded for a non-partner.
    validateSubmission(input, { ...ctx, coverage: [] });
  }
  const partner = await findPartner(db, ctx.actor.partnerId as number);
  if (!partner)
    throw new DomainError(
      'forbidden',
      'Your partner organisation is not known to the platform.',
      {},
      sentence('refusals4.partner_unknown'),
    );
  assertSdcaSigned(partner, at);
  const own = (await loadRoutingPartners(db)).find((p) => p.id === partner.id);
  const valid = validateSubmission(input, { ...ctx, coverage: own?.coverage ?? [] });
  const { fee, explained } = successFeeWithSentence(
    { principalUsd: valid.principalUsd, debtorCountry: valid.debtor.country, debtDate: valid.debtDate },
    at,
    feeTable,
  );
  return { partner, valid, fee, feeSaid: explained };
}

/** The success fee a submission would carry, shown before submitting (domain.md: "shown before submit"). */
export async function quoteSubmissionFee(
  ctx: UseCaseContext,
  input: SubmitCaseInput,
  opts: SubmitCaseOptions = {},
): Promise<SuccessFee> {
  return (await prepare(ctx.db, ctx, input, ctx.clock.now(), opts.feeTable ?? DEFAULT_FEE_TABLE)).fee;
}

/** A typed amount for a message (a number with its two decimals, as the money module reads it). */
const amountOf = (amount: number, currency: string) => money(amount.toFixed(2), currency);

/** Every rule checked, the success fee and where the case would go, without writing anything. */
export async function checkSubmitCase(
  ctx: UseCaseContext,
  input: SubmitCaseInput,
  opts: SubmitCaseOptions = {},
): Promise<Plan & { successFee: SuccessFee }> {
  const at = ctx.clock.now();
  const { partner, valid, fee, feeSaid } = await prepare(
    ctx.db,
    ctx,
    input,
    at,
    opts.feeTable ?? DEFAULT_FEE_TABLE,
  );
  const preview = await decideRouting(
    ctx.db,
    {
      id: 0,
      creditorId: -1, // a new shadow client has no overrides yet
      debtorName: valid.debtor.name,
      debtorType: valid.debtor.type,
      debtorCountry: valid.debtor.country,
      debtorRegion: valid.debtor.region,
      claimType: valid.claimType,
      principal: String(valid.principal),
      currency: valid.currency,
      principalUsd: String(valid.principalUsd),
      disputed: false,
      debtDate: valid.debtDate,
      documentName: valid.documentName,
      description: valid.description,
      status: 'pending_verification',
      assignedPartnerId: null,
      managingPartnerId: partner.id,
      commissionRate: '0.2',
      successFeePct: null,
      collectionPeriodStartsAt: null,
      collectionPeriodEndsAt: null,
      paidTotal: '0.00',
      closeCode: null,
      closeComment: null,
      closedAt: null,
      statusChangedAt: at,
      createdAt: at,
    },
    [partner.id],
  );
  return {
    summary: say('refusals4.submit.plan', {
      claimType: valid.claimType,
      amount: amountOf(valid.principal, valid.currency),
      debtorName: valid.debtor.name,
      country: valid.debtor.country,
      clientName: valid.client.name,
      pct: num(fee.pct),
    }),
    effects: [
      say('refusals4.submit.plan.fee', {
        pct: num(fee.pct),
        explained: nested(feeSaid as MessageSpec),
      }),
      say('refusals4.submit.plan.documents', { need: requiredDocuments(valid.principalUsd) }),
      preview.decision.kind === 'exclusive'
        ? say('refusals4.submit.plan.exclusive', {
            partnerName: preview.partnerName(preview.decision.partnerId),
          })
        : say('refusals4.submit.plan.network'),
      say('refusals4.submit.plan.client', { clientName: valid.client.name }),
    ],
    successFee: fee,
  };
}

/**
 * A managing partner submits a case for its client: a shadow client (name and country only; reused when
 * the partner already submitted for the same company), the case with its success fee, and routing
 * (overrides → matching rules → legal-network lead), never back to the submitting partner.
 */
export async function submitCase(
  ctx: UseCaseContext,
  input: SubmitCaseInput,
  opts: SubmitCaseOptions = {},
): Promise<SubmitCaseResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const at = ctx.clock.now();
    const { partner, valid, fee } = await prepare(trx, ctx, input, at, opts.feeTable ?? DEFAULT_FEE_TABLE);

    const existing = await trx
      .selectFrom('creditors')
      .select('id')
      .where('shadow_of_partner_id', '=', partner.id)
      .where('country', '=', valid.client.country)
      .where((eb) => eb(eb.fn('lower', ['name']), '=', valid.client.name.toLowerCase()))
      .forUpdate()
      .executeTakeFirst();
    const shadowClientId =
      existing?.id ??
      (
        await trx
          .insertInto('creditors')
          .values({
            name: valid.client.name,
            country: valid.client.country,
            shadow_of_partner_id: partner.id,
            created_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;

    const row = await trx
      .insertInto('cases')
      .values({
        creditor_id: shadowClientId,
        debtor_name: valid.debtor.name,
        debtor_type: valid.debtor.type,
        debtor_country: valid.debtor.country,
        debtor_region: valid.debtor.region,
        claim_type: valid.claimType,
        principal: valid.principal,
        currency: valid.currency,
        principal_usd: valid.principalUsd,
        disputed: false,
        debt_date: valid.debtDate,
        document_name: valid.documentName,
        description: valid.description,
        status: 'pending_verification',
        assigned_partner_id: null,
        managing_partner_id: partner.id,
        success_fee_pct: fee.pct,
        close_code: null,
        close_comment: null,
        status_changed_at: at,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const c = toCase(row);
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'case.submit',
      toStatus: 'pending_verification',
      details: {
        managingPartnerId: partner.id,
        shadowClientId,
        successFeePct: fee.pct,
        feeExplanation: fee.explanation,
        claimType: valid.claimType,
        principalUsd: valid.principalUsd,
      },
      at,
    });
    const routedTo = await routeLockedCase(trx, {
      c,
      excludedPartnerIds: [partner.id],
      at,
      actor: ctx.actor,
      channel: ctx.channel,
      submittedBy: { partnerName: partner.name, clientName: valid.client.name },
      leadSettings: ctx.leadSettings,
    });
    return {
      caseId: c.id,
      status:
        routedTo.kind === 'exclusive' ? ('pending_verification' as const) : ('collecting_quotes' as const),
      shadowClientId,
      successFee: fee,
      routedTo,
      summary: say('refusals4.submit.done', {
        caseId: String(c.id),
        clientName: valid.client.name,
        pct: num(fee.pct),
        exclusive: routedTo.kind === 'exclusive' ? 'yes' : 'no',
        partnerName: routedTo.kind === 'exclusive' ? routedTo.partnerName : '',
      }),
    };
  });
}
