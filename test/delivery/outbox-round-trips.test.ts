import type { KyselyPlugin } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NoticeAddress, NoticeSender } from '../../src/conversation/engine-contract.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import {
  bookTurnAndHold,
  claimDueNotices,
  closePlaceUntil,
  enqueueNotices,
  type NoticeRecipient,
} from '../../src/db/repositories/notice.repository.ts';
import { createDeliveryWorker } from '../../src/delivery/outbox-worker.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createTestDatabase, truncateAll } from '../helpers/db.ts';

// The outbox delivers a notice in few statements: the claim reads who it is for and where it already went,
// the place's turn and the claim's hold are one statement, and the send's mark goes with the finish. Each
// of these keeps its guarantee; these tests break if one is lost.

const channels = {
  QUOTE_ALERT_CHANNEL: 'quote-alerts',
  CLOSE_CODE_CHANNEL: 'close-codes',
  SUPPORT_CHANNEL: 'support',
};
const silent = pino({ level: 'silent' });

describe('notice delivery round trips', () => {
  let handle: DatabaseHandle;
  let creditorId: number;
  const userIds: number[] = [];
  const clock = fixedClock('2026-11-23T10:00:00Z');

  beforeAll(async () => {
    handle = await createTestDatabase();
  });
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
    const users = await db
      .insertInto('users')
      .values(
        [1, 2, 3, 4].map((n) => ({
          handle: `acme-${n}`,
          name: `Person ${n}`,
          role: 'creditor',
          partner_id: null,
          creditor_id: creditorId,
        })),
      )
      .returning(['id', 'handle'])
      .execute();
    userIds.splice(0, userIds.length, ...users.map((u) => u.id));
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

  function recordingSender(during?: (text: string) => Promise<void>) {
    const sent: Array<{ text: string; to: string }> = [];
    const sender: NoticeSender = {
      surface: 'slack',
      async send(n, address: NoticeAddress) {
        await during?.(n.payload.text);
        sent.push({
          text: n.payload.text,
          to: address.kind === 'dm' ? address.userExternalId : address.channel,
        });
      },
    };
    return { sender, sent };
  }

  it('when four people are each sent a notice, then each costs the database two statements besides the claims', async () => {
    await enqueueNotices(
      handle.db,
      userIds.map((userId, i) => notice({ type: 'user', userId }, `notice ${i}`)),
    );
    let statements = 0;
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        statements++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const { sender, sent } = recordingSender();
    const worker = createDeliveryWorker({
      db: handle.db.withPlugin(counting),
      sender,
      channels,
      logger: silent,
      clock,
      paceMs: 0,
      concurrency: 4,
    });
    expect(await worker.runOnce()).toEqual({ delivered: 4, retried: 0, parked: 0 });
    expect(sent.map((s) => s.to).sort()).toEqual(['U-acme-1', 'U-acme-2', 'U-acme-3', 'U-acme-4']);
    // One claim takes all four (and one more finds nothing left); per notice the place's turn with the
    // claim's hold, and the finish with the send's mark. It was seven per notice.
    expect(statements).toBeLessThanOrEqual(2 + 2 * 4);
    const marks = await handle.db.selectFrom('notice_deliveries').select(['address', 'sent_at']).execute();
    expect(marks.map((m) => m.address).sort()).toEqual([
      'dm:U-acme-1',
      'dm:U-acme-2',
      'dm:U-acme-3',
      'dm:U-acme-4',
    ]);
    expect(marks.every((m) => m.sent_at !== null)).toBe(true);
  });

  it('when another worker takes the notice over during the send, then the send is still recorded and not repeated', async () => {
    await enqueueNotices(handle.db, [
      notice({ type: 'user', userId: userIds[0] as number }, 'Case 1001 accepted'),
    ]);
    // The send is slow enough that another worker took the claim over meanwhile (a new lease token).
    const { sender, sent } = recordingSender(async () => {
      await handle.db.updateTable('notices').set({ lease_token: 'another-worker' }).execute();
    });
    const worker = createDeliveryWorker({
      db: handle.db,
      sender,
      channels,
      logger: silent,
      clock,
      paceMs: 0,
    });
    // Lost: the other worker decides for the notice now; but what this one sent is marked as sent.
    expect(await worker.runOnce()).toEqual({ delivered: 0, retried: 0, parked: 0 });
    expect(sent).toHaveLength(1);
    const mark = await handle.db.selectFrom('notice_deliveries').selectAll().executeTakeFirstOrThrow();
    expect(mark.address).toBe('dm:U-acme-1');
    expect(mark.sent_at).not.toBeNull();

    // The other worker's lease runs out (it crashed); the next claim sees the place reached and sends nothing.
    await handle.db.updateTable('notices').set({ lease_token: null, next_attempt_at: clock.now() }).execute();
    const again = recordingSender();
    const next = createDeliveryWorker({
      db: handle.db,
      sender: again.sender,
      channels,
      logger: silent,
      clock,
      paceMs: 0,
    });
    expect(await next.runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });
    expect(again.sent).toEqual([]);
  });

  it('when the claim was taken over before the turn, then no turn is taken at the place', async () => {
    await enqueueNotices(handle.db, [notice({ type: 'creditor', creditorId }, 'Case 1001 accepted')]);
    const [claimed] = await claimDueNotices(handle.db, {
      now: clock.now(),
      leaseUntil: new Date(clock.now().getTime() + 60_000),
      token: 'mine',
      limit: 1,
      surfaces: ['slack'],
    });
    if (!claimed) throw new Error('nothing claimed');
    // The claim brings who the notice is for, on the surfaces asked for.
    expect(claimed.facts.people.map((p) => p.ids.map((i) => i.x))).toEqual([
      ['U-acme-1'],
      ['U-acme-2'],
      ['U-acme-3'],
      ['U-acme-4'],
    ]);
    const booking = {
      id: claimed.id,
      until: new Date(clock.now().getTime() + 60_000),
      place: 'dm:U-acme-1',
      now: clock.now(),
      paceMs: 1000,
      maxWaitMs: 5000,
    };
    expect(await bookTurnAndHold(handle.db, { ...booking, token: 'not-mine' })).toEqual({ held: false });
    expect(await handle.db.selectFrom('delivery_places').selectAll().execute()).toEqual([]);

    // Held: the first turn is now, the next a second later (Slack's pace), across workers.
    expect(await bookTurnAndHold(handle.db, { ...booking, token: 'mine' })).toEqual({
      held: true,
      turnAt: clock.now(),
    });
    expect(await bookTurnAndHold(handle.db, { ...booking, token: 'mine' })).toEqual({
      held: true,
      turnAt: new Date(clock.now().getTime() + 1000),
    });
    const lease = await handle.db
      .selectFrom('notices')
      .select(['next_attempt_at', 'lease_token'])
      .executeTakeFirstOrThrow();
    expect(lease).toEqual({ next_attempt_at: booking.until, lease_token: 'mine' });
  });

  it('when a recipient has a later notice waiting, then its claim says so, so that the run claims it as soon as this one is done', async () => {
    await enqueueNotices(handle.db, [
      notice({ type: 'creditor', creditorId }, 'first'),
      notice({ type: 'creditor', creditorId }, 'second'),
      notice({ type: 'user', userId: userIds[0] as number }, 'alone'),
    ]);
    const claimed = await claimDueNotices(handle.db, {
      now: clock.now(),
      leaseUntil: new Date(clock.now().getTime() + 60_000),
      token: 'mine',
      limit: 10,
      surfaces: ['slack'],
    });
    // One per recipient (the second waits behind the first, in order).
    expect(claimed.map((c) => [c.payload.text, c.hasNext])).toEqual([
      ['first', true],
      ['alone', false],
    ]);
  });

  it('when Slack closed the place for longer than a send may wait, then no turn is taken and the claim is still held', async () => {
    await enqueueNotices(handle.db, [
      notice({ type: 'user', userId: userIds[0] as number }, 'Case 1001 accepted'),
    ]);
    const [claimed] = await claimDueNotices(handle.db, {
      now: clock.now(),
      leaseUntil: new Date(clock.now().getTime() + 60_000),
      token: 'mine',
      limit: 1,
      surfaces: ['slack'],
    });
    if (!claimed) throw new Error('nothing claimed');
    const closedUntil = new Date(clock.now().getTime() + 30_000);
    await closePlaceUntil(handle.db, 'dm:U-acme-1', closedUntil);
    expect(
      await bookTurnAndHold(handle.db, {
        id: claimed.id,
        token: 'mine',
        until: new Date(clock.now().getTime() + 60_000),
        place: 'dm:U-acme-1',
        now: clock.now(),
        paceMs: 1000,
        maxWaitMs: 5000,
      }),
    ).toEqual({ held: true, closedUntil });
  });
});
