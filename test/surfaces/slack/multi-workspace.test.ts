import { randomBytes } from 'node:crypto';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../../src/conversation/create-app-engine.ts';
import { createInbox } from '../../../src/conversation/inbox.ts';
import { resolveNoticeAddresses } from '../../../src/delivery/notice-addresses.ts';
import { createSlackNoticeSender, noticeClientOptions } from '../../../src/surfaces/slack/notice-sender.ts';
import type { PgInstallationStore } from '../../../src/surfaces/slack/oauth/installation-store.ts';
import { createSlackInstallations } from '../../../src/surfaces/slack/oauth/slack-installations.ts';
import { createSlackApp, type SlackApp } from '../../../src/surfaces/slack/slack-app.ts';
import { installedWorkspaces } from '../../../src/surfaces/slack/slack-workspaces.ts';
import { capturedLogger } from '../../helpers/captured-log.ts';
import { createTestDatabase, type TestDatabase, truncateAll } from '../../helpers/db.ts';
import { insertCreditor, insertUser } from '../../helpers/world.ts';
import { eventually } from '../helpers/slack-api.ts';
import { signedHeaders } from '../helpers/slack-signature.ts';

// The distributed app: two workspaces installed through OAuth, the same Slack user id U1 in both linked to
// two different platform users. Everything goes through the real HTTP receiver (signed requests), the
// real engine and inbox on PostgreSQL; Slack's Web API is faked at the wire, where the Authorization
// header shows which workspace's token was used.

const SECRET = 'test-signing-secret';
const STATE_SECRET = 'test-state-secret-for-oauth';
const KEY = randomBytes(32).toString('base64');
const A = { team: 'T0AAA', token: 'xoxb-token-of-workspace-a', botUser: 'UBOTA', botId: 'BBOTA' };
const B = { team: 'T0BBB', token: 'xoxb-token-of-workspace-b', botUser: 'UBOTB', botId: 'BBOTB' };
const CREDITOR_HELP = /go with quote/;
const SUPPORT_HELP = /resolve 123 as duplicate/;

// biome-ignore lint/suspicious/noExplicitAny: decoded Slack bodies are inspected freely in assertions.
type Loose = any;
interface WireCall {
  method: string;
  authorization: string | undefined;
  args: Record<string, Loose>;
}

/** Slack's Web API at the wire: each call with its Authorization header; answers shaped like the docs'. */
function fakeSlack(answers: Record<string, (args: Record<string, Loose>) => unknown> = {}) {
  const calls: WireCall[] = [];
  nock('https://slack.com')
    .persist()
    .post(/^\/api\/[a-zA-Z0-9.]+$/)
    .reply(function (uri, body) {
      const method = uri.replace('/api/', '');
      const args: Record<string, Loose> =
        typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : (body as Loose);
      const header = this.req.headers.authorization;
      calls.push({ method, authorization: Array.isArray(header) ? header[0] : header, args });
      const special = answers[method];
      if (special) return [200, special(args)];
      if (method === 'conversations.open') return [200, { ok: true, channel: { id: 'D0NOTICE1' } }];
      return [200, { ok: true, channel: args.channel, ts: '1763900000.000200' }];
    });
  return {
    calls,
    posts: () => calls.filter((c) => c.method === 'chat.postMessage'),
  };
}

