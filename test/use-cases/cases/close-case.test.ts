import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { findCase } from '../../../src/db/repositories/case.repository.ts';
import { listHistory } from '../../../src/db/repositories/history.repository.ts';
import { listNotices } from '../../../src/db/repositories/notice.repository.ts';
import { checkCloseCase, closeCase } from '../../../src/use-cases/cases/close-case.ts';
import { checkRegisterPayment, registerPayment } from '../../../src/use-cases/cases/register-payment.ts';
import {
  contextFor,
  insertCase,
  insertPartner,
  insertUser,
  useWorld,
  type World,
} from '../../helpers/world.ts';

const ACCEPTED = new Date('2026-01-05T09:00:00Z');
const PERIOD_END = new Date('2026-07-05T09:00:00Z'); // TEST_NOW (2 Mar 2026) is within it

describe('case.close and payment.register', () => {
  let handle: DatabaseHandle;
  let w: World;
  useWorld((h, world) => {
    handle = h;
    w = world;
  });

  const activeCase = (extra: Parameters<typeof insertCase>[1] extends infer T ? Partial<T> : never = {}) =>
    insertCase(handle.db, {
      creditorId: w.creditor.id,
      assignedPartnerId: w.partner.id,
      status: 'active',
      currency: 'EUR',
      principal: '1000.00',
      commissionRate: '0.1500',
      collectionPeriodStartsAt: ACCEPTED,
      collectionPeriodEndsAt: PERIOD_END,
      ...extra,
    });

  it('when a case closes as Paid without a registered payment, then it is refused with "register the payment first"', async () => {
    const c = await activeCase();

    await expect(
      closeCase(contextFor(handle.db, w.partnerUser), { caseId: c.id, code: 'paid' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Register the payment first'),
    });
    expect((await findCase(handle.db, c.id))?.status).toBe('active');
    expect(await listHistory(handle.db, c.id)).toHaveLength(0);
    expect(await listNotices(handle.db, { caseId: c.id })).toHaveLength(0);
  });

  it('when payments are registered and the case closes as Paid, then a payout splits them by the commission rate to the cent', async () => {
    const c = await activeCase();
    const ctx = contextFor(handle.db, w.partnerUser);
    await registerPayment(ctx, { caseId: c.id, amount: 333.33 });
    await registerPayment(ctx, { caseId: c.id, amount: '666.68' });

    const result = await closeCase(ctx, { caseId: c.id, code: 'paid', comment: 'Paid in two instalments' });

    expect(result.status).toBe('closed');
    const payouts = await handle.db.selectFrom('payouts').selectAll().where('case_id', '=', c.id).execute();
    expect(payouts).toHaveLength(1);
    // 1000.01 × 15% = 150.0015 → 150.00 to the partner, the remainder to the creditor
    expect(payouts[0]).toMatchObject({
      total: '1000.01',
      partner_amount: '150.00',
      creditor_amount: '850.01',
      commission_rate: '0.1500',
      currency: 'EUR',
    });
    const after = await findCase(handle.db, c.id);
    expect(after).toMatchObject({
      status: 'closed',
      closeCode: 'paid',
      closeComment: 'Paid in two instalments',
    });
    const assignment = await handle.db
      .selectFrom('case_assignments')
      .selectAll()
      .where('case_id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(assignment.outcome).toBe('paid');
    expect(assignment.ended_at).not.toBeNull();
    const history = await listHistory(handle.db, c.id);
    expect(history.map((h) => h.action)).toEqual(['payment.register', 'payment.register', 'case.close']);
    const closed = (await listNotices(handle.db, { caseId: c.id })).filter((n) => n.kind === 'case.closed');
    expect(closed).toHaveLength(1);
    expect(closed[0]?.recipient).toEqual({ type: 'creditor', creditorId: w.creditor.id });
    expect(closed[0]?.payload.text).toContain('Paid');
    expect(closed[0]?.payload.text).toContain('EUR 850.01');
  });

  it('when a case closes as Partially paid after a payment, then it closes with a payout too', async () => {
    const c = await activeCase();
    const ctx = contextFor(handle.db, w.partnerUser);
    await registerPayment(ctx, { caseId: c.id, amount: 400 });

    await closeCase(ctx, { caseId: c.id, code: 'partially_paid' });

    const payout = await handle.db.selectFrom('payouts').selectAll().executeTakeFirstOrThrow();
    expect(payout).toMatchObject({ total: '400.00', partner_amount: '60.00', creditor_amount: '340.00' });
  });

  it('when a payment is in another currency than the case, then it is refused', async () => {
    const c = await activeCase();

    await expect(
      checkRegisterPayment(contextFor(handle.db, w.partnerUser), {
        caseId: c.id,
        amount: 100,
        currency: 'USD',
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('EUR') });
  });

  it('when a payment is registered on a case still pending verification, then it is refused', async () => {
    const c = await activeCase({
      status: 'pending_verification',
      collectionPeriodStartsAt: null,
      collectionPeriodEndsAt: null,
    });

    await expect(
      registerPayment(contextFor(handle.db, w.partnerUser), { caseId: c.id, amount: 100 }),
    ).rejects.toMatchObject({ code: 'invalid_state' });
  });

  it('when a case closes as Other without a comment, then a comment is asked for', async () => {
    const c = await activeCase();

    await expect(
      checkCloseCase(contextFor(handle.db, w.partnerUser), { caseId: c.id, code: 'other', comment: '  ' }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('comment') });
  });

  it('when a case closes as Other with a suggested code, then the suggestion goes to the close-code channel', async () => {
    const c = await activeCase();

    await closeCase(contextFor(handle.db, w.partnerUser), {
      caseId: c.id,
      code: 'other',
      comment: 'Debtor company was dissolved last month',
      suggestedCode: 'debtor_insolvent',
    });

    const notices = await listNotices(handle.db, { caseId: c.id });
    expect(notices.map((n) => [n.recipient, n.kind])).toEqual([
      [{ type: 'creditor', creditorId: w.creditor.id }, 'case.closed'],
      [{ type: 'channel', channel: 'close_codes' }, 'closecode.suggestion'],
    ]);
    expect(notices[1]?.payload.text).toContain('Debtor Insolvent/Bankrupt');
  });

  it('when Pre-Legal Exhausted is chosen before the collection period ends, then it needs confirmation and says why', async () => {
    const c = await activeCase();
    const ctx = contextFor(handle.db, w.partnerUser);

    await expect(closeCase(ctx, { caseId: c.id, code: 'prelegal_exhausted' })).rejects.toMatchObject({
      code: 'needs_confirmation',
      message: expect.stringContaining('5 Jul 2026'),
    });
    expect((await findCase(handle.db, c.id))?.status).toBe('active');

    const confirmed = await closeCase(ctx, {
      caseId: c.id,
      code: 'prelegal_exhausted',
      confirmedEarlyPrelegal: true,
    });
    expect(confirmed.status).toBe('closed');
  });

  it('when Pre-Legal Exhausted is chosen after the collection period, then it closes without asking', async () => {
    const c = await activeCase({
      collectionPeriodStartsAt: new Date('2025-06-01T00:00:00Z'),
      collectionPeriodEndsAt: new Date('2025-12-01T00:00:00Z'),
    });

    const result = await closeCase(contextFor(handle.db, w.partnerUser), {
      caseId: c.id,
      code: 'prelegal_exhausted',
    });

    expect(result.status).toBe('closed');
  });

  it('when a paused or waiting case is closed with a code, then it closes', async () => {
    const paused = await activeCase({ status: 'paused' });
    const waiting = await activeCase({ status: 'needs_additional_details' });
    const ctx = contextFor(handle.db, w.partnerUser);

    await closeCase(ctx, { caseId: paused.id, code: 'withdrawn_by_client' });
    await closeCase(ctx, { caseId: waiting.id, code: 'invalid_case_data', comment: 'No invoice ever came' });

    expect((await findCase(handle.db, paused.id))?.closeCode).toBe('withdrawn_by_client');
    expect((await findCase(handle.db, waiting.id))?.closeCode).toBe('invalid_case_data');
  });

  it('when a case pending verification is closed, then it is refused: accept or decline it first', async () => {
    const c = await activeCase({
      status: 'pending_verification',
      collectionPeriodStartsAt: null,
      collectionPeriodEndsAt: null,
    });

    await expect(
      closeCase(contextFor(handle.db, w.partnerUser), { caseId: c.id, code: 'uneconomical' }),
    ).rejects.toMatchObject({
      code: 'invalid_state',
      message: expect.stringContaining('Accept or decline it first'),
    });
  });

  it('when a closed case is closed again, then the partner hears it was already closed', async () => {
    const c = await activeCase();
    const ctx = contextFor(handle.db, w.partnerUser);
    await closeCase(ctx, { caseId: c.id, code: 'uneconomical' });

    await expect(closeCase(ctx, { caseId: c.id, code: 'uneconomical' })).rejects.toMatchObject({
      code: expect.stringMatching(/already_done|invalid_state/),
    });
    expect(await listHistory(handle.db, c.id)).toHaveLength(1);
  });

  it('when the creditor or support tries to close a case, then only the partner working it may', async () => {
    const c = await activeCase();

    await expect(
      checkCloseCase(contextFor(handle.db, w.creditorUser), { caseId: c.id, code: 'uneconomical' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      checkCloseCase(contextFor(handle.db, w.supportUser), { caseId: c.id, code: 'uneconomical' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
  it('when a Paid close carries the payment, then payment and close happen in one transaction', async () => {
    const c = await activeCase();
    const ctx = contextFor(handle.db, w.partnerUser);

    const plan = await checkCloseCase(ctx, { caseId: c.id, code: 'paid', payment: { amount: 1000 } });
    await closeCase(ctx, { caseId: c.id, code: 'paid', payment: { amount: 1000 } });

    expect(plan.effects[0]).toContain('EUR 1,000.00');
    const payout = await handle.db.selectFrom('payouts').selectAll().executeTakeFirstOrThrow();
    expect(payout).toMatchObject({ total: '1000.00', partner_amount: '150.00', creditor_amount: '850.00' });
    expect((await listHistory(handle.db, c.id)).map((h) => h.action)).toEqual([
      'payment.register',
      'case.close',
    ]);
  });

  it('when a close with a payment is refused, then no payment is left behind', async () => {
    const c = await activeCase();

    await expect(
      closeCase(contextFor(handle.db, w.partnerUser), {
        caseId: c.id,
        code: 'other',
        payment: { amount: 50 },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });

    expect(await handle.db.selectFrom('payments').selectAll().execute()).toHaveLength(0);
    expect(await listHistory(handle.db, c.id)).toHaveLength(0);
  });
  it('when the partner has not signed the SDCA, then closing and registering payments are refused too', async () => {
    const unsigned = await insertPartner(handle.db, { sdcaSignedAt: null });
    const user = await insertUser(handle.db, { role: 'partner', partnerId: unsigned.id });
    const c = await activeCase({ assignedPartnerId: unsigned.id });

    await expect(
      closeCase(contextFor(handle.db, user), { caseId: c.id, code: 'uneconomical' }),
    ).rejects.toMatchObject({
      code: 'sdca_not_signed',
    });
    await expect(
      registerPayment(contextFor(handle.db, user), { caseId: c.id, amount: 10 }),
    ).rejects.toMatchObject({
      code: 'sdca_not_signed',
    });
  });
});
