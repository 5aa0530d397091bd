import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { DEMO_CASE_IDS } from '../../src/db/seed/demo-cases.ts';
import { seedDemoWorld } from '../../src/db/seed/seed-demo-world.ts';
import type { Actor } from '../../src/domain/actor.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { isDomainError } from '../../src/domain/errors.ts';
import type { DeclineCategory } from '../../src/domain/ids.ts';
import { acceptCase } from '../../src/use-cases/cases/accept-case.ts';
import { closeCase } from '../../src/use-cases/cases/close-case.ts';
import { declineCase } from '../../src/use-cases/cases/decline-case.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

// Real concurrency needs real connections: PGlite has one, so this runs on the PostgreSQL server only
// (CI runs the database tests again with DATABASE_URL set).
const onServer = Boolean(process.env.DATABASE_URL);
if (!onServer) {
  process.stderr.write(
    'concurrency.test.ts skipped: set DATABASE_URL to a PostgreSQL server (CI does) to run 50 concurrent actions.\n',
  );
}

type Attempt = { kind: 'accept' } | { kind: 'decline'; reason: string; category: DeclineCategory };

const ATTEMPTS: Attempt[] = Array.from({ length: 50 }, (_, i): Attempt => {
  if (i % 3 === 0) return { kind: 'accept' };
  if (i % 3 === 1) {
    return {
      kind: 'decline',
      reason: 'The debtor was declared bankrupt last week.',
      category: 'insolvency_or_ceased',
    };
  }
  return { kind: 'decline', reason: 'This is a duplicate of a case we already hold.', category: 'duplicate' };
});

const NOW = '2026-11-23T10:00:00Z';

