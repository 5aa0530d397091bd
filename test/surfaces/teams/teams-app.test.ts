import { createTestApp } from '@microsoft/teams.apps/dist/test-utils.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import { createTeamsApp } from '../../../src/surfaces/teams/teams-app.ts';
import { confirmDecline, FakeEngine } from '../helpers/fake-engine.ts';
import { eventually } from '../helpers/slack-api.ts';
import {
  cardSubmit,
  channelMention,
  inbound,
  PARTNER_AAD,
  personalMessage,
  SERVICE_URL,
} from '../helpers/teams-activities.ts';
import { fakeBotConnector } from '../helpers/teams-api.ts';

function teamsUnderTest() {
  const engine = new FakeEngine();
  const teams = createTeamsApp({
    config: {
      TEAMS_CLIENT_ID: undefined,
      TEAMS_CLIENT_SECRET: undefined,
      TEAMS_TENANT_ID: undefined,
      PORT: 0,
    },
    engine,
    logger: createLogger('silent'),
    app: createTestApp({ logger: undefined }),
  });
  return { engine, teams };
}

describe('Microsoft Teams surface', () => {
  let connector: ReturnType<typeof fakeBotConnector>;
  beforeEach(() => {
    connector = fakeBotConnector(SERVICE_URL);
  });
  afterEach(() => connector.done());

  it('when a user writes in a personal chat, then the engine hears it and the answer comes back in that chat', async () => {
    const { engine, teams } = teamsUnderTest();
    engine.onMessage = () => [{ text: 'Case 123 is *Active*.' }];

    await teams.app.process(inbound(personalMessage('status of case 123')));
    await teams.idle();

    expect(engine.messages()[0]).toMatchObject({
      surface: 'teams',
      userExternalId: PARTNER_AAD,
      conversationKey: 'teams:a:personal-chat-1',
      text: 'status of case 123',
    });
    expect(connector.sent[0]).toMatchObject({
      conversationId: 'a:personal-chat-1',
      activity: { type: 'message', text: 'Case 123 is **Active**.' },
    });
  });

  it('when the bot is mentioned in a channel thread, then the mention is stripped and the thread is the conversation', async () => {
    const { engine, teams } = teamsUnderTest();

    await teams.app.process(inbound(channelMention('decline it, duplicate')));
    await teams.idle();

    expect(engine.messages()[0]).toMatchObject({
      text: 'decline it, duplicate',
      conversationKey: 'teams:19:cases@thread.tacv2;messageid=1763899999000',
    });
  });

  it('when a change needs confirming, then the answer is an Adaptive Card with Confirm and Cancel', async () => {
    const { engine, teams } = teamsUnderTest();
    engine.onMessage = () => [confirmDecline];

    await teams.app.process(inbound(personalMessage('decline 123 the debtor is bankrupt')));
    await teams.idle();

    const card = connector.sent[0]?.activity.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    // The bot's *bold* is a bold run: card text is RichTextBlock, which reads no Markdown from anyone.
    expect(card?.content.body[1]).toEqual({
      type: 'RichTextBlock',
      inlines: [
        { type: 'TextRun', text: 'Decline case 123 as ' },
        { type: 'TextRun', text: 'Insolvency or ceased', weight: 'Bolder' },
        {
          type: 'TextRun',
          text: '. The creditor will be told; the case goes to the partner network for quotes.',
        },
      ],
    });
    expect(card?.content.actions).toEqual([
      {
        type: 'Action.Submit',
        title: 'Confirm',
        tooltip: 'Confirm',
        style: 'positive',
        data: { kind: 'choice', k: 'teams:a:personal-chat-1', v: 'confirm:tok-1' },
      },
      {
        type: 'Action.Submit',
        title: 'Cancel',
        tooltip: 'Cancel',
        data: { kind: 'choice', k: 'teams:a:personal-chat-1', v: 'cancel:tok-1' },
      },
    ]);
  });

  it('when the user presses Confirm on the card, then the engine gets that choice', async () => {
    const { engine, teams } = teamsUnderTest();

    await teams.app.process(
      inbound(cardSubmit({ kind: 'choice', k: 'teams:a:personal-chat-1', v: 'confirm:tok-1' })),
    );
    await teams.idle();

    expect(engine.choices()[0]).toMatchObject({
      surface: 'teams',
      userExternalId: PARTNER_AAD,
      conversationKey: 'teams:a:personal-chat-1',
      value: 'confirm:tok-1',
    });
    expect(connector.sent[0]?.activity.text).toBe('Done: confirm:tok-1');
  });

  it('when the engine offers the close form, then the card holds the 14 codes and a filled-in form comes back as IncomingForm', async () => {
    const { engine, teams } = teamsUnderTest();
    engine.onMessage = () => [
      {
        text: 'Which close code fits case 88?',
        form: { kind: 'close', caseId: '88', title: 'Close case 88' },
      },
    ];

    await teams.app.process(inbound(personalMessage('close 88')));
    await teams.idle();
    const body = connector.sent[0]?.activity.attachments?.[0]?.content.body ?? [];
    const codes = body.find((e) => e.id === 'closeCode') as { choices: { title: string; value: string }[] };
    expect(codes.choices).toHaveLength(14);
    expect(codes.choices[0]?.title).toBe('Success · Paid');
    expect(body.find((e) => e.id === 'caseId')?.value).toBe('88');

    await teams.app.process(
      inbound(
        cardSubmit({
          kind: 'form',
          form: 'close',
          k: 'teams:a:personal-chat-1',
          caseId: '88',
          closeCode: 'other',
          comment: 'Debtor moved abroad',
        }),
      ),
    );
    await teams.idle();

    expect(engine.forms()[0]).toMatchObject({
      kind: 'close',
      values: { caseId: '88', closeCode: 'other', comment: 'Debtor moved abroad' },
    });
  });

  it('when Teams delivers the same activity twice, then it is answered once', async () => {
    const { engine, teams } = teamsUnderTest();
    const activity = personalMessage('accept 123', 'same-activity-id');

    await teams.app.process(inbound(activity));
    await teams.app.process(inbound(activity));
    await teams.idle();

    expect(engine.messages()).toHaveLength(1);
    expect(connector.sent).toHaveLength(1);
  });

  it('when the engine is slow, then Teams gets its answer before the engine finishes', async () => {
    const { engine, teams } = teamsUnderTest();
    engine.hold();

    const response = await teams.app.process(inbound(personalMessage('status 123')));

    expect(response.status).toBe(200);
    await eventually(() => engine.log.includes('engine:start'));
    expect(engine.log).not.toContain('engine:end');
    engine.release();
    await teams.idle();
    expect(connector.sent).toHaveLength(1);
  });
});
