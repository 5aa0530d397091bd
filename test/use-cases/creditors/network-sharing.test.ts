import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { listCreditorHistory } from '../../../src/db/repositories/creditor.repository.ts';
import {
  checkSetNetworkSharing,
  getNetworkSharing,
  setNetworkSharing,
} from '../../../src/use-cases/creditors/network-sharing.ts';
import { createTestDatabase, truncateAll } from '../../helpers/db.ts';
import { contextFor, insertCreditor, insertPartner, insertUser } from '../../helpers/world.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

describe('network sharing (creditor account setting)', () => {
  beforeEach(async () => truncateAll(handle));

  it('when two of the creditor’s users turn it off at the same moment, then it changes once and one is told it already is', async () => {
    const creditor = await insertCreditor(handle.db, { name: 'Acme ApS' });
    const a = await insertUser(handle.db, { role: 'creditor', creditorId: creditor.id });
    const b = await insertUser(handle.db, { role: 'creditor', creditorId: creditor.id });

    const results = await Promise.allSettled([
      setNetworkSharing(contextFor(handle.db, a), { on: false }),
      setNetworkSharing(contextFor(handle.db, b), { on: false }),
    ]);

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'already_done' });
    expect(await listCreditorHistory(handle.db, creditor.id)).toHaveLength(1);
    expect((await getNetworkSharing(contextFor(handle.db, a), {})).on).toBe(false);
  });

  it('a shadow client has no settings of its own, and a partner may not see or change any', async () => {
    const partner = await insertPartner(handle.db, { coverage: [{ country: 'DE' }] });
    await insertCreditor(handle.db, { name: 'Shadow Client GmbH', shadowOfPartnerId: partner.id });
    const support = await insertUser(handle.db, { role: 'support' });
    const partnerUser = await insertUser(handle.db, { role: 'partner', partnerId: partner.id });

    await expect(
      checkSetNetworkSharing(contextFor(handle.db, support), { on: false, creditor: 'Shadow Client' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(getNetworkSharing(contextFor(handle.db, partnerUser), {})).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
