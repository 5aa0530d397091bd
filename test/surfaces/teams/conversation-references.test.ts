import { createTestApp } from '@microsoft/teams.apps/dist/test-utils.js';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/db/repositories/notice.repository.ts';
import { createLogger } from '../../../src/logger.ts';
import { createTeamsNoticeSender } from '../../../src/surfaces/teams/notice-sender.ts';
import { createTeamsApp } from '../../../src/surfaces/teams/teams-app.ts';
import { createTestDatabase, type TestDatabase, truncateAll } from '../../helpers/db.ts';
import { FakeEngine } from '../helpers/fake-engine.ts';
import { inbound } from '../helpers/teams-activities.ts';

// Teams serves each tenant from a regional service URL; the app's default is the global one. A notice
// must reach the conversation at the URL Teams gave for it, from any instance, after any restart.
const REGION = 'https://smba.trafficmanager.net/amer/';
const DEFAULT = 'https://smba.trafficmanager.net/teams/';
const TENANT = 'c0ffee00-0000-4000-8000-000000000001';
const USER_AAD = '6b2e9d2a-1111-4000-8000-00000000aaaa';
const BOT = { id: '28:bot-app-id', name: 'Case Assistant' };

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const botToken = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', appid: 'bot-app-id', exp: 4102444800 })}.sig`;

const notice: Notice = {
  id: 7,
  recipient: { type: 'user', userId: 3 },
  kind: 'lead.invitation',
  caseId: 2020,
  payload: { text: 'You are invited to quote on case 2020.' },
  status: 'pending',
  attempts: 0,
  lastError: null,
  createdAt: new Date('2026-11-23T10:00:00Z'),
};

/** Installing the app in a personal scope, as Teams announces it (learn.microsoft.com, installationUpdate). */
function personalInstall(action: 'add' | 'remove') {
  return {
    type: 'installationUpdate',
    action,
    id: `f:install-${action}`,
    timestamp: '2026-11-23T09:00:00.000Z',
    serviceUrl: REGION,
    channelId: 'msteams',
    from: { id: '29:user-teams-id', aadObjectId: USER_AAD },
    recipient: BOT,
    conversation: { conversationType: 'personal', tenantId: TENANT, id: 'a:personal-chat-amer' },
    channelData: { tenant: { id: TENANT }, source: { name: 'message' } },
    locale: 'en-US',
  };
}

/** The bot added to a team: its General channel is the conversation (conversationUpdate, teamMemberAdded). */
function addedToTeam() {
  return {
    type: 'conversationUpdate',
    id: 'f:team-add',
    timestamp: '2026-11-23T09:00:00.000Z',
    serviceUrl: REGION,
    channelId: 'msteams',
    from: { id: '29:team-owner', aadObjectId: 'owner-aad' },
    recipient: BOT,
    membersAdded: [{ id: BOT.id }],
    conversation: {
      isGroup: true,
      conversationType: 'channel',
      tenantId: TENANT,
      id: '19:general-of-partners@thread.tacv2',
    },
    channelData: {
      team: { aadGroupId: 'group-1', name: 'Partners', id: '19:general-of-partners@thread.tacv2' },
      eventType: 'teamMemberAdded',
      tenant: { id: TENANT },
    },
  };
}

/** Every POST to the Bot Connector, whatever the service URL, with its full path. */
function recordConnector() {
  const posts: { url: string; body: Record<string, unknown> }[] = [];
  for (const origin of ['https://smba.trafficmanager.net']) {
    nock(origin)
      .persist()
      .post(/\/v3\/conversations.*/)
      .reply((uri, body) => {
        posts.push({ url: decodeURIComponent(`${origin}${uri}`), body: body as Record<string, unknown> });
        return uri.endsWith('/activities')
          ? [201, { id: `activity-${posts.length}` }]
          : [201, { id: 'a:opened-by-notice' }];
      });
  }
  return posts;
}

