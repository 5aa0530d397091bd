import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confirmDecline } from '../helpers/fake-engine.ts';
import { eventually, fakeSlackApi } from '../helpers/slack-api.ts';
import { slackAppUnderTest } from '../helpers/slack-app-under-test.ts';
import {
  appHomeOpenedEvent,
  appMentionEvent,
  BOT_USER,
  CHANNEL,
  channelThreadMessage,
  DM,
  directMessageEvent,
  PARTNER,
} from '../helpers/slack-payloads.ts';

describe('Slack events: mentions, direct messages, App Home', () => {
  let api: ReturnType<typeof fakeSlackApi>;
  beforeEach(() => {
    api = fakeSlackApi();
  });
  afterEach(() => api.done());

  it('when a partner mentions the bot in a channel, then the engine hears the words and the answer is posted in that thread', async () => {
    const { engine, receiver } = slackAppUnderTest();
    engine.onMessage = () => [confirmDecline];

    await receiver.send(
      appMentionEvent({
        text: `<@${BOT_USER}> decline 123, the debtor is bankrupt`,
        ts: '1763900000.000100',
      }),
    );

    expect(engine.messages()).toEqual([
      expect.objectContaining({
        surface: 'slack',
        userExternalId: PARTNER,
        conversationKey: `slack:${CHANNEL}:1763900000.000100`,
        text: 'decline 123, the debtor is bankrupt',
      }),
    ]);
    const [post] = api.of('chat.postMessage');
    expect(post?.args.channel).toBe(CHANNEL);
    expect(post?.args.thread_ts).toBe('1763900000.000100');
    expect(post?.args.text).toContain('Decline case 123 as *Insolvency or ceased*');
    const buttons = post?.args.blocks.find((b: { type: string }) => b.type === 'actions').elements;
    expect(buttons.map((b: { text: { text: string } }) => b.text.text)).toEqual(['Confirm', 'Cancel']);
    expect(buttons[0].style).toBe('primary');
  });

  it('when a mention arrives inside an existing thread, then the thread is the conversation', async () => {
    const { engine, receiver } = slackAppUnderTest();

    await receiver.send(
      appMentionEvent({
        text: `<@${BOT_USER}> decline it, duplicate`,
        ts: '1763900009.000100',
        threadTs: '1763900000.000001',
      }),
    );

    expect(engine.messages()[0]?.conversationKey).toBe(`slack:${CHANNEL}:1763900000.000001`);
    expect(api.of('chat.postMessage')[0]?.args.thread_ts).toBe('1763900000.000001');
  });

  it('when the engine is still working, then Slack has already been acknowledged', async () => {
    const { engine, receiver } = slackAppUnderTest();
    engine.hold();

    const delivery = receiver.send(appMentionEvent({ text: `<@${BOT_USER}> status 123` }));
    await eventually(() => engine.log.includes('engine:start'));

    expect(engine.log).toEqual(['ack', 'engine:start']);
    engine.release();
    await delivery;
    expect(engine.log).toEqual(['ack', 'engine:start', 'engine:end']);
  });

  it('when Slack retries the same event, then it is processed once and answered once', async () => {
    const { engine, receiver } = slackAppUnderTest();
    const event = appMentionEvent({ text: `<@${BOT_USER}> accept 123`, eventId: 'Ev0RETRY1' });

    await receiver.send(event);
    const retry = await receiver.send(event, { retryNum: 1 });

    expect(retry.acked).toBe(true);
    expect(engine.messages()).toHaveLength(1);
    expect(engine.messages()[0]?.eventId).toBe('Ev0RETRY1');
    expect(api.of('chat.postMessage')).toHaveLength(1);
  });

  it('when a user writes to the bot directly, then the DM is the conversation and the answer is not threaded', async () => {
    const { engine, receiver } = slackAppUnderTest();

    await receiver.send(directMessageEvent({ text: 'what is the status of case 123?' }));

    expect(engine.messages()[0]).toMatchObject({
      conversationKey: `slack:${DM}`,
      text: 'what is the status of case 123?',
    });
    const [post] = api.of('chat.postMessage');
    expect(post?.args.channel).toBe(DM);
    expect(post?.args.thread_ts).toBeUndefined();
  });

  it('when a direct message is an edit or a deletion, then the bot stays silent', async () => {
    const { engine, receiver } = slackAppUnderTest();

    await receiver.send(directMessageEvent({ text: 'decline 123 duplicate', subtype: 'message_changed' }));

    expect(engine.calls).toHaveLength(0);
    expect(api.calls).toHaveLength(0);
  });

  it('when the engine fails, then the user hears an apology instead of silence', async () => {
    const { engine, receiver } = slackAppUnderTest();
    engine.onMessage = () => {
      throw new Error('database is down');
    };

    await receiver.send(appMentionEvent({ text: `<@${BOT_USER}> status 123` }));

    expect(api.of('chat.postMessage')[0]?.args.text).toMatch(/^Sorry, I could not finish that/);
  });

  it('when a private reply is given in a channel, then only the asker sees it', async () => {
    const { engine, receiver } = slackAppUnderTest();
    engine.onMessage = () => [
      { text: 'You are not linked yet. Ask support to link your Slack account.', private: true },
    ];

    await receiver.send(appMentionEvent({ text: `<@${BOT_USER}> status 123` }));

    const [ephemeral] = api.of('chat.postEphemeral');
    expect(ephemeral?.args).toMatchObject({ channel: CHANNEL, user: PARTNER });
    expect(api.of('chat.postMessage')).toHaveLength(0);
  });

  it('when the user opens the App Home, then it shows their cases by status and what waits for them', async () => {
    const { receiver } = slackAppUnderTest({
      home: async () => [
        {
          title: 'Waiting for you',
          text: 'Case 123 is in Pending Verification: accept, decline or ask for more information.',
          choices: [{ value: 'status:123', label: 'Open case 123' }],
        },
        {
          title: 'Active',
          text: 'Case 88 (Acme ApS vs Nordic Retail)',
          fields: [{ label: 'Principal', value: 'EUR 1,200' }],
        },
      ],
    });

    await receiver.send(appHomeOpenedEvent());

    const [publish] = api.of('views.publish');
    expect(publish?.args.user_id).toBe(PARTNER);
    expect(publish?.args.view.type).toBe('home');
    const texts = JSON.stringify(publish?.args.view.blocks);
    expect(texts).toContain('Waiting for you');
    expect(texts).toContain('Case 123 is in Pending Verification');
    expect(texts).toContain('Case 88');
    expect(texts).toContain('Submit a case for a client');
  });

  it('when the bot asks a question in words in a channel thread, then it says to answer with a mention, and the mention answers it', async () => {
    const { engine, receiver } = slackAppUnderTest();
    engine.onMessage = (m) =>
      m.text.startsWith('decline')
        ? [{ text: 'What is the reason for declining case 7300? Please be specific and factual.' }]
        : [confirmDecline];
    await receiver.send(
      appMentionEvent({ text: `<@${BOT_USER}> decline case 7300`, ts: '1763900000.000100' }),
    );
    expect(JSON.stringify(api.of('chat.postMessage')[0]?.args.blocks)).toContain('with a mention');

    await receiver.send(
      appMentionEvent({
        text: `<@${BOT_USER}> the debtor died`,
        ts: '1763900050.000100',
        threadTs: '1763900000.000100',
      }),
    );

    expect(engine.messages().map((m) => [m.text, m.conversationKey])).toEqual([
      ['decline case 7300', `slack:${CHANNEL}:1763900000.000100`],
      ['the debtor died', `slack:${CHANNEL}:1763900000.000100`],
    ]);
    expect(api.of('chat.postMessage')[1]?.args.thread_ts).toBe('1763900000.000100');
  });

  it('when people write in a channel thread without mentioning the bot, then the bot does not read it, even where it asked', async () => {
    const { engine, receiver } = slackAppUnderTest();
    engine.onMessage = () => [{ text: 'What is the reason for declining case 7300?' }];
    await receiver.send(appMentionEvent({ text: `<@${BOT_USER}> decline 7300`, ts: '1763900000.000100' }));

    await receiver.send(
      channelThreadMessage({
        text: 'the debtor died, IBAN DE89370400440532013000',
        threadTs: '1763900000.000100',
      }),
    );

    expect(engine.messages()).toHaveLength(1);
  });

  it('when a thread reply also mentions the bot, then it is handled once, as a mention', async () => {
    const { engine, receiver } = slackAppUnderTest();
    engine.onMessage = () => [{ text: 'Which close code should case 88 be closed with?' }];
    await receiver.send(appMentionEvent({ text: `<@${BOT_USER}> close 88`, ts: '1763900000.000100' }));

    await receiver.send(
      channelThreadMessage({ text: `<@${BOT_USER}> debtor untraceable`, threadTs: '1763900000.000100' }),
    );
    await receiver.send(
      appMentionEvent({
        text: `<@${BOT_USER}> debtor untraceable`,
        ts: '1763900050.000100',
        threadTs: '1763900000.000100',
      }),
    );

    expect(engine.messages().map((m) => m.text)).toEqual(['close 88', 'debtor untraceable']);
  });
});
