import type { Kysely, Transaction } from 'kysely';
import type { ClaimType, DebtorType, PartnerType } from '../../domain/ids.ts';
import type { ClientOverride, MatchingRule, RoutingPartner } from '../../domain/routing.ts';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

const num = (v: string | null) => (v === null ? null : Number(v));

/** Partners with their coverage; with `country`, only those covering some part of it. */
export async function loadRoutingPartners(
  db: Db,
  filter: { country?: string } = {},
): Promise<RoutingPartner[]> {
  let q = db.selectFrom('partners').selectAll().orderBy('id');
  if (filter.country !== undefined) {
    const country = filter.country.toUpperCase();
    q = q.where(
      'id',
      'in',
      db.selectFrom('partner_coverage').select('partner_id').where('country', '=', country),
    );
  }
  const partners = await q.execute();
  if (partners.length === 0) return [];
  const coverage = await db
    .selectFrom('partner_coverage')
    .selectAll()
    .where(
      'partner_id',
      'in',
      partners.map((p) => p.id),
    )
    .execute();
  return partners.map((p) => ({
    id: p.id,
    name: p.name,
    type: p.type as PartnerType,
    sdcaSigned: p.sdca_signed_at !== null,
    minimumThresholdUsd: Number(p.minimum_threshold_usd),
    coverage: coverage
      .filter((c) => c.partner_id === p.id)
      .map((c) => ({ country: c.country.trim(), region: c.region })),
  }));
}

export async function loadMatchingRules(db: Db, country: string): Promise<MatchingRule[]> {
  const rows = await db
    .selectFrom('matching_rules')
    .selectAll()
    .where('country', '=', country.toUpperCase())
    .orderBy('priority')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    partnerId: r.partner_id,
    priority: r.priority,
    country: r.country.trim(),
    region: r.region,
    minAmountUsd: num(r.min_amount_usd),
    maxAmountUsd: num(r.max_amount_usd),
    debtorType: r.debtor_type as DebtorType | null,
    claimType: r.claim_type as ClaimType | null,
  }));
}

export async function loadClientOverrides(db: Db, creditorId: number): Promise<ClientOverride[]> {
  const rows = await db
    .selectFrom('client_partner_overrides')
    .selectAll()
    .where('creditor_id', '=', creditorId)
    .orderBy('priority')
    .execute();
  return rows.map((r) => ({
    creditorId: r.creditor_id,
    partnerId: r.partner_id,
    country: r.country?.trim() ?? null,
    priority: r.priority,
  }));
}
