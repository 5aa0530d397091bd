import { createTestApp } from '@microsoft/teams.apps/dist/test-utils.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../../src/conversation/create-app-engine.ts';
import { createInbox } from '../../../src/conversation/inbox.ts';
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

// One conversation end to end: Teams activities → the real engine → the use cases on PostgreSQL → cards.
describe('Teams through the real conversation engine on the demo world', () => {
  let handle: DatabaseHandle;
  let connector: ReturnType<typeof fakeBotConnector>;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    // The Nordic partner's Teams account (Entra object id), linked as support would link it.
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'teams', external_id: PARTNER_AAD, user_id: 3 })
      .execute();
    connector = fakeBotConnector(SERVICE_URL);
  });
  afterEach(() => connector.done());

  it('when a partner declines in Teams and presses Confirm on the card, then the case goes to the partner network', async () => {
    const teams = createTeamsApp({
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
    const caseId = DEMO_CASE_IDS.toDeclineSharingOn;

    await teams.app.process(inbound(personalMessage(`decline ${caseId}, the debtor was declared bankrupt`)));
    await teams.idle();
    const card = connector.sent[0]?.activity.attachments?.[0]?.content;
    const confirm = card?.actions?.find((a) => a.title === 'Confirm') as
      | { data: Record<string, unknown> }
      | undefined;
    expect(confirm, `the first answer was: ${connector.sent[0]?.activity.text}`).toBeDefined();

    await teams.app.process(inbound(cardSubmit(confirm?.data ?? {})));
    await teams.idle();

    const row = await handle.db
      .selectFrom('cases')
      .select('status')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('collecting_quotes');
    expect(connector.sent).toHaveLength(2);
  });

  it('when Teams goes through the inbox, then a confirmed decline is carried out and a redelivery to another instance is answered once', async () => {
    const instance = () => {
      const engine = createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock });
      return createTeamsApp({
        config: {
          TEAMS_CLIENT_ID: undefined,
          TEAMS_CLIENT_SECRET: undefined,
          TEAMS_TENANT_ID: undefined,
          PORT: 0,
        },
        engine,
        logger: createLogger('silent'),
        app: createTestApp(),
        inbox: createInbox({ db: handle.db, engine, logger: createLogger('silent'), clock }),
      });
    };
    const a = instance();
    const b = instance();
    const caseId = DEMO_CASE_IDS.toDeclineSharingOn;
    const message = inbound(personalMessage(`decline ${caseId}, the debtor was declared bankrupt`));

    await a.app.process(message);
    await a.idle();
    await b.app.process(message);
    await b.idle();
    expect(connector.sent).toHaveLength(1);
    const card = connector.sent[0]?.activity.attachments?.[0]?.content;
    const confirm = card?.actions?.find((x) => x.title === 'Confirm') as
      | { data: Record<string, unknown> }
      | undefined;
    expect(confirm, `the first answer was: ${connector.sent[0]?.activity.text}`).toBeDefined();

    await b.app.process(inbound(cardSubmit(confirm?.data ?? {})));
    await b.idle();

    const row = await handle.db
      .selectFrom('cases')
      .select('status')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('collecting_quotes');
    expect(connector.sent).toHaveLength(2);
  });
});
