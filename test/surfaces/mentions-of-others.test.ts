import { createTestApp } from '@microsoft/teams.apps/dist/test-utils.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { DEMO_CASE_IDS } from '../../src/db/seed/demo-cases.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { createTeamsApp } from '../../src/surfaces/teams/teams-app.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';
import { fakeSlackApi } from './helpers/slack-api.ts';
import { slackAppUnderTest } from './helpers/slack-app-under-test.ts';
import { appMentionEvent, BOT_USER, directMessageEvent, PARTNER } from './helpers/slack-payloads.ts';
import { channelMention, inbound, PARTNER_AAD, SERVICE_URL } from './helpers/teams-activities.ts';
import { fakeBotConnector } from './helpers/teams-api.ts';

// A request addressed to a colleague is not the speaker's own command, however the surface writes the
// colleague's name: Slack sends `<@U…>` tokens and Teams `<at>Name</at>`, not the "@maria" people type.
describe('mentions of people other than the bot', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  const pendingConfirmations = async () =>
    (await handle.db.selectFrom('pending_commands').select('id').execute()).length;
  const engine = () => createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock });

  describe('in Slack', () => {
    let api: ReturnType<typeof fakeSlackApi>;
    beforeEach(async () => {
      await handle.db
        .insertInto('chat_identities')
        .values({ surface: 'slack', external_id: PARTNER, user_id: 3 })
        .execute();
      api = fakeSlackApi();
    });
    afterEach(() => api.done());

    it('when a partner mentions the bot and asks a colleague by their Slack mention to accept a case, then nothing is offered for confirmation', async () => {
      const { receiver } = slackAppUnderTest({ engine: engine() });

      await receiver.send(
        appMentionEvent({
          text: `<@${BOT_USER}> <@U0MARIA> can you accept ${DEMO_CASE_IDS.toAccept}?`,
          ts: '1763900000.000100',
        }),
      );

      expect(await pendingConfirmations()).toBe(0);
      const answer = String(api.of('chat.postMessage')[0]?.args.text ?? '');
      expect(answer).not.toMatch(/^Accept case/);
    });

    it('when a partner writes the bot a direct message that starts with the bot’s own mention, then the command is understood', async () => {
      const { receiver } = slackAppUnderTest({ engine: engine() });

      await receiver.send(directMessageEvent({ text: `<@${BOT_USER}> accept ${DEMO_CASE_IDS.toAccept}` }));

      expect(await pendingConfirmations()).toBe(1);
      expect(String(api.of('chat.postMessage')[0]?.args.text)).toMatch(/accept/i);
    });
  });

  describe('in Teams', () => {
    let connector: ReturnType<typeof fakeBotConnector>;
    beforeEach(async () => {
      await handle.db
        .insertInto('chat_identities')
        .values({ surface: 'teams', external_id: PARTNER_AAD, user_id: 3 })
        .execute();
      connector = fakeBotConnector(SERVICE_URL);
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
        engine: engine(),
        logger: createLogger('silent'),
        app: createTestApp(),
      });

    it('when a channel message mentions the bot and asks a colleague by their Teams mention to decline a case, then nothing is offered for confirmation', async () => {
      const teams = teamsApp();

      await teams.app.process(
        inbound(
          channelMention(
            `<at>Maria Jensen</at> please decline ${DEMO_CASE_IDS.toDeclineSharingOn}, debtor dissolved`,
          ),
        ),
      );
      await teams.idle();

      expect(await pendingConfirmations()).toBe(0);
    });

    it('when a channel message mentions only the bot, then the command is understood as before', async () => {
      const teams = teamsApp();

      await teams.app.process(
        inbound(
          channelMention(`decline ${DEMO_CASE_IDS.toDeclineSharingOn}, the debtor was declared bankrupt`),
        ),
      );
      await teams.idle();

      expect(await pendingConfirmations()).toBe(1);
    });
  });
});
