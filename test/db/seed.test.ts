import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { DEMO_CASE_IDS, DEMO_CASES } from '../../src/db/seed/demo-cases.ts';
import { USERS } from '../../src/db/seed/demo-organisations.ts';
import { seedDemoWorld } from '../../src/db/seed/seed-demo-world.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { CASE_STATUSES } from '../../src/domain/ids.ts';
import { createTestDatabase, truncateAll } from '../helpers/db.ts';

const NOW = '2026-11-23T10:00:00Z';

describe('demo world', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle.close());
  beforeEach(async () => {
    await truncateAll(handle);
    await seedDemoWorld(handle.db, fixedClock(NOW));
  });

  it('when seeded on a fresh database, then there is a case in every status', async () => {
    const rows = await handle.db.selectFrom('cases').select(['id', 'status']).execute();
    expect(rows).toHaveLength(DEMO_CASES.length);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(CASE_STATUSES));
  });

  it('when seeded, then every case has a history that ends in its current status', async () => {
    const cases = await handle.db.selectFrom('cases').select(['id', 'status']).execute();
    for (const c of cases) {
      const history = await handle.db
        .selectFrom('case_history')
        .select(['to_status'])
        .where('case_id', '=', c.id)
        .orderBy('id')
        .execute();
      expect(history.length, `history of case ${c.id}`).toBeGreaterThan(0);
      expect(history.at(-1)?.to_status, `last history row of case ${c.id}`).toBe(c.status);
    }
  });

  it('when seeded, then a qualified lead has quotes ready to choose from after its window ended', async () => {
    const lead = await handle.db
      .selectFrom('leads')
      .selectAll()
      .where('case_id', '=', DEMO_CASE_IDS.quotesReady)
      .executeTakeFirstOrThrow();
    expect(lead.status).toBe('qualified');
    expect(lead.window_ends_at?.getTime()).toBeLessThan(new Date(NOW).getTime());
    const quotes = await handle.db.selectFrom('quotes').selectAll().where('lead_id', '=', lead.id).execute();
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(quotes.every((q) => q.status === 'sent')).toBe(true);
    expect(lead.excluded_partner_ids).toEqual([1]); // the partner that declined is not invited back
  });

  it('when seeded, then an expired lead exists and its case still collects quotes', async () => {
    const lead = await handle.db
      .selectFrom('leads')
      .innerJoin('cases', 'cases.id', 'leads.case_id')
      .select(['leads.status', 'leads.outcome', 'cases.status as caseStatus'])
      .where('leads.outcome', '=', 'expired')
      .executeTakeFirstOrThrow();
    expect(lead).toEqual({ status: 'closed', outcome: 'expired', caseStatus: 'collecting_quotes' });
  });

  it('when seeded, then there is a user of every role, each reachable from the console by handle', async () => {
    const users = await handle.db
      .selectFrom('users')
      .innerJoin('chat_identities', 'chat_identities.user_id', 'users.id')
      .select(['users.handle', 'users.role', 'chat_identities.external_id', 'chat_identities.surface'])
      .execute();
    expect(users).toHaveLength(Object.keys(USERS).length);
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['creditor', 'partner', 'support']));
    expect(users.every((u) => u.surface === 'console' && u.external_id === u.handle)).toBe(true);
  });

  it('when seeded, then the organisations the flows need are there', async () => {
    const creditors = await handle.db.selectFrom('creditors').selectAll().execute();
    expect(creditors.some((c) => !c.network_sharing)).toBe(true);
    expect(creditors.some((c) => c.shadow_of_partner_id !== null)).toBe(true);
    const partners = await handle.db.selectFrom('partners').selectAll().execute();
    expect(partners.some((p) => p.type === 'exclusive' && p.sdca_signed_at === null)).toBe(true);
    expect(partners.filter((p) => p.type === 'legal_network').length).toBeGreaterThanOrEqual(2);
    expect(await handle.db.selectFrom('client_partner_overrides').selectAll().execute()).toHaveLength(1);
  });

  it('when seeded, then everyone and every real client can be e-mailed, at reserved .example addresses; a shadow client cannot', async () => {
    const users = await handle.db.selectFrom('users').select(['handle', 'email']).execute();
    expect(users.every((u) => u.email?.endsWith('.example'))).toBe(true);
    const creditors = await handle.db
      .selectFrom('creditors')
      .select(['email', 'shadow_of_partner_id'])
      .execute();
    for (const c of creditors) {
      if (c.shadow_of_partner_id === null) expect(c.email).toMatch(/@[a-z-]+\.example$/);
      else expect(c.email).toBeNull();
    }
  });

  it('when a paid case is seeded, then its payout splits the payment by the commission rate', async () => {
    const payout = await handle.db
      .selectFrom('payouts')
      .selectAll()
      .where('case_id', '=', DEMO_CASE_IDS.closedPaid)
      .executeTakeFirstOrThrow();
    expect(Number(payout.creditor_amount) + Number(payout.partner_amount)).toBeCloseTo(Number(payout.total));
    expect(Number(payout.partner_amount)).toBeCloseTo(Number(payout.total) * Number(payout.commission_rate));
  });

  it('when seeded twice, then nothing is duplicated', async () => {
    const second = await seedDemoWorld(handle.db, fixedClock(NOW));
    expect(second.seeded).toBe(false);
    const count = async (table: 'cases' | 'users' | 'case_history' | 'quotes') =>
      Number(
        (
          await handle.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('cases')).toBe(DEMO_CASES.length);
    expect(await count('users')).toBe(Object.keys(USERS).length);
  });

  it('when a new case is created after seeding, then its number follows the demo cases', async () => {
    const row = await handle.db
      .insertInto('cases')
      .values({
        creditor_id: 1,
        debtor_name: 'New Debtor ApS',
        debtor_type: 'company',
        debtor_country: 'DK',
        debtor_region: null,
        principal: 1000,
        currency: 'DKK',
        principal_usd: 145,
        debt_date: '2026-09-01',
        document_name: null,
        description: null,
        status: 'pending_verification',
        assigned_partner_id: 1,
        managing_partner_id: null,
        close_code: null,
        close_comment: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(row.id).toBeGreaterThan(Math.max(...DEMO_CASES.map((c) => c.id)));
  });

  it('when the clock is pinned, then the collection periods fall on the same side of it every time', async () => {
    const rows = await handle.db
      .selectFrom('cases')
      .select(['id', 'collection_period_ends_at'])
      .where('id', 'in', [DEMO_CASE_IDS.activeWithinPeriod, DEMO_CASE_IDS.activeAfterPeriod])
      .orderBy('id')
      .execute();
    const now = new Date(NOW).getTime();
    expect(rows[0]?.collection_period_ends_at?.getTime()).toBeGreaterThan(now);
    expect(rows[1]?.collection_period_ends_at?.getTime()).toBeLessThan(now);
  });

  it('when seeded on any day of the week, then every case, lead and quote story holds', async () => {
    for (let day = 0; day < 7; day++) {
      await truncateAll(handle);
      const at = new Date(new Date(NOW).getTime() + day * 86_400_000);
      const result = await seedDemoWorld(handle.db, fixedClock(at));
      expect(result.seeded, `seeded on ${at.toISOString()}`).toBe(true);
    }
  });
});