function envelope(
  team: string,
  event: Record<string, unknown>,
  opts: { eventId?: string; shared?: boolean; botUser?: string } = {},
) {
  return {
    token: 'verification-token',
    team_id: team,
    api_app_id: 'A0APP1',
    event,
    type: 'event_callback',
    event_id: opts.eventId ?? `Ev${randomBytes(6).toString('hex')}`,
    event_time: 1763900000,
    authorizations: [
      {
        enterprise_id: null,
        team_id: team,
        user_id: opts.botUser ?? 'UBOT',
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: opts.shared ?? false,
    event_context: '4-eyJldCI6ImFwcF9tZW50aW9uIn0',
  };
}

const mention = (
  team: string,
  text: string,
  opts: { user?: string; userTeam?: string; channel?: string; shared?: boolean; eventId?: string } = {},
) =>
  envelope(
    team,
    {
      type: 'app_mention',
      user: opts.user ?? 'U1',
      text,
      ts: '1763900000.000100',
      channel: opts.channel ?? 'C0GENERAL',
      event_ts: '1763900000.000100',
      team: opts.userTeam ?? team,
      ...(opts.userTeam ? { user_team: opts.userTeam, source_team: team } : {}),
    },
    { shared: opts.shared, eventId: opts.eventId },
  );

describe('Slack as a distributed app: many workspaces, each answered with its own token', () => {
  let handle: TestDatabase;
  let store: PgInstallationStore;
  let slack: SlackApp;
  let inbox: ReturnType<typeof createInbox>;
  let base: string;
  // The real logger at debug level, Bolt's and @slack/oauth's lines included: no token may reach it.
  const log = capturedLogger('debug');
  const logger = log.logger;
  const config = {
    SLACK_CLIENT_ID: '1111.2222',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_TOKEN_ENCRYPTION_KEY: KEY,
    SLACK_HOME_TEAM_ID: undefined,
  };

  beforeAll(async () => {
    handle = await createTestDatabase();
    store = createSlackInstallations({
      db: handle.db,
      config,
      logger,
      clientOptions: { retryConfig: { retries: 0 } },
    });
    const engine = createAppConversationEngine({ db: handle.db, logger });
    inbox = createInbox({ db: handle.db, engine, logger });
    slack = createSlackApp({
      config: {
        ...config,
        SLACK_BOT_TOKEN: undefined,
        SLACK_APP_TOKEN: undefined,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_STATE_SECRET: STATE_SECRET,
        SLACK_SCOPES: 'app_mentions:read,chat:write,commands',
        PORT: 0,
      },
      engine,
      logger,
      inbox,
      installations: store,
      clientOptions: { retryConfig: { retries: 0 } },
    });
    const { port } = await slack.start(0);
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await slack?.stop();
    await handle?.close();
  });

  const install = (w: typeof A, extra: { refreshToken?: string; expiresAt?: number } = {}) =>
    store.storeInstallation({
      team: { id: w.team, name: `Workspace ${w.team}` },
      enterprise: undefined,
      user: { id: 'UINSTALLER', token: undefined, scopes: undefined },
      bot: { id: w.botId, userId: w.botUser, scopes: ['chat:write'], token: w.token, ...extra },
      tokenType: 'bot',
      isEnterpriseInstall: false,
      appId: 'A0APP1',
      authVersion: 'v2',
    });

  let creditorUser: number;
  let supportUser: number;
  beforeEach(async () => {
    nock.cleanAll();
    await truncateAll(handle);
    await install(A);
    await install(B);
    const creditor = await insertCreditor(handle.db, { name: 'Acme Bank' });
    creditorUser = (
      await insertUser(handle.db, { role: 'creditor', creditorId: creditor.id, name: 'Ann Acme' })
    ).userId;
    supportUser = (await insertUser(handle.db, { role: 'support', name: 'Bo Support' })).userId;
    // The same Slack user id in two workspaces: two different people.
    await handle.db
      .insertInto('chat_identities')
      .values([
        { surface: 'slack', workspace_id: A.team, external_id: 'U1', user_id: creditorUser },
        { surface: 'slack', workspace_id: B.team, external_id: 'U1', user_id: supportUser },
      ])
      .execute();
  });
  afterEach(async () => {
    await inbox.idle();
    nock.cleanAll();
  });

  const post = (body: unknown) => {
    const raw = JSON.stringify(body);
    return fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(SECRET, raw) },
      body: raw,
    });
  };

  it('when U1 writes in workspace A and U1 in workspace B, then each is answered as their own user with their workspace’s token', async () => {
    const wire = fakeSlack();

    expect((await post(mention(A.team, `<@${A.botUser}> help`, { eventId: 'EvFROMA' }))).status).toBe(200);
    expect((await post(mention(B.team, `<@${B.botUser}> help`, { eventId: 'EvFROMB' }))).status).toBe(200);
    await eventually(() => wire.posts().length >= 2);

    const fromA = wire.posts().find((c) => c.authorization === `Bearer ${A.token}`);
    const fromB = wire.posts().find((c) => c.authorization === `Bearer ${B.token}`);
    expect(fromA?.args.text).toMatch(CREDITOR_HELP);
    expect(fromB?.args.text).toMatch(SUPPORT_HELP);
    expect(wire.posts()).toHaveLength(2);
    // The inbox row keeps which installation, never its token.
    const row = await handle.db
      .selectFrom('inbox')
      .select('payload')
      .where('event_id', '=', 'EvFROMA')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row.payload)).not.toContain('xoxb');
    expect((row.payload as Loose).target.installation).toMatchObject({ teamId: A.team });
  });

  it('when a delivery recorded by an instance that died is swept, then its answer goes with that workspace’s token', async () => {
    const wire = fakeSlack();
    // Another instance recorded B's event and died: its lease ran out long ago.
    const dead = createInbox({
      db: handle.db,
      engine: createAppConversationEngine({ db: handle.db, logger }),
      logger,
      clock: { now: () => new Date(Date.now() - 3600_000) },
    });
    await dead.accept({
      surface: 'slack',
      eventId: 'EvORPHANB',
      kind: 'message',
      input: {
        surface: 'slack',
        userExternalId: 'U1',
        workspaceId: B.team,
        conversationKey: 'slack:C0B:1.1',
        text: 'help',
      },
      target: {
        conversationKey: 'slack:C0B:1.1',
        userId: 'U1',
        installation: { teamId: B.team, isEnterpriseInstall: false },
      },
    });

    expect(await inbox.sweep()).toBe(1);

    expect(wire.posts()).toHaveLength(1);
    expect(wire.posts()[0]?.authorization).toBe(`Bearer ${B.token}`);
    expect(wire.posts()[0]?.args.text).toMatch(SUPPORT_HELP);
  });

  it('when the app is uninstalled from workspace A, then A’s later events get no answer and B still works', async () => {
    const wire = fakeSlack();

    const uninstall = await post(
      envelope(A.team, { type: 'app_uninstalled', event_ts: '1763900000.000001' }),
    );
    expect(uninstall.status).toBe(200);
    await expect(
      store.fetchInstallation({ teamId: A.team, enterpriseId: undefined, isEnterpriseInstall: false }),
    ).rejects.toThrow(/not installed/);

    await post(mention(A.team, `<@${A.botUser}> help`, { eventId: 'EvAFTERUNINSTALL' }));
    await post(mention(B.team, `<@${B.botUser}> help`, { eventId: 'EvBSTILL' }));
    await eventually(() => wire.posts().length >= 1);
    await inbox.idle();

    expect(wire.posts().map((c) => c.authorization)).toEqual([`Bearer ${B.token}`]);
    const recorded = await handle.db
      .selectFrom('inbox')
      .select('event_id')
      .where('event_id', '=', 'EvAFTERUNINSTALL')
      .execute();
    expect(recorded).toHaveLength(0);
    expect(log.text()).toContain('slack delivery of a workspace without installation ignored');
  });

  it('when work of workspace A waits in the inbox and A uninstalls, then it ends at once, posted nowhere', async () => {
    const wire = fakeSlack();
    const dead = createInbox({
      db: handle.db,
      engine: createAppConversationEngine({ db: handle.db, logger }),
      logger,
      clock: { now: () => new Date(Date.now() - 3600_000) },
    });
    await dead.accept({
      surface: 'slack',
      eventId: 'EvORPHANA',
      kind: 'message',
      input: {
        surface: 'slack',
        userExternalId: 'U1',
        workspaceId: A.team,
        conversationKey: 'slack:C0A:1.1',
        text: 'help',
      },
      target: {
        conversationKey: 'slack:C0A:1.1',
        userId: 'U1',
        installation: { teamId: A.team, isEnterpriseInstall: false },
      },
    });
    await store.deleteInstallation({ teamId: A.team, enterpriseId: undefined, isEnterpriseInstall: false });

    await inbox.sweep();

    expect(wire.calls).toHaveLength(0);
    const row = await handle.db
      .selectFrom('inbox')
      .select(['status', 'attempts'])
      .where('event_id', '=', 'EvORPHANA')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
  });

  it('when workspace B revokes the bot token (tokens_revoked), then its installation is deleted and B gets no answer', async () => {
    const wire = fakeSlack();

    const revoked = await post(
      envelope(B.team, {
        type: 'tokens_revoked',
        tokens: { oauth: [], bot: [B.botUser] },
        event_ts: '1763900000.000002',
      }),
    );
    expect(revoked.status).toBe(200);
    expect(await store.count()).toBe(1);

    await post(mention(B.team, `<@${B.botUser}> help`));
    await inbox.idle();
    expect(wire.calls).toHaveLength(0);
  });

  it('when a Slack Connect user of another organisation has the local user’s id, then they are not taken for the local user', async () => {
    const wire = fakeSlack();

    // In A's channel shared with T0ZZZ: U1 of T0ZZZ is nobody here, not A's U1 (the creditor).
    await post(
      mention(A.team, `<@${A.botUser}> help`, { userTeam: 'T0ZZZ', shared: true, channel: 'C0SHARED' }),
    );
    await eventually(() => wire.calls.some((c) => c.method.startsWith('chat.')));
    await inbox.idle();

    const answers = wire.calls.filter((c) => c.method.startsWith('chat.'));
    expect(answers.map((c) => c.args.text).join('\n')).toMatch(/not linked/);
    expect(answers.map((c) => c.args.text).join('\n')).not.toMatch(CREDITOR_HELP);
    expect(answers.every((c) => c.authorization === `Bearer ${A.token}`)).toBe(true);
  });

  it('when a Slack Connect user of workspace B speaks in A’s shared channel, then they are B’s user, answered with A’s token', async () => {
    const wire = fakeSlack();

    await post(
      mention(A.team, `<@${A.botUser}> help`, { userTeam: B.team, shared: true, channel: 'C0SHARED' }),
    );
    await eventually(() => wire.posts().length >= 1);

    expect(wire.posts()[0]?.args.text).toMatch(SUPPORT_HELP);
    expect(wire.posts()[0]?.authorization).toBe(`Bearer ${A.token}`);
  });

  it('when a notice is for the person linked in workspace B, then it is delivered in B with B’s token', async () => {
    const wire = fakeSlack();
    const sender = createSlackNoticeSender(
      installedWorkspaces(store, noticeClientOptions({ retryConfig: { retries: 0 } })),
    );
    const [address, ...others] = await resolveNoticeAddresses(
      handle.db,
      'slack',
      { type: 'user', userId: supportUser },
      { QUOTE_ALERT_CHANNEL: 'quote-alerts', CLOSE_CODE_CHANNEL: 'close-codes', SUPPORT_CHANNEL: 'support' },
    );
    expect(others).toHaveLength(0);
    expect(address).toMatchObject({ kind: 'dm', userExternalId: 'U1', workspaceId: B.team });

    await sender.send(
      { id: 1, payload: { text: 'Case 123 needs a manual review.' } } as Loose,
      address as Loose,
    );

    expect(wire.calls.map((c) => [c.method, c.authorization])).toEqual([
      ['conversations.open', `Bearer ${B.token}`],
      ['chat.postMessage', `Bearer ${B.token}`],
    ]);
  });

  it('when a person is linked in two workspaces, then a notice goes to one of them, the same one every time', async () => {
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'slack', workspace_id: A.team, external_id: 'U7', user_id: supportUser })
      .execute();
    const channels = { QUOTE_ALERT_CHANNEL: 'q', CLOSE_CODE_CHANNEL: 'c', SUPPORT_CHANNEL: 's' };

    const first = await resolveNoticeAddresses(
      handle.db,
      'slack',
      { type: 'user', userId: supportUser },
      channels,
    );
    const again = await resolveNoticeAddresses(
      handle.db,
      'slack',
      { type: 'user', userId: supportUser },
      channels,
    );

    expect(first).toEqual([
      { kind: 'dm', userExternalId: 'U7', displayName: 'Bo Support', workspaceId: A.team },
    ]);
    expect(again).toEqual(first);
  });

  describe('installing through OAuth (/slack/install → Slack → /slack/oauth_redirect)', () => {
    // oauth.v2.access as https://docs.slack.dev/reference/methods/oauth.v2.access documents it, with
    // token rotation on (refresh_token, expires_in).
    const oauthAnswer = {
      ok: true,
      access_token: 'xoxb-token-of-workspace-c',
      token_type: 'bot',
      scope: 'app_mentions:read,chat:write,commands',
      bot_user_id: 'UBOTC',
      app_id: 'A0APP1',
      team: { name: 'Collections Co', id: 'T0CCC' },
      enterprise: null,
      is_enterprise_install: false,
      authed_user: { id: 'UADMINC' },
      refresh_token: 'xoxe-1-refresh-of-c',
      expires_in: 43200,
    };
    const authTest = {
      ok: true,
      url: 'https://collections-co.slack.com/',
      team: 'Collections Co',
      user: 'case-assistant',
      team_id: 'T0CCC',
      user_id: 'UBOTC',
      bot_id: 'BBOTC',
      is_enterprise_install: false,
    };
    const redirect = (query: string, cookie?: string) =>
      fetch(`${base}/slack/oauth_redirect?${query}`, {
        headers: cookie ? { cookie } : {},
        redirect: 'manual',
      });

    it('when the redirect comes without a state, then it is refused and nothing is installed', async () => {
      const wire = fakeSlack({ 'oauth.v2.access': () => oauthAnswer, 'auth.test': () => authTest });

      const response = await redirect('code=1234.5678');

      expect(response.status).toBe(400);
      expect(wire.calls).toHaveLength(0);
      expect(await store.count()).toBe(2);
    });

    it('when the state is forged or not the one given to this browser, then it is refused and nothing is installed', async () => {
      const wire = fakeSlack({ 'oauth.v2.access': () => oauthAnswer, 'auth.test': () => authTest });
      const started = await fetch(`${base}/slack/install`, { redirect: 'manual' });
      const state = new URL(started.headers.get('location') ?? '').searchParams.get('state') ?? '';

      const forged = await redirect('code=1234.5678&state=forged', 'slack-app-oauth-state=forged');
      const noCookie = await redirect(`code=1234.5678&state=${encodeURIComponent(state)}`);

      expect([forged.status, noCookie.status]).toEqual([400, 400]);
      expect(wire.calls).toHaveLength(0);
      expect(await store.count()).toBe(2);
    });

    it('when Slack sends the installer back with the state of this browser, then the installation is stored, its tokens encrypted', async () => {
      const wire = fakeSlack({ 'oauth.v2.access': () => oauthAnswer, 'auth.test': () => authTest });

      const started = await fetch(`${base}/slack/install`, { redirect: 'manual' });
      expect(started.status).toBe(302);
      const location = new URL(started.headers.get('location') ?? '');
      expect(location.origin + location.pathname).toBe('https://slack.com/oauth/v2/authorize');
      expect(location.searchParams.get('client_id')).toBe('1111.2222');
      expect(location.searchParams.get('scope')).toBe('app_mentions:read,chat:write,commands');
      const state = location.searchParams.get('state') ?? '';
      const cookie = (started.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect(cookie).toBe(`slack-app-oauth-state=${state}`);

      const done = await redirect(`code=1234.5678&state=${encodeURIComponent(state)}`, cookie);

      expect(done.status).toBe(200);
      const exchange = wire.calls.find((c) => c.method === 'oauth.v2.access');
      expect(exchange?.args).toMatchObject({ code: '1234.5678', client_id: '1111.2222' });
      const installed = await store.fetchInstallation({
        teamId: 'T0CCC',
        enterpriseId: undefined,
        isEnterpriseInstall: false,
      });
      expect(installed.bot).toMatchObject({
        token: 'xoxb-token-of-workspace-c',
        refreshToken: 'xoxe-1-refresh-of-c',
        id: 'BBOTC',
        userId: 'UBOTC',
      });
      expect(installed.bot?.expiresAt).toBeGreaterThan(Date.now() / 1000 + 43000);
      const row = await handle.db
        .selectFrom('slack_installations')
        .selectAll()
        .where('team_id', '=', 'T0CCC')
        .executeTakeFirstOrThrow();
      expect(`${row.bot_token} ${row.bot_refresh_token}`).not.toMatch(/xox[be]-/);
      expect(row.bot_token.startsWith('gcm1:')).toBe(true);
      expect(log.text()).toContain('slack installation stored');
      expect(log.text()).not.toMatch(/xoxb-token-of-workspace-c|xoxe-1-refresh-of-c/);
    });
  });

  it('when a rotating token is near its expiry and two deliveries ask for it at once, then it is refreshed once and both get the new one', async () => {
    let refreshes = 0;
    const wire = fakeSlack({
      'oauth.v2.access': (args) => {
        refreshes++;
        expect(args).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'xoxe-1-old' });
        return {
          ok: true,
          access_token: 'xoxb-rotated',
          token_type: 'bot',
          refresh_token: 'xoxe-1-new',
          expires_in: 43200,
          scope: 'chat:write',
          bot_user_id: 'UBOTA',
          app_id: 'A0APP1',
          team: { id: A.team, name: 'A' },
          enterprise: null,
          is_enterprise_install: false,
        };
      },
    });
    await install(A, { refreshToken: 'xoxe-1-old', expiresAt: Math.floor(Date.now() / 1000) + 600 });
    const query = { teamId: A.team, enterpriseId: undefined, isEnterpriseInstall: false };

    const [one, two] = await Promise.all([store.fetchInstallation(query), store.fetchInstallation(query)]);

    expect(refreshes).toBe(1);
    expect([one.bot?.token, two.bot?.token]).toEqual(['xoxb-rotated', 'xoxb-rotated']);
    expect((await store.fetchInstallation(query)).bot?.refreshToken).toBe('xoxe-1-new');
    expect(wire.calls).toHaveLength(1);
    expect(log.text()).toContain('slack bot token rotated');
    expect(log.text()).not.toMatch(/xoxb-rotated|xoxe-1-old|xoxe-1-new/);
  });

  it('when the app is installed org-wide on an Enterprise Grid, then any workspace of that org is served by it', async () => {
    await store.storeInstallation({
      team: undefined,
      enterprise: { id: 'E0ORG', name: 'Big Org' },
      user: { id: 'UADMIN', token: undefined, scopes: undefined },
      bot: { id: 'BORG', userId: 'UBOTORG', scopes: ['chat:write'], token: 'xoxb-org' },
      tokenType: 'bot',
      isEnterpriseInstall: true,
      authVersion: 'v2',
    });

    const org = await store.fetchInstallation({
      teamId: undefined,
      enterpriseId: 'E0ORG',
      isEnterpriseInstall: true,
    });
    const workspaceOfOrg = await store.fetchInstallation({
      teamId: 'T0INORG',
      enterpriseId: 'E0ORG',
      isEnterpriseInstall: false,
    });
    const forNotice = await store.forWorkspace('E0ORG');

    expect([org.bot?.token, workspaceOfOrg.bot?.token, forNotice.bot?.token]).toEqual([
      'xoxb-org',
      'xoxb-org',
      'xoxb-org',
    ]);
    await store.deleteInstallation({ teamId: undefined, enterpriseId: 'E0ORG', isEnterpriseInstall: true });
    await expect(store.forWorkspace('E0ORG')).rejects.toThrow(/not installed/);
  });
});
