import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { findCase } from '../../../src/db/repositories/case.repository.ts';
import { listHistory } from '../../../src/db/repositories/history.repository.ts';
import { listNotices } from '../../../src/db/repositories/notice.repository.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { checkWithdrawCase, withdrawCase } from '../../../src/use-cases/cases/withdraw-case.ts';
import {
  contextFor,
  insertCase,
  insertCreditor,
  insertUser,
  useWorld,
  type World,
} from '../../helpers/world.ts';

describe('case.withdraw (client-requested closure)', () => {
  let handle: DatabaseHandle;
  let w: World;
  useWorld((h, world) => {
    handle = h;
    w = world;
  });

  const accepted = () =>
    insertCase(handle.db, {
      creditorId: w.creditor.id,
      assignedPartnerId: w.partner.id,
      status: 'active',
      collectionPeriodStartsAt: new Date('2026-01-05T09:00:00Z'),
      collectionPeriodEndsAt: new Date('2026-07-05T09:00:00Z'),
    });

  it('when the creditor withdraws within the collection period, then the case is paused and the partner gets the standard full-fee message', async () => {
    const c = await accepted();
    const ctx = contextFor(handle.db, w.creditorUser);

    const plan = await checkWithdrawCase(ctx, { caseId: c.id });
    const result = await withdrawCase(ctx, { caseId: c.id, comment: 'Debtor is a customer again' });

    expect(plan.effects.join(' ')).toContain('full success fee and collection costs apply');
    expect(result.status).toBe('paused');
    expect((await findCase(handle.db, c.id))?.status).toBe('paused');
    const history = await listHistory(handle.db, c.id);
    expect(history.map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
      ['case.withdraw', 'active', 'paused'],
    ]);
    const notices = await listNotices(handle.db, { caseId: c.id });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      recipient: { type: 'partner', partnerId: w.partner.id },
      kind: 'case.withdrawal_paused',
    });
    expect(notices[0]?.payload.text).toContain('The full success fee and collection costs apply');
  });

  it('when the creditor withdraws after the collection period, then the case closes as Withdrawn by Client and the partner is told to stop all collection activity', async () => {
    const c = await accepted();
    const ctx = contextFor(handle.db, w.creditorUser, { clock: fixedClock('2026-08-01T12:00:00Z') });

    const result = await withdrawCase(ctx, { caseId: c.id });

    expect(result.status).toBe('closed');
    expect(await findCase(handle.db, c.id)).toMatchObject({
      status: 'closed',
      closeCode: 'withdrawn_by_client',
    });
    const notices = await listNotices(handle.db, { caseId: c.id });
    expect(notices.map((n) => n.kind)).toEqual(['case.withdrawal_stop']);
    expect(notices[0]?.payload.text).toContain('stop all collection activity');
  });

  it('when a paused case is withdrawn again, then the creditor hears it was already withdrawn', async () => {
    const c = await accepted();
    const ctx = contextFor(handle.db, w.creditorUser);
    await withdrawCase(ctx, { caseId: c.id });

    await expect(withdrawCase(ctx, { caseId: c.id })).rejects.toMatchObject({
      code: 'already_done',
      message: expect.stringContaining('already withdrawn'),
    });
    expect(await listHistory(handle.db, c.id)).toHaveLength(1);
  });

  it('when a partner or another creditor tries to withdraw, then only the case’s creditor may', async () => {
    const c = await accepted();

    await expect(
      checkWithdrawCase(contextFor(handle.db, w.partnerUser), { caseId: c.id }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const stranger = await insertCreditor(handle.db);
    const strangerUser = await insertUser(handle.db, { role: 'creditor', creditorId: stranger.id });
    await expect(
      checkWithdrawCase(contextFor(handle.db, strangerUser), { caseId: c.id }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('when a case collecting quotes is withdrawn, then the creditor is pointed to pulling back the lead', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, status: 'collecting_quotes' });

    await expect(
      checkWithdrawCase(contextFor(handle.db, w.creditorUser), { caseId: c.id }),
    ).rejects.toMatchObject({
      code: 'invalid_state',
      message: expect.stringContaining('pull back the lead'),
    });
  });
  it('when a case without a collection period (quote-based) is withdrawn, then it closes at once', async () => {
    const c = await insertCase(handle.db, {
      creditorId: w.creditor.id,
      assignedPartnerId: w.networkPartner.id,
      status: 'active',
    });

    const result = await withdrawCase(contextFor(handle.db, w.creditorUser), { caseId: c.id });

    expect(result.status).toBe('closed');
    const notices = await listNotices(handle.db, { caseId: c.id });
    expect(notices.map((n) => [n.recipient, n.kind])).toEqual([
      [{ type: 'partner', partnerId: w.networkPartner.id }, 'case.withdrawal_stop'],
    ]);
  });

  it('when a case still pending verification is withdrawn, then it closes as Withdrawn by Client and the partner is told to stop', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });

    await withdrawCase(contextFor(handle.db, w.creditorUser), { caseId: c.id });

    expect(await findCase(handle.db, c.id)).toMatchObject({
      status: 'closed',
      closeCode: 'withdrawn_by_client',
    });
    const assignment = await handle.db.selectFrom('case_assignments').selectAll().executeTakeFirstOrThrow();
    expect(assignment.outcome).toBe('withdrawn_by_client');
  });
});
