import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createAppConversationEngine } from '../../../src/conversation/create-app-engine.ts';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { DEMO_CASE_IDS } from '../../../src/db/seed/demo-cases.ts';
import { createDeliveryWorker } from '../../../src/delivery/outbox-worker.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { createLogger } from '../../../src/logger.ts';
import { createCaseHome } from '../../../src/surfaces/slack/home/case-home.ts';
import {
  createSlackNoticeClient,
  createSlackNoticeSender,
} from '../../../src/surfaces/slack/notice-sender.ts';
import { createInterpreter } from '../../../src/understanding/interpreter.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';
import { fakeSlackApi, type SlackCall } from '../helpers/slack-api.ts';
import { slackAppUnderTest } from '../helpers/slack-app-under-test.ts';
import {
  appHomeOpenedEvent,
  appMentionEvent,
  BOT_USER,
  buttonClick,
  CHANNEL,
  channelThreadMessage,
  PARTNER,
  select,
  text,
  viewSubmission,
} from '../helpers/slack-payloads.ts';

type Block = { type: string; elements?: { action_id: string; value: string; text: { text: string } }[] };

const channels = {
  QUOTE_ALERT_CHANNEL: 'quote-alerts',
  CLOSE_CODE_CHANNEL: 'close-codes',
  SUPPORT_CHANNEL: 'support',
};

/** Everything of a Slack call that Slack parses as mrkdwn: the message text and the blocks (or the view). */
const wire = (call: SlackCall | undefined) =>
  `${call?.args.text ?? ''}\n${JSON.stringify(call?.args.blocks ?? call?.args.view ?? null)}`;

/** Live Slack control sequences: special mentions, user mentions, links with a label. */
const LIVE = /<!(?:channel|here|everyone)|<@U|<https?:|<mailto:/;

