import { type Kysely, type RawBuilder, type Selectable, sql, type Transaction } from 'kysely';
import type { LeadOrigin, LeadOutcome, LeadStatus, PartnerType } from '../../domain/ids.ts';
import type { Invitation, InvitationStatus, Lead } from '../../domain/lead.ts';
import type { RoutingPartner } from '../../domain/routing.ts';
import type { Database, LeadInvitationsTable, LeadRow } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export function toLead(r: LeadRow): Lead {
  return {
    id: r.id,
    caseId: r.case_id,
    origin: r.origin as LeadOrigin,
    status: r.status as LeadStatus,
    outcome: r.outcome as LeadOutcome | null,
    windowBusinessHours: r.window_business_hours,
    expectedQuotes: r.expected_quotes,
    excludedPartnerIds: r.excluded_partner_ids ?? [],
    qualifiedAt: r.qualified_at,
    windowEndsAt: r.window_ends_at,
    quotesReadyAt: r.quotes_ready_at,
    remindersSent: r.reminders_sent,
    closedAt: r.closed_at,
    createdAt: r.created_at,
  };
}

function toInvitation(r: Selectable<LeadInvitationsTable>): Invitation {
  return {
    leadId: r.lead_id,
    partnerId: r.partner_id,
    status: r.status as InvitationStatus,
    invitedAt: r.invited_at,
    respondedAt: r.responded_at,
  };
}

export interface NewLead {
  /** An id reserved by `loadLeadRouting`; without it the sequence picks one. */
  id?: number;
  caseId: number;
  origin: LeadOrigin;
  status: LeadStatus;
  windowBusinessHours: number;
  expectedQuotes: number;
  excludedPartnerIds: number[];
  qualifiedAt: Date | null;
  windowEndsAt: Date | null;
  at: Date;
}

export async function insertLead(db: Db, lead: NewLead): Promise<Lead> {
  const row = await insertLeadWrite(db, lead).returningAll().executeTakeFirstOrThrow();
  return toLead(row);
}

/** The lead insert built but not run, for `writeTogether`. */
export function insertLeadWrite(db: Db, lead: NewLead) {
  return db.insertInto('leads').values({
    ...(lead.id !== undefined ? { id: lead.id } : {}),
    case_id: lead.caseId,
    origin: lead.origin,
    status: lead.status,
    window_business_hours: lead.windowBusinessHours,
    expected_quotes: lead.expectedQuotes,
    excluded_partner_ids: lead.excludedPartnerIds,
    qualified_at: lead.qualifiedAt,
    window_ends_at: lead.windowEndsAt,
    created_at: lead.at,
  });
}

/** What a lead just inserted by `insertLeadWrite` looks like, without reading it back. */
export function newLeadAsLead(lead: NewLead & { id: number }): Lead {
  return {
    id: lead.id,
    caseId: lead.caseId,
    origin: lead.origin,
    status: lead.status,
    outcome: null,
    windowBusinessHours: lead.windowBusinessHours,
    expectedQuotes: lead.expectedQuotes,
    excludedPartnerIds: lead.excludedPartnerIds,
    qualifiedAt: lead.qualifiedAt,
    windowEndsAt: lead.windowEndsAt,
    quotesReadyAt: null,
    remindersSent: 0,
    closedAt: null,
    createdAt: lead.at,
  };
}

export interface LeadRouting {
  /** Reserved from the leads sequence for the lead about to be written (a rollback only leaves a gap). */
  leadId: number;
  /** Reserved from the declines sequence when asked for: the decline that opens the lead. */
  declineId: number | null;
  /** Partners that declined the case at some point: never matched to it again. */
  decliningPartnerIds: number[];
  /** The partners covering some part of the country, with their whole coverage, by id. */
  partners: RoutingPartner[];
}

/** How the routing read comes back from SQL: one JSON object (see `leadRoutingJson`). */
export interface LeadRoutingJson {
  lead_id: number;
  decline_id: number | null;
  declining: number[] | null;
  partners: {
    id: number;
    name: string;
    type: string;
    minimum_threshold_usd: string | number;
    sdca_signed: boolean;
    coverage: { country: string; region: string | null }[] | null;
  }[];
}

