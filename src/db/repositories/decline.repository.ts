import { type Kysely, sql, type Transaction } from 'kysely';
import type { Case, Partner } from '../../domain/case.ts';
import type { DeclineFacts } from '../../domain/decline-check.ts';
import type { DeclineCategory } from '../../domain/ids.ts';
import { compiledOnce } from '../compiled-once.ts';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface Decline {
  id: number;
  caseId: number;
  partnerId: number;
  declinedByUserId: number;
  reason: string;
  /** null: fits no category, waiting for (or resolved by) a support agent's review. */
  category: DeclineCategory | null;
  creditorMessage: string;
  reviewedByUserId: number | null;
  reviewedAt: Date | null;
  createdAt: Date;
}

function toDecline(r: {
  id: number;
  case_id: number;
  partner_id: number;
  declined_by_user_id: number;
  reason: string;
  category: string | null;
  creditor_message: string;
  reviewed_by_user_id: number | null;
  reviewed_at: Date | null;
  created_at: Date;
}): Decline {
  return {
    id: r.id,
    caseId: r.case_id,
    partnerId: r.partner_id,
    declinedByUserId: r.declined_by_user_id,
    reason: r.reason,
    category: r.category as DeclineCategory | null,
    creditorMessage: r.creditor_message,
    reviewedByUserId: r.reviewed_by_user_id,
    reviewedAt: r.reviewed_at,
    createdAt: r.created_at,
  };
}

export interface NewDecline {
  /** An id reserved from the sequence (by `loadLeadRouting`); without it the sequence picks one. */
  id?: number;
  caseId: number;
  partnerId: number;
  declinedByUserId: number;
  reason: string;
  category: DeclineCategory | null;
  creditorMessage: string;
  at: Date;
}

export async function insertDecline(db: Db, d: NewDecline): Promise<number> {
  const row = await insertDeclineWrite(db, d).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The decline insert built but not run, for `writeTogether`. */
export function insertDeclineWrite(db: Db, d: NewDecline) {
  return db.insertInto('declines').values({
    ...(d.id !== undefined ? { id: d.id } : {}),
    case_id: d.caseId,
    partner_id: d.partnerId,
    declined_by_user_id: d.declinedByUserId,
    reason: d.reason,
    category: d.category,
    creditor_message: d.creditorMessage,
    created_at: d.at,
  });
}

export async function findDeclineByPartner(
  db: Db,
  caseId: number,
  partnerId: number,
): Promise<Decline | null> {
  const r = await db
    .selectFrom('declines')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('partner_id', '=', partnerId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return r ? toDecline(r) : null;
}

export async function listDeclines(db: Db, caseId: number): Promise<Decline[]> {
  const rows = await db
    .selectFrom('declines')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return rows.map(toDecline);
}

/** Declines whose reason fit no category and that no support agent has resolved yet. */
export async function listPendingReviews(db: Db): Promise<Decline[]> {
  const rows = await db
    .selectFrom('declines')
    .selectAll()
    .where('category', 'is', null)
    .where('reviewed_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map(toDecline);
}

export async function resolveReview(
  db: Db,
  r: { declineId: number; category: DeclineCategory; reviewedByUserId: number; at: Date },
): Promise<void> {
  await db
    .updateTable('declines')
    .set({ category: r.category, reviewed_by_user_id: r.reviewedByUserId, reviewed_at: r.at })
    .where('id', '=', r.declineId)
    .execute();
}

/**
 * The three reads of loadDeclineFacts as scalar subqueries of one statement: they were three round trips
 * (three statements in a transaction), run at the plan and again at the confirmation of every decline
 * (docs/notes/perf.md, round 2). Compiled once (compiled-once.ts).
 */
const declineFactsQuery = compiledOnce(
  (db, a: { partnerId: number; country: string; creditorId: number; caseId: number; debtorName: string }) =>
    db.selectNoFrom((eb) => [
      eb
        .selectFrom('matching_rules')
        .select(
          sql<{ min_amount_usd: string | number | null }[]>`coalesce(json_agg(json_build_object(
            'min_amount_usd', min_amount_usd)), '[]'::json)`.as('r'),
        )
        .where('partner_id', '=', a.partnerId)
        .where('country', '=', a.country)
        .as('rules'),
      eb
        .selectFrom('partner_coverage')
        .select(
          sql<{ country: string; region: string | null }[]>`coalesce(json_agg(json_build_object(
            'country', country, 'region', region)), '[]'::json)`.as('c'),
        )
        .where('partner_id', '=', a.partnerId)
        .as('coverage'),
      eb
        .selectFrom('cases')
        .select((s) => s.fn.countAll<string>().as('n'))
        .where('creditor_id', '=', a.creditorId)
        .where('id', '<>', a.caseId)
        .where((w) => w(w.fn('lower', ['debtor_name']), '=', a.debtorName))
        .as('others'),
    ]),
);

/** What a decline reason is checked against (see domain/decline-check.ts), in one statement. */
export async function loadDeclineFacts(
  db: Db,
  c: Pick<Case, 'id' | 'creditorId' | 'debtorName' | 'debtorCountry' | 'debtorRegion' | 'principalUsd'>,
  partner: Pick<Partner, 'id' | 'minimumThresholdUsd'>,
): Promise<DeclineFacts> {
  const country = c.debtorCountry.trim().toUpperCase();
  const { rows } = await declineFactsQuery(db, {
    partnerId: partner.id,
    country,
    creditorId: c.creditorId,
    caseId: c.id,
    debtorName: c.debtorName.trim().toLowerCase(),
  });
  const facts = rows[0];
  const rules = facts?.rules ?? [];
  const coverage = facts?.coverage ?? [];
  const others = facts?.others;
  return {
    caseId: c.id,
    principalUsd: Number(c.principalUsd),
    debtorCountry: country,
    debtorRegion: c.debtorRegion,
    partnerMinimumUsd: Number(partner.minimumThresholdUsd),
    partnerRules: rules.map((r) => ({
      minAmountUsd: r.min_amount_usd === null ? null : Number(r.min_amount_usd),
    })),
    partnerCoverage: coverage.map((r) => ({ country: r.country.trim(), region: r.region })),
    otherCasesForDebtor: Number(others ?? 0),
  };
}
