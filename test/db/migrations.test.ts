import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createTestDatabase } from '../helpers/db.ts';

describe('migrations', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle.close());

  it('when run again on an up-to-date database, then nothing is applied twice', async () => {
    expect(await migrateToLatest(handle.db)).toEqual([]);
  });

  it('when a case is closed without a close code, then the database refuses it', async () => {
    const creditor = await handle.db
      .insertInto('creditors')
      .values({ name: 'Acme', country: 'DK', shadow_of_partner_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(
      handle.db
        .insertInto('cases')
        .values({
          creditor_id: creditor.id,
          debtor_name: 'X',
          debtor_type: 'company',
          debtor_country: 'DK',
          debtor_region: null,
          principal: 100,
          currency: 'EUR',
          principal_usd: 108,
          debt_date: '2026-01-01',
          document_name: null,
          description: null,
          status: 'closed',
          assigned_partner_id: null,
          managing_partner_id: null,
          close_code: null,
          close_comment: null,
        })
        .execute(),
    ).rejects.toThrow();
  });
});