/**
 * Everything opening a lead reads, as one SQL expression (a JSON object): a lead id, the case's earlier
 * decliners and the partners covering the debtor's country. Reserving the id lets the lead, its
 * invitations, history and notices be written in one statement; a decline that opens the lead reserves
 * its own id here too. An expression rather than a query so that a decline can read it in the same
 * statement that locks the case (`loadCaseWithParties`), one round trip fewer.
 *
 * The sequences are regclass literals, resolved once when the statement is prepared, rather than looked
 * up with pg_get_serial_sequence on every call (serial columns name them <table>_id_seq).
 */
export function leadRoutingJson(
  caseId: RawBuilder<number> | number,
  country: RawBuilder<string> | string,
  opts: { reserveDeclineId?: boolean } = {},
): RawBuilder<LeadRoutingJson> {
  const declineId = opts.reserveDeclineId ? sql`nextval('declines_id_seq'::regclass)::int` : sql`null::int`;
  return sql<LeadRoutingJson>`json_build_object(
    'lead_id', nextval('leads_id_seq'::regclass)::int,
    'decline_id', ${declineId},
    'declining', array(select distinct partner_id from declines where case_id = ${caseId}),
    'partners', coalesce((
      select json_agg(json_build_object(
               'id', p.id, 'name', p.name, 'type', p.type,
               'minimum_threshold_usd', p.minimum_threshold_usd,
               'sdca_signed', p.sdca_signed_at is not null,
               'coverage', (select json_agg(json_build_object('country', pc.country, 'region', pc.region))
                            from partner_coverage pc where pc.partner_id = p.id))
             order by p.id)
      from partners p
      where p.id in (select partner_id from partner_coverage where country = ${country})
    ), '[]'::json))`;
}

export function toLeadRouting(r: LeadRoutingJson): LeadRouting {
  return {
    leadId: r.lead_id,
    declineId: r.decline_id,
    decliningPartnerIds: r.declining ?? [],
    partners: r.partners.map((p) => ({
      id: p.id,
      name: p.name,
      type: p.type as PartnerType,
      sdcaSigned: p.sdca_signed,
      minimumThresholdUsd: Number(p.minimum_threshold_usd),
      coverage: (p.coverage ?? []).map((c) => ({ country: c.country.trim(), region: c.region })),
    })),
  };
}

/** The routing read on its own, in one round trip (when no locking read could carry it). */
export async function loadLeadRouting(
  db: Db,
  caseId: number,
  country: string,
  opts: { reserveDeclineId?: boolean } = {},
): Promise<LeadRouting> {
  const r = await sql<{ routing: LeadRoutingJson }>`
    select ${leadRoutingJson(caseId, country.toUpperCase(), opts)} as routing`.execute(db);
  const row = r.rows[0];
  if (!row) throw new Error('loadLeadRouting returned no row');
  return toLeadRouting(row.routing);
}

export async function findLead(db: Db, leadId: number): Promise<Lead | undefined> {
  const row = await db.selectFrom('leads').selectAll().where('id', '=', leadId).executeTakeFirst();
  return row ? toLead(row) : undefined;
}

/** Locks the lead row; callers lock the case row first, so that every writer takes locks in one order. */
export async function lockLead(trx: Transaction<Database>, leadId: number): Promise<Lead | undefined> {
  const row = await trx
    .selectFrom('leads')
    .selectAll()
    .where('id', '=', leadId)
    .forUpdate()
    .executeTakeFirst();
  return row ? toLead(row) : undefined;
}

/** The lead that is not closed yet (at most one per case), else the latest one. */
export async function findCurrentLeadForCase(db: Db, caseId: number): Promise<Lead | undefined> {
  const row = await db
    .selectFrom('leads')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy((eb) => eb.case().when('status', '<>', 'closed').then(0).else(1).end())
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? toLead(row) : undefined;
}

