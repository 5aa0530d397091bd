import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { findCase } from '../../src/db/repositories/case.repository.ts';
import { listHistory } from '../../src/db/repositories/history.repository.ts';
import { acceptCase } from '../../src/use-cases/cases/accept-case.ts';
import { declineCase } from '../../src/use-cases/cases/decline-case.ts';
import { withdrawCase } from '../../src/use-cases/cases/withdraw-case.ts';
import { createTestDatabase, truncateAll } from '../helpers/db.ts';
import { contextFor, insertCase, insertWorld, type World } from '../helpers/world.ts';

// domain.md, Notices: "produces a notice, written in the same database transaction as the change".
// If the notice cannot be written, the change must not happen either — otherwise someone who must hear
// about it never does. The outbox is made to fail with a trigger on the real database.
describe('a state change and its notice are one transaction', () => {
  let handle: DatabaseHandle;
  let w: World;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await sql`create or replace function refuse_notice() returns trigger language plpgsql as $$
      begin raise exception 'outbox unavailable'; end $$`.execute(handle.db);
  });
  afterAll(async () => handle.close());
  beforeEach(async () => {
    await sql`drop trigger if exists refuse_notice on notices`.execute(handle.db);
    await truncateAll(handle);
    w = await insertWorld(handle.db);
  });

  async function breakOutbox() {
    await sql`create trigger refuse_notice before insert on notices for each row execute function refuse_notice()`.execute(
      handle.db,
    );
  }

  it('when the notice to the creditor cannot be written, then the accept does not happen either', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
    await breakOutbox();

    await expect(acceptCase(contextFor(handle.db, w.partnerUser), { caseId: c.id })).rejects.toThrow(
      /outbox unavailable/,
    );

    expect(await findCase(handle.db, c.id)).toMatchObject({
      status: 'pending_verification',
      collectionPeriodEndsAt: null,
    });
    expect(await listHistory(handle.db, c.id)).toEqual([]);
  });

  it('when the decline message cannot be queued, then no decline, lead or assignment change is left behind', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
    await breakOutbox();

    await expect(
      declineCase(contextFor(handle.db, w.partnerUser), {
        caseId: c.id,
        reason: 'The debtor company was dissolved last year',
        category: 'insolvency_or_ceased',
      }),
    ).rejects.toThrow(/outbox unavailable/);

    expect((await findCase(handle.db, c.id))?.status).toBe('pending_verification');
    expect(await handle.db.selectFrom('declines').selectAll().execute()).toEqual([]);
    expect(await handle.db.selectFrom('leads').selectAll().execute()).toEqual([]);
    expect(await listHistory(handle.db, c.id)).toEqual([]);
  });

  it('when the stop notice to the partner cannot be queued, then the withdrawal does not close the case', async () => {
    const c = await insertCase(handle.db, {
      creditorId: w.creditor.id,
      assignedPartnerId: w.partner.id,
      status: 'active',
      collectionPeriodStartsAt: new Date('2025-06-01T00:00:00Z'),
      collectionPeriodEndsAt: new Date('2025-12-01T00:00:00Z'),
    });
    await breakOutbox();

    await expect(withdrawCase(contextFor(handle.db, w.creditorUser), { caseId: c.id })).rejects.toThrow(
      /outbox unavailable/,
    );

    expect((await findCase(handle.db, c.id))?.status).toBe('active');
    expect(await listHistory(handle.db, c.id)).toEqual([]);
  });
});
