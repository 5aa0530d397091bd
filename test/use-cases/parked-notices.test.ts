import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { NoticeAddress, NoticeSender } from '../../src/conversation/engine-contract.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { listHistory } from '../../src/db/repositories/history.repository.ts';
import { enqueueNotices } from '../../src/db/repositories/notice.repository.ts';
import { createDeliveryWorker } from '../../src/delivery/outbox-worker.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import {
  checkRequeueNotice,
  listParkedNotices,
  requeueNotice,
} from '../../src/use-cases/notices/parked-notices.ts';
import { contextFor, insertCase, TEST_NOW, useWorld, type World } from '../helpers/world.ts';

const channels = {
  QUOTE_ALERT_CHANNEL: 'quote-alerts',
  CLOSE_CODE_CHANNEL: 'close-codes',
  SUPPORT_CHANNEL: 'support',
};

describe('parked notices (support)', () => {
  let handle: DatabaseHandle;
  let w: World;
  useWorld((h, world) => {
    handle = h;
    w = world;
  });
  const clock = fixedClock(TEST_NOW);

  /** The real outbox on Slack; nobody in the world is linked on Slack, and nobody has an e-mail address. */
  function outbox() {
    const sent: Array<{ text: string; to: NoticeAddress }> = [];
    const sender: NoticeSender = {
      surface: 'slack',
      async send(notice, to) {
        sent.push({ text: notice.payload.text, to });
      },
    };
    const worker = createDeliveryWorker({
      db: handle.db,
      senders: [sender],
      channels,
      logger: pino({ level: 'silent' }),
      clock,
    });
    return { worker, sent };
  }

  async function parkedDecline() {
    clock.set(TEST_NOW);
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
    await enqueueNotices(handle.db, [
      {
        recipient: { type: 'creditor', creditorId: w.creditor.id },
        kind: 'case.declined',
        caseId: c.id,
        payload: { text: 'Dear creditor, the partner declined: confidential words.' },
        at: clock.now(),
      },
    ]);
    clock.advance(60_000);
    await outbox().worker.runOnce();
    const notice = await handle.db.selectFrom('notices').selectAll().executeTakeFirstOrThrow();
    expect(notice.status).toBe('parked');
    return { caseId: c.id, noticeId: notice.id };
  }

  it('when support asks for the parked notices, then each shows what, to whom, why and since when, without the message', async () => {
    const { caseId, noticeId } = await parkedDecline();
    const list = await listParkedNotices(contextFor(handle.db, w.supportUser, { clock }));

    expect(list.total).toBe(1);
    expect(list.notices[0]).toMatchObject({
      id: noticeId,
      caseId,
      subject: `Debitura: case ${caseId} declined by the partner`,
    });
    expect(list.summary).toContain(
      `notice ${noticeId}: "Debitura: case ${caseId} declined by the partner" to creditor ${w.creditor.name}`,
    );
    expect(list.summary).toContain('parked since 2026-03-02 10:01 UTC');
    expect(list.summary).toContain('no e-mail address');
    expect(list.summary).not.toContain('confidential words');
  });

  it('when nothing is parked, then support is told so', async () => {
    const list = await listParkedNotices(contextFor(handle.db, w.supportUser, { clock }));
    expect(list.summary).toBe('No notices are parked: every notice was delivered or is on its way.');
  });

  it('when a partner or a creditor asks for parked notices or to requeue one, then they are refused', async () => {
    const { noticeId } = await parkedDecline();
    for (const actor of [w.partnerUser, w.creditorUser]) {
      const ctx = contextFor(handle.db, actor, { clock });
      await expect(listParkedNotices(ctx)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(checkRequeueNotice(ctx, { noticeId })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(requeueNotice(ctx, { noticeId })).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect((await handle.db.selectFrom('notices').select('status').executeTakeFirstOrThrow()).status).toBe(
      'parked',
    );
  });

  it('when support requeues a parked notice after the creditor’s user was linked on Slack, then it is tried again, delivered, and the requeue is in the history', async () => {
    const { caseId, noticeId } = await parkedDecline();
    const ctx = contextFor(handle.db, w.supportUser, { clock });

    const plan = await checkRequeueNotice(ctx, { noticeId });
    expect(plan.summary).toBe(
      `Send notice ${noticeId} ("Debitura: case ${caseId} declined by the partner") again?`,
    );
    expect(plan.effects[0]).toContain('no e-mail address');

    // The cause fixed: the creditor's user is linked on Slack now.
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'slack', external_id: 'U0CRED', user_id: w.creditorUser.userId })
      .execute();
    const result = await requeueNotice(ctx, { noticeId });
    expect(result.summary).toBe(
      `Notice ${noticeId} ("Debitura: case ${caseId} declined by the partner") is queued again and will be sent shortly.`,
    );
    const requeued = await handle.db.selectFrom('notices').selectAll().executeTakeFirstOrThrow();
    expect(requeued).toMatchObject({ status: 'pending', attempts: 0, parked_at: null });

    const { worker, sent } = outbox();
    expect(await worker.runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });
    expect(sent.map((s) => s.to)).toEqual([
      { kind: 'dm', userExternalId: 'U0CRED', displayName: w.creditor.name },
    ]);

    const history = await handle.db.selectFrom('notice_history').selectAll().execute();
    expect(history).toMatchObject([
      { notice_id: noticeId, actor_user_id: w.supportUser.userId, action: 'notice.requeued' },
    ]);
    expect((history[0]?.details as { parkedReason: string }).parkedReason).toContain('no e-mail address');
    const caseHistory = await listHistory(handle.db, caseId);
    expect(caseHistory.at(-1)).toMatchObject({
      action: 'notice.requeued',
      actorUserId: w.supportUser.userId,
    });
  });

  it('when support requeues a notice that is not parked, then nothing changes and they are told why', async () => {
    const { noticeId } = await parkedDecline();
    const ctx = contextFor(handle.db, w.supportUser, { clock });
    await requeueNotice(ctx, { noticeId });

    await expect(requeueNotice(ctx, { noticeId })).rejects.toMatchObject({
      code: 'already_done',
      message: `Notice ${noticeId} is not parked: it is waiting to be sent already.`,
    });
    await expect(checkRequeueNotice(ctx, { noticeId: 999_999 })).rejects.toMatchObject({ code: 'not_found' });
    expect(await handle.db.selectFrom('notice_history').selectAll().execute()).toHaveLength(1);
  });
});
