import { webApi } from '@slack/bolt';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordDelivery, storeReplies } from '../../../src/conversation/inbox.repository.ts';
import { createInbox } from '../../../src/conversation/inbox.ts';
import type { Reply } from '../../../src/conversation/reply.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { resumedRepliesTotal } from '../../../src/observability/metrics.ts';
import { slackDeliverer } from '../../../src/surfaces/slack/listeners/intake.ts';
import { postReplies } from '../../../src/surfaces/slack/post-replies.ts';
import { singleWorkspace } from '../../../src/surfaces/slack/slack-workspaces.ts';
import { createTestDatabase, type TestDatabase, truncateAll } from '../../helpers/db.ts';
import { FakeEngine } from '../helpers/fake-engine.ts';
import { fakeSlackApi } from '../helpers/slack-api.ts';

// Answers posted once when an instance dies between posting an answer and marking its delivery done
// (docs/notes/replies-once.md). Real PostgreSQL inbox, the real Slack deliverer and Web API client; Slack
// faked at the wire as a small world that keeps what was posted and answers conversations.replies /
// conversations.history from it, in the shape of Slack's documented answers.

// biome-ignore lint/suspicious/noExplicitAny: decoded Slack bodies are inspected freely in assertions.
type Loose = any;

const silent = pino({ level: 'silent' });
const CHANNEL = 'C0CASES1';
const DM = 'D0NORDIC1';
const USER = 'U0NORDIC';
const MINUTE = 60_000;
const ANSWERS: Reply[] = [
  { text: 'Case 1001 is accepted. The debtor will be contacted within 2 business days.' },
  { text: 'Next: the creditor is told; nothing else is needed from you.' },
];

