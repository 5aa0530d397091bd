import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../../src/conversation/engine-contract.ts';
import type { Notice } from '../../../src/db/repositories/notice.repository.ts';
import {
  createSlackNoticeClient,
  createSlackNoticeSender,
} from '../../../src/surfaces/slack/notice-sender.ts';
import { fakeSlackApi } from '../helpers/slack-api.ts';

const notice: Notice = {
  id: 7,
  recipient: { type: 'creditor', creditorId: 1 },
  kind: 'case.declined',
  caseId: 123,
  payload: {
    text: 'Case 123 was declined: the debtor is insolvent. It now goes to the partner network for quotes.',
  },
  status: 'pending',
  attempts: 0,
  lastError: null,
  createdAt: new Date('2026-11-23T10:00:00Z'),
};

describe('Slack notice sender', () => {
  let api: ReturnType<typeof fakeSlackApi>;
  const sender = () =>
    createSlackNoticeSender(createSlackNoticeClient('xoxb-test-token', { retryConfig: { retries: 0 } }));
  beforeEach(() => {
    api = fakeSlackApi();
  });
  afterEach(() => api.done());

  it('when a notice goes to a person, then it is posted in their DM with the bot', async () => {
    await sender().send(notice, { kind: 'dm', userExternalId: 'U0CREDITOR', displayName: 'Acme ApS' });

    expect(api.of('conversations.open')[0]?.args.users).toBe('U0CREDITOR');
    const [post] = api.of('chat.postMessage');
    expect(post?.args.channel).toBe('D0DMCHAN1');
    expect(post?.args.text).toBe(notice.payload.text);
  });

  it('when a notice goes to a configured channel by name, then it is posted in that channel', async () => {
    await sender().send(notice, { kind: 'channel', channel: 'quote-alerts' });

    expect(api.of('chat.postMessage')[0]?.args.channel).toBe('#quote-alerts');
  });

  it('when Slack answers 429 with Retry-After, then the sender says how long to wait', async () => {
    api.respondWith('chat.postMessage', () => [
      429,
      { ok: false, error: 'ratelimited' },
      { 'Retry-After': '7' },
    ]);

    const error = await sender()
      .send(notice, { kind: 'channel', channel: 'C0SUPPORT1' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(7000);
  });

  it('when Slack answers 500, then the notice client gives up at once and leaves the retry to the outbox', async () => {
    api.respondWith('chat.postMessage', () => [500, 'Internal Server Error']);

    // The client as the app builds it: no options of the test's own.
    const error = await createSlackNoticeSender(createSlackNoticeClient('xoxb-test-token'))
      .send(notice, { kind: 'channel', channel: 'C0SUPPORT1' })
      .catch((e: unknown) => e);

    expect(api.of('chat.postMessage')).toHaveLength(1);
    expect(String(error)).toContain('500');
  });

  it('when Slack refuses for another reason, then the error is passed on for the worker to retry or park', async () => {
    api.respondWith('chat.postMessage', () => [200, { ok: false, error: 'channel_not_found' }]);

    const error = await sender()
      .send(notice, { kind: 'channel', channel: 'C0MISSING1' })
      .catch((e: unknown) => e);

    expect(error).not.toBeInstanceOf(RateLimitedError);
    expect(String(error)).toContain('channel_not_found');
  });
});