describe.runIf(onServer)('50 concurrent conflicting actions on one case (PostgreSQL server)', () => {
  let handle: DatabaseHandle;
  let partnerUser: Actor;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedDemoWorld(handle.db, fixedClock(NOW));
    partnerUser = {
      userId: 3,
      name: 'Mikkel Sørensen',
      role: 'partner',
      partnerId: 1,
      creditorId: null,
    };
  });
  afterAll(async () => handle?.close());

  const ctx = (): UseCaseContext => ({
    db: handle.db,
    clock: fixedClock(NOW),
    actor: partnerUser,
    channel: 'slack',
  });

  const perform = (caseId: number, a: Attempt) =>
    a.kind === 'accept'
      ? acceptCase(ctx(), { caseId })
      : declineCase(ctx(), { caseId, reason: a.reason, category: a.category });

  /** A copy of the case, pending for the same partner, to see what one uncontested action writes. */
  async function twinOf(caseId: number): Promise<number> {
    const { id: _id, ...row } = await handle.db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    const twin = await handle.db
      .insertInto('cases')
      .values({ ...row, debtor_name: `${row.debtor_name} (twin)` })
      .returning('id')
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('case_assignments')
      .values({
        case_id: twin.id,
        partner_id: row.assigned_partner_id as number,
        assigned_at: row.created_at,
      })
      .execute();
    return twin.id;
  }

  const historyAfterSeed = async (caseId: number, seededRows: number) =>
    (
      await handle.db
        .selectFrom('case_history')
        .select(['action', 'from_status', 'to_status'])
        .where('case_id', '=', caseId)
        .orderBy('id')
        .execute()
    ).slice(seededRows);

  const noticesOf = async (caseId: number) =>
    (
      await handle.db
        .selectFrom('notices')
        .select(['recipient_type', 'recipient_ref', 'kind'])
        .where('case_id', '=', caseId)
        .execute()
    )
      .map((n) => `${n.kind} → ${n.recipient_type}:${n.recipient_ref}`)
      .sort();

  // The first attempt to start usually takes the lock, so each race starts with a different action.
  it.each([
    { caseId: DEMO_CASE_IDS.toDeclineSharingOn, first: 'an accept', attempts: ATTEMPTS },
    {
      caseId: DEMO_CASE_IDS.toAccept,
      first: 'a decline',
      attempts: [...ATTEMPTS.slice(1), ATTEMPTS[0] as Attempt],
    },
    {
      caseId: DEMO_CASE_IDS.toDeclineSharingOff,
      first: 'a decline (network sharing off)',
      attempts: [...ATTEMPTS.slice(2), ...ATTEMPTS.slice(0, 2)],
    },
  ])('when accept, decline and another decline race 50 times on case $caseId, starting with $first, then exactly one wins and the rest hear "already …"', async ({
    caseId,
    attempts,
  }) => {
    const seededHistory = (await historyAfterSeed(caseId, 0)).length;
    const twin = await twinOf(caseId);

    const results = await Promise.allSettled(attempts.map((a) => perform(caseId, a)));

    const winners = results.flatMap((r, i) => (r.status === 'fulfilled' ? [attempts[i] as Attempt] : []));
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(winners).toHaveLength(1);
    expect(refusals).toHaveLength(49);
    for (const e of refusals) {
      expect(isDomainError(e), String(e)).toBe(true);
      if (isDomainError(e)) {
        expect(['already_done', 'invalid_state']).toContain(e.code);
        expect(e.message).toMatch(/already|no longer|can't|cannot|is (Active|Closed|Collecting Quotes)/i);
      }
    }

    // The same action alone on an identical case writes the history and notices one action writes.
    const winner = winners[0] as Attempt;
    await perform(twin, winner);
    const contested = await historyAfterSeed(caseId, seededHistory);
    const alone = await historyAfterSeed(twin, 0);
    expect(contested).toEqual(alone);
    expect(contested.filter((h) => h.action.startsWith('case.'))).toHaveLength(1);
    expect(await noticesOf(caseId)).toEqual(await noticesOf(twin));

    const after = await handle.db
      .selectFrom('cases')
      .select(['status'])
      .where('id', 'in', [caseId, twin])
      .execute();
    expect(after[0]?.status).toBe(after[1]?.status);
    const openAssignments = await handle.db
      .selectFrom('case_assignments')
      .select('id')
      .where('case_id', '=', caseId)
      .where('ended_at', 'is', null)
      .execute();
    expect(openAssignments).toHaveLength(winner.kind === 'accept' ? 1 : 0);
  });
});

describe.runIf(onServer)('a payment registered while a close waits for the case (PostgreSQL server)', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedDemoWorld(handle.db, fixedClock(NOW));
  });
  afterAll(async () => handle?.close());

  it('when a close as Paid waits on the case lock while a payment is registered, then the payout counts that payment', async () => {
    const caseId = DEMO_CASE_IDS.activeWithPayment;
    const partner: Actor = {
      userId: 3,
      name: 'Mikkel Sørensen',
      role: 'partner',
      partnerId: 1,
      creditorId: null,
    };
    // Another session registers a payment and holds the case row while the close starts.
    const other = new pg.Client({ connectionString: handle.url });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select id from cases where id = $1 for update', [caseId]);
      await other.query(
        `insert into payments (case_id, amount, currency, registered_by_user_id) values ($1, 1000, 'DKK', 3)`,
        [caseId],
      );
      const closing = closeCase(
        { db: handle.db, clock: fixedClock(NOW), actor: partner, channel: 'slack' },
        { caseId, code: 'paid' },
      );
      await new Promise((r) => setTimeout(r, 300)); // the close is now waiting for the row lock
      await other.query('commit');
      await closing;
    } finally {
      await other.end();
    }
    const payout = await handle.db
      .selectFrom('payouts')
      .select('total')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    const paid = await handle.db
      .selectFrom('payments')
      .select((eb) => eb.fn.sum<string>('amount').as('sum'))
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(Number(payout.total)).toBe(Number(paid.sum));
    expect(Number(paid.sum)).toBe(13_500);
  });
});
