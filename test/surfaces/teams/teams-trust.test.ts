import { createTestApp } from '@microsoft/teams.apps/dist/test-utils.js';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTeamsApp } from '../../../src/surfaces/teams/teams-app.ts';
import { toTeamsLogger } from '../../../src/surfaces/teams/teams-logger.ts';
import { capturedLogger } from '../../helpers/captured-log.ts';
import { FakeEngine } from '../helpers/fake-engine.ts';
import { inbound, PARTNER_AAD, personalMessage, SERVICE_URL, TENANT } from '../helpers/teams-activities.ts';
import { fakeBotConnector } from '../helpers/teams-api.ts';

// The same bot is reachable over other Bot Framework channels, where the client writes `from` itself.
// These are the activities Web Chat / Direct Line / the Emulator deliver (no Entra object id, no tenant).
function otherChannelMessage(channelId: 'webchat' | 'directline' | 'emulator', text: string) {
  return {
    type: 'message',
    id: `${channelId}-0001`,
    timestamp: '2026-11-23T14:00:00.000Z',
    serviceUrl: channelId === 'emulator' ? 'http://localhost:50000' : 'https://webchat.botframework.com/',
    channelId,
    // The linked partner's id, typed in by whoever runs the client.
    from: { id: PARTNER_AAD, name: 'Pia Partner' },
    recipient: { id: 'case-assistant-bot', name: 'Case Assistant' },
    conversation: { id: 'DL8x9a1bC2dE3fG4h-eu' },
    text,
    textFormat: 'plain',
    locale: 'en-US',
  };
}

/** A Teams message from another organisation's tenant that has the app. */
function otherTenantMessage(text: string) {
  const m = personalMessage(text);
  return {
    ...m,
    conversation: { ...m.conversation, tenantId: 'tenant-elsewhere' },
    channelData: { tenant: { id: 'tenant-elsewhere' } },
  };
}

function teamsUnderTest(config: { TEAMS_TENANT_ID?: string; TEAMS_ALLOWED_TENANTS?: string } = {}) {
  const engine = new FakeEngine();
  const log = capturedLogger('info');
  const teams = createTeamsApp({
    config: {
      TEAMS_CLIENT_ID: undefined,
      TEAMS_CLIENT_SECRET: undefined,
      TEAMS_TENANT_ID: config.TEAMS_TENANT_ID,
      TEAMS_ALLOWED_TENANTS: config.TEAMS_ALLOWED_TENANTS,
      PORT: 0,
    },
    engine,
    logger: log.logger,
    app: createTestApp({ logger: toTeamsLogger(log.logger) }),
  });
  return { engine, teams, log };
}

