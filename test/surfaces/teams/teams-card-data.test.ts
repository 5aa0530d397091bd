import { createTestApp } from '@microsoft/teams.apps/dist/test-utils.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../../src/conversation/create-app-engine.ts';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { DEMO_CASE_IDS } from '../../../src/db/seed/demo-cases.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { createLogger } from '../../../src/logger.ts';
import { createTeamsApp } from '../../../src/surfaces/teams/teams-app.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';
import {
  cardSubmit,
  inbound,
  PARTNER_AAD,
  personalMessage,
  SERVICE_URL,
} from '../helpers/teams-activities.ts';
import { fakeBotConnector } from '../helpers/teams-api.ts';

// What a card sends back is whatever the client posts: Teams merges the inputs into the Action.Submit
// data, and anyone replaying the request can add fields. Only the form's own fields may count.
describe('Teams card submissions are checked like any other input', () => {
  let handle: DatabaseHandle;
  let connector: ReturnType<typeof fakeBotConnector>;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'teams', external_id: PARTNER_AAD, user_id: 3 })
      .execute();
    connector = fakeBotConnector(SERVICE_URL);
  });
  afterEach(() => connector.done());

  function teams() {
    return createTeamsApp({
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
  }
  const declineForm = (extra: Record<string, unknown>) =>
    cardSubmit({
      kind: 'form',
      form: 'decline',
      k: 'teams:a:personal-chat-1',
      caseId: String(DEMO_CASE_IDS.toDeclineSharingOn),
      reason: 'we are fully booked',
      ...extra,
    });
  const confirmOf = (i: number) =>
    connector.sent[i]?.activity.attachments?.[0]?.content.actions?.find((a) => a.title === 'Confirm') as
      | { data: Record<string, unknown> }
      | undefined;

  it('when a decline card carries an extra category, then it is ignored and a reason that fits none still goes to manual review', async () => {
    const app = teams();

    await app.app.process(inbound(declineForm({ category: 'duplicate' })));
    await app.idle();
    expect(connector.sent[0]?.activity.text).toMatch(/manual review|support/i);
    expect(connector.sent[0]?.activity.text).not.toMatch(/Duplicate/i);
    await app.app.process(inbound(cardSubmit(confirmOf(0)?.data ?? {})));
    await app.idle();

    const decline = await handle.db
      .selectFrom('declines')
      .select('category')
      .where('case_id', '=', DEMO_CASE_IDS.toDeclineSharingOn)
      .executeTakeFirstOrThrow();
    expect(decline.category).toBeNull();
  });

  it('when a decline card carries a category that does not exist, then the decline is offered as usual instead of failing', async () => {
    const app = teams();

    await app.app.process(
      inbound(declineForm({ reason: 'the debtor was declared bankrupt', category: 'made_up_category' })),
    );
    await app.idle();

    expect(connector.sent[0]?.activity.text).toContain('Insolvency');
    expect(confirmOf(0)).toBeDefined();
  });

  it('when a close card names a close code that does not exist, then the answer says so and offers the form again', async () => {
    const app = teams();

    await app.app.process(
      inbound(
        cardSubmit({
          kind: 'form',
          form: 'close',
          k: 'teams:a:personal-chat-1',
          caseId: '1008',
          closeCode: 'bribed_the_judge',
        }),
      ),
    );
    await app.idle();

    const answer = connector.sent[0]?.activity;
    expect(answer?.text).toContain('Pick one of the close codes in the list');
    const body = answer?.attachments?.[0]?.content.body ?? [];
    expect(body.find((e) => e.id === 'closeCode')).toBeDefined();
    expect(body.find((e) => e.id === 'caseId')?.value).toBe('1008');
  });

  it('when a card names another conversation in its data, then the submit still belongs to the conversation it came from', async () => {
    const app = teams();

    await app.app.process(
      inbound(declineForm({ k: 'teams:19:other-team-thread@thread.tacv2;messageid=1', caseId: '1008' })),
    );
    await app.idle();

    const remembered = await handle.db
      .selectFrom('conversation_cases')
      .select(['conversation_key', 'case_id'])
      .where('surface', '=', 'teams')
      .execute();
    expect(remembered).toEqual([{ conversation_key: 'teams:a:personal-chat-1', case_id: 1008 }]);
  });

  it('when a choice on a card is altered to an option that was not offered, then the answer says so and the real options still work', async () => {
    const app = teams();
    await app.app.process(inbound(personalMessage('close case 1008')));
    await app.idle();
    const offered = (connector.sent[0]?.activity.attachments?.[0]?.content.actions ?? []).map(
      (a) => (a as { data: { v?: string } }).data.v ?? '',
    );
    const untraceable = offered.find((v) => v.endsWith(':debtor_untraceable')) ?? '';
    expect(untraceable).not.toBe('');

    const forged = untraceable.replace(/:debtor_untraceable$/, ':bribed_the_judge');
    await app.app.process(inbound(cardSubmit({ kind: 'choice', k: 'teams:a:personal-chat-1', v: forged })));
    await app.idle();
    expect(connector.sent[1]?.activity.text).toContain('not one of the options I offered');

    await app.app.process(
      inbound(cardSubmit({ kind: 'choice', k: 'teams:a:personal-chat-1', v: untraceable })),
    );
    await app.idle();
    expect(confirmOf(2)).toBeDefined();
  });
});
