import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type NoticeAddress,
  type NoticeSender,
  RateLimitedError,
} from '../../src/conversation/engine-contract.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { enqueueNotices, type NoticeRecipient } from '../../src/db/repositories/notice.repository.ts';
import { createDeliveryWorker } from '../../src/delivery/outbox-worker.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createTestDatabase, truncateAll } from '../helpers/db.ts';

const channels = {
  QUOTE_ALERT_CHANNEL: 'quote-alerts',
  CLOSE_CODE_CHANNEL: 'close-codes',
  SUPPORT_CHANNEL: 'support',
};
const silent = pino({ level: 'silent' });

/**
 * A sender that records what it sent and fails as scripted: a list of errors to throw, in order, or per
 * notice text (recipients are delivered to concurrently, so "the first send" is not always the same one).
 */
function scriptedSender(failures: Array<Error | undefined> | Record<string, Error[]> = []) {
  const sent: Array<{ text: string; to: string }> = [];
  const sender: NoticeSender = {
    surface: 'slack',
    async send(notice, address: NoticeAddress) {
      const failure = Array.isArray(failures) ? failures.shift() : failures[notice.payload.text]?.shift();
      if (failure) throw failure;
      sent.push({
        text: notice.payload.text,
        to: address.kind === 'dm' ? `dm:${address.displayName}` : `#${address.channel}`,
      });
    },
  };
  return { sender, sent };
}