// What people typed reaches channels and DMs as the words they typed, never as a mention or a link,
// through the real engine, the use cases, the outbox and the Slack notice sender.
describe('Slack shows what people typed as text', () => {
  let handle: DatabaseHandle;
  let api: ReturnType<typeof fakeSlackApi>;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values([{ surface: 'slack', external_id: PARTNER, user_id: 3 }])
      .execute();
    api = fakeSlackApi();
  });
  afterEach(() => api.done());

  const app = () =>
    slackAppUnderTest({
      engine: createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock }),
      home: createCaseHome({ db: handle.db, clock }),
    });
  const buttons = (blocks: Block[] | undefined) =>
    (blocks ?? []).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));
  const deliverOutbox = () =>
    createDeliveryWorker({
      db: handle.db,
      sender: createSlackNoticeSender(
        createSlackNoticeClient('xoxb-test-token', { retryConfig: { retries: 0 } }),
      ),
      channels,
      logger: createLogger('silent'),
      clock,
      paceMs: 0,
    }).runOnce();

  const posts = () => api.of('chat.postMessage');
  const confirmIn = (call: SlackCall | undefined) =>
    buttons(call?.args.blocks).find((b) => b.text.text === 'Confirm');

  it('when a decline reason holds <!channel> and a mention as Slack delivers them, then the thread reply, the creditor notice and the #support notice show them as text', async () => {
    const { receiver } = app();
    const caseId = DEMO_CASE_IDS.toDeclineSharingOn;
    // Typed characters arrive entity-escaped; only the bot's own mention is a real token.
    await receiver.send(
      appMentionEvent({
        text: `<@${BOT_USER}> decline case ${caseId}: the client keeps writing &lt;!channel&gt; &lt;@U0VICTIM1&gt; to us`,
        ts: '1763900000.000100',
      }),
    );
    const confirmation = posts()[0];
    expect(wire(confirmation)).not.toMatch(LIVE);
    const confirm = confirmIn(confirmation);
    expect(confirm, `the first answer was: ${confirmation?.args.text}`).toBeDefined();

    await receiver.send(
      buttonClick({
        actionId: confirm?.action_id ?? '',
        value: confirm?.value ?? '',
        threadTs: '1763900000.000100',
      }),
    );
    await deliverOutbox();

    const support = posts().find((c) => c.args.channel === '#support');
    expect(support, 'a notice reached #support').toBeDefined();
    expect(support?.args.text).toContain(
      '"the client keeps writing &lt;!channel&gt; &lt;@U0VICTIM1&gt; to us"',
    );
    expect(support?.args.blocks[0].text.text).toContain('&lt;!channel&gt; &lt;@U0VICTIM1&gt;');
    for (const call of posts()) {
      expect(wire(call)).not.toMatch(LIVE);
      expect(wire(call)).not.toContain('&amp;lt;');
    }
  });

  it('when the reason comes as an answer in the thread with a real @here token and a typed <!channel>, then the #support notice shows the typed text once and no mention', async () => {
    const { receiver } = app();
    const caseId = DEMO_CASE_IDS.toDeclineSharingOn;
    await receiver.send(
      appMentionEvent({ text: `<@${BOT_USER}> decline case ${caseId}`, ts: '1763900200.000100' }),
    );
    expect(posts()[0]?.args.text).toMatch(/reason/i);

    // "<!here>" is what Slack sends when the person picks @here; "&lt;!channel&gt;" is "<!channel>" typed.
    await receiver.send(
      channelThreadMessage({
        text: 'the client keeps writing <!here> and &lt;!channel&gt; to us',
        threadTs: '1763900200.000100',
      }),
    );
    const confirmation = posts()[1];
    expect(wire(confirmation)).not.toMatch(LIVE);
    const confirm = confirmIn(confirmation);
    expect(confirm, `the answer was: ${confirmation?.args.text}`).toBeDefined();
    await receiver.send(
      buttonClick({
        actionId: confirm?.action_id ?? '',
        value: confirm?.value ?? '',
        threadTs: '1763900200.000100',
      }),
    );
    await deliverOutbox();

    const support = posts().find((c) => c.args.channel === '#support');
    expect(support?.args.text).toContain('"the client keeps writing and &lt;!channel&gt; to us"');
    for (const call of posts()) {
      expect(wire(call)).not.toMatch(LIVE);
      expect(wire(call)).not.toContain('&amp;lt;');
    }
  });

  it('when a close comment from the modal holds a disguised link and <!channel>, then the #close-codes notice shows them as text', async () => {
    const { receiver } = app();
    const caseId = DEMO_CASE_IDS.activeWithinPeriod;
    const key = `slack:${CHANNEL}:1763900100.000100`;
    // Modal inputs come back as typed, without entities.
    const comment =
      'The debtor paid everything to the creditor directly <!channel> see <https://evil.example/pay|the receipt>';

    await receiver.send(
      viewSubmission({
        callbackId: 'close_case',
        privateMetadata: JSON.stringify({ conversationKey: key, caseId: String(caseId) }),
        fields: { caseId: text(String(caseId)), closeCode: select('other'), comment: text(comment) },
      }),
    );
    // The bot suggests a better code first; the partner keeps Other, then confirms.
    const suggestion = posts()[0];
    expect(wire(suggestion)).not.toMatch(LIVE);
    const keep = buttons(suggestion?.args.blocks).find((b) => /Other/.test(b.text.text));
    expect(keep, `the first answer was: ${suggestion?.args.text}`).toBeDefined();
    await receiver.send(buttonClick({ actionId: keep?.action_id ?? '', value: keep?.value ?? '' }));
    const confirmation = posts()[1];
    const confirm = confirmIn(confirmation);
    expect(confirm, `the second answer was: ${confirmation?.args.text}`).toBeDefined();
    await receiver.send(buttonClick({ actionId: confirm?.action_id ?? '', value: confirm?.value ?? '' }));
    await deliverOutbox();

    const closeCodes = posts().find((c) => c.args.channel === '#close-codes');
    expect(closeCodes, 'a notice reached #close-codes').toBeDefined();
    expect(closeCodes?.args.text).toContain(
      '&lt;!channel&gt; see &lt;https://evil.example/pay|the receipt&gt;',
    );
    for (const call of posts()) expect(wire(call)).not.toMatch(LIVE);
  });

  it('when the LLM proposes a decline reason copied with Slack entities and a real @here token, then the #support notice shows the typed text once and no mention', async () => {
    // An OpenAI-compatible server at the wire: the model copies the words as Slack sent them.
    const BASE = 'https://llm.example.test';
    const interpreter = createInterpreter(
      loadConfig({
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: `${BASE}/v1`,
        OPENAI_MODEL: 'gpt-4o-mini',
      }),
      { maxRetries: 0 },
    );
    const caseId = DEMO_CASE_IDS.toDeclineSharingOn;
    nock(BASE)
      .post('/v1/chat/completions')
      .reply(200, {
        id: 'chatcmpl-test-1',
        object: 'chat.completion',
        created: 1_764_000_001,
        model: 'gpt-4o-mini-2024-07-18',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: null,
              refusal: null,
              tool_calls: [
                {
                  id: 'call_1',
                  type: 'function',
                  function: {
                    name: 'case_decline',
                    arguments: JSON.stringify({
                      caseId: String(caseId),
                      reason: 'client keeps writing &lt;!channel&gt; and <!here> at us',
                      category: null,
                    }),
                  },
                },
              ],
            },
            logprobs: null,
            finish_reason: 'tool_calls',
          },
        ],
        usage: { prompt_tokens: 900, completion_tokens: 30, total_tokens: 930 },
      });
    const { receiver } = slackAppUnderTest({
      engine: createAppConversationEngine({
        db: handle.db,
        logger: createLogger('silent'),
        clock,
        interpreter,
      }),
    });

    await receiver.send(
      appMentionEvent({
        text: `<@${BOT_USER}> ${caseId} nah, client keeps writing &lt;!channel&gt; and <!here> at us, not for us`,
        ts: '1763900300.000100',
      }),
    );
    const confirm = confirmIn(posts()[0]);
    expect(confirm, `the first answer was: ${posts()[0]?.args.text}`).toBeDefined();
    await receiver.send(
      buttonClick({
        actionId: confirm?.action_id ?? '',
        value: confirm?.value ?? '',
        threadTs: '1763900300.000100',
      }),
    );
    await deliverOutbox();

    const support = posts().find((c) => c.args.channel === '#support');
    expect(support?.args.text).toContain('"client keeps writing &lt;!channel&gt; and at us"');
    for (const call of posts()) {
      expect(wire(call)).not.toMatch(LIVE);
      expect(wire(call)).not.toContain('&amp;lt;');
    }
  });

  it('when a debtor name holds <!channel> and a labelled link, then the App Home lists it as text', async () => {
    const { receiver } = app();
    await handle.db
      .updateTable('cases')
      .set({ debtor_name: 'Evil <!channel> <https://evil.example|Ltd> & Co' })
      .where('id', '=', DEMO_CASE_IDS.toAccept)
      .execute();

    await receiver.send(appHomeOpenedEvent(PARTNER));

    const home = api.of('views.publish')[0];
    expect(wire(home)).toContain('Evil &lt;!channel&gt; &lt;https://evil.example|Ltd&gt; &amp; Co');
    expect(wire(home)).not.toMatch(LIVE);
  });
});
