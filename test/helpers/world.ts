import type { Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import type { Database } from '../../src/db/database.ts';
import type { Actor } from '../../src/domain/actor.ts';
import { type Clock, fixedClock } from '../../src/domain/clock.ts';
import type {
  CaseStatus,
  Channel,
  ClaimType,
  CloseCode,
  DebtorType,
  PartnerType,
  UserRole,
} from '../../src/domain/ids.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import { createTestDatabase, truncateAll } from './db.ts';

// Quick builders for tests: each inserts one row with sensible defaults and returns what a test
// needs next. Shared by the case-side and lead-side tests; extend additively.

type Db = Kysely<Database>;

let counter = 0;
const next = () => ++counter;

export const TEST_NOW = new Date('2026-03-02T10:00:00Z'); // a Monday

export interface TestCreditor {
  id: number;
  name: string;
}

export async function insertCreditor(
  db: Db,
  opts: { name?: string; country?: string; networkSharing?: boolean; shadowOfPartnerId?: number | null } = {},
): Promise<TestCreditor> {
  const name = opts.name ?? `Creditor ${next()}`;
  const row = await db
    .insertInto('creditors')
    .values({
      name,
      country: opts.country ?? 'DK',
      network_sharing: opts.networkSharing ?? true,
      shadow_of_partner_id: opts.shadowOfPartnerId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, name };
}

export interface TestPartner {
  id: number;
  name: string;
  type: PartnerType;
}

export async function insertPartner(
  db: Db,
  opts: {
    name?: string;
    type?: PartnerType;
    /** Default: signed a year before TEST_NOW. Pass null for "not signed". */
    sdcaSignedAt?: Date | null;
    minimumThresholdUsd?: number;
    channel?: string | null;
    coverage?: { country: string; region?: string | null }[];
  } = {},
): Promise<TestPartner> {
  const name = opts.name ?? `Partner ${next()}`;
  const type = opts.type ?? 'exclusive';
  const row = await db
    .insertInto('partners')
    .values({
      name,
      type,
      minimum_threshold_usd: opts.minimumThresholdUsd ?? 100,
      sdca_signed_at: opts.sdcaSignedAt === undefined ? new Date('2025-03-01T00:00:00Z') : opts.sdcaSignedAt,
      channel: opts.channel ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (opts.coverage?.length) {
    await db
      .insertInto('partner_coverage')
      .values(
        opts.coverage.map((c) => ({ partner_id: row.id, country: c.country, region: c.region ?? null })),
      )
      .execute();
  }
  return { id: row.id, name, type };
}

/** Inserts a user and returns the Actor a use case is called with. */
export async function insertUser(
  db: Db,
  opts: { role: UserRole; partnerId?: number; creditorId?: number; name?: string; handle?: string },
): Promise<Actor> {
  const n = next();
  const name = opts.name ?? `${opts.role} user ${n}`;
  const row = await db
    .insertInto('users')
    .values({
      handle: opts.handle ?? `${opts.role}-${n}`,
      name,
      role: opts.role,
      partner_id: opts.role === 'partner' ? (opts.partnerId ?? null) : null,
      creditor_id: opts.role === 'creditor' ? (opts.creditorId ?? null) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    userId: row.id,
    name,
    role: opts.role,
    partnerId: opts.role === 'partner' ? (opts.partnerId ?? null) : null,
    creditorId: opts.role === 'creditor' ? (opts.creditorId ?? null) : null,
  };
}

export interface TestCase {
  id: number;
  creditorId: number;
  assignedPartnerId: number | null;
}

export async function insertCase(
  db: Db,
  opts: {
    creditorId: number;
    assignedPartnerId?: number | null;
    managingPartnerId?: number | null;
    status?: CaseStatus;
    debtorName?: string;
    debtorType?: DebtorType;
    debtorCountry?: string;
    debtorRegion?: string | null;
    claimType?: ClaimType;
    principal?: number | string;
    currency?: string;
    principalUsd?: number | string;
    disputed?: boolean;
    debtDate?: string;
    commissionRate?: number | string;
    collectionPeriodStartsAt?: Date | null;
    collectionPeriodEndsAt?: Date | null;
    closeCode?: CloseCode | null;
    closeComment?: string | null;
    /** Also open an assignment row for the assigned partner (default true when one is assigned). */
    withAssignment?: boolean;
    at?: Date;
  },
): Promise<TestCase> {
  const status = opts.status ?? 'pending_verification';
  const at = opts.at ?? TEST_NOW;
  const assigned = opts.assignedPartnerId ?? null;
  const principal = opts.principal ?? 1500;
  const row = await db
    .insertInto('cases')
    .values({
      creditor_id: opts.creditorId,
      debtor_name: opts.debtorName ?? `Debtor ${next()} ApS`,
      debtor_type: opts.debtorType ?? 'company',
      debtor_country: opts.debtorCountry ?? 'DK',
      debtor_region: opts.debtorRegion ?? null,
      claim_type: opts.claimType ?? 'unpaid_invoice',
      principal,
      currency: opts.currency ?? 'USD',
      principal_usd: opts.principalUsd ?? principal,
      disputed: opts.disputed ?? false,
      debt_date: opts.debtDate ?? '2025-10-01',
      status,
      assigned_partner_id: assigned,
      managing_partner_id: opts.managingPartnerId ?? null,
      commission_rate: opts.commissionRate ?? 0.2,
      collection_period_starts_at: opts.collectionPeriodStartsAt ?? null,
      collection_period_ends_at: opts.collectionPeriodEndsAt ?? null,
      close_code: status === 'closed' ? (opts.closeCode ?? 'other') : null,
      close_comment: opts.closeComment ?? null,
      closed_at: status === 'closed' ? at : null,
      status_changed_at: at,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (assigned !== null && (opts.withAssignment ?? true) && status !== 'closed') {
    await db
      .insertInto('case_assignments')
      .values({ case_id: row.id, partner_id: assigned, assigned_at: at })
      .execute();
  }
  return { id: row.id, creditorId: opts.creditorId, assignedPartnerId: assigned };
}

export async function insertPayment(
  db: Db,
  opts: { caseId: number; amount: number | string; currency?: string; registeredByUserId: number },
): Promise<number> {
  const row = await db
    .insertInto('payments')
    .values({
      case_id: opts.caseId,
      amount: opts.amount,
      currency: opts.currency ?? 'USD',
      registered_by_user_id: opts.registeredByUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const SUPPORT_ACTOR_DEFAULTS = { role: 'support' as const };

export function contextFor(
  db: Db,
  actor: Actor,
  opts: { clock?: Clock; channel?: Channel } = {},
): UseCaseContext {
  return { db, actor, clock: opts.clock ?? fixedClock(TEST_NOW), channel: opts.channel ?? 'console' };
}

/**
 * The usual cast of a case test: a creditor (sharing on) with a user, an exclusive partner with a
 * signed SDCA and a user, a second exclusive partner, a legal-network partner, a support agent.
 */
export async function insertWorld(db: Db, opts: { networkSharing?: boolean } = {}) {
  const creditor = await insertCreditor(db, { networkSharing: opts.networkSharing ?? true });
  const creditorUser = await insertUser(db, { role: 'creditor', creditorId: creditor.id });
  const partner = await insertPartner(db, { type: 'exclusive', coverage: [{ country: 'DK' }] });
  const partnerUser = await insertUser(db, { role: 'partner', partnerId: partner.id });
  const otherPartner = await insertPartner(db, { type: 'exclusive', coverage: [{ country: 'DK' }] });
  const otherPartnerUser = await insertUser(db, { role: 'partner', partnerId: otherPartner.id });
  const networkPartner = await insertPartner(db, { type: 'legal_network', coverage: [{ country: 'DK' }] });
  const networkPartnerUser = await insertUser(db, { role: 'partner', partnerId: networkPartner.id });
  const supportUser = await insertUser(db, { role: 'support' });
  return {
    creditor,
    creditorUser,
    partner,
    partnerUser,
    otherPartner,
    otherPartnerUser,
    networkPartner,
    networkPartnerUser,
    supportUser,
  };
}
export type World = Awaited<ReturnType<typeof insertWorld>>;

/**
 * The use-case suites' arrangement: one test database for the file, emptied before every test and given
 * a fresh `insertWorld`. Call inside a describe; `use` receives the handle and that test's world.
 */
export function useWorld(use: (handle: DatabaseHandle, world: World) => void): void {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle.close());
  beforeEach(async () => {
    await truncateAll(handle);
    use(handle, await insertWorld(handle.db));
  });
}