describe('notice delivery', () => {
  let handle: DatabaseHandle;
  let creditorId: number;
  let partnerId: number;
  let channelPartnerId: number;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  beforeAll(async () => {
    handle = await createTestDatabase();
  });

  /** A worker on this file's database and clock; each test sets only what it is about. */
  const workerFor = (
    sender: NoticeSender,
    options: Omit<
      Parameters<typeof createDeliveryWorker>[0],
      'db' | 'sender' | 'channels' | 'logger' | 'clock'
    >,
  ) => createDeliveryWorker({ db: handle.db, sender, channels, logger: silent, clock, ...options });
  afterAll(async () => handle.close());

  beforeEach(async () => {
    await truncateAll(handle);
    clock.set('2026-11-23T10:00:00Z');
    const db = handle.db;
    creditorId = (
      await db
        .insertInto('creditors')
        .values({ name: 'Acme ApS', country: 'DK', shadow_of_partner_id: null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    partnerId = (
      await db
        .insertInto('partners')
        .values({ name: 'Nordic Collect', type: 'exclusive', channel: null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    channelPartnerId = (
      await db
        .insertInto('partners')
        .values({ name: 'Baltic Legal', type: 'legal_network', channel: 'baltic-cases' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const users = await db
      .insertInto('users')
      .values([
        {
          handle: 'acme-creditor',
          name: 'Anna',
          role: 'creditor',
          partner_id: null,
          creditor_id: creditorId,
        },
        { handle: 'nordic-partner', name: 'Nils', role: 'partner', partner_id: partnerId, creditor_id: null },
      ])
      .returning(['id', 'handle'])
      .execute();
    await db
      .insertInto('chat_identities')
      .values(users.map((u) => ({ surface: 'slack', external_id: `U-${u.handle}`, user_id: u.id })))
      .execute();
  });

  const notice = (recipient: NoticeRecipient, text: string) => ({
    recipient,
    kind: 'test.notice',
    caseId: null,
    payload: { text },
    at: clock.now(),
  });

  async function statuses() {
    return handle.db
      .selectFrom('notices')
      .select(['id', 'status', 'attempts', 'last_error'])
      .orderBy('id')
      .execute();
  }

  it('when notices are due, then each reaches its place and is marked delivered', async () => {
    await enqueueNotices(handle.db, [
      notice({ type: 'creditor', creditorId }, 'Case 1 was declined'),
      notice({ type: 'partner', partnerId }, 'New case 2 to verify'),
      notice({ type: 'partner', partnerId: channelPartnerId }, 'You are invited to quote'),
      notice({ type: 'channel', channel: 'quote_alerts' }, 'Quotes ready on case 3'),
    ]);
    const { sender, sent } = scriptedSender();
    const worker = workerFor(sender, {
      paceMs: 0,
    });

    const result = await worker.runOnce();

    expect(result.delivered).toBe(4);
    // Different recipients are delivered to concurrently: the order between them is not a promise.
    expect([...sent].sort((a, b) => a.text.localeCompare(b.text))).toEqual([
      { text: 'Case 1 was declined', to: 'dm:Acme ApS' },
      { text: 'New case 2 to verify', to: 'dm:Nordic Collect' },
      { text: 'Quotes ready on case 3', to: '#quote-alerts' },
      { text: 'You are invited to quote', to: '#baltic-cases' },
    ]);
    expect((await statuses()).every((n) => n.status === 'delivered')).toBe(true);
  });

  it('when an earlier notice for a recipient is being retried, then a later one waits for it', async () => {
    await enqueueNotices(handle.db, [
      notice({ type: 'creditor', creditorId }, 'first'),
      notice({ type: 'creditor', creditorId }, 'second'),
      notice({ type: 'channel', channel: 'support' }, 'other recipient'),
    ]);
    const { sender, sent } = scriptedSender({ first: [new Error('socket hang up')] });
    const worker = workerFor(sender, {
      paceMs: 0,
      baseDelayMs: 1000,
      random: () => 0,
    });

    await worker.runOnce();
    expect(sent.map((s) => s.text)).toEqual(['other recipient']);

    clock.advance(1000);
    await worker.runOnce();
    expect(sent.map((s) => s.text)).toEqual(['other recipient', 'first', 'second']);
  });

  it('when Slack answers 429 with Retry-After, then the notice is retried no sooner than Slack asked', async () => {
    await enqueueNotices(handle.db, [
      notice({ type: 'channel', channel: 'close_codes' }, 'Suggest debtor_insolvent'),
    ]);
    const { sender, sent } = scriptedSender([new RateLimitedError(30_000)]);
    const worker = workerFor(sender, {
      paceMs: 0,
    });

    await worker.runOnce();
    clock.advance(29_000);
    await worker.runOnce();
    expect(sent).toEqual([]);

    clock.advance(1_000);
    await worker.runOnce();
    expect(sent).toEqual([{ text: 'Suggest debtor_insolvent', to: '#close-codes' }]);
    expect((await statuses())[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('when sending keeps failing, then the delay doubles each time and the notice is parked with its error, not dropped', async () => {
    await enqueueNotices(handle.db, [notice({ type: 'creditor', creditorId }, 'never arrives')]);
    const failures = Array.from({ length: 10 }, () => new Error('channel_not_found'));
    const { sender } = scriptedSender(failures);
    const worker = workerFor(sender, {
      paceMs: 0,
      baseDelayMs: 1000,
      maxAttempts: 4,
      random: () => 0, // no jitter: the doubling itself is what is checked
    });

    const delays: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      await worker.runOnce();
      const row = await handle.db
        .selectFrom('notices')
        .select(['next_attempt_at', 'status'])
        .executeTakeFirstOrThrow();
      if (row.status === 'pending') {
        delays.push(row.next_attempt_at.getTime() - clock.now().getTime());
        clock.set(row.next_attempt_at);
      }
    }

    expect(delays).toEqual([1000, 2000, 4000]);
    expect((await statuses())[0]).toMatchObject({
      status: 'parked',
      attempts: 4,
      last_error: 'channel_not_found',
    });
  });

  it('when a parked notice sits before a later one, then the later one is still delivered', async () => {
    await enqueueNotices(handle.db, [
      notice({ type: 'creditor', creditorId }, 'broken'),
      notice({ type: 'creditor', creditorId }, 'fine'),
    ]);
    const { sender, sent } = scriptedSender([new Error('boom')]);
    const worker = workerFor(sender, {
      paceMs: 0,
      maxAttempts: 1,
    });

    await worker.runOnce();

    expect(sent.map((s) => s.text)).toEqual(['fine']);
    expect((await statuses()).map((n) => n.status)).toEqual(['parked', 'delivered']);
  });

  it('when nobody on the surface can receive a notice, then it is parked with a reason rather than lost', async () => {
    const lonely = await handle.db
      .insertInto('creditors')
      .values({ name: 'No Chat Ltd', country: 'GB', shadow_of_partner_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await enqueueNotices(handle.db, [notice({ type: 'creditor', creditorId: lonely.id }, 'hello?')]);
    const { sender } = scriptedSender();
    const worker = workerFor(sender, {
      paceMs: 0,
      maxAttempts: 1,
    });

    await worker.runOnce();

    const [row] = await statuses();
    expect(row?.status).toBe('parked');
    expect(row?.last_error).toContain('no linked chat identity');
  });

  it('when two messages go to the same Slack channel, then the worker waits a second between them', async () => {
    await enqueueNotices(handle.db, [
      notice({ type: 'channel', channel: 'quote_alerts' }, 'one'),
      notice({ type: 'channel', channel: 'quote_alerts' }, 'two'),
    ]);
    const { sender, sent } = scriptedSender();
    const waits: number[] = [];
    const worker = workerFor(sender, {
      sleep: async (ms) => {
        waits.push(ms);
      },
    });

    await worker.runOnce();

    expect(sent.map((s) => s.text)).toEqual(['one', 'two']);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(1000);
  });

  it('when two workers share the outbox, then every notice is sent once and in order per recipient', async () => {
    const recipients: NoticeRecipient[] = [
      { type: 'creditor', creditorId },
      { type: 'partner', partnerId },
      { type: 'channel', channel: 'support' },
    ];
    await enqueueNotices(
      handle.db,
      Array.from({ length: 30 }, (_, i) => notice(recipients[i % 3] as NoticeRecipient, `n${i}`)),
    );
    const sent: Array<{ text: string; to: string }> = [];
    const sharedSender: NoticeSender = {
      surface: 'slack',
      async send(n, address) {
        await new Promise((r) => setTimeout(r, 1));
        sent.push({
          text: n.payload.text,
          to: address.kind === 'dm' ? address.displayName : address.channel,
        });
      },
    };
    const make = () => workerFor(sharedSender, { paceMs: 0 });

    await Promise.all([make().runOnce(), make().runOnce(), make().runOnce()]);

    expect(sent).toHaveLength(30);
    expect(new Set(sent.map((s) => s.text)).size).toBe(30);
    for (const to of new Set(sent.map((s) => s.to))) {
      const order = sent.filter((s) => s.to === to).map((s) => Number(s.text.slice(1)));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('when Slack asks to slow down for a channel, then other notices for that channel wait too, without using up attempts', async () => {
    await handle.db
      .updateTable('partners')
      .set({ channel: 'quote-alerts' })
      .where('id', '=', partnerId)
      .execute();
    await enqueueNotices(handle.db, [
      notice({ type: 'channel', channel: 'quote_alerts' }, 'alert'),
      notice({ type: 'partner', partnerId }, 'partner news in the same channel'),
      notice({ type: 'creditor', creditorId }, 'elsewhere'),
    ]);
    const { sender, sent } = scriptedSender([new RateLimitedError(10_000)]);
    const worker = workerFor(sender, {
      paceMs: 0,
      // One notice at a time: the 429 must reach the first notice before the second is on its way.
      concurrency: 1,
      maxInHand: 1,
    });

    await worker.runOnce();
    expect(sent.map((s) => s.text)).toEqual(['elsewhere']);
    expect((await statuses())[1]).toMatchObject({ status: 'pending', attempts: 0 });

    clock.advance(10_000);
    await worker.runOnce();
    expect(sent.map((s) => s.text)).toEqual(['elsewhere', 'alert', 'partner news in the same channel']);
  });
});