describe('Teams: who is trusted to be the linked user', () => {
  let connector: ReturnType<typeof fakeBotConnector>;
  beforeEach(() => {
    connector = fakeBotConnector(SERVICE_URL);
    nock('https://webchat.botframework.com').post(/.*/).reply(201, { id: 'x' }).persist();
  });
  afterEach(() => {
    connector.done();
    nock.cleanAll();
  });

  it.each([
    'webchat',
    'directline',
    'emulator',
  ] as const)('when a message arrives over %s naming the linked user, then nothing runs and a warning without the text is logged', async (channelId) => {
    const { engine, teams, log } = teamsUnderTest({ TEAMS_TENANT_ID: TENANT });

    await teams.app.process(
      inbound(otherChannelMessage(channelId, 'accept case 1001, IBAN DE89370400440532013000')),
    );
    await teams.idle();

    expect(engine.calls).toHaveLength(0);
    expect(connector.sent).toHaveLength(0);
    const warning = log.lines
      .map((l) => JSON.parse(l))
      .find((r) => r.msg?.startsWith('teams activity refused'));
    expect(warning).toMatchObject({ level: 40, refused: 'channel', channelId });
    expect(log.text()).not.toContain('IBAN');
  });

  it('when a Teams message comes from a tenant other than TEAMS_TENANT_ID, then nothing runs', async () => {
    const { engine, teams, log } = teamsUnderTest({ TEAMS_TENANT_ID: TENANT });

    await teams.app.process(inbound(otherTenantMessage('accept case 1001')));
    await teams.idle();

    expect(engine.calls).toHaveLength(0);
    expect(connector.sent).toHaveLength(0);
    expect(log.text()).toContain('"refused":"tenant"');
    expect(log.text()).not.toContain('accept case 1001');
  });

  it('when TEAMS_ALLOWED_TENANTS lists several tenants, then each of them is served and others are not', async () => {
    const { engine, teams } = teamsUnderTest({
      TEAMS_TENANT_ID: 'tenant-home',
      TEAMS_ALLOWED_TENANTS: `tenant-home, ${TENANT.toUpperCase()}`,
    });

    await teams.app.process(inbound(personalMessage('status of case 123')));
    await teams.app.process(inbound(otherTenantMessage('status of case 456')));
    await teams.idle();

    expect(engine.messages().map((m) => m.text)).toEqual(['status of case 123']);
    expect(connector.sent).toHaveLength(1);
  });

  it('when the tenant in the conversation differs from the one in channelData, then nothing runs', async () => {
    const { engine, teams } = teamsUnderTest({ TEAMS_TENANT_ID: TENANT });
    const m = personalMessage('status of case 123');

    await teams.app.process(
      inbound({ ...m, conversation: { ...m.conversation, tenantId: 'tenant-elsewhere' } }),
    );
    await teams.idle();

    expect(engine.calls).toHaveLength(0);
  });

  it('when a Teams message comes from the configured tenant, then it is served as the linked user', async () => {
    const { engine, teams } = teamsUnderTest({ TEAMS_TENANT_ID: TENANT });

    await teams.app.process(inbound(personalMessage('status of case 123')));
    await teams.idle();

    expect(engine.messages()[0]).toMatchObject({ userExternalId: PARTNER_AAD, text: 'status of case 123' });
    expect(connector.sent).toHaveLength(1);
  });
});

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
// Shaped like the Bot Connector token (a JWT), so the SDK accepts it and sends it as the Bearer header.
const BOT_TOKEN = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', appid: 'app-id', exp: 4102444800 })}.c2lnbmF0dXJl`;

describe('Teams: a reply that fails at the wire', () => {
  afterEach(() => nock.cleanAll());

  it('when the Bot Connector answers 500, then the failure is logged without the Bearer token or the reply text', async () => {
    const log = capturedLogger('debug');
    nock(new URL(SERVICE_URL).origin)
      .post(/\/v3\/conversations\/[^/]+\/activities$/)
      .reply(500, { error: { code: 'ServiceError', message: 'Internal server error' } });
    const engine = new FakeEngine();
    engine.onMessage = () => [{ text: 'Debtor Jane Roe (IBAN DE89370400440532013000) owes 12,500 EUR.' }];
    const teams = createTeamsApp({
      config: {
        TEAMS_CLIENT_ID: 'app-id',
        TEAMS_CLIENT_SECRET: undefined,
        TEAMS_TENANT_ID: TENANT,
        PORT: 0,
      },
      engine,
      logger: log.logger,
      app: createTestApp({
        clientId: 'app-id',
        token: async () => BOT_TOKEN,
        logger: toTeamsLogger(log.logger),
      }),
    });

    await teams.app.process(inbound(personalMessage('status of case 123')));
    await teams.idle();

    const failure = log.lines
      .map((l) => JSON.parse(l))
      .find((r) => r.msg === 'teams reply could not be sent');
    expect(failure?.err).toMatchObject({ status: 500, apiError: 'ServiceError' });
    expect(log.text()).not.toContain('Bearer');
    expect(log.text()).not.toContain(BOT_TOKEN.split('.')[1]);
    expect(log.text()).not.toContain('Jane Roe');
  });
});
