import { createTestApp } from '@microsoft/teams.apps/dist/test-utils.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../../src/conversation/create-app-engine.ts';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { DEMO_CASE_IDS } from '../../../src/db/seed/demo-cases.ts';
import { createDeliveryWorker } from '../../../src/delivery/outbox-worker.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { createLogger } from '../../../src/logger.ts';
import { createTeamsNoticeSender } from '../../../src/surfaces/teams/notice-sender.ts';
import { createTeamsApp } from '../../../src/surfaces/teams/teams-app.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';
import { FakeEngine } from '../helpers/fake-engine.ts';
import {
  cardSubmit,
  inbound,
  PARTNER_AAD,
  personalMessage,
  SERVICE_URL,
} from '../helpers/teams-activities.ts';
import { fakeBotConnector, type SentActivity } from '../helpers/teams-api.ts';

const EVIL =
  'the client keeps sending [click here](https://evil.example/pay) and <a href="https://evil.example">this</a> to us';

/**
 * Every string of an activity that Teams reads as Markdown: the message text, TextBlock text, Fact titles
 * and values. (RichTextBlock TextRuns and Action titles are not Markdown.)
 */
function markdownTexts(activity: SentActivity['activity']): string[] {
  const out: string[] = activity.text ? [activity.text] : [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const el = node as Record<string, unknown>;
    if (el.type === 'TextBlock' && typeof el.text === 'string') out.push(el.text);
    if (el.type === 'FactSet') {
      for (const f of el.facts as { title: string; value: string }[]) out.push(f.title, f.value);
    }
    Object.values(el).forEach(walk);
  };
  walk(activity.attachments ?? []);
  return out;
}

/** A Markdown link or image, a reference definition, or an HTML tag: what must never reach Teams live. */
const LIVE_MARKDOWN = /\]\(|\]:|\]\[|<[a-z/!]/i;
const visible = (text: string) => text.replace(/\u200B/g, '');

// The SDK decodes the bot token as a JWT (expiry, audience); an unsigned one is enough offline.
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const botToken = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', appid: 'bot-app-id', exp: 4102444800 })}.sig`;

const teamsConfig = {
  TEAMS_CLIENT_ID: undefined,
  TEAMS_CLIENT_SECRET: undefined,
  TEAMS_TENANT_ID: undefined,
  PORT: 0,
};

describe('Teams shows what people typed as text', () => {
  let connector: ReturnType<typeof fakeBotConnector>;
  let handle: DatabaseHandle;
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

  it('when a reply carries a Markdown link and HTML in its text and fields, then the message and the card show them as typed and nothing links', async () => {
    const engine = new FakeEngine();
    const teams = createTeamsApp({
      config: teamsConfig,
      engine,
      logger: createLogger('silent'),
      app: createTestApp({ logger: undefined }),
    });
    engine.onMessage = () => [
      { text: `Case 123 is *Active*. Last note: ${EVIL}` },
      {
        title: `Case 123 — [Debtor](https://evil.example/d)`,
        text: `Declined as *Other*: ${EVIL}`,
        fields: [{ label: 'Reason', value: EVIL }],
        choices: [{ value: 'ok', label: 'OK' }],
      },
    ];

    await teams.app.process(inbound(personalMessage('status of case 123')));
    await teams.idle();

    expect(connector.sent).toHaveLength(2);
    for (const { activity } of connector.sent) {
      for (const text of markdownTexts(activity)) expect(text).not.toMatch(LIVE_MARKDOWN);
    }
    // Shown as typed (the breaks are invisible), and the bot's own *bold* still bold.
    expect(visible(connector.sent[0]?.activity.text ?? '')).toBe(
      `Case 123 is **Active**. Last note: ${EVIL}`,
    );
    const card = JSON.stringify(connector.sent[1]?.activity.attachments?.[0]?.content.body);
    expect(card).toContain(JSON.stringify({ type: 'TextRun', text: EVIL }));
    expect(card).toContain(JSON.stringify({ type: 'TextRun', text: 'Other', weight: 'Bolder' }));
  });

  it('when a partner declines through the Teams form with a Markdown link in the reason, then the #support notice shows the link as text', async () => {
    const teams = createTeamsApp({
      config: teamsConfig,
      engine: createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock }),
      logger: createLogger('silent'),
      app: createTestApp({ logger: undefined }),
    });
    const caseId = DEMO_CASE_IDS.toDeclineSharingOn;

    await teams.app.process(
      inbound(
        cardSubmit({
          kind: 'form',
          form: 'decline',
          k: 'teams:a:personal-chat-1',
          caseId: String(caseId),
          reason: EVIL,
        }),
      ),
    );
    await teams.idle();
    const confirm = connector.sent[0]?.activity.attachments?.[0]?.content.actions?.find(
      (a) => a.title === 'Confirm',
    ) as { data: Record<string, unknown> } | undefined;
    expect(confirm, `the first answer was: ${connector.sent[0]?.activity.text}`).toBeDefined();
    await teams.app.process(inbound(cardSubmit(confirm?.data ?? {})));
    await teams.idle();

    await createDeliveryWorker({
      db: handle.db,
      sender: createTeamsNoticeSender(
        createTestApp({ clientId: 'bot-app-id', token: async () => botToken, serviceUrl: SERVICE_URL }),
        { tenantId: 'tenant-0001' },
      ),
      channels: {
        QUOTE_ALERT_CHANNEL: '19:quote-alerts@thread.tacv2',
        CLOSE_CODE_CHANNEL: '19:close-codes@thread.tacv2',
        SUPPORT_CHANNEL: '19:support@thread.tacv2',
      },
      logger: createLogger('silent'),
      clock,
    }).runOnce();

    const support = connector.sent.find((s) => s.conversationId === '19:support@thread.tacv2');
    expect(support, 'a notice reached the support channel').toBeDefined();
    expect(visible(support?.activity.text ?? '')).toContain(`"${EVIL}"`);
    for (const { activity } of connector.sent) {
      for (const text of markdownTexts(activity)) expect(text).not.toMatch(LIVE_MARKDOWN);
    }
  });
});
