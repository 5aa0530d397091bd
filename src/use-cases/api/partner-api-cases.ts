import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { joinTransaction } from '../../db/join-transaction.ts';
import type { Actor } from '../../domain/actor.ts';
import { statusLabel } from '../../domain/case.ts';
import type { Clock } from '../../domain/clock.ts';
import { DomainError } from '../../domain/errors.ts';
import type { CaseStatus } from '../../domain/ids.ts';
import type { LeadSettings } from '../context.ts';
import { checkSubmitCase, type SubmitCaseInput, submitCase } from '../submissions/submit-case.ts';
import type { ApiCaller } from './api-keys.ts';

// The Collection Partner API's use cases: a submission through the API is the form's submission
// (src/use-cases/submissions/submit-case.ts, channel 'api', so the claim type is always Unpaid Invoice),
// made idempotent by the caller's Idempotency-Key; and the partner's own submitted cases, read back.

type Db = Kysely<Database> | Transaction<Database>;

export interface ApiCaseView {
  id: number;
  status: CaseStatus;
  statusLabel: string;
  claimType: string;
  client: { name: string; country: string };
  debtor: { name: string; type: string; country: string; region: string | null };
  principal: string;
  currency: string;
  principalUsd: string;
  debtDate: string;
  successFeePct: string | null;
  /** The collection partner working on the case; null while the legal network quotes on it. */
  collectionPartner: string | null;
  createdAt: string;
  statusChangedAt: string;
}

function caseQuery(db: Db, partnerId: number) {
  return db
    .selectFrom('cases')
    .innerJoin('creditors', 'creditors.id', 'cases.creditor_id')
    .leftJoin('partners as assigned', 'assigned.id', 'cases.assigned_partner_id')
    .select([
      'cases.id',
      'cases.status',
      'cases.claim_type',
      'creditors.name as client_name',
      'creditors.country as client_country',
      'cases.debtor_name',
      'cases.debtor_type',
      'cases.debtor_country',
      'cases.debtor_region',
      'cases.principal',
      'cases.currency',
      'cases.principal_usd',
      'cases.debt_date',
      'cases.success_fee_pct',
      'assigned.name as assigned_name',
      'cases.created_at',
      'cases.status_changed_at',
    ])
    .where('cases.managing_partner_id', '=', partnerId);
}

type CaseRowView = Awaited<ReturnType<ReturnType<typeof caseQuery>['executeTakeFirstOrThrow']>>;

const day = (d: Date | string) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));
const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

function toView(r: CaseRowView): ApiCaseView {
  return {
    id: r.id,
    status: r.status as CaseStatus,
    statusLabel: statusLabel(r.status as CaseStatus),
    claimType: r.claim_type,
    client: { name: r.client_name, country: r.client_country },
    debtor: { name: r.debtor_name, type: r.debtor_type, country: r.debtor_country, region: r.debtor_region },
    principal: String(r.principal),
    currency: r.currency,
    principalUsd: String(r.principal_usd),
    debtDate: day(r.debt_date as Date),
    successFeePct: r.success_fee_pct === null ? null : String(r.success_fee_pct),
    collectionPartner: r.assigned_name ?? null,
    createdAt: iso(r.created_at as Date),
    statusChangedAt: iso(r.status_changed_at as Date),
  };
}

/** A case the partner submitted (managing partner); not found for any other case, so ids reveal nothing. */
export async function getApiCase(db: Db, caller: ApiCaller, caseId: number): Promise<ApiCaseView> {
  const row =
    Number.isSafeInteger(caseId) && caseId > 0 && caseId <= 2_147_483_647
      ? await caseQuery(db, caller.partnerId).where('cases.id', '=', caseId).executeTakeFirst()
      : undefined;
  if (!row) throw new DomainError('not_found', `Your organisation submitted no case ${caseId}.`);
  return toView(row);
}

/** The partner's submitted cases, newest first; `before` continues a page (the last id seen). */
export async function listApiCases(
  db: Db,
  caller: ApiCaller,
  page: { limit: number; before?: number; status?: CaseStatus },
): Promise<{ cases: ApiCaseView[]; next: number | null }> {
  let q = caseQuery(db, caller.partnerId);
  if (page.before !== undefined) q = q.where('cases.id', '<', page.before);
  if (page.status !== undefined) q = q.where('cases.status', '=', page.status);
  const rows = await q
    .orderBy('cases.id', 'desc')
    .limit(page.limit + 1)
    .execute();
  const cases = rows.slice(0, page.limit).map(toView);
  return { cases, next: rows.length > page.limit ? (cases.at(-1)?.id ?? null) : null };
}

