import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { findCase } from '../../../src/db/repositories/case.repository.ts';
import { listHistory } from '../../../src/db/repositories/history.repository.ts';
import { listNotices } from '../../../src/db/repositories/notice.repository.ts';
import { acceptCase, checkAcceptCase } from '../../../src/use-cases/cases/accept-case.ts';
import {
  contextFor,
  insertCase,
  insertPartner,
  insertUser,
  useWorld,
  type World,
} from '../../helpers/world.ts';

describe('case.accept', () => {
  let handle: DatabaseHandle;
  let w: World;
  useWorld((h, world) => {
    handle = h;
    w = world;
  });

  it('when the assigned exclusive partner accepts a pending case, then it is active, the 6-month collection period starts and the creditor is told', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
    const ctx = contextFor(handle.db, w.partnerUser);

    const plan = await checkAcceptCase(ctx, { caseId: c.id });
    const result = await acceptCase(ctx, { caseId: c.id });

    expect(plan.summary).toContain(`Accept case ${c.id}`);
    expect(result.status).toBe('active');
    const after = await findCase(handle.db, c.id);
    expect(after?.status).toBe('active');
    expect(after?.collectionPeriodStartsAt?.toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(after?.collectionPeriodEndsAt?.toISOString()).toBe('2026-09-02T10:00:00.000Z');
    const history = await listHistory(handle.db, c.id);
    expect(history.map((h) => [h.action, h.fromStatus, h.toStatus, h.actorUserId])).toEqual([
      ['case.accept', 'pending_verification', 'active', w.partnerUser.userId],
    ]);
    const notices = await listNotices(handle.db, { caseId: c.id });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.recipient).toEqual({ type: 'creditor', creditorId: w.creditor.id });
    expect(notices[0]?.kind).toBe('case.accepted');
    expect(notices[0]?.payload.text).toContain('2 Sep 2026');
  });

  it('when the partner accepts a second time, then it hears the case was already accepted and nothing more is written', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
    const ctx = contextFor(handle.db, w.partnerUser);
    await acceptCase(ctx, { caseId: c.id });

    await expect(acceptCase(ctx, { caseId: c.id })).rejects.toMatchObject({
      code: 'already_done',
      message: expect.stringContaining(`Case ${c.id} was already accepted`),
    });
    expect(await listHistory(handle.db, c.id)).toHaveLength(1);
    expect(await listNotices(handle.db, { caseId: c.id })).toHaveLength(1);
  });

  it('when the partner has not signed the SDCA, then the accept is refused with the link to sign it', async () => {
    const unsigned = await insertPartner(handle.db, { sdcaSignedAt: null, name: 'Unsigned Oy' });
    const user = await insertUser(handle.db, { role: 'partner', partnerId: unsigned.id });
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: unsigned.id });

    const refusal = checkAcceptCase(contextFor(handle.db, user), { caseId: c.id });

    await expect(refusal).rejects.toMatchObject({
      code: 'sdca_not_signed',
      message: expect.stringMatching(/Standard Debt Collection Agreement.*https:\/\//),
    });
    expect((await findCase(handle.db, c.id))?.status).toBe('pending_verification');
  });

  it('when another partner tries to accept the case, then it is told the case is not theirs', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });

    await expect(
      acceptCase(contextFor(handle.db, w.otherPartnerUser), { caseId: c.id }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await listHistory(handle.db, c.id)).toHaveLength(0);
  });

  it('when the managing partner tries to accept the case it submitted, then it is told it may only follow it', async () => {
    const c = await insertCase(handle.db, {
      creditorId: w.creditor.id,
      assignedPartnerId: w.partner.id,
      managingPartnerId: w.otherPartner.id,
    });

    await expect(
      checkAcceptCase(contextFor(handle.db, w.otherPartnerUser), { caseId: c.id }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('you can follow it'),
    });
  });

  it('when the case number does not exist, then the partner hears there is no such case', async () => {
    await expect(
      checkAcceptCase(contextFor(handle.db, w.partnerUser), { caseId: 9999 }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('when a case waits for more details, then it cannot be accepted until the creditor answers', async () => {
    const c = await insertCase(handle.db, {
      creditorId: w.creditor.id,
      assignedPartnerId: w.partner.id,
      status: 'needs_additional_details',
    });

    await expect(acceptCase(contextFor(handle.db, w.partnerUser), { caseId: c.id })).rejects.toMatchObject({
      code: expect.stringMatching(/invalid_state|already_done/),
    });
  });

  it('when a shadow client’s case is accepted, then the managing partner is told instead of the creditor', async () => {
    const shadow = await handle.db
      .insertInto('creditors')
      .values({ name: 'Shadow Co', country: 'SE', shadow_of_partner_id: w.otherPartner.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const c = await insertCase(handle.db, {
      creditorId: shadow.id,
      assignedPartnerId: w.partner.id,
      managingPartnerId: w.otherPartner.id,
    });

    await acceptCase(contextFor(handle.db, w.partnerUser), { caseId: c.id });

    const notices = await listNotices(handle.db, { caseId: c.id });
    expect(notices.map((n) => n.recipient)).toEqual([{ type: 'partner', partnerId: w.otherPartner.id }]);
  });
});
