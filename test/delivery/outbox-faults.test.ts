import nock from 'nock';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { enqueueNotices, type NoticeRecipient } from '../../src/db/repositories/notice.repository.ts';
import { createDeliveryWorker, type DeliveryWorkerOptions } from '../../src/delivery/outbox-worker.ts';
import { type Clock, fixedClock, systemClock } from '../../src/domain/clock.ts';
import { createSlackNoticeClient, createSlackNoticeSender } from '../../src/surfaces/slack/notice-sender.ts';
import { createTestDatabase, truncateAll } from '../helpers/db.ts';

// Notice delivery to Slack when Slack misbehaves: 500s, 429s with Retry-After, slow answers. Slack is faked
// at the wire (nock), with answers shaped like the Web API's; the outbox and its database are real.

const channels = {
  QUOTE_ALERT_CHANNEL: 'quote-alerts',
  CLOSE_CODE_CHANNEL: 'close-codes',
  SUPPORT_CHANNEL: 'support',
};
const silent = pino({ level: 'silent' });

type Answer =
  | readonly [number, string | Record<string, unknown>]
  | readonly [number, string | Record<string, unknown>, Record<string, string>];
interface Post {
  channel: string;
  text: string;
}

/**
 * Slack's Web API at the wire: conversations.open gives each user their own DM channel (D-<user>), and
 * chat.postMessage answers as `decide` says (default: posted). Every call is recorded; `posted` holds only
 * the messages Slack accepted, in the order they were accepted.
 */
function fakeSlack(
  decide: (post: Post, call: number) => Answer | 'ok' | Promise<Answer | 'ok'> = () => 'ok',
) {
  const calls: Post[] = [];
  const posted: Post[] = [];
  const events: string[] = [];
  const scope = nock('https://slack.com')
    .persist()
    .post(/^\/api\/[a-zA-Z.]+$/)
    .reply((uri, body, callback) => {
      const method = uri.replace('/api/', '');
      const args = Object.fromEntries(new URLSearchParams(String(body)));
      if (method === 'conversations.open') {
        callback(null, [200, { ok: true, channel: { id: `D-${args.users}` } }]);
        return;
      }
      const post = { channel: String(args.channel), text: String(args.text) };
      calls.push(post);
      events.push(`received ${post.text}`);
      Promise.resolve(decide(post, calls.length)).then((answer) => {
        events.push(`answered ${post.text}`);
        if (answer === 'ok') {
          posted.push(post);
          callback(null, [
            200,
            { ok: true, channel: post.channel, ts: `1763900000.${String(calls.length).padStart(6, '0')}` },
          ]);
        } else {
          callback(null, answer);
        }
      });
    });
  return {
    calls,
    posted,
    events,
    done() {
      scope.persist(false);
      nock.cleanAll();
    },
  };
}

const serverError: Answer = [500, 'Internal Server Error'];
const rateLimited = (seconds: number): Answer => [
  429,
  { ok: false, error: 'ratelimited' },
  { 'Retry-After': String(seconds) },
];

