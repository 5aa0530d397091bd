import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { findCase } from '../../src/db/repositories/case.repository.ts';
import { createTestDatabase } from '../helpers/db.ts';
import { insertCase, insertPayment, insertWorld, type World } from '../helpers/world.ts';

// A case carries what it has been paid (migration 004): closing as Paid reads it with the row lock
// instead of summing payments in another round trip. Whoever writes payments, the total must follow.
describe('the paid total on a case', () => {
  let handle: DatabaseHandle;
  let world: World;
  beforeAll(async () => {
    handle = await createTestDatabase();
    world = await insertWorld(handle.db);
  });
  afterAll(async () => handle?.close());

  it('when payments are registered, corrected and removed, then the case total follows each change', async () => {
    const c = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      assignedPartnerId: world.partner.id,
      status: 'active',
    });
    const total = async () => (await findCase(handle.db, c.id))?.paidTotal;
    expect(Number(await total())).toBe(0);

    const first = await insertPayment(handle.db, {
      caseId: c.id,
      amount: '1200.50',
      registeredByUserId: world.partnerUser.userId,
    });
    await insertPayment(handle.db, {
      caseId: c.id,
      amount: 300,
      registeredByUserId: world.partnerUser.userId,
    });
    expect(Number(await total())).toBe(1500.5);

    await handle.db.updateTable('payments').set({ amount: 200 }).where('id', '=', first).execute();
    expect(Number(await total())).toBe(500);

    await handle.db.deleteFrom('payments').where('id', '=', first).execute();
    expect(Number(await total())).toBe(300);
  });
});
