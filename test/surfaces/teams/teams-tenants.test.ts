import { createTestApp } from '@microsoft/teams.apps/dist/test-utils.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../../src/conversation/create-app-engine.ts';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { createLogger } from '../../../src/logger.ts';
import { createTeamsApp } from '../../../src/surfaces/teams/teams-app.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';
import { inbound, PARTNER_AAD, personalMessage, SERVICE_URL } from '../helpers/teams-activities.ts';
import { fakeBotConnector } from '../helpers/teams-api.ts';

// Many organisations, one assistant: the same Entra object id in two tenants is two people, and a link
// made in one tenant never answers for a speaker of another.
const TENANT_A = '7a1c0e55-0000-4000-8000-00000000000a';
const TENANT_B = '7a1c0e55-0000-4000-8000-00000000000b';

function messageFrom(tenant: string, text: string) {
  const m = personalMessage(text);
  return {
    ...m,
    // Teams sends the tenant id as Entra writes it; the case may differ from the one linked.
    conversation: { ...m.conversation, id: `a:chat-in-${tenant}`, tenantId: tenant.toUpperCase() },
    channelData: { tenant: { id: tenant.toUpperCase() } },
  };
}

describe('Teams across tenants: who a speaker is depends on their tenant', () => {
  let handle: DatabaseHandle;
  let connector: ReturnType<typeof fakeBotConnector>;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(() => {
    connector = fakeBotConnector(SERVICE_URL);
  });
  afterEach(() => connector.done());

  function teamsFor(config: { TEAMS_TENANT_ID?: string; TEAMS_ALLOWED_TENANTS?: string }) {
    return createTeamsApp({
      config: { TEAMS_CLIENT_ID: undefined, TEAMS_CLIENT_SECRET: undefined, PORT: 0, ...config },
      engine: createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock }),
      logger: createLogger('silent'),
      app: createTestApp(),
      db: handle.db,
    });
  }
  /** What the bot answered in each tenant's chat. */
  const answerIn = (tenant: string) =>
    connector.sent.find((s) => s.conversationId === `a:chat-in-${tenant}`)?.activity.text ?? '';

  it('when the partner is linked in tenant A, then a user of tenant B with the same object id is not them', async () => {
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'teams', workspace_id: TENANT_A, external_id: PARTNER_AAD, user_id: 3 })
      .execute();
    const teams = teamsFor({ TEAMS_ALLOWED_TENANTS: '*' });

    await teams.app.process(inbound(messageFrom(TENANT_A, 'my cases')));
    await teams.app.process(inbound(messageFrom(TENANT_B, 'my cases')));
    await teams.idle();

    expect(answerIn(TENANT_A)).toMatch(/^Your cases/);
    expect(answerIn(TENANT_B)).toMatch(/account is not linked/);
  });

  it('when a link predates tenants (workspace ""), then it answers in the home tenant and nowhere else', async () => {
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'teams', external_id: PARTNER_AAD, user_id: 3 })
      .execute();
    const teams = teamsFor({ TEAMS_TENANT_ID: TENANT_A, TEAMS_ALLOWED_TENANTS: '*' });

    await teams.app.process(inbound(messageFrom(TENANT_A, 'my cases')));
    await teams.app.process(inbound(messageFrom(TENANT_B, 'my cases')));
    await teams.idle();

    expect(answerIn(TENANT_A)).toMatch(/^Your cases/);
    expect(answerIn(TENANT_B)).toMatch(/account is not linked/);
  });

  it('when one person is linked in both tenants, then each tenant’s link is the one used there', async () => {
    // Partner user 3 in tenant A; another user (a creditor's, id 1) under the same object id in tenant B.
    await handle.db
      .insertInto('chat_identities')
      .values([
        { surface: 'teams', workspace_id: TENANT_A, external_id: PARTNER_AAD, user_id: 3 },
        { surface: 'teams', workspace_id: TENANT_B, external_id: PARTNER_AAD, user_id: 1 },
        // An old unscoped link (to tenant B's user) must not shadow tenant A's own link in tenant A.
        { surface: 'teams', workspace_id: '', external_id: PARTNER_AAD, user_id: 1 },
      ])
      .execute();
    const teams = teamsFor({ TEAMS_TENANT_ID: TENANT_A, TEAMS_ALLOWED_TENANTS: '*' });

    await teams.app.process(inbound(messageFrom(TENANT_A, 'my cases')));
    await teams.app.process(inbound(messageFrom(TENANT_B, 'my cases')));
    await teams.idle();

    // Different people see different case lists: A's answer is not user 1's.
    expect(answerIn(TENANT_A)).toMatch(/^Your cases/);
    expect(answerIn(TENANT_B)).toMatch(/^Your cases/);
    expect(answerIn(TENANT_A)).not.toBe(answerIn(TENANT_B));
  });
});
