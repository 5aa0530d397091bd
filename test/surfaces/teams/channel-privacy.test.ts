import { createTestApp } from '@microsoft/teams.apps/dist/test-utils.js';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../../src/conversation/create-app-engine.ts';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { findUser } from '../../../src/db/repositories/user.repository.ts';
import { DEMO_CASE_IDS } from '../../../src/db/seed/demo-cases.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { createLogger } from '../../../src/logger.ts';
import { createTeamsApp } from '../../../src/surfaces/teams/teams-app.ts';
import { registerChannel } from '../../../src/use-cases/channels/register-channel.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';
import { channelMention, inbound, PARTNER_AAD, SERVICE_URL } from '../helpers/teams-activities.ts';

// biome-ignore lint/suspicious/noExplicitAny: activities are inspected freely in assertions.
type Loose = any;

const CHANNEL_CONVERSATION = '19:cases@thread.tacv2;messageid=1763899999000';
const PERSON_DEBTOR = 'Jens Pedersen';

/**
 * The Bot Connector at the wire, as this suite needs it: activities posted to a conversation, targeted
 * activities (?isTargetedActivity=true, seen by their recipient only), activity updates (PUT), and new
 * 1:1 conversations.
 */
function fakeConnector(opts: { refuseTargeted?: boolean } = {}) {
  const posted: Array<{ conversationId: string; activity: Loose }> = [];
  const targeted: Array<{ conversationId: string; activity: Loose }> = [];
  const updated: Array<{ conversationId: string; activityId: string; activity: Loose }> = [];
  const created: Loose[] = [];
  const conversationOf = (uri: string) =>
    decodeURIComponent(uri.split('/v3/conversations/')[1]?.split('/activities')[0] ?? '');
  const scope = nock(new URL(SERVICE_URL).origin)
    .persist()
    .post(/\/v3\/conversations\/[^/]+\/activities\?isTargetedActivity=true$/)
    .reply((uri, body) => {
      if (opts.refuseTargeted)
        return [400, { error: { code: 'BadArgument', message: 'Targeted activities are not supported' } }];
      targeted.push({ conversationId: conversationOf(uri), activity: body });
      return [201, { id: `targeted-${targeted.length}` }];
    })
    .post(/\/v3\/conversations\/[^/?]+\/activities$/)
    .reply((uri, body) => {
      posted.push({ conversationId: conversationOf(uri), activity: body });
      return [201, { id: `activity-${posted.length}` }];
    })
    .put(/\/v3\/conversations\/[^/]+\/activities\/[^/?]+$/)
    .reply((uri, body) => {
      updated.push({
        conversationId: conversationOf(uri),
        activityId: decodeURIComponent(uri.split('/activities/')[1] ?? ''),
        activity: body,
      });
      return [200, { id: 'updated' }];
    })
    .post(/\/v3\/conversations$/)
    .reply((_uri, body) => {
      created.push(body);
      return [201, { id: 'a:new-personal-chat', activityId: 'x', serviceUrl: SERVICE_URL }];
    });
  return {
    posted,
    targeted,
    updated,
    created,
    done() {
      scope.persist(false);
      nock.cleanAll();
    },
  };
}

const text = (a: Loose) => `${a?.text ?? ''}\n${JSON.stringify(a?.attachments ?? [])}`;

