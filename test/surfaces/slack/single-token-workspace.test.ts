import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeSlackApi } from '../helpers/slack-api.ts';
import { slackAppUnderTest } from '../helpers/slack-app-under-test.ts';
import { appMentionEvent, BOT_USER, buttonClick, PARTNER, TEAM } from '../helpers/slack-payloads.ts';

// With one SLACK_BOT_TOKEN, existing set-ups keep working: their people speak as workspace '' (the links
// made before workspaces existed). A Slack Connect guest from another organisation, even with the same
// user id, speaks as their own team, so they are not taken for the local person.
describe('one bot token: whose identity a delivery speaks for', () => {
  let api: ReturnType<typeof fakeSlackApi>;
  beforeEach(() => {
    api = fakeSlackApi();
  });
  afterEach(() => api.done());

  it('when a person of the workspace writes or clicks, then the engine is asked for workspace "" as before', async () => {
    const { receiver, engine } = slackAppUnderTest();

    await receiver.send(appMentionEvent({ text: `<@${BOT_USER}> status 123` }));
    await receiver.send(
      buttonClick({ actionId: 'choice:0', value: JSON.stringify({ k: 'slack:C0CASES1:1.1', v: 'x' }) }),
    );

    expect(engine.calls.map((c) => c.input.workspaceId)).toEqual([undefined, undefined]);
    expect(engine.calls.map((c) => c.input.userExternalId)).toEqual([PARTNER, PARTNER]);
  });

  it('when a Slack Connect guest with the same user id writes in a shared channel, then they speak as their own team', async () => {
    const { receiver, engine } = slackAppUnderTest();
    const event = appMentionEvent({ text: `<@${BOT_USER}> status 123` });
    const guest = {
      ...event,
      is_ext_shared_channel: true,
      event: { ...event.event, team: 'T0GUESTORG', user_team: 'T0GUESTORG', source_team: TEAM },
    };

    await receiver.send(guest);

    expect(engine.calls[0]?.input).toMatchObject({ userExternalId: PARTNER, workspaceId: 'T0GUESTORG' });
  });
});
