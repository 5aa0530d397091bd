import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../../src/conversation/create-app-engine.ts';
import { createInbox } from '../../../src/conversation/inbox.ts';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { DEMO_CASE_IDS } from '../../../src/db/seed/demo-cases.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { createLogger } from '../../../src/logger.ts';
import { createCaseHome } from '../../../src/surfaces/slack/home/case-home.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';
import { fakeSlackApi } from '../helpers/slack-api.ts';
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

// One conversation end to end: Slack payloads → the real engine → the use cases on PostgreSQL → Block Kit.
describe('Slack through the real conversation engine on the demo world', () => {
  let handle: DatabaseHandle;
  let api: ReturnType<typeof fakeSlackApi>;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    // The Nordic partner's Slack account, linked as support would link it.
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'slack', external_id: PARTNER, user_id: 3 })
      .execute();
    api = fakeSlackApi();
  });
  afterEach(() => api.done());

  const app = () =>
    slackAppUnderTest({
      engine: createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock }),
    });
  const buttons = (blocks: Block[] | undefined) =>
    (blocks ?? []).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));
  const caseStatus = async (id: number) =>
    (await handle.db.selectFrom('cases').select('status').where('id', '=', id).executeTakeFirstOrThrow())
      .status;

  it('when a partner declines in a thread and clicks Confirm, then the case goes to the network and the creditor is told', async () => {
    const { receiver } = app();
    const caseId = DEMO_CASE_IDS.toDeclineSharingOn;

    await receiver.send(
      appMentionEvent({
        text: `<@${BOT_USER}> decline ${caseId}, the debtor was declared bankrupt`,
        ts: '1763900000.000100',
      }),
    );

    const confirmation = api.of('chat.postMessage')[0];
    expect(confirmation?.args.thread_ts).toBe('1763900000.000100');
    expect(await caseStatus(caseId)).toBe('pending_verification');
    const confirm = buttons(confirmation?.args.blocks).find((b) => b.text.text === 'Confirm');
    expect(confirm, `the first answer was: ${confirmation?.args.text}`).toBeDefined();

    await receiver.send(
      buttonClick({
        actionId: confirm?.action_id ?? '',
        value: confirm?.value ?? '',
        threadTs: '1763900000.000100',
      }),
    );

    expect(await caseStatus(caseId)).toBe('collecting_quotes');
    const done = api.of('chat.postMessage')[1];
    expect(done?.args).toMatchObject({ channel: CHANNEL, thread_ts: '1763900000.000100' });
    const notices = await handle.db
      .selectFrom('notices')
      .select(['recipient_type', 'kind'])
      .where('case_id', '=', caseId)
      .execute();
    expect(notices.some((n) => n.recipient_type === 'creditor')).toBe(true);
  });

  it('when someone whose Slack account is not linked writes, then they are told how to get linked and nothing else', async () => {
    const { receiver } = app();

    await receiver.send(
      appMentionEvent({ text: `<@${BOT_USER}> accept ${DEMO_CASE_IDS.toAccept}`, user: 'U0STRANGER' }),
    );

    const texts = [...api.of('chat.postMessage'), ...api.of('chat.postEphemeral')].map((c) =>
      String(c.args.text),
    );
    expect(texts.join('\n')).toMatch(/not linked/);
    expect(await caseStatus(DEMO_CASE_IDS.toAccept)).toBe('pending_verification');
  });

  it('when the partner opens the App Home, then the case waiting for verification is listed first, then cases by status', async () => {
    const { receiver } = slackAppUnderTest({
      engine: createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock }),
      home: createCaseHome({ db: handle.db, clock }),
    });

    await receiver.send(appHomeOpenedEvent(PARTNER));

    const blocks = JSON.stringify(api.of('views.publish')[0]?.args.view.blocks);
    const waiting = blocks.indexOf('Waiting for you');
    expect(waiting).toBeGreaterThan(-1);
    expect(blocks.indexOf(`*${DEMO_CASE_IDS.toAccept}*`)).toBeGreaterThan(waiting);
    expect(blocks).toContain('verify it: accept, decline');
    expect(blocks).toMatch(/Pending Verification \(\d+\)/);
  });

  it('when a partner closes a case through the close modal and confirms, then the case is closed with that code', async () => {
    const { receiver } = app();
    const caseId = DEMO_CASE_IDS.activeWithinPeriod;
    const key = `slack:${CHANNEL}:1763900100.000100`;

    await receiver.send(
      viewSubmission({
        callbackId: 'close_case',
        privateMetadata: JSON.stringify({ conversationKey: key, caseId: String(caseId) }),
        fields: {
          caseId: text(String(caseId)),
          closeCode: select('debtor_untraceable'),
          comment: text('No address, phone or employer found after three searches.'),
        },
      }),
    );
    const confirmation = api.of('chat.postMessage')[0];
    const confirm = buttons(confirmation?.args.blocks).find((b) => b.text.text === 'Confirm');
    expect(confirm, `the first answer was: ${confirmation?.args.text}`).toBeDefined();
    expect(confirmation?.args.thread_ts).toBe('1763900100.000100');

    await receiver.send(buttonClick({ actionId: confirm?.action_id ?? '', value: confirm?.value ?? '' }));

    const row = await handle.db
      .selectFrom('cases')
      .select(['status', 'close_code'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'closed', close_code: 'debtor_untraceable' });
  });

  it('when the bot asks for the decline reason in a channel thread, then the plain answer in the thread completes the command', async () => {
    const { receiver } = app();
    const caseId = DEMO_CASE_IDS.toDeclineSharingOn;

    await receiver.send(
      appMentionEvent({ text: `<@${BOT_USER}> decline case ${caseId}`, ts: '1763900200.000100' }),
    );
    const question = api.of('chat.postMessage')[0];
    expect(question?.args.text).toMatch(/reason/i);

    await receiver.send(
      channelThreadMessage({
        text: 'the debtor company was dissolved last year',
        threadTs: '1763900200.000100',
      }),
    );

    const confirmation = api.of('chat.postMessage')[1];
    expect(confirmation?.args.thread_ts).toBe('1763900200.000100');
    expect(buttons(confirmation?.args.blocks).map((b) => b.text.text)).toContain('Confirm');
    expect(confirmation?.args.text).toContain(`Decline case ${caseId}`);
  });

  it('when the bot asks in a thread through one instance and the answer reaches another, then the other instance completes the command', async () => {
    // Two bot instances (engine, inbox and Bolt app each) sharing one database, as behind a load balancer.
    const instance = () => {
      const engine = createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock });
      const inbox = createInbox({ db: handle.db, engine, logger: createLogger('silent'), clock });
      return slackAppUnderTest({ engine, inbox });
    };
    const a = instance();
    const b = instance();
    const caseId = DEMO_CASE_IDS.toDeclineSharingOn;

    await a.receiver.send(
      appMentionEvent({ text: `<@${BOT_USER}> decline case ${caseId}`, ts: '1763900300.000100' }),
    );
    expect(api.of('chat.postMessage')[0]?.args.text).toMatch(/reason/i);
    await b.receiver.send(
      channelThreadMessage({
        text: 'the debtor company was dissolved last year',
        threadTs: '1763900300.000100',
      }),
    );

    const confirmation = api.of('chat.postMessage')[1];
    expect(confirmation?.args.thread_ts).toBe('1763900300.000100');
    expect(confirmation?.args.text).toContain(`Decline case ${caseId}`);
    expect(buttons(confirmation?.args.blocks).map((x) => x.text.text)).toContain('Confirm');
  });

  it('when Slack retries an event to another instance, then it is answered once', async () => {
    const instance = () => {
      const engine = createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock });
      const inbox = createInbox({ db: handle.db, engine, logger: createLogger('silent'), clock });
      return slackAppUnderTest({ engine, inbox });
    };
    const event = appMentionEvent({ text: `<@${BOT_USER}> status 1001`, eventId: 'Ev0TWICE' });

    await instance().receiver.send(event);
    await instance().receiver.send(event, { retryNum: 1 });

    // A status asked in a channel is answered to the asker alone (ephemeral).
    expect([...api.of('chat.postMessage'), ...api.of('chat.postEphemeral')]).toHaveLength(1);
  });

  it('when the instance that acknowledged a /case command dies, then another instance answers it through the response URL', async () => {
    const instance = () => {
      const engine = createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock });
      const inbox = createInbox({ db: handle.db, engine, logger: createLogger('silent'), clock });
      slackAppUnderTest({ engine, inbox });
      return inbox;
    };
    const key = `slack:${CHANNEL}:cmd:${PARTNER}`;
    // Recorded and acknowledged by the first instance, which then died before working on it.
    await instance().accept({
      surface: 'slack',
      eventId: 'command:13345224609.738474920.8088930838d88f008e0',
      kind: 'message',
      input: { surface: 'slack', userExternalId: PARTNER, conversationKey: key, text: 'status of case 1001' },
      target: {
        conversationKey: key,
        userId: PARTNER,
        responseUrl: 'https://hooks.slack.com/commands/T0TEAM1/1234/abcd',
      },
    });

    clock.advance(3 * 60_000);
    await instance().sweep();

    expect(api.responses).toHaveLength(1);
    expect(api.responses[0]?.args).toMatchObject({ response_type: 'ephemeral' });
    expect(api.responses[0]?.args.text).toContain('1001');
  });
});