describe('Teams channel privacy, through the real engine on the demo world', () => {
  let handle: DatabaseHandle;
  let connector: ReturnType<typeof fakeConnector>;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'teams', external_id: PARTNER_AAD, user_id: 3 })
      .execute();
  });
  afterEach(() => connector.done());

  const teamsApp = () =>
    createTeamsApp({
      config: {
        TEAMS_CLIENT_ID: undefined,
        TEAMS_CLIENT_SECRET: undefined,
        TEAMS_TENANT_ID: undefined,
        PORT: 0,
      },
      engine: createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock }),
      logger: createLogger('silent'),
      app: createTestApp(),
    });
  const say = async (teams: ReturnType<typeof teamsApp>, words: string) => {
    await teams.app.process(inbound(channelMention(words)));
    await teams.idle();
  };
  const submit = async (teams: ReturnType<typeof teamsApp>, data: Loose, replyToId: string) => {
    const { text: _t, entities: _e, ...activity } = channelMention('');
    await teams.app.process(inbound({ ...activity, id: `submit-${Math.random()}`, value: data, replyToId }));
    await teams.idle();
  };

  it('when a partner asks for a case status in a channel, then the answer is a targeted message only they see', async () => {
    connector = fakeConnector();
    const teams = teamsApp();

    await say(teams, `status of case ${DEMO_CASE_IDS.toAccept}`);

    expect(connector.posted).toHaveLength(0);
    expect(connector.targeted).toHaveLength(1);
    expect(connector.targeted[0]?.conversationId).toBe(CHANNEL_CONVERSATION);
    expect(connector.targeted[0]?.activity.recipient).toMatchObject({ id: '29:partner-user-id' });
    expect(text(connector.targeted[0]?.activity)).toContain(`Case ${DEMO_CASE_IDS.toAccept}`);
  });

  it('when Teams refuses targeted messages, then the answer goes to the 1:1 chat, never to the channel', async () => {
    connector = fakeConnector({ refuseTargeted: true });
    const teams = teamsApp();

    await say(teams, `status of case ${DEMO_CASE_IDS.toAccept}`);

    expect(connector.created[0]).toMatchObject({ isGroup: false, members: [{ id: '29:partner-user-id' }] });
    expect(connector.posted.map((p) => p.conversationId)).toEqual(['a:new-personal-chat']);
    expect(text(connector.posted[0]?.activity)).toContain(`Case ${DEMO_CASE_IDS.toAccept}`);
  });

  it("when the channel is registered as the partner's own, then the status is posted to the channel without a private person's name", async () => {
    connector = fakeConnector();
    const support = await findUser(handle.db, 9);
    if (!support) throw new Error('no support agent');
    await registerChannel(
      { db: handle.db, clock, actor: support, channel: 'teams' },
      { surface: 'teams', channelId: CHANNEL_CONVERSATION, kind: 'organisation', partnerId: 1 },
    );
    const teams = teamsApp();

    await say(teams, `status of case ${DEMO_CASE_IDS.toDeclineSharingOn}`);

    expect(connector.targeted).toHaveLength(0);
    expect(connector.posted).toHaveLength(1);
    expect(text(connector.posted[0]?.activity)).toContain('the debtor (private person)');
    expect(text(connector.posted[0]?.activity)).not.toContain(PERSON_DEBTOR);
  });

  it('when a partner confirms on a card in a channel, then the card is updated to the outcome without buttons, and pressing again is refused privately', async () => {
    connector = fakeConnector();
    const teams = teamsApp();
    const caseId = DEMO_CASE_IDS.toDeclineSharingOn;

    await say(teams, `accept ${caseId}`);
    const card = connector.posted[0]?.activity.attachments?.[0]?.content;
    expect(text(connector.posted[0]?.activity)).not.toContain(PERSON_DEBTOR);
    const confirm = card?.actions?.find((a: Loose) => a.title === 'Confirm');
    expect(confirm?.tooltip).toBe(`Confirm: accept case ${caseId}`);
    expect(card?.actions?.find((a: Loose) => a.title === 'Cancel')?.tooltip).toBe(
      `Cancel: do not accept case ${caseId}`,
    );

    await submit(teams, confirm?.data, 'activity-1');

    const status = await handle.db
      .selectFrom('cases')
      .select('status')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('active');
    expect(connector.updated).toHaveLength(1);
    expect(connector.updated[0]).toMatchObject({
      conversationId: CHANNEL_CONVERSATION,
      activityId: 'activity-1',
    });
    const settled = connector.updated[0]?.activity.attachments?.[0]?.content;
    expect(settled.actions).toBeUndefined();
    expect(JSON.stringify(settled.body)).toContain(
      'Accepted by Mikkel Sørensen at {{TIME(2026-11-23T10:00:00Z)}}',
    );
    expect(JSON.stringify(settled.body)).toContain(`Accept case ${caseId} (the debtor (private person))`);
    expect(connector.posted.map(text).join('\n')).not.toContain(PERSON_DEBTOR);

    await submit(teams, confirm?.data, 'activity-1');

    expect(connector.updated).toHaveLength(1);
    expect(connector.targeted).toHaveLength(1);
    expect(text(connector.targeted[0]?.activity)).toMatch(/already used|expired/);
    expect(connector.posted).toHaveLength(2);
  });
});
