import { createTestApp } from '@microsoft/teams.apps/dist/test-utils.js';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../../src/conversation/engine-contract.ts';
import type { Notice } from '../../../src/db/repositories/notice.repository.ts';
import { createTeamsNoticeSender } from '../../../src/surfaces/teams/notice-sender.ts';
import { fakeBotConnector } from '../helpers/teams-api.ts';

const SERVICE = 'https://smba.trafficmanager.net/teams/';
const notice: Notice = {
  id: 9,
  recipient: { type: 'partner', partnerId: 2 },
  kind: 'lead.invitation',
  caseId: 2020,
  payload: { text: 'You are invited to quote on case *2020* (EUR 4,500, Germany).' },
  status: 'pending',
  attempts: 0,
  lastError: null,
  createdAt: new Date('2026-11-23T10:00:00Z'),
};

// The SDK decodes the bot token as a JWT (expiry, audience); an unsigned one is enough offline.
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const botToken = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', appid: 'bot-app-id', exp: 4102444800 })}.sig`;

function sender(timeoutMs?: number) {
  const app = createTestApp({
    clientId: 'bot-app-id',
    token: async () => botToken,
    serviceUrl: SERVICE,
  });
  return createTeamsNoticeSender(app, { tenantId: 'tenant-0001', timeoutMs });
}

describe('Teams notice sender', () => {
  let connector: ReturnType<typeof fakeBotConnector>;
  beforeEach(() => {
    connector = fakeBotConnector(SERVICE);
  });
  afterEach(() => connector.done());

  it('when a notice goes to a person, then a personal chat is opened and the notice posted there', async () => {
    await sender().send(notice, {
      kind: 'dm',
      userExternalId: 'aad-partner-0001',
      displayName: 'Pia Partner',
    });

    expect(connector.created[0]).toMatchObject({
      isGroup: false,
      members: [{ id: 'aad-partner-0001' }],
      tenantId: 'tenant-0001',
    });
    expect(connector.sent[0]).toMatchObject({
      conversationId: 'a:new-personal-chat',
      activity: { type: 'message', text: 'You are invited to quote on case **2020** (EUR 4,500, Germany).' },
    });
  });

  it('when a notice goes to a channel, then it is posted in that channel conversation', async () => {
    await sender().send(notice, { kind: 'channel', channel: '19:quote-alerts@thread.tacv2' });

    expect(connector.sent[0]?.conversationId).toBe('19:quote-alerts@thread.tacv2');
  });

  it('when Teams does not answer in time, then the sender gives up instead of holding the outbox', async () => {
    connector.done();
    // A Bot Connector that takes a minute to answer (nock holds the answer back; nothing waits for it).
    const slow = nock(new URL(SERVICE).origin)
      .post(/\/v3\/conversations\/[^/]+\/activities$/)
      .delay(60_000)
      .reply(201, { id: 'activity-late' });

    const error = await sender(100)
      .send(notice, { kind: 'channel', channel: '19:support@thread.tacv2' })
      .catch((e: unknown) => e);

    expect(String(error)).toContain('no answer within 100 ms');
    slow.persist(false);
    nock.abortPendingRequests();
  });

  it('when Teams answers 429 with Retry-After, then the sender says how long to wait', async () => {
    connector.rateLimit(3);

    const error = await sender()
      .send(notice, { kind: 'channel', channel: '19:support@thread.tacv2' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(3000);
  });
});
