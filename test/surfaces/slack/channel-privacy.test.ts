import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../../src/conversation/create-app-engine.ts';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { findUser } from '../../../src/db/repositories/user.repository.ts';
import { DEMO_CASE_IDS } from '../../../src/db/seed/demo-cases.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { createLogger } from '../../../src/logger.ts';
import { registerChannel } from '../../../src/use-cases/channels/register-channel.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';
import { fakeSlackApi } from '../helpers/slack-api.ts';
import { slackAppUnderTest } from '../helpers/slack-app-under-test.ts';
import {
  appMentionEvent,
  BOT_USER,
  buttonClick,
  CHANNEL,
  DM,
  directMessageEvent,
  PARTNER,
} from '../helpers/slack-payloads.ts';

type Button = {
  type: string;
  action_id: string;
  value: string;
  text: { text: string };
  accessibility_label?: string;
};
type Block = { type: string; elements?: Button[] };

const PERSON_DEBTOR = 'Jens Pedersen'; // case 1002's debtor, a private person
const SUPPORT = 9;
const NORDIC = 1;
const HANSE_PARTNER = 'U0HANSE';

// Case data in shared channels: look-ups to the asker alone unless the channel is registered for the
// asker's organisation; private persons never named where the channel reads; buttons replaced by the
// outcome once pressed, a stale press refused privately; every button names its action and case.
describe('Slack channel privacy, through the real engine on the demo world', () => {
  let handle: DatabaseHandle;
  let api: ReturnType<typeof fakeSlackApi>;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values([
        { surface: 'slack', external_id: PARTNER, user_id: 3 }, // Mikkel Sørensen, Nordic Collect
        { surface: 'slack', external_id: HANSE_PARTNER, user_id: 8 }, // Jonas Weber, Hanse Inkasso
      ])
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
  const registerAsNordicChannel = async () => {
    const support = await findUser(handle.db, SUPPORT);
    if (!support) throw new Error('no support agent in the demo world');
    await registerChannel(
      { db: handle.db, clock, actor: support, channel: 'slack' },
      { surface: 'slack', channelId: CHANNEL, kind: 'organisation', partnerId: NORDIC },
    );
  };
  const everythingPublic = () =>
    api
      .of('chat.postMessage')
      .map((c) => `${c.args.text}\n${JSON.stringify(c.args.blocks)}`)
      .join('\n');

  it('when a partner asks for a case status in a shared channel, then only the asker sees the answer', async () => {
    const { receiver } = app();

    await receiver.send(
      appMentionEvent({
        text: `<@${BOT_USER}> status of case ${DEMO_CASE_IDS.toAccept}`,
        ts: '1763900400.000100',
      }),
    );

    const ephemeral = api.of('chat.postEphemeral');
    expect(ephemeral).toHaveLength(1);
    expect(ephemeral[0]?.args).toMatchObject({
      channel: CHANNEL,
      user: PARTNER,
      thread_ts: '1763900400.000100',
    });
    expect(String(ephemeral[0]?.args.text)).toContain(`Case ${DEMO_CASE_IDS.toAccept}`);
    expect(api.of('chat.postMessage')).toHaveLength(0);
  });

  it('when a partner lists their cases in a shared channel, then the list goes to them alone', async () => {
    const { receiver } = app();

    await receiver.send(appMentionEvent({ text: `<@${BOT_USER}> my cases` }));

    expect(api.of('chat.postMessage')).toHaveLength(0);
    expect(api.of('chat.postEphemeral')[0]?.args.user).toBe(PARTNER);
  });

  it("when the channel is registered as the partner's own channel, then the status is posted for the channel, without a private person's name", async () => {
    await registerAsNordicChannel();
    const { receiver } = app();

    await receiver.send(
      appMentionEvent({ text: `<@${BOT_USER}> status of case ${DEMO_CASE_IDS.toDeclineSharingOn}` }),
    );

    const posted = api.of('chat.postMessage');
    expect(posted).toHaveLength(1);
    expect(posted[0]?.args.channel).toBe(CHANNEL);
    expect(everythingPublic()).toContain(
      `Case ${DEMO_CASE_IDS.toDeclineSharingOn} (the debtor (private person)`,
    );
    expect(everythingPublic()).not.toContain(PERSON_DEBTOR);
    expect(api.of('chat.postEphemeral')).toHaveLength(0);
  });

  it("when someone of another organisation asks in a partner's registered channel, then only they see the answer", async () => {
    await registerAsNordicChannel();
    const { receiver } = app();

    await receiver.send(appMentionEvent({ text: `<@${BOT_USER}> my cases`, user: HANSE_PARTNER }));

    expect(api.of('chat.postMessage')).toHaveLength(0);
    expect(api.of('chat.postEphemeral')[0]?.args.user).toBe(HANSE_PARTNER);
  });

  it('when a partner asks for a case status in a direct message, then the answer names the debtor as before', async () => {
    const { receiver } = app();

    await receiver.send(directMessageEvent({ text: `status of case ${DEMO_CASE_IDS.toDeclineSharingOn}` }));

    const posted = api.of('chat.postMessage');
    expect(posted[0]?.args.channel).toBe(DM);
    expect(String(posted[0]?.args.text)).toContain(PERSON_DEBTOR);
    expect(api.of('chat.postEphemeral')).toHaveLength(0);
  });

  it('when a partner accepts a private-person case in a channel and confirms, then neither the confirmation nor the outcome names the debtor, and the buttons give way to the outcome', async () => {
    const { receiver } = app();
    const caseId = DEMO_CASE_IDS.toDeclineSharingOn;

    await receiver.send(
      appMentionEvent({ text: `<@${BOT_USER}> accept ${caseId}`, ts: '1763900500.000100' }),
    );
    const confirmation = api.of('chat.postMessage')[0];
    expect(String(confirmation?.args.text)).toContain(`Accept case ${caseId} (the debtor (private person))`);
    const confirm = buttons(confirmation?.args.blocks).find((b) => b.text.text === 'Confirm');
    expect(confirm?.accessibility_label).toBe(`Confirm: accept case ${caseId}`);
    expect(
      buttons(confirmation?.args.blocks).find((b) => b.text.text === 'Cancel')?.accessibility_label,
    ).toBe(`Cancel: do not accept case ${caseId}`);

    const click = buttonClick({
      actionId: confirm?.action_id ?? '',
      value: confirm?.value ?? '',
      threadTs: '1763900500.000100',
      messageTs: '1763900500.000200',
      blocks: confirmation?.args.blocks,
    });
    await receiver.send(click);

    const status = await handle.db
      .selectFrom('cases')
      .select('status')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('active');
    const update = api.of('chat.update');
    expect(update).toHaveLength(1);
    expect(update[0]?.args).toMatchObject({ channel: CHANNEL, ts: '1763900500.000200' });
    expect(buttons(update[0]?.args.blocks)).toHaveLength(0);
    const updated = JSON.stringify(update[0]?.args.blocks);
    expect(updated).toContain('Accepted by Mikkel Sørensen at <!date^1795428000^{time}|10:00 UTC>');
    expect(updated).toContain(`Accept case ${caseId}`);
    expect(String(update[0]?.args.text)).toBe('Accepted by Mikkel Sørensen at 10:00 UTC');
    expect(api.of('chat.postMessage')).toHaveLength(2);
    expect(everythingPublic()).not.toContain(PERSON_DEBTOR);

    // The same button pressed again (a client that had not refreshed): refused, privately, nothing more.
    await receiver.send({
      ...click,
      trigger_id: '13345224609.738474920.second',
      actions: [{ ...click.actions[0], action_ts: '1763900600.1' }],
    });
    const refusal = api.of('chat.postEphemeral');
    expect(refusal).toHaveLength(1);
    expect(refusal[0]?.args).toMatchObject({ channel: CHANNEL, user: PARTNER });
    expect(String(refusal[0]?.args.text)).toMatch(/already used|expired/);
    expect(api.of('chat.update')).toHaveLength(1);
    expect(api.of('chat.postMessage')).toHaveLength(2);
  });

  it('when a partner cancels, then the buttons are replaced by who cancelled and when', async () => {
    const { receiver } = app();
    const caseId = DEMO_CASE_IDS.toAccept;

    await receiver.send(
      appMentionEvent({ text: `<@${BOT_USER}> accept ${caseId}`, ts: '1763900700.000100' }),
    );
    const confirmation = api.of('chat.postMessage')[0];
    const cancel = buttons(confirmation?.args.blocks).find((b) => b.text.text === 'Cancel');
    await receiver.send(
      buttonClick({
        actionId: cancel?.action_id ?? '',
        value: cancel?.value ?? '',
        threadTs: '1763900700.000100',
        blocks: confirmation?.args.blocks,
      }),
    );

    const update = api.of('chat.update')[0];
    expect(buttons(update?.args.blocks)).toHaveLength(0);
    expect(JSON.stringify(update?.args.blocks)).toContain('Cancelled by Mikkel Sørensen at');
    const status = await handle.db
      .selectFrom('cases')
      .select('status')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('pending_verification');
  });

  it('when a button on a message only the asker sees is pressed, then that message is replaced through its response URL', async () => {
    const { receiver } = app();
    const caseId = DEMO_CASE_IDS.toAccept;
    await receiver.send(
      appMentionEvent({ text: `<@${BOT_USER}> accept ${caseId}`, ts: '1763900800.000100' }),
    );
    const confirm = buttons(api.of('chat.postMessage')[0]?.args.blocks).find(
      (b) => b.text.text === 'Confirm',
    );

    await receiver.send(
      buttonClick({ actionId: confirm?.action_id ?? '', value: confirm?.value ?? '', ephemeral: true }),
    );

    const replaced = api.responses.find((r) => r.args.replace_original === true);
    expect(replaced?.args.text).toBe('Accepted by Mikkel Sørensen at 10:00 UTC');
    expect(buttons(replaced?.args.blocks)).toHaveLength(0);
    expect(api.of('chat.update')).toHaveLength(0);
  });
});
