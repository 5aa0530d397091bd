import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, fakeSlackApi } from '../helpers/slack-api.ts';
import { slackAppUnderTest } from '../helpers/slack-app-under-test.ts';
import { CHANNEL, select, text, viewSubmission } from '../helpers/slack-payloads.ts';

// A view_submission is posted by the client: its state can hold blocks our modal never had, and values
// our selects never offered. Only the form's fields are read, each checked like the command's arguments.
describe('Slack modal submissions are checked like any other input', () => {
  let api: ReturnType<typeof fakeSlackApi>;
  beforeEach(() => {
    api = fakeSlackApi();
  });
  afterEach(() => api.done());
  const origin = JSON.stringify({ conversationKey: `slack:${CHANNEL}:1763900000.000100` });

  it('when a decline modal carries an injected category block, then the engine never sees it', async () => {
    const { engine, receiver } = slackAppUnderTest();

    const { ackBody } = await receiver.send(
      viewSubmission({
        callbackId: 'decline_case',
        privateMetadata: origin,
        fields: {
          caseId: text('123'),
          reason: text('we are fully booked'),
          category: select('duplicate'),
          manualReview: text('false'),
        },
      }),
    );

    expect(ackBody).toBeUndefined();
    await eventually(() => engine.forms().length === 1);
    expect(engine.forms()[0]?.values).toEqual({ caseId: '123', reason: 'we are fully booked' });
  });

  it('when a close modal names a close code the list does not have, then the modal says so and the engine is not called', async () => {
    const { engine, receiver } = slackAppUnderTest();

    const { ackBody } = await receiver.send(
      viewSubmission({
        callbackId: 'close_case',
        privateMetadata: origin,
        fields: { caseId: text('88'), closeCode: select('bribed_the_judge') },
      }),
    );

    expect(ackBody).toEqual({
      response_action: 'errors',
      errors: { closeCode: 'Pick one of the close codes in the list.' },
    });
    expect(engine.calls).toHaveLength(0);
  });

  it('when a modal names a case that is not a number, then the modal asks for a case number', async () => {
    const { engine, receiver } = slackAppUnderTest();

    const { ackBody } = await receiver.send(
      viewSubmission({
        callbackId: 'decline_case',
        privateMetadata: origin,
        fields: { caseId: text("123' OR 1=1"), reason: text('the debtor was declared bankrupt') },
      }),
    );

    expect((ackBody as { errors: Record<string, string> }).errors.caseId).toMatch(/digits only/);
    expect(engine.calls).toHaveLength(0);
  });

  it('when a modal state has values of the wrong shape, then they count as not filled in and the modal asks for them', async () => {
    const { engine, receiver } = slackAppUnderTest();
    const payload = viewSubmission({
      callbackId: 'decline_case',
      privateMetadata: origin,
      fields: { caseId: text('123'), reason: text('the debtor was declared bankrupt') },
    });
    (payload.view.state.values as Record<string, unknown>).reason = {
      reason: { type: 'file_input', files: 'report.pdf' },
    };
    (payload.view.state.values as Record<string, unknown>).junk = ['not', 'an', 'object'];

    const { ackBody } = await receiver.send(payload);

    expect(ackBody).toEqual({
      response_action: 'errors',
      errors: { reason: 'Please write the reason for declining.' },
    });
    expect(engine.calls).toHaveLength(0);
  });
});