export interface ApiSubmitAnswer {
  status: number;
  body: Record<string, unknown>;
  /** True when this is the stored answer to an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

export interface ApiSubmitDeps {
  db: Kysely<Database>;
  clock: Clock;
  leadSettings?: LeadSettings;
}

/** The same key was used for a different request: nothing is done, the first request's case stands. */
export class IdempotencyKeyReused extends DomainError {
  constructor(readonly caseId: number | null) {
    super(
      'conflict',
      'This Idempotency-Key was already used with a different request. Use a new key for a new case, or send exactly the first request again.',
      { caseId },
    );
  }
}

async function apiActor(db: Db, caller: ApiCaller): Promise<Actor> {
  const partner = await db
    .selectFrom('partners')
    .select('name')
    .where('id', '=', caller.partnerId)
    .executeTakeFirst();
  if (!partner) throw new DomainError('forbidden', 'Your partner organisation is not known to the platform.');
  return {
    userId: 0, // no person: the partner's key (the history's channel says 'api')
    name: `${partner.name} (API key ${caller.prefix})`,
    role: 'partner',
    partnerId: caller.partnerId,
    creditorId: null,
  };
}

/**
 * What a submission would do, without writing: every rule checked, the success fee (shown before
 * submitting, as the form does) and where the case would go. The form's own preview (checkSubmitCase).
 */
export async function previewApiCase(
  deps: ApiSubmitDeps,
  caller: ApiCaller,
  input: SubmitCaseInput,
): Promise<Record<string, unknown>> {
  const actor = await apiActor(deps.db, caller);
  const plan = await checkSubmitCase(
    { db: deps.db, clock: deps.clock, actor, channel: 'api', leadSettings: deps.leadSettings },
    input,
  );
  return {
    summary: plan.summary,
    effects: plan.effects,
    successFee: { pct: plan.successFee.pct, explanation: plan.successFee.explanation },
  };
}

/**
 * Submits a case for the key's partner, in one transaction with its idempotency record: the record is
 * inserted first (a concurrent duplicate waits on the unique index, then finds the committed answer),
 * the case is written, routed, its history appended and its notices enqueued by the submission use case
 * joined to this transaction, and the answer is stored with it. A refusal rolls everything back, so a
 * retry of a refused request is checked again (and refused again, or accepted once fixed).
 */
export async function submitApiCase(
  deps: ApiSubmitDeps,
  caller: ApiCaller,
  input: SubmitCaseInput,
  idempotency?: { key: string; requestHash: string },
): Promise<ApiSubmitAnswer> {
  return deps.db.transaction().execute(async (trx) => {
    if (idempotency) {
      const claimed = await trx
        .insertInto('api_idempotency')
        .values({
          partner_id: caller.partnerId,
          idempotency_key: idempotency.key,
          request_hash: idempotency.requestHash,
          api_key_id: caller.keyId,
          created_at: deps.clock.now(),
        })
        .onConflict((oc) => oc.columns(['partner_id', 'idempotency_key']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!claimed) {
        const first = await trx
          .selectFrom('api_idempotency')
          .select(['request_hash', 'status_code', 'response', 'case_id'])
          .where('partner_id', '=', caller.partnerId)
          .where('idempotency_key', '=', idempotency.key)
          .forUpdate()
          .executeTakeFirstOrThrow();
        if (first.request_hash !== idempotency.requestHash) throw new IdempotencyKeyReused(first.case_id);
        return {
          status: first.status_code ?? 201,
          body: first.response as Record<string, unknown>,
          replayed: true,
        };
      }
    }
    const actor = await apiActor(trx, caller);
    const result = await submitCase(
      { db: joinTransaction(trx), clock: deps.clock, actor, channel: 'api', leadSettings: deps.leadSettings },
      input,
    );
    const body = {
      case: await getApiCase(trx, caller, result.caseId),
      summary: result.summary,
      successFee: { pct: result.successFee.pct, explanation: result.successFee.explanation },
      routedTo:
        result.routedTo.kind === 'exclusive'
          ? { kind: 'exclusive', collectionPartner: result.routedTo.partnerName }
          : { kind: 'legal_network' },
    };
    if (idempotency) {
      await trx
        .updateTable('api_idempotency')
        .set({ status_code: 201, response: JSON.stringify(body), case_id: result.caseId })
        .where('partner_id', '=', caller.partnerId)
        .where('idempotency_key', '=', idempotency.key)
        .execute();
    }
    return { status: 201, body, replayed: false };
  });
}

/** How long an Idempotency-Key's first answer is kept: a retry later than this makes a new case. */
export const IDEMPOTENCY_KEEP_MS = 7 * 24 * 3600_000;

/** Housekeeping (the hourly job in src/jobs/start-jobs.ts): forgets idempotency records past their keep. */
export async function forgetOldIdempotencyKeys(
  db: Kysely<Database>,
  clock: Clock,
  keepMs = IDEMPOTENCY_KEEP_MS,
): Promise<number> {
  const result = await db
    .deleteFrom('api_idempotency')
    .where('created_at', '<', new Date(clock.now().getTime() - keepMs))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
