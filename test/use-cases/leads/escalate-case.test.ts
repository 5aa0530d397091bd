import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { escalateCase } from '../../../src/use-cases/leads/escalate-case.ts';
import { createTestDatabase, truncateAll } from '../../helpers/db.ts';
import {
  contextFor,
  insertCase,
  insertCreditor,
  insertPartner,
  insertUser,
  TEST_NOW,
} from '../../helpers/world.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

describe('legal escalation (use case)', () => {
  beforeEach(async () => truncateAll(handle));

  it('when two escalations of the same case race, then one lead is opened and the other is told it is already escalated', async () => {
    const creditor = await insertCreditor(handle.db, {});
    const user = await insertUser(handle.db, { role: 'creditor', creditorId: creditor.id });
    const partner = await insertPartner(handle.db, { coverage: [{ country: 'DK' }] });
    await insertPartner(handle.db, { type: 'legal_network', coverage: [{ country: 'DK' }] });
    const c = await insertCase(handle.db, {
      creditorId: creditor.id,
      assignedPartnerId: partner.id,
      status: 'active',
      principal: 5000,
      principalUsd: 5000,
      collectionPeriodStartsAt: new Date('2025-06-01T00:00:00Z'),
      collectionPeriodEndsAt: new Date('2025-12-01T00:00:00Z'),
    });

    const results = await Promise.allSettled([
      escalateCase(contextFor(handle.db, user), { caseId: c.id }),
      escalateCase(contextFor(handle.db, user), { caseId: c.id }),
    ]);

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
      code: 'already_done',
    });
    const leads = await handle.db.selectFrom('leads').selectAll().where('case_id', '=', c.id).execute();
    expect(leads).toHaveLength(1);
    expect(leads[0]?.origin).toBe('legal_escalation');
    expect(TEST_NOW.getTime()).toBeGreaterThan(new Date('2025-12-01T00:00:00Z').getTime());
  });
});
