import { App, ExpressAdapter } from '@microsoft/teams.apps';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createInbox } from '../../src/conversation/inbox.ts';
import { enqueueNotices } from '../../src/db/repositories/notice.repository.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { createHealth } from '../../src/observability/health.ts';
import { type ChatSurfaces, startChatSurfaces } from '../../src/surfaces/chat-surfaces.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { botFrameworkToken, serveBotFrameworkKeys, signingKey } from './helpers/bot-framework-token.ts';
import { FakeEngine } from './helpers/fake-engine.ts';
import { eventually, fakeSlackApi } from './helpers/slack-api.ts';
import { appMentionEvent, BOT_ID, BOT_USER } from './helpers/slack-payloads.ts';
import { signedHeaders } from './helpers/slack-signature.ts';
import { personalMessage, SERVICE_URL, TENANT } from './helpers/teams-activities.ts';
import { fakeBotConnector } from './helpers/teams-api.ts';

const SECRET = 'test-signing-secret';
const APP_ID = 'bot-app-id';
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const OUTGOING_TOKEN = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', appid: APP_ID, exp: 4102444800 })}.sig`;
const connectorKey = signingKey('connector-key');

// Slack and Teams credentials both set: one process serves both, on one engine, inbox and outbox.
describe('Slack and Teams in one process', () => {
  let handle: TestDatabase;
  let chat: ChatSurfaces;
  let slackApi: ReturnType<typeof fakeSlackApi>;
  let connector: ReturnType<typeof fakeBotConnector>;
  const engine = new FakeEngine();
  const clock = fixedClock('2026-11-23T10:00:00Z');

  beforeAll(async () => {
    handle = await createTestDatabase();
    nock.enableNetConnect('127.0.0.1');
    slackApi = fakeSlackApi();
    connector = fakeBotConnector(SERVICE_URL);
    serveBotFrameworkKeys(connectorKey);
    const logger = createLogger('silent');
    const loaded = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      TEAMS_CLIENT_ID: APP_ID,
      TEAMS_CLIENT_SECRET: 'teams-secret',
      TEAMS_TENANT_ID: TENANT,
      TEAMS_SUPPORT_CHANNEL: '19:support@thread.tacv2',
      SUPPORT_CHANNEL: 'C0SUPPORT',
      TEAMS_PORT: '0',
    });
    // Free ports for the test (PORT itself must be positive in the environment).
    const config = { ...loaded, PORT: 0 };
    chat = await startChatSurfaces({
      config,
      db: handle.db,
      engine,
      inbox: createInbox({ db: handle.db, engine, logger, clock }),
      health: createHealth(),
      logger,
      clock,
      slack: { botId: BOT_ID, botUserId: BOT_USER, clientOptions: { retryConfig: { retries: 0 } } },
      teamsApp: new App({
        clientId: APP_ID,
        token: async () => OUTGOING_TOKEN,
        serviceUrl: SERVICE_URL,
        httpServerAdapter: new ExpressAdapter(),
        logger: undefined,
      }),
    });
  });
  afterAll(async () => {
    for (const stop of [...(chat?.stops ?? [])].reverse()) await stop().catch(() => {});
    slackApi?.done();
    connector?.done();
    nock.cleanAll();
    await handle.close();
  });

  it('when both are configured, then both run, each on its own port', () => {
    expect(chat.surfaces).toEqual(['slack', 'teams']);
    expect(chat.ports.slack).toBeGreaterThan(0);
    expect(chat.ports.teams).toBeGreaterThan(0);
    expect(chat.ports.teams).not.toBe(chat.ports.slack);
  });

  it('when a Slack mention and a Teams message arrive, then the same process answers each on its surface', async () => {
    const slackBody = JSON.stringify(
      appMentionEvent({ text: `<@${BOT_USER}> status 123`, ts: '1763900000.000100' }),
    );
    const slack = await fetch(`http://127.0.0.1:${chat.ports.slack}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(SECRET, slackBody) },
      body: slackBody,
    });
    const token = botFrameworkToken(connectorKey, { appId: APP_ID, serviceUrl: SERVICE_URL });
    const teams = await fetch(`http://127.0.0.1:${chat.ports.teams}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(personalMessage('status 456')),
    });

    expect(slack.status).toBe(200);
    expect(teams.status).toBe(200);
    const slackPost = await eventually(() => slackApi.of('chat.postMessage')[0]);
    expect(slackPost.args.text).toContain('You said: status 123');
    const teamsPost = await eventually(() => connector.sent[0]);
    expect(teamsPost.activity.text).toContain('You said: status 456');
    expect(engine.messages().map((m) => [m.surface, m.text])).toEqual(
      expect.arrayContaining([
        ['slack', 'status 123'],
        ['teams', 'status 456'],
      ]),
    );
  });

  it('when a notice goes to the support channel, then it is posted in Slack’s and in Teams’ support channel', async () => {
    await enqueueNotices(handle.db, [
      {
        recipient: { type: 'channel', channel: 'support' },
        kind: 'case.support',
        caseId: null,
        payload: { text: 'Case 2020 needs a look.' },
        at: clock.now(),
      },
    ]);

    await chat.deliverOnce();

    const slackPost = await eventually(() =>
      slackApi.of('chat.postMessage').find((c) => c.args.channel === 'C0SUPPORT'),
    );
    expect(slackPost.args.text).toContain('Case 2020 needs a look.');
    const teamsPost = await eventually(() =>
      connector.sent.find((s) => s.conversationId === '19:support@thread.tacv2'),
    );
    expect(teamsPost.activity.text).toContain('Case 2020 needs a look.');
    const [row] = await handle.db.selectFrom('notices').select('status').execute();
    expect(row?.status).toBe('delivered');
  });
});
