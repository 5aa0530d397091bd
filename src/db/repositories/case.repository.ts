import { type Kysely, sql, type Transaction } from 'kysely';
import type { Case, Creditor, Partner } from '../../domain/case.ts';
import type { CaseStatus, ClaimType, CloseCode, DebtorType, PartnerType } from '../../domain/ids.ts';
import { compiledOnce } from '../compiled-once.ts';
import type { CaseRow, Database } from '../database.ts';
import { type LeadRouting, type LeadRoutingJson, leadRoutingJson, toLeadRouting } from './lead.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

export function toCase(r: CaseRow): Case {
  return {
    id: r.id,
    creditorId: r.creditor_id,
    debtorName: r.debtor_name,
    debtorType: r.debtor_type as DebtorType,
    debtorCountry: r.debtor_country,
    debtorRegion: r.debtor_region,
    claimType: r.claim_type as ClaimType,
    principal: r.principal,
    currency: r.currency,
    principalUsd: r.principal_usd,
    disputed: r.disputed,
    debtDate: r.debt_date,
    documentName: r.document_name,
    description: r.description,
    status: r.status as CaseStatus,
    assignedPartnerId: r.assigned_partner_id,
    managingPartnerId: r.managing_partner_id,
    commissionRate: r.commission_rate,
    paidTotal: r.paid_total,
    successFeePct: r.success_fee_pct,
    collectionPeriodStartsAt: r.collection_period_starts_at,
    collectionPeriodEndsAt: r.collection_period_ends_at,
    closeCode: r.close_code as CloseCode | null,
    closeComment: r.close_comment,
    closedAt: r.closed_at,
    statusChangedAt: r.status_changed_at,
    createdAt: r.created_at,
  };
}

export async function findCase(db: Db, id: number): Promise<Case | null> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toCase(row) : null;
}