/** A small deterministic random source, so that the fault pattern is the same on every run. */
function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('notice delivery under Slack faults', () => {
  let handle: DatabaseHandle;
  let slack: ReturnType<typeof fakeSlack> | undefined;
  const clock = fixedClock('2026-12-01T10:00:00Z');
  let creditorIds: number[];
  let twoUserCreditorId: number;

  beforeAll(async () => {
    handle = await createTestDatabase();
    nock.disableNetConnect();
  });
  afterAll(async () => handle.close());
  afterEach(() => slack?.done());

  beforeEach(async () => {
    await truncateAll(handle);
    clock.set('2026-12-01T10:00:00Z');
    const db = handle.db;
    const creditors = await db
      .insertInto('creditors')
      .values(
        ['Acme ApS', 'Borealis AB', 'Castor Oy', 'Duna Kft', 'Eiger AG'].map((name) => ({
          name,
          country: 'DK',
          shadow_of_partner_id: null,
        })),
      )
      .returning('id')
      .execute();
    creditorIds = creditors.map((c) => c.id).slice(0, 4);
    twoUserCreditorId = creditors[4]?.id as number;
    const users = await db
      .insertInto('users')
      .values([
        ...creditorIds.map((id, i) => ({
          handle: `creditor-${i}`,
          name: `User ${i}`,
          role: 'creditor',
          partner_id: null,
          creditor_id: id,
        })),
        { handle: 'anna', name: 'Anna', role: 'creditor', partner_id: null, creditor_id: twoUserCreditorId },
        { handle: 'bob', name: 'Bob', role: 'creditor', partner_id: null, creditor_id: twoUserCreditorId },
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

  /** A worker delivering through the real Slack client and sender, on this file's database. */
  const workerFor = (options: Partial<DeliveryWorkerOptions> & { clock?: Clock } = {}) =>
    createDeliveryWorker({
      db: handle.db,
      sender: createSlackNoticeSender(createSlackNoticeClient('xoxb-test-token')),
      channels,
      logger: silent,
      clock,
      paceMs: 0,
      sleep: async () => {},
      ...options,
    });

  async function notices() {
    return handle.db
      .selectFrom('notices')
      .select(['id', 'status', 'attempts', 'last_error', 'next_attempt_at'])
      .orderBy('id')
      .execute();
  }

  it('when 30 % of posts fail with 500 or 429, then every notice arrives exactly once and in order per recipient', async () => {
    const random = seeded(7);
    slack = fakeSlack(() => {
      const r = random();
      return r < 0.15 ? serverError : r < 0.3 ? rateLimited(1) : 'ok';
    });
    const recipients: NoticeRecipient[] = [
      ...creditorIds.map((creditorId): NoticeRecipient => ({ type: 'creditor', creditorId })),
      { type: 'creditor', creditorId: twoUserCreditorId },
      { type: 'channel', channel: 'support' },
    ];
    await enqueueNotices(
      handle.db,
      Array.from({ length: 36 }, (_, i) =>
        notice(recipients[i % recipients.length] as NoticeRecipient, `n${i}`),
      ),
    );
    // Two instances sharing the outbox, as two bot processes on one database would.
    const workers = [workerFor(), workerFor()];

    for (let round = 0; round < 60; round++) {
      await Promise.all(workers.map((w) => w.runOnce()));
      if ((await notices()).every((n) => n.status !== 'pending')) break;
      clock.advance(1000);
    }

    expect((await notices()).map((n) => n.status)).toEqual(Array(36).fill('delivered'));
    // The two-user creditor's notices reach both users; everyone else's reach one place.
    expect(slack.posted).toHaveLength(42);
    const perPlace = new Map<string, number[]>();
    for (const p of slack.posted) {
      perPlace.set(p.channel, [...(perPlace.get(p.channel) ?? []), Number(p.text.slice(1))]);
    }
    for (const [, order] of perPlace) {
      expect(new Set(order).size).toBe(order.length); // never twice to the same place
      expect(order).toEqual([...order].sort((a, b) => a - b)); // and in the order they were written
    }
    expect(slack.calls.length).toBeGreaterThan(42); // the faults did happen
  });

  it('when Slack answers 429 with Retry-After: 1, then the notice is posted again a second later, while other work goes on', async () => {
    // Slack takes 300 ms (on the worker's clock) to accept each post; the support channel asks for a second.
    let refusedAt: number | undefined;
    const postedAt = new Map<string, number>();
    slack = fakeSlack((post) => {
      clock.advance(300);
      if (post.text === 'support news' && refusedAt === undefined) {
        refusedAt = clock.now().getTime();
        return rateLimited(1);
      }
      postedAt.set(post.text, clock.now().getTime());
      return 'ok';
    });
    await enqueueNotices(handle.db, [
      notice({ type: 'channel', channel: 'support' }, 'support news'),
      ...Array.from({ length: 10 }, (_, i) =>
        notice({ type: 'creditor', creditorId: creditorIds[0] as number }, `creditor update ${i}`),
      ),
    ]);

    await workerFor().runOnce();

    const retryAfter = (postedAt.get('support news') ?? Number.NaN) - (refusedAt ?? Number.NaN);
    // Not before the second Slack asked for, and soon after it rather than after the rest of the run:
    // the run claims retries as they fall due. Each post takes 300 ms of the worker's time here and the
    // creditor's posts go on meanwhile, so "soon" is within a few posts' time.
    expect(retryAfter).toBeGreaterThanOrEqual(1000);
    expect(retryAfter).toBeLessThan(1000 + 6 * 300);
    expect(slack.posted.map((p) => p.text).indexOf('support news')).toBeLessThan(10);
    expect((await notices())[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('when one recipient is slow to answer, then another recipient’s notice does not wait for it', async () => {
    slack = fakeSlack(async (post) => {
      if (post.channel === 'D-U-creditor-0') await new Promise((r) => setTimeout(r, 300));
      return 'ok' as const;
    });
    await enqueueNotices(handle.db, [
      notice({ type: 'creditor', creditorId: creditorIds[0] as number }, 'slow'),
      notice({ type: 'creditor', creditorId: creditorIds[1] as number }, 'quick'),
    ]);

    await workerFor().runOnce();

    const { events } = slack;
    expect(events.indexOf('received quick')).toBeLessThan(events.indexOf('answered slow'));
    expect(slack.posted.map((p) => p.text).sort()).toEqual(['quick', 'slow']);
  });

  it('when a send gets no answer before its timeout, then no other worker posts it while the first answer is still coming', async () => {
    // Real time here: the send timeout is the client's. Slack answers the first post after 2.5 s;
    // the claim lasts 1.5 s. The notice must not be posted by a second worker meanwhile.
    let calls = 0;
    slack = fakeSlack(async () => {
      calls++;
      if (calls === 1) await new Promise((r) => setTimeout(r, 2500));
      return 'ok' as const;
    });
    await enqueueNotices(handle.db, [notice({ type: 'channel', channel: 'support' }, 'once only')]);
    const options = {
      clock: systemClock,
      sendTimeoutMs: 300,
      maxPaceWaitMs: 100,
      leaseMs: 1500,
      baseDelayMs: 60_000,
    };
    const slow = workerFor({
      ...options,
      sender: createSlackNoticeSender(createSlackNoticeClient('xoxb-test-token', { timeout: 300 })),
    });
    const other = workerFor(options);

    const first = slow.runOnce();
    const until = Date.now() + 2700;
    while (Date.now() < until) {
      await other.runOnce();
      await new Promise((r) => setTimeout(r, 100));
    }
    await first;

    expect(slack.calls).toHaveLength(1);
    const [row] = await notices();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row?.last_error).toMatch(/abort|timeout|time|no answer .* within/i);
  });

  it('when a creditor has two users and the second one fails, then the retry does not send it to the first again', async () => {
    slack = fakeSlack((post, call) => (post.channel === 'D-U-bob' && call <= 2 ? serverError : 'ok'));
    await enqueueNotices(handle.db, [
      notice({ type: 'creditor', creditorId: twoUserCreditorId }, 'Case 7 was declined'),
    ]);
    const worker = workerFor({ random: () => 0 });

    await worker.runOnce();
    clock.advance(1000);
    await worker.runOnce();

    expect(slack.posted).toEqual([
      { channel: 'D-U-anna', text: 'Case 7 was declined' },
      { channel: 'D-U-bob', text: 'Case 7 was declined' },
    ]);
    expect((await notices())[0]).toMatchObject({ status: 'delivered', attempts: 2 });
    const marks = await handle.db
      .selectFrom('notice_deliveries')
      .select(['address', 'attempts', 'sent_at'])
      .orderBy('address')
      .execute();
    expect(marks.map((m) => [m.address, m.attempts, m.sent_at !== null])).toEqual([
      ['dm:U-anna', 1, true],
      ['dm:U-bob', 2, true],
    ]);
  });

  it('when Slack answers 500, then the notice is retried about a second later, then two, and parked with the reason after the last attempt', async () => {
    slack = fakeSlack(() => serverError);
    await enqueueNotices(handle.db, [notice({ type: 'channel', channel: 'support' }, 'never lands')]);
    const worker = workerFor({ maxAttempts: 3 });

    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await worker.runOnce();
      const [row] = await notices();
      if (row?.status === 'pending') {
        delays.push(row.next_attempt_at.getTime() - clock.now().getTime());
        clock.set(row.next_attempt_at);
      }
    }

    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(1000);
    expect(delays[0]).toBeLessThanOrEqual(1250);
    expect(delays[1]).toBeGreaterThanOrEqual(2000);
    expect(delays[1]).toBeLessThanOrEqual(2500);
    expect(slack.calls).toHaveLength(3); // the client tried each time once, on its own never
    expect((await notices())[0]).toMatchObject({ status: 'parked', attempts: 3 });
    expect((await notices())[0]?.last_error).toContain('500');
  });

  it('when nobody can receive a notice, then it is parked with the reason and no attempt is counted', async () => {
    slack = fakeSlack();
    const lonely = await handle.db
      .insertInto('creditors')
      .values({ name: 'No Chat Ltd', country: 'GB', shadow_of_partner_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await enqueueNotices(handle.db, [notice({ type: 'creditor', creditorId: lonely.id }, 'hello?')]);

    await workerFor().runOnce();

    const [row] = await notices();
    expect(row).toMatchObject({ status: 'parked', attempts: 0 });
    expect(row?.last_error).toContain('no linked chat identity');
    expect(slack.calls).toHaveLength(0);
  });

  it('when Slack tells one instance to wait for a channel, then another instance waits too, without using up an attempt', async () => {
    slack = fakeSlack((_post, call) => (call === 1 ? rateLimited(30) : 'ok'));
    await handle.db
      .insertInto('partners')
      .values({ name: 'Nordic', type: 'exclusive', channel: 'support' })
      .execute();
    const partner = await handle.db.selectFrom('partners').select('id').executeTakeFirstOrThrow();
    await enqueueNotices(handle.db, [notice({ type: 'channel', channel: 'support' }, 'first')]);

    await workerFor().runOnce();
    await enqueueNotices(handle.db, [notice({ type: 'partner', partnerId: partner.id }, 'second')]);
    await workerFor().runOnce(); // another process: it knows of the 429 only through the database

    expect(slack.calls).toHaveLength(1);
    const rows = await notices();
    expect(rows[1]).toMatchObject({ status: 'pending', attempts: 0 });
    expect(rows[1]?.next_attempt_at.getTime()).toBe(clock.now().getTime() + 30_000);

    clock.advance(30_000);
    await workerFor().runOnce();
    expect(slack.posted.map((p) => p.text).sort()).toEqual(['first', 'second']);
  });

  it('when two instances post to the same Slack channel, then the second waits its turn of a second', async () => {
    slack = fakeSlack();
    await handle.db
      .insertInto('partners')
      .values({ name: 'Nordic', type: 'exclusive', channel: 'support' })
      .execute();
    const partner = await handle.db.selectFrom('partners').select('id').executeTakeFirstOrThrow();
    await enqueueNotices(handle.db, [
      notice({ type: 'channel', channel: 'support' }, 'one'),
      notice({ type: 'partner', partnerId: partner.id }, 'two'),
    ]);
    const waits: number[] = [];
    const paced = () =>
      workerFor({
        paceMs: 1000,
        concurrency: 1,
        // Waiting moves the worker's clock, as real waiting would.
        sleep: async (ms) => {
          waits.push(ms);
          clock.advance(ms);
        },
      });

    await paced().runOnce();

    // Two recipients, one channel: either may go first, the other a second later.
    expect(slack.posted.map((p) => p.text).sort()).toEqual(['one', 'two']);
    expect(waits).toEqual([1000]);
    waits.length = 0;
    await enqueueNotices(handle.db, [notice({ type: 'channel', channel: 'support' }, 'three')]);
    await paced().runOnce(); // a new process: the pace is in the database, not in the old one's memory
    expect(waits).toEqual([1000]);
  });
});