describe('Teams conversation references live in PostgreSQL', () => {
  let handle: TestDatabase;
  let posts: ReturnType<typeof recordConnector>;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle.close());
  beforeEach(async () => {
    nock.cleanAll();
    await truncateAll(handle);
    posts = recordConnector();
  });

  /** One instance's Teams app (its own process memory), on the shared database. */
  const instance = () =>
    createTeamsApp({
      config: { TEAMS_CLIENT_ID: undefined, TEAMS_CLIENT_SECRET: undefined, PORT: 0 },
      engine: new FakeEngine(),
      logger: createLogger('silent'),
      app: createTestApp(),
      db: handle.db,
    });
  /** Another instance's (or the restarted process's) notice sender. */
  const freshSender = () =>
    createTeamsNoticeSender(
      createTestApp({ clientId: 'bot-app-id', token: async () => botToken, serviceUrl: DEFAULT }),
      { db: handle.db },
    );

  it('when a user installs the app, then a notice after a restart reaches their chat at their region', async () => {
    await instance().app.process(inbound(personalInstall('add')));

    await freshSender().send(notice, {
      kind: 'dm',
      userExternalId: USER_AAD,
      displayName: 'Pia Partner',
      workspaceId: TENANT,
    });

    expect(posts.map((p) => p.url)).toEqual([
      'https://smba.trafficmanager.net/amer/v3/conversations/a:personal-chat-amer/activities',
    ]);
    expect(posts[0]?.body).toMatchObject({ type: 'message', text: 'You are invited to quote on case 2020.' });
  });

  it('when the app is added to a team, then a channel notice is posted there at the team’s region', async () => {
    await instance().app.process(inbound(addedToTeam()));

    await freshSender().send(notice, { kind: 'channel', channel: '19:general-of-partners@thread.tacv2' });

    expect(posts.map((p) => p.url)).toEqual([
      'https://smba.trafficmanager.net/amer/v3/conversations/19:general-of-partners@thread.tacv2/activities',
    ]);
  });

  it('when the user has no chat with the bot yet, then one is opened in their tenant at its region, once', async () => {
    // Someone else of the tenant installed the bot: the tenant's region is known, this user's chat is not.
    await instance().app.process(inbound(addedToTeam()));
    const address = {
      kind: 'dm' as const,
      userExternalId: USER_AAD,
      displayName: 'Pia Partner',
      workspaceId: TENANT,
    };

    await freshSender().send(notice, address);
    await freshSender().send(notice, address);

    const opened = posts.filter((p) => p.url.endsWith('/v3/conversations'));
    expect(opened).toHaveLength(1);
    expect(opened[0]?.url).toBe('https://smba.trafficmanager.net/amer/v3/conversations');
    expect(opened[0]?.body).toMatchObject({ tenantId: TENANT, members: [{ id: USER_AAD }] });
    const sent = posts.filter((p) => p.url.endsWith('/activities')).map((p) => p.url);
    expect(sent).toEqual([
      'https://smba.trafficmanager.net/amer/v3/conversations/a:opened-by-notice/activities',
      'https://smba.trafficmanager.net/amer/v3/conversations/a:opened-by-notice/activities',
    ]);
  });

  it('when the user uninstalls the app, then its reference is forgotten', async () => {
    const teams = instance();
    await teams.app.process(inbound(personalInstall('add')));
    const before = await handle.db.selectFrom('teams_conversation_references').selectAll().execute();
    expect(before.map((r) => [r.conversation_id, r.tenant_id, r.user_aad_id])).toEqual([
      ['a:personal-chat-amer', TENANT, USER_AAD],
    ]);
    await teams.app.process(inbound(personalInstall('remove')));

    const rows = await handle.db.selectFrom('teams_conversation_references').selectAll().execute();
    expect(rows).toEqual([]);
  });

  it('when an activity comes from a tenant that is not served, then nothing is recorded', async () => {
    const teams = createTeamsApp({
      config: {
        TEAMS_CLIENT_ID: undefined,
        TEAMS_CLIENT_SECRET: undefined,
        TEAMS_TENANT_ID: 'another-tenant',
        PORT: 0,
      },
      engine: new FakeEngine(),
      logger: createLogger('silent'),
      app: createTestApp(),
      db: handle.db,
    });

    await teams.app.process(inbound(personalInstall('add')));

    expect(await handle.db.selectFrom('teams_conversation_references').selectAll().execute()).toEqual([]);
  });
});
