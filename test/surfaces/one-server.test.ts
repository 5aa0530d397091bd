import { App, ExpressAdapter } from '@microsoft/teams.apps';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../src/config.ts';
import { createInbox } from '../../src/conversation/inbox.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { createHealth } from '../../src/observability/health.ts';
import { createPartnerApi } from '../../src/surfaces/api/partner-api.ts';
import {
  type ChatSurfaces,
  configuredSurfaces,
  sharesOnePort,
  startChatSurfaces,
} from '../../src/surfaces/chat-surfaces.ts';
import { toTeamsLogger } from '../../src/surfaces/teams/teams-logger.ts';
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
const strangerKey = signingKey('connector-key'); // the same key id, another key: a forged signature

const BOTH = {
  SLACK_BOT_TOKEN: 'xoxb-test-token',
  SLACK_SIGNING_SECRET: SECRET,
  TEAMS_CLIENT_ID: APP_ID,
  TEAMS_CLIENT_SECRET: 'teams-secret',
  TEAMS_TENANT_ID: TENANT,
};

// Issue 10: a process running Slack (over HTTP) and Teams serves both, the partner API and the health
// endpoints from one server on PORT.
describe('Slack and Teams on one server', () => {
  let handle: TestDatabase;
  let chat: ChatSurfaces;
  let base: string;
  let slackApi: ReturnType<typeof fakeSlackApi>;
  let connector: ReturnType<typeof fakeBotConnector>;
  let stopped = false;
  const engine = new FakeEngine();
  const clock = fixedClock('2026-11-23T10:00:00Z');
  const logger = createLogger('silent');

  const stopAll = async () => {
    if (stopped) return;
    stopped = true;
    for (const stop of [...(chat?.stops ?? [])].reverse()) await stop().catch(() => {});
  };

  beforeAll(async () => {
    handle = await createTestDatabase();
    nock.enableNetConnect('127.0.0.1');
    slackApi = fakeSlackApi();
    connector = fakeBotConnector(SERVICE_URL);
    serveBotFrameworkKeys(connectorKey);
    // No TEAMS_PORT: one port. PORT=0 picks a free one (PORT itself must be positive in the environment).
    const config = { ...loadConfig(BOTH), PORT: 0 };
    chat = await startChatSurfaces({
      config,
      db: handle.db,
      engine,
      inbox: createInbox({ db: handle.db, engine, logger, clock }),
      health: createHealth(),
      logger,
      clock,
      slack: { botId: BOT_ID, botUserId: BOT_USER, clientOptions: { retryConfig: { retries: 0 } } },
      // Client id + a token provider instead of a secret: the same token verification, no Entra login.
      teamsApp: new App({
        clientId: APP_ID,
        token: async () => OUTGOING_TOKEN,
        serviceUrl: SERVICE_URL,
        httpServerAdapter: new ExpressAdapter(),
        logger: toTeamsLogger(logger),
      }),
      httpHandler: createPartnerApi({
        db: handle.db,
        clock,
        logger,
        rateLimit: { requestsPerMinute: 100, store: 'memory' },
      }).handle,
    });
    base = `http://127.0.0.1:${chat.ports.shared}`;
  });
  afterAll(async () => {
    await stopAll();
    nock.cleanAll();
    await handle.close();
  });

  const slackEvent = (body: string, headers: Record<string, string>) =>
    fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  const teamsActivity = (text: string, authorization?: string) =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(personalMessage(text)),
    });

  it('when both surfaces run without TEAMS_PORT, then Slack and Teams are on one and the same port', () => {
    expect(chat.surfaces).toEqual(['slack', 'teams']);
    expect(chat.ports.shared).toBeGreaterThan(0);
    expect(chat.ports.slack).toBe(chat.ports.shared);
    expect(chat.ports.teams).toBe(chat.ports.shared);
  });

  it('when a signed Slack event comes to the one port, then it is answered 200 and the bot replies on Slack', async () => {
    const body = JSON.stringify(
      appMentionEvent({ text: `<@${BOT_USER}> status 123`, ts: '1763900000.000100' }),
    );

    const response = await slackEvent(body, signedHeaders(SECRET, body));

    expect(response.status).toBe(200);
    const post = await eventually(() => slackApi.of('chat.postMessage')[0]);
    expect(post.args.text).toContain('You said: status 123');
  });

  it('when a Slack event has a bad signature, a future timestamp or a non-object body, then it is refused', async () => {
    const body = JSON.stringify(
      appMentionEvent({ text: `<@${BOT_USER}> status 9`, ts: '1763900000.000200' }),
    );
    const forged = await slackEvent(body, signedHeaders('not-the-secret', body));
    const future = Math.floor(Date.now() / 1000) + 3600;
    const early = await slackEvent(body, signedHeaders(SECRET, body, future));
    const notObject = await slackEvent('[]', signedHeaders(SECRET, '[]'));

    expect(forged.status).toBe(401);
    expect(early.status).toBe(401);
    expect(notObject.status).toBe(400);
    expect(engine.messages().map((m) => m.text)).not.toContain('status 9');
  });

  it('when a Teams activity with a valid Bot Framework token comes to the one port, then 200 and the bot replies on Teams', async () => {
    const token = botFrameworkToken(connectorKey, { appId: APP_ID, serviceUrl: SERVICE_URL });

    const response = await teamsActivity('status 456', `Bearer ${token}`);

    expect(response.status).toBe(200);
    const sent = await eventually(() => connector.sent.find((s) => s.activity.text?.includes('status 456')));
    expect(sent.activity.text).toContain('You said: status 456');
  });

  it('when a Teams activity comes unsigned or with a forged token, then 401 and nothing runs', async () => {
    const forged = botFrameworkToken(strangerKey, { appId: APP_ID, serviceUrl: SERVICE_URL });

    const unsigned = await teamsActivity('status 777');
    const badKey = await teamsActivity('status 777', `Bearer ${forged}`);

    expect(unsigned.status).toBe(401);
    expect(badKey.status).toBe(401);
    expect(engine.messages().map((m) => m.text)).not.toContain('status 777');
  });

  it('when the API and the health endpoints are asked on the one port, then they answer, ready with both surfaces', async () => {
    const openapi = await fetch(`${base}/api/v1/openapi.json`);
    expect(openapi.status).toBe(200);
    expect(((await openapi.json()) as { openapi: string }).openapi).toMatch(/^3\./);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const readiness = (await ready.json()) as { checks: Record<string, unknown> };
    expect(Object.keys(readiness.checks)).toEqual(expect.arrayContaining(['slack', 'teams']));
    expect((await fetch(`${base}/metrics`)).status).toBe(200);
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
  });

  it('when the process shuts down, then the one server is closed and the port answers no more', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    await stopAll();

    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});

describe('which set-ups share one port', () => {
  const config = (env: Record<string, string>) => loadConfig(env) as Config;
  const shares = (env: Record<string, string>) => {
    const c = config(env);
    return sharesOnePort(c, configuredSurfaces(c));
  };

  it('when Slack (HTTP or Socket Mode) and Teams run without TEAMS_PORT, then they share PORT', () => {
    expect(shares(BOTH)).toBe(true);
    expect(shares({ ...BOTH, SLACK_APP_TOKEN: 'xapp-1' })).toBe(true);
  });

  it('when TEAMS_PORT is set, or only one surface runs, then nothing is shared', () => {
    expect(shares({ ...BOTH, TEAMS_PORT: '3978' })).toBe(false);
    expect(shares({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET })).toBe(false);
    expect(shares({ TEAMS_CLIENT_ID: APP_ID, TEAMS_CLIENT_SECRET: 'x' })).toBe(false);
  });
});
