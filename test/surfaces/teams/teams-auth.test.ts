import { App, ExpressAdapter } from '@microsoft/teams.apps';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import { createTeamsApp, type TeamsApp } from '../../../src/surfaces/teams/teams-app.ts';
import { toTeamsLogger } from '../../../src/surfaces/teams/teams-logger.ts';
import { botFrameworkToken, serveBotFrameworkKeys, signingKey } from '../helpers/bot-framework-token.ts';
import { FakeEngine } from '../helpers/fake-engine.ts';
import { personalMessage, SERVICE_URL, TENANT } from '../helpers/teams-activities.ts';
import { fakeBotConnector } from '../helpers/teams-api.ts';

const APP_ID = 'bot-app-id';
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
// What the app itself sends with its replies (the SDK reads it as a JWT for its expiry only).
const OUTGOING_TOKEN = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', appid: APP_ID, exp: 4102444800 })}.sig`;

const connectorKey = signingKey('connector-key-1');
const strangerKey = signingKey('connector-key-1'); // the same key id, another key: a forged signature

/** The Teams app as it runs with credentials: a real HTTP server on a free port, tokens checked. */
describe('Teams /api/messages: the Bot Framework token is verified', () => {
  const engine = new FakeEngine();
  let teams: TeamsApp;
  let base: string;
  let connector: ReturnType<typeof fakeBotConnector>;

  beforeAll(async () => {
    const logger = createLogger('silent');
    teams = createTeamsApp({
      config: { TEAMS_CLIENT_ID: APP_ID, TEAMS_CLIENT_SECRET: 'secret', TEAMS_TENANT_ID: TENANT, PORT: 0 },
      engine,
      logger,
      // Client id + a token provider instead of a secret: the same verification, no Entra login to fake.
      app: new App({
        clientId: APP_ID,
        token: async () => OUTGOING_TOKEN,
        httpServerAdapter: new ExpressAdapter(),
        logger: toTeamsLogger(logger),
      }),
    });
    const { port } = await teams.start(0);
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => teams.stop());
  beforeEach(() => {
    nock.enableNetConnect('127.0.0.1');
    connector = fakeBotConnector(SERVICE_URL);
    serveBotFrameworkKeys(connectorKey);
    engine.calls.length = 0;
  });
  afterEach(() => {
    connector.done();
    nock.cleanAll();
  });

  const post = (body: unknown, authorization?: string) =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify(body),
    });

  it('when an activity comes without an Authorization header, then it is refused with 401 and nothing runs', async () => {
    const response = await post(personalMessage('accept case 1001'));

    expect(response.status).toBe(401);
    await teams.idle();
    expect(engine.calls).toHaveLength(0);
    expect(connector.sent).toHaveLength(0);
  });

  it('when the token is signed by a key the Bot Connector does not publish, then 401 and nothing runs', async () => {
    const token = botFrameworkToken(strangerKey, { appId: APP_ID, serviceUrl: SERVICE_URL });

    const response = await post(personalMessage('accept case 1001'), `Bearer ${token}`);

    expect(response.status).toBe(401);
    await teams.idle();
    expect(engine.calls).toHaveLength(0);
  });

  it('when a valid token was issued for another bot, then 401 and nothing runs', async () => {
    const token = botFrameworkToken(connectorKey, { appId: 'someone-elses-bot', serviceUrl: SERVICE_URL });

    const response = await post(personalMessage('accept case 1001'), `Bearer ${token}`);

    expect(response.status).toBe(401);
    await teams.idle();
    expect(engine.calls).toHaveLength(0);
  });

  it('when the token names another service URL than the activity, then 401 and nothing runs', async () => {
    const token = botFrameworkToken(connectorKey, {
      appId: APP_ID,
      serviceUrl: 'https://attacker.example/',
    });

    const response = await post(personalMessage('accept case 1001'), `Bearer ${token}`);

    expect(response.status).toBe(401);
    await teams.idle();
    expect(engine.calls).toHaveLength(0);
  });

  it('when the token is the Bot Connector’s own, then 200, the engine hears it and the answer is posted', async () => {
    engine.onMessage = () => [{ text: 'Case 123 is *Active*.' }];
    const token = botFrameworkToken(connectorKey, { appId: APP_ID, serviceUrl: SERVICE_URL });

    const response = await post(personalMessage('status of case 123'), `Bearer ${token}`);

    expect(response.status).toBe(200);
    await teams.idle();
    expect(engine.messages()[0]).toMatchObject({ text: 'status of case 123', workspaceId: TENANT });
    expect(connector.sent[0]?.activity.text).toBe('Case 123 is **Active**.');
  });
});

describe('Teams: verification cannot be switched off while credentials are configured', () => {
  it('when TEAMS_CLIENT_ID is set and the app was made with skipAuth, then the surface refuses to start', () => {
    expect(() =>
      createTeamsApp({
        config: { TEAMS_CLIENT_ID: APP_ID, TEAMS_CLIENT_SECRET: 'secret', TEAMS_TENANT_ID: TENANT, PORT: 0 },
        engine: new FakeEngine(),
        logger: createLogger('silent'),
        app: new App({
          clientId: APP_ID,
          clientSecret: 'secret',
          skipAuth: true,
          httpServerAdapter: new ExpressAdapter(),
        }),
      }),
    ).toThrow(/would not verify/);
  });
});