/** Loads the case and holds its row lock until the transaction ends: concurrent actions queue here. */
export async function lockCase(trx: Transaction<Database>, id: number): Promise<Case | null> {
  const row = await trx.selectFrom('cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? toCase(row) : null;
}

export interface CasePatch {
  status?: CaseStatus;
  assignedPartnerId?: number | null;
  collectionPeriodStartsAt?: Date | null;
  collectionPeriodEndsAt?: Date | null;
  closeCode?: CloseCode | null;
  closeComment?: string | null;
  closedAt?: Date | null;
}

/** Writes a change; a status change also stamps status_changed_at. */
export async function updateCase(db: Db, id: number, patch: CasePatch, at: Date): Promise<void> {
  await updateCaseWrite(db, id, patch, at).execute();
}

/** The same change built but not run, for `writeTogether` (one round trip for all of an action's rows). */
export function updateCaseWrite(db: Db, id: number, patch: CasePatch, at: Date) {
  return db
    .updateTable('cases')
    .set({
      ...(patch.status !== undefined ? { status: patch.status, status_changed_at: at } : {}),
      ...(patch.assignedPartnerId !== undefined ? { assigned_partner_id: patch.assignedPartnerId } : {}),
      ...(patch.collectionPeriodStartsAt !== undefined
        ? { collection_period_starts_at: patch.collectionPeriodStartsAt }
        : {}),
      ...(patch.collectionPeriodEndsAt !== undefined
        ? { collection_period_ends_at: patch.collectionPeriodEndsAt }
        : {}),
      ...(patch.closeCode !== undefined ? { close_code: patch.closeCode } : {}),
      ...(patch.closeComment !== undefined ? { close_comment: patch.closeComment } : {}),
      ...(patch.closedAt !== undefined ? { closed_at: patch.closedAt } : {}),
    })
    .where('id', '=', id);
}

/** Ends the partner's open holding of the case with its own outcome (e.g. case_never_started on a decline). */
export async function endAssignment(db: Db, caseId: number, outcome: CloseCode, at: Date): Promise<void> {
  await endAssignmentWrite(db, caseId, outcome, at).execute();
}

/** The same, built but not run, for `writeTogether`. */
export function endAssignmentWrite(db: Db, caseId: number, outcome: CloseCode, at: Date) {
  return db
    .updateTable('case_assignments')
    .set({ ended_at: at, outcome })
    .where('case_id', '=', caseId)
    .where('ended_at', 'is', null);
}

/**
 * Whether a partner organisation had something to do with a case without holding it now: it held it
 * before, or it was invited to quote on one of its leads.
 */
export async function isPartnerInvolved(db: Db, caseId: number, partnerId: number): Promise<boolean> {
  const held = await db
    .selectFrom('case_assignments')
    .select('id')
    .where('case_id', '=', caseId)
    .where('partner_id', '=', partnerId)
    .executeTakeFirst();
  if (held) return true;
  const invited = await db
    .selectFrom('lead_invitations')
    .innerJoin('leads', 'leads.id', 'lead_invitations.lead_id')
    .select('leads.id')
    .where('leads.case_id', '=', caseId)
    .where('lead_invitations.partner_id', '=', partnerId)
    .executeTakeFirst();
  if (invited) return true;
  const quoted = await db
    .selectFrom('quotes')
    .innerJoin('leads', 'leads.id', 'quotes.lead_id')
    .select('quotes.id')
    .where('leads.case_id', '=', caseId)
    .where('quotes.partner_id', '=', partnerId)
    .executeTakeFirst();
  return Boolean(quoted);
}

/**
 * What a partner organisation is to a case besides assigned or managing: on its current lead (invited to
 * quote, or quoted), or involved before (held it, or was on an earlier lead). For the permission table.
 */
export async function partnerRelationFacts(
  db: Db,
  caseId: number,
  partnerId: number,
): Promise<{ onLead: boolean; involved: boolean }> {
  const current = await db
    .selectFrom('leads')
    .select('id')
    .where('case_id', '=', caseId)
    .orderBy((eb) => eb.case().when('status', '<>', 'closed').then(0).else(1).end())
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (current) {
    const invited = await db
      .selectFrom('lead_invitations')
      .select('lead_id')
      .where('lead_id', '=', current.id)
      .where('partner_id', '=', partnerId)
      .executeTakeFirst();
    const quoted = invited
      ? null
      : await db
          .selectFrom('quotes')
          .select('id')
          .where('lead_id', '=', current.id)
          .where('partner_id', '=', partnerId)
          .executeTakeFirst();
    if (invited || quoted) return { onLead: true, involved: true };
  }
  return { onLead: false, involved: await isPartnerInvolved(db, caseId, partnerId) };
}

export interface CaseListFilter {
  creditorId?: number;
  /** Cases assigned to this partner or submitted by it as managing partner. */
  partnerId?: number;
  status?: CaseStatus;
  limit?: number;
}

export async function listCases(db: Db, filter: CaseListFilter): Promise<Case[]> {
  let q = db.selectFrom('cases').selectAll();
  if (filter.creditorId !== undefined) q = q.where('creditor_id', '=', filter.creditorId);
  if (filter.partnerId !== undefined) {
    const partnerId = filter.partnerId;
    q = q.where((eb) =>
      eb.or([eb('assigned_partner_id', '=', partnerId), eb('managing_partner_id', '=', partnerId)]),
    );
  }
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  const rows = await q
    .orderBy('status_changed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 50)
    .execute();
  return rows.map(toCase);
}

export interface CaseWithParties {
  case: Case;
  creditor: Creditor;
  /** The acting partner organisation, when one was asked for and exists. */
  partner: Partner | null;
  /** What opening a lead for this case reads, when asked for and the creditor shares with the network. */
  leadRouting: LeadRouting | null;
}

type CaseWithPartiesShape = `${'lock' | 'read'}:${'none' | 'routing' | 'routing+decline'}`;

// The hot path of every case action: compiled once per shape (src/db/compiled-once.ts).
const caseWithPartiesQuery = compiledOnce(
  (db, a: { caseId: number; partnerId: number }, shape: CaseWithPartiesShape) => {
    const routing = shape.endsWith('none')
      ? undefined
      : { reserveDeclineId: shape.endsWith('routing+decline') };
    const q = db
      .selectFrom('cases')
      .innerJoin('creditors', 'creditors.id', 'cases.creditor_id')
      .leftJoin('partners', (j) => j.on('partners.id', '=', a.partnerId))
      .selectAll('cases')
      .select([
        'creditors.name as cr_name',
        'creditors.country as cr_country',
        'creditors.network_sharing as cr_network_sharing',
        'creditors.shadow_of_partner_id as cr_shadow_of_partner_id',
        'partners.id as p_id',
        'partners.name as p_name',
        'partners.type as p_type',
        'partners.minimum_threshold_usd as p_minimum_threshold_usd',
        'partners.sdca_signed_at as p_sdca_signed_at',
        'partners.channel as p_channel',
        routing
          ? sql<LeadRoutingJson | null>`case when creditors.network_sharing then ${leadRoutingJson(
              sql<number>`cases.id`,
              sql<string>`upper(trim(cases.debtor_country))`,
              routing,
            )} end`.as('routing')
          : sql<LeadRoutingJson | null>`null::json`.as('routing'),
      ])
      .where('cases.id', '=', a.caseId);
    return shape.startsWith('lock') ? q.forUpdate('cases') : q;
  },
);

/**
 * The case with its creditor and the acting partner in ONE round trip, optionally holding the case row
 * lock (only the case row: creditors and partners are not locked). The hot path of every case action.
 */
export async function loadCaseWithParties(
  db: Db,
  caseId: number,
  opts: {
    partnerId: number | null;
    lock: boolean;
    /**
     * Also read what opening a lead needs (reserving its ids), in this same statement, when the creditor
     * shares with the network: a decline then needs no separate routing read. Read in the statement that
     * takes the lock, so from before any wait for it; what it reads (who declined the case, the partners'
     * coverage) only changes with actions that also change the case's status, which the caller re-checks.
     */
    leadRouting?: { reserveDeclineId: boolean };
  },
): Promise<CaseWithParties | null> {
  const shape: CaseWithPartiesShape = `${opts.lock ? 'lock' : 'read'}:${
    opts.leadRouting ? (opts.leadRouting.reserveDeclineId ? 'routing+decline' : 'routing') : 'none'
  }`;
  const { rows } = await caseWithPartiesQuery(db, { caseId, partnerId: opts.partnerId ?? -1 }, shape);
  const r = rows[0];
  if (!r) return null;
  return {
    case: toCase(r),
    creditor: {
      id: r.creditor_id,
      name: r.cr_name,
      country: r.cr_country,
      networkSharing: r.cr_network_sharing,
      shadowOfPartnerId: r.cr_shadow_of_partner_id,
    },
    partner:
      r.p_id === null
        ? null
        : {
            id: r.p_id,
            name: r.p_name as string,
            type: r.p_type as PartnerType,
            minimumThresholdUsd: r.p_minimum_threshold_usd as string,
            sdcaSignedAt: r.p_sdca_signed_at,
            channel: r.p_channel,
          },
    leadRouting: r.routing ? toLeadRouting(r.routing) : null,
  };
}
