import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../../src/domain/ids.ts';
import { confirmDecline } from '../helpers/fake-engine.ts';
import { eventually, fakeSlackApi } from '../helpers/slack-api.ts';
import { slackAppUnderTest } from '../helpers/slack-app-under-test.ts';
import {
  buttonClick,
  CHANNEL,
  number,
  PARTNER,
  select,
  slashCommand,
  text,
  viewSubmission,
} from '../helpers/slack-payloads.ts';

type Block = {
  type: string;
  block_id?: string;
  elements?: Block[];
  element?: Record<string, unknown>;
  [k: string]: unknown;
};

describe('Slack /case command, buttons and modals', () => {
  let api: ReturnType<typeof fakeSlackApi>;
  beforeEach(() => {
    api = fakeSlackApi();
  });
  afterEach(() => api.done());

  it('when a user types /case 123, then the engine is asked for the status and the answer comes back only to them', async () => {
    const { engine, receiver } = slackAppUnderTest();
    engine.onMessage = () => [{ text: 'Case 123 is Active.' }];

    const { acked } = await receiver.send(slashCommand('123'));

    expect(acked).toBe(true);
    expect(engine.messages()[0]).toMatchObject({
      text: 'status of case 123',
      conversationKey: `slack:${CHANNEL}:cmd:${PARTNER}`,
    });
    expect(api.responses[0]?.args).toMatchObject({ response_type: 'ephemeral', text: 'Case 123 is Active.' });
  });

  it('when the engine is slow, then /case and a modal are acknowledged before the engine starts', async () => {
    const { engine, receiver } = slackAppUnderTest();
    engine.hold();

    const command = receiver.send(slashCommand('decline 123 duplicate of 122'));
    const modal = receiver.send(
      viewSubmission({
        callbackId: 'decline_case',
        privateMetadata: JSON.stringify({ conversationKey: `slack:${CHANNEL}:1.1` }),
        fields: { caseId: text('123'), reason: text('Duplicate of case 122') },
      }),
    );
    await eventually(() => engine.log.filter((e) => e === 'engine:start').length === 2);

    // Each delivery's engine work starts only after its ack (the two deliveries may interleave).
    const order = engine.log.map((e, i) => ({
      e,
      acksBefore: engine.log.slice(0, i).filter((x) => x === 'ack').length,
    }));
    const starts = order.filter((o) => o.e === 'engine:start');
    expect(starts.map((o, n) => o.acksBefore >= n + 1)).toEqual([true, true]);
    expect(engine.log).not.toContain('engine:end');
    engine.release();
    await Promise.all([command, modal]);
  });

  it('when a user types /case decline 123 with a reason, then the engine hears the decline with its reason', async () => {
    const { engine, receiver } = slackAppUnderTest();

    await receiver.send(slashCommand('decline 123 the debtor died'));

    expect(engine.messages()[0]?.text).toBe('decline 123 the debtor died');
  });

  it('when a user types /case help, then the engine is asked for help', async () => {
    const { engine, receiver } = slackAppUnderTest();

    await receiver.send(slashCommand('help'));

    expect(engine.messages()[0]?.text).toBe('help');
  });

  it('when a user types /case decline 123 without a reason, then a modal asks for the reason with the case filled in', async () => {
    const { engine, receiver } = slackAppUnderTest();

    await receiver.send(slashCommand('decline 123'));

    expect(engine.calls).toHaveLength(0);
    const view = api.of('views.open')[0]?.args.view;
    expect(view.callback_id).toBe('decline_case');
    const blocks = view.blocks as Block[];
    expect(blocks.find((b) => b.block_id === 'caseId')?.element?.initial_value).toBe('123');
    expect(blocks.find((b) => b.block_id === 'reason')?.element?.multiline).toBe(true);
  });

  it('when a user types /case close 123, then the close modal offers the 14 codes in the five groups of the help centre', async () => {
    const { receiver } = slackAppUnderTest();

    await receiver.send(slashCommand('close 123'));

    const view = api.of('views.open')[0]?.args.view;
    expect(view.callback_id).toBe('close_case');
    const select = (view.blocks as Block[]).find((b) => b.block_id === 'closeCode')?.element as {
      option_groups: { label: { text: string }; options: { value: string; text: { text: string } }[] }[];
    };
    expect(select.option_groups.map((g) => g.label.text)).toEqual([
      'Success',
      'Partner decline',
      'Client decision',
      'Process completion',
      'Fallback',
    ]);
    const codes = select.option_groups.flatMap((g) => g.options.map((o) => o.value));
    expect(codes).toHaveLength(14);
    expect(new Set(codes)).toEqual(new Set(CLOSE_CODES));
    expect(select.option_groups[0]?.options.map((o) => o.text.text)).toEqual(['Paid', 'Partially paid']);
    const fields = (view.blocks as Block[]).map((b) => b.block_id);
    expect(fields).toEqual(expect.arrayContaining(['comment', 'paymentAmount']));
  });

  it('when a managing partner types /case submit, then the submission form shows the document rules', async () => {
    const { receiver } = slackAppUnderTest();

    await receiver.send(slashCommand('submit'));

    const view = api.of('views.open')[0]?.args.view;
    expect(view.callback_id).toBe('submit_case');
    const blocks = view.blocks as Block[];
    expect(blocks.map((b) => b.block_id)).toEqual(
      expect.arrayContaining([
        'clientName',
        'clientCountry',
        'debtorName',
        'principal',
        'currency',
        'debtDate',
        'disputed',
      ]),
    );
    expect(JSON.stringify(blocks)).toContain(
      'under 2,000 none needed; 2,000–10,000 a file or a description; over 10,000 a file',
    );
  });

  it('when the partner clicks Confirm under a confirmation, then the engine gets that choice and answers in the thread', async () => {
    const { engine, receiver } = slackAppUnderTest();
    engine.onChoice = () => [{ text: 'Case 123 is declined. The creditor has been told.' }];
    // The button as the bot rendered it in a thread conversation.
    const key = `slack:${CHANNEL}:1763900000.000100`;
    const value = JSON.stringify({ k: key, v: 'confirm:tok-1' });

    await receiver.send(buttonClick({ actionId: 'choice:0', value, threadTs: '1763900000.000100' }));

    expect(engine.choices()[0]).toMatchObject({
      surface: 'slack',
      userExternalId: PARTNER,
      conversationKey: key,
      value: 'confirm:tok-1',
    });
    const [post] = api.of('chat.postMessage');
    expect(post?.args).toMatchObject({ channel: CHANNEL, thread_ts: '1763900000.000100' });
    expect(post?.args.text).toBe('Case 123 is declined. The creditor has been told.');
  });

  it('when the same click is delivered twice, then the choice is used once', async () => {
    const { engine, receiver } = slackAppUnderTest();
    const click = buttonClick({
      actionId: 'choice:0',
      value: JSON.stringify({ k: `slack:${CHANNEL}:1.1`, v: 'confirm:tok-1' }),
      triggerId: '111.222.same',
    });

    await receiver.send(click);
    await receiver.send(click, { retryNum: 1 });

    expect(engine.choices()).toHaveLength(1);
  });

  it('when a button under an ephemeral /case answer is clicked, then the answer goes back through the response URL', async () => {
    const { engine, receiver } = slackAppUnderTest();
    const value = JSON.stringify({ k: `slack:${CHANNEL}:cmd:${PARTNER}`, v: 'cancel:tok-1' });

    await receiver.send(buttonClick({ actionId: 'choice:1', value, ephemeral: true }));

    expect(engine.choices()[0]?.value).toBe('cancel:tok-1');
    expect(api.responses[0]?.args).toMatchObject({ response_type: 'ephemeral', text: 'Done: cancel:tok-1' });
  });

  it('when a reply offers a form and the user clicks it, then the modal opens for that case', async () => {
    const { receiver } = slackAppUnderTest();
    const value = JSON.stringify({ k: `slack:${CHANNEL}:1.1`, v: '88' });

    await receiver.send(buttonClick({ actionId: 'form:close', value }));

    const view = api.of('views.open')[0]?.args.view;
    expect(view.callback_id).toBe('close_case');
    expect(JSON.parse(view.private_metadata)).toEqual({
      conversationKey: `slack:${CHANNEL}:1.1`,
      caseId: '88',
    });
  });

  it('when the decline modal is submitted, then the engine gets the form and its answer goes to the thread it came from', async () => {
    const { engine, receiver } = slackAppUnderTest();
    engine.onForm = () => [confirmDecline];
    const origin = { conversationKey: `slack:${CHANNEL}:1763900000.000100`, caseId: '123' };

    const { ackBody } = await receiver.send(
      viewSubmission({
        callbackId: 'decline_case',
        privateMetadata: JSON.stringify(origin),
        fields: { caseId: text('123'), reason: text('The debtor was declared bankrupt in May.') },
      }),
    );

    expect(ackBody).toBeUndefined();
    expect(engine.forms()[0]).toMatchObject({
      kind: 'decline',
      conversationKey: origin.conversationKey,
      values: { caseId: '123', reason: 'The debtor was declared bankrupt in May.' },
    });
    const [post] = api.of('chat.postMessage');
    expect(post?.args).toMatchObject({ channel: CHANNEL, thread_ts: '1763900000.000100' });
    expect(JSON.stringify(post?.args.blocks)).toContain('Confirm');
  });

  it('when the close modal says "Other" without a comment, then the modal asks for the comment and nothing is sent', async () => {
    const { engine, receiver } = slackAppUnderTest();

    const { ackBody } = await receiver.send(
      viewSubmission({
        callbackId: 'close_case',
        privateMetadata: JSON.stringify({ conversationKey: `slack:${CHANNEL}:1.1` }),
        fields: {
          caseId: text('88'),
          closeCode: select('other'),
          comment: { type: 'plain_text_input', value: null },
        },
      }),
    );

    expect(ackBody).toEqual({
      response_action: 'errors',
      errors: { comment: 'A comment is required when the code is "Other".' },
    });
    expect(engine.calls).toHaveLength(0);
  });

  it('when the close modal says "Paid" with the amount, then the engine gets code and payment', async () => {
    const { engine, receiver } = slackAppUnderTest();

    await receiver.send(
      viewSubmission({
        callbackId: 'close_case',
        privateMetadata: JSON.stringify({ conversationKey: `slack:${CHANNEL}:1.1` }),
        fields: {
          caseId: text('88'),
          closeCode: select('paid'),
          paymentAmount: number('1200.50'),
          comment: text('Paid in full'),
        },
      }),
    );

    expect(engine.forms()[0]?.values).toEqual({
      caseId: '88',
      closeCode: 'paid',
      paymentAmount: '1200.50',
      comment: 'Paid in full',
    });
  });

  it('when the close modal says "Paid" without an amount, then the modal asks for the amount', async () => {
    const { engine, receiver } = slackAppUnderTest();

    const { ackBody } = await receiver.send(
      viewSubmission({
        callbackId: 'close_case',
        privateMetadata: JSON.stringify({ conversationKey: `slack:${CHANNEL}:1.1` }),
        fields: { caseId: text('88'), closeCode: select('paid') },
      }),
    );

    expect((ackBody as { errors: Record<string, string> }).errors.paymentAmount).toMatch(/amount recovered/);
    expect(engine.calls).toHaveLength(0);
  });

  it('when a managing partner submits a case, then every field reaches the engine under its form name', async () => {
    const { engine, receiver } = slackAppUnderTest();

    await receiver.send(
      viewSubmission({
        callbackId: 'submit_case',
        privateMetadata: JSON.stringify({ conversationKey: `slack:${CHANNEL}:cmd:${PARTNER}` }),
        fields: {
          clientName: text('Fjord Foods ApS'),
          clientCountry: text('DK'),
          debtorName: text('Berlin Bakery GmbH'),
          debtorType: { type: 'radio_buttons', selected_option: { value: 'company' } },
          debtorCountry: text('DE'),
          claimType: select('unpaid_invoice'),
          principal: number('4500'),
          currency: text('EUR'),
          debtDate: { type: 'datepicker', selected_date: '2026-03-01' },
          disputed: { type: 'radio_buttons', selected_option: { value: 'no' } },
          documentName: { type: 'file_input', files: [{ id: 'F0FILE1', name: 'invoice-2211.pdf' }] },
        },
      }),
    );

    expect(engine.forms()[0]).toMatchObject({
      kind: 'submit_case',
      values: {
        clientName: 'Fjord Foods ApS',
        debtorType: 'company',
        principal: '4500',
        debtDate: '2026-03-01',
        disputed: 'no',
        documentName: 'invoice-2211.pdf',
      },
    });
  });

  it('when a modal opened by /case is submitted in a channel the bot is not in, then the answer reaches the user by DM', async () => {
    const { receiver } = slackAppUnderTest();
    api.respondWith('chat.postEphemeral', () => [200, { ok: false, error: 'not_in_channel' }]);

    await receiver.send(
      viewSubmission({
        callbackId: 'decline_case',
        privateMetadata: JSON.stringify({
          conversationKey: `slack:${CHANNEL}:cmd:${PARTNER}`,
          caseId: '123',
        }),
        fields: { caseId: text('123'), reason: text('Duplicate of case 122') },
      }),
    );

    const [dm] = api.of('chat.postMessage');
    expect(dm?.args).toMatchObject({ channel: PARTNER, text: 'Form decline received' });
  });
});
