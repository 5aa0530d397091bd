import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { findCase } from '../../../src/db/repositories/case.repository.ts';
import { listHistory } from '../../../src/db/repositories/history.repository.ts';
import { listNotices } from '../../../src/db/repositories/notice.repository.ts';
import type { Actor } from '../../../src/domain/actor.ts';
import { offerCustomTerms } from '../../../src/use-cases/cases/offer-custom-terms.ts';
import { requestInfo } from '../../../src/use-cases/cases/request-info.ts';
import { createTestDatabase, truncateAll } from '../../helpers/db.ts';
import {
  contextFor,
  insertCase,
  insertCreditor,
  insertPartner,
  insertUser,
  type TestCase,
} from '../../helpers/world.ts';

// domain.md: "Every partner action on a case needs a signed SDCA; without one, the bot says so and
// offers the link." Accept, decline, close, payment, quote and submit have their own tests; these are
// the two remaining actions of the verification step.
describe('SDCA gate on the remaining partner actions', () => {
  let handle: DatabaseHandle;
  let c: TestCase;
  let user: Actor;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle.close());
  beforeEach(async () => {
    await truncateAll(handle);
    const creditor = await insertCreditor(handle.db, { networkSharing: true });
    const unsigned = await insertPartner(handle.db, { sdcaSignedAt: null, coverage: [{ country: 'DK' }] });
    user = await insertUser(handle.db, { role: 'partner', partnerId: unsigned.id });
    c = await insertCase(handle.db, { creditorId: creditor.id, assignedPartnerId: unsigned.id });
  });

  async function expectNothingWritten() {
    expect((await findCase(handle.db, c.id))?.status).toBe('pending_verification');
    expect(await listHistory(handle.db, c.id)).toEqual([]);
    expect(await listNotices(handle.db, { caseId: c.id })).toEqual([]);
    expect(await handle.db.selectFrom('leads').selectAll().execute()).toEqual([]);
  }

  it('when a partner without a signed SDCA requests more information, then it is refused with the link and nothing is written', async () => {
    await expect(
      requestInfo(contextFor(handle.db, user), { caseId: c.id, question: 'Please send the invoice.' }),
    ).rejects.toMatchObject({
      code: 'sdca_not_signed',
      details: { link: expect.stringContaining('https://') },
    });
    await expectNothingWritten();
  });

  it('when a partner without a signed SDCA offers custom terms, then it is refused with the link and no lead opens', async () => {
    await expect(
      offerCustomTerms(contextFor(handle.db, user), {
        caseId: c.id,
        successFeePct: 25,
        terms: 'Court fees extra',
      }),
    ).rejects.toMatchObject({
      code: 'sdca_not_signed',
      details: { link: expect.stringContaining('https://') },
    });
    await expectNothingWritten();
  });
});