describe('answers of a delivery taken over after a crash', () => {
  let handle: TestDatabase;
  let slack: ReturnType<typeof slackWorld>;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  const threadTs = () => `${Math.floor(clock.now().getTime() / 1000) - 5}.000100`;
  const client = () =>
    new webApi.WebClient('xoxb-test-token', { retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });

  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle.close());
  beforeEach(async () => {
    await truncateAll(handle);
    clock.set('2026-11-23T10:00:00Z');
    slack = slackWorld(() => clock.now());
  });
  afterEach(() => slack.api.done());

  /** Slack keeping what the bot posts, and answering the history look-ups from it. */
  function slackWorld(now: () => Date) {
    const api = fakeSlackApi();
    const messages: Array<Record<string, Loose>> = [];
    let seq = 0;
    const tsNow = () => `${Math.floor(now().getTime() / 1000)}.${String(++seq).padStart(6, '0')}`;
    api.respondWith('chat.postMessage', (args) => {
      const ts = tsNow();
      const metadata = typeof args.metadata === 'string' ? JSON.parse(args.metadata) : args.metadata;
      const message = {
        type: 'message',
        user: 'UBOT',
        bot_id: 'BBOT',
        app_id: 'A0APP1',
        text: args.text,
        ts,
        ...(args.thread_ts ? { thread_ts: args.thread_ts, parent_user_id: USER } : {}),
        ...(metadata ? { metadata } : {}),
      };
      messages.push({ channel: args.channel, message });
      return [200, { ok: true, channel: args.channel, ts, message }];
    });
    // Slack leaves the metadata out unless include_all_metadata is asked for.
    const shown = (m: Record<string, Loose>, all: unknown) => {
      if (String(all) === 'true') return m;
      const { metadata: _hidden, ...rest } = m;
      return rest;
    };
    api.respondWith('conversations.replies', (args) => {
      const thread = messages
        .filter((m) => m.channel === args.channel && m.message.thread_ts === args.ts)
        .map((m) => m.message)
        .filter((m) => Number(m.ts) > Number(args.oldest ?? 0));
      const parent = { type: 'message', user: USER, text: 'accept 1001', ts: args.ts, thread_ts: args.ts };
      const page = [parent, ...thread].slice(0, Number(args.limit ?? 1000));
      return [
        200,
        { ok: true, messages: page.map((m) => shown(m, args.include_all_metadata)), has_more: false },
      ];
    });
    api.respondWith('conversations.history', (args) => {
      // Newest first, as Slack gives a channel's history.
      const timeline = messages
        .filter((m) => m.channel === args.channel && !m.message.thread_ts)
        .map((m) => m.message)
        .filter((m) => Number(m.ts) > Number(args.oldest ?? 0))
        .reverse()
        .slice(0, Number(args.limit ?? 100));
      return [
        200,
        {
          ok: true,
          messages: timeline.map((m) => shown(m, args.include_all_metadata)),
          has_more: false,
          pin_count: 0,
        },
      ];
    });
    return {
      api,
      posts: () => api.of('chat.postMessage'),
      texts: () => api.of('chat.postMessage').map((c) => c.args.text as string),
      lookups: () => api.calls.filter((c) => c.method.startsWith('conversations.')),
    };
  }

  const metadataOf = (call: { args: Record<string, Loose> }) =>
    typeof call.args.metadata === 'string' ? JSON.parse(call.args.metadata) : call.args.metadata;
  const counted = async (outcome: string) =>
    (await resumedRepliesTotal.get()).values.find(
      (v) => v.labels.surface === 'slack' && v.labels.outcome === outcome,
    )?.value ?? 0;

  /** An instance: the PostgreSQL inbox with the real Slack deliverer. */
  function instance(engine = new FakeEngine()) {
    const inbox = createInbox({ db: handle.db, engine, logger: silent, clock });
    inbox.deliverTo('slack', slackDeliverer(singleWorkspace(client()), silent));
    return { inbox, engine };
  }

  /**
   * The state a `kill -9` leaves after the dead instance worked out a two-reply answer, stored it, posted
   * `posted` of its replies and died before marking the delivery done: the row still `processed`, its
   * lease running out.
   */
  async function crashedWhilePosting(eventId: string, conversationKey: string, posted: number) {
    const target = { conversationKey, userId: USER };
    const row = await recordDelivery(handle.db, {
      surface: 'slack',
      eventId,
      kind: 'message',
      payload: {
        input: { surface: 'slack', userExternalId: USER, conversationKey, text: 'accept 1001' },
        target,
      },
      now: clock.now(),
      lockedUntil: new Date(clock.now().getTime() + 2 * MINUTE),
    });
    if (!row || !(await storeReplies(handle.db, row, ANSWERS))) throw new Error('not recorded');
    clock.advance(2_000);
    // What the dead instance had posted, as it posts (the same deliverer, tagged with its delivery).
    await postReplies(client(), target, ANSWERS.slice(0, posted), { id: eventId });
    clock.advance(3 * MINUTE); // its lease runs out
  }

  it('when the instance died after posting answer 1 of 2, then the sweeper posts only answer 2', async () => {
    const thread = threadTs();
    await crashedWhilePosting('Ev0CRASH1', `slack:${CHANNEL}:${thread}`, 1);
    const before = { skipped: await counted('already_posted'), posted: await counted('posted') };

    const survivor = instance();
    expect(await survivor.inbox.sweep()).toBe(1);

    // In the thread: each answer once, in order.
    expect(slack.texts()).toEqual(ANSWERS.map((a) => a.text));
    expect(slack.posts().every((p) => p.args.thread_ts === thread)).toBe(true);
    expect(metadataOf(slack.posts()[1] as Loose)).toEqual({
      event_type: 'chatops_reply',
      event_payload: { delivery: 'Ev0CRASH1', reply: 1 },
    });
    // One bounded look-up of the thread, from shortly before the delivery on.
    const [lookup, ...more] = slack.lookups();
    expect(more).toHaveLength(0);
    expect(lookup?.method).toBe('conversations.replies');
    expect(lookup?.args).toMatchObject({ channel: CHANNEL, ts: thread, include_all_metadata: 'true' });
    expect(Number(lookup?.args.limit)).toBeLessThanOrEqual(15);
    expect(Number(lookup?.args.oldest)).toBeLessThan(Date.parse('2026-11-23T10:00:00Z') / 1000);
    // The turn was not run again, the delivery is done, and what happened is counted.
    expect(survivor.engine.calls).toHaveLength(0);
    const row = await handle.db
      .selectFrom('inbox')
      .select(['status', 'attempts'])
      .where('event_id', '=', 'Ev0CRASH1')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'done', attempts: 2 });
    expect(await counted('already_posted')).toBe(before.skipped + 1);
    expect(await counted('posted')).toBe(before.posted + 1);
  });

  it('when the instance died after posting every answer of a DM, then the sweeper posts none again', async () => {
    await crashedWhilePosting('Ev0CRASH2', `slack:${DM}`, 2);

    await instance().inbox.sweep();

    expect(slack.texts()).toEqual(ANSWERS.map((a) => a.text));
    expect(slack.lookups().map((c) => [c.method, c.args.channel])).toEqual([['conversations.history', DM]]);
  });

  it('when answers are posted normally, then each carries its delivery and index as metadata, no user text, and nothing is looked up', async () => {
    const a = instance();
    a.engine.onMessage = () => ANSWERS;
    const row = await a.inbox.accept({
      surface: 'slack',
      eventId: 'Ev0NORMAL1',
      kind: 'message',
      input: {
        surface: 'slack',
        userExternalId: USER,
        conversationKey: `slack:${CHANNEL}:${threadTs()}`,
        text: 'accept 1001 please, my secret words',
      },
      target: { conversationKey: `slack:${CHANNEL}:${threadTs()}`, userId: USER },
    });
    if (!row) throw new Error('not recorded');
    await a.inbox.run(row);

    expect(slack.posts().map(metadataOf)).toEqual([
      { event_type: 'chatops_reply', event_payload: { delivery: 'Ev0NORMAL1', reply: 0 } },
      { event_type: 'chatops_reply', event_payload: { delivery: 'Ev0NORMAL1', reply: 1 } },
    ]);
    expect(JSON.stringify(slack.posts().map(metadataOf))).not.toMatch(/secret|accept|U0NORDIC/);
    expect(slack.lookups()).toHaveLength(0);
  });

  it('when the look-up fails (a scope missing), then the answers are posted anyway and that is counted', async () => {
    await crashedWhilePosting('Ev0CRASH3', `slack:${CHANNEL}:${threadTs()}`, 1);
    slack.api.respondWith('conversations.replies', () => [
      200,
      { ok: false, error: 'missing_scope', needed: 'groups:history', provided: 'chat:write,commands' },
    ]);
    const before = await counted('lookup_failed');

    await instance().inbox.sweep();

    // At least once, as before: answer 1 twice rather than answer 2 never.
    expect(slack.texts()).toEqual([ANSWERS[0]?.text, ANSWERS[0]?.text, ANSWERS[1]?.text]);
    expect(await counted('lookup_failed')).toBe(before + 2);
    const row = await handle.db
      .selectFrom('inbox')
      .select('status')
      .where('event_id', '=', 'Ev0CRASH3')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('done');
  });

  it('when the answer was private (ephemeral) in a channel, then it is posted again without a look-up', async () => {
    const key = `slack:${CHANNEL}:${threadTs()}`;
    const row = await recordDelivery(handle.db, {
      surface: 'slack',
      eventId: 'Ev0PRIVATE1',
      kind: 'message',
      payload: { input: {}, target: { conversationKey: key, userId: USER } },
      now: clock.now(),
      lockedUntil: clock.now(),
    });
    if (!row) throw new Error('not recorded');
    await storeReplies(handle.db, row, [{ text: 'Case 1001: pending verification.', audience: 'asker' }]);
    const before = await counted('not_checkable');

    await instance().inbox.sweep();

    expect(slack.api.of('chat.postEphemeral')).toHaveLength(1);
    expect(slack.lookups()).toHaveLength(0);
    expect(await counted('not_checkable')).toBe(before + 1);
  });
});