export async function updateLead(
  db: Db,
  leadId: number,
  changes: Partial<{
    status: LeadStatus;
    outcome: LeadOutcome | null;
    quotesReadyAt: Date | null;
    closedAt: Date | null;
    qualifiedAt: Date | null;
    windowEndsAt: Date | null;
    remindersSent: number;
  }>,
): Promise<void> {
  await db
    .updateTable('leads')
    .set({
      ...(changes.status !== undefined && { status: changes.status }),
      ...(changes.outcome !== undefined && { outcome: changes.outcome }),
      ...(changes.quotesReadyAt !== undefined && { quotes_ready_at: changes.quotesReadyAt }),
      ...(changes.closedAt !== undefined && { closed_at: changes.closedAt }),
      ...(changes.qualifiedAt !== undefined && { qualified_at: changes.qualifiedAt }),
      ...(changes.windowEndsAt !== undefined && { window_ends_at: changes.windowEndsAt }),
      ...(changes.remindersSent !== undefined && { reminders_sent: changes.remindersSent }),
    })
    .where('id', '=', leadId)
    .execute();
}

export async function insertInvitations(
  db: Db,
  leadId: number,
  invites: { partnerId: number; status?: InvitationStatus }[],
  at: Date,
): Promise<void> {
  await insertInvitationsWrite(db, leadId, invites, at)?.execute();
}

/** The invitations insert built but not run, for `writeTogether`; null when nobody is invited. */
export function insertInvitationsWrite(
  db: Db,
  leadId: number,
  invites: readonly { partnerId: number; status?: InvitationStatus }[],
  at: Date,
) {
  if (invites.length === 0) return null;
  return db.insertInto('lead_invitations').values(
    invites.map((i) => ({
      lead_id: leadId,
      partner_id: i.partnerId,
      status: i.status ?? 'invited',
      invited_at: at,
      responded_at: i.status && i.status !== 'invited' ? at : null,
    })),
  );
}

export async function listInvitations(db: Db, leadId: number): Promise<Invitation[]> {
  const rows = await db
    .selectFrom('lead_invitations')
    .selectAll()
    .where('lead_id', '=', leadId)
    .orderBy('partner_id')
    .execute();
  return rows.map(toInvitation);
}

export async function setInvitationStatus(
  db: Db,
  leadId: number,
  partnerId: number,
  status: InvitationStatus,
  at: Date,
): Promise<void> {
  await db
    .updateTable('lead_invitations')
    .set({ status, responded_at: at })
    .where('lead_id', '=', leadId)
    .where('partner_id', '=', partnerId)
    .execute();
}

/** Leads whose quote window has passed but whose collection has not been closed yet. */
export async function listLeadIdsWithWindowEnded(db: Db, at: Date): Promise<number[]> {
  const rows = await db
    .selectFrom('leads')
    .select('id')
    .where('status', '=', 'qualified')
    .where('quotes_ready_at', 'is', null)
    .where('window_ends_at', '<=', at)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

const LEAD_CASE_COLUMNS = [
  'id',
  'creditor_id',
  'status',
  'debtor_name',
  'debtor_type',
  'debtor_country',
  'debtor_region',
  'claim_type',
  'principal',
  'currency',
  'principal_usd',
  'assigned_partner_id',
  'managing_partner_id',
] as const;

/** The case facts a lead needs: the case row, locked by the caller's use case when it changes it. */
export async function findLeadCase(db: Db, caseId: number) {
  return db.selectFrom('cases').select(LEAD_CASE_COLUMNS).where('id', '=', caseId).executeTakeFirst();
}

export async function lockLeadCase(trx: Transaction<Database>, caseId: number) {
  return trx
    .selectFrom('cases')
    .select(LEAD_CASE_COLUMNS)
    .where('id', '=', caseId)
    .forUpdate()
    .executeTakeFirst();
}
export type LeadCase = NonNullable<Awaited<ReturnType<typeof findLeadCase>>>;

/** Partners that declined the case at some point: never matched to it again. */
export async function listDecliningPartnerIds(db: Db, caseId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('declines')
    .select('partner_id')
    .distinct()
    .where('case_id', '=', caseId)
    .execute();
  return rows.map((r) => r.partner_id);
}
