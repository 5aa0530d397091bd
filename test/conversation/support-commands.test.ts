import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage, NoticeSender } from '../../src/conversation/engine-contract.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { enqueueNotices } from '../../src/db/repositories/notice.repository.ts';
import { findUserByChatIdentity } from '../../src/db/repositories/user.repository.ts';
import { createDeliveryWorker } from '../../src/delivery/outbox-worker.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// Support's chat-account and parked-notice commands, said to the real engine on the real database:
// recognised in the platform's wording, refused to everyone else, state changes confirmed first.

const silent = pino({ level: 'silent' });
const SUPPORT_ID = 9; // support-agent, Sam Carter
const MIKKEL_ID = 3; // nordic-partner, Mikkel Sørensen at Nordic Collect A/S

describe('support commands in chat', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-12-07T10:00:00Z');
  useDemoWorld(clock, '2026-12-07T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values([
        { surface: 'slack', external_id: 'U0SAM', user_id: SUPPORT_ID },
        { surface: 'slack', external_id: 'U0NORDIC', user_id: MIKKEL_ID },
      ])
      .execute();
  });

  const engine = () =>
    createAppConversationEngine({
      db: handle.db,
      logger: silent,
      clock,
      linking: { guard: { failuresPerAccount: 5, failuresGlobal: 100, store: 'database' } },
    });
  /** Support on Slack in its own DM with the bot. */
  const sam = (text: string): IncomingMessage => ({
    surface: 'slack',
    userExternalId: 'U0SAM',
    conversationKey: 'D-U0SAM',
    text,
  });
  /** Somebody on Slack in workspace T0ACME, linked or not. */
  const person = (user: string, text: string): IncomingMessage => ({
    surface: 'slack',
    workspaceId: 'T0ACME',
    userExternalId: user,
    conversationKey: `D-${user}`,
    text,
  });
  /** The partner on Slack, linked in the single-workspace set-up. */
  const nordic = (text: string): IncomingMessage => ({
    surface: 'slack',
    userExternalId: 'U0NORDIC',
    conversationKey: 'D-U0NORDIC',
    text,
  });
  const confirm = async (e: ReturnType<typeof engine>, replies: Reply[]) => {
    const value = replies[0]?.choices?.find((c) => c.label === 'Confirm')?.value;
    if (!value) throw new Error(`no Confirm in ${JSON.stringify(replies)}`);
    return e.handleChoice({ surface: 'slack', userExternalId: 'U0SAM', conversationKey: 'D-U0SAM', value });
  };
  const linkedAs = async (user: string) =>
    (await findUserByChatIdentity(handle.db, 'slack', user, 'T0ACME'))?.name ?? null;

  it('when support issues a link code for a person, then it is shown privately once and an unlinked account links with it', async () => {
    const e = engine();

    const issued = await e.handleMessage(sam('new link code for nordic-partner'));
    const code = issued[0]?.text.match(/\*([A-Z0-9]{4}-[A-Z0-9]{4})\*/)?.[1];
    const linked = await e.handleMessage(person('U0NEW', `link ${code}`));

    expect(issued[0]?.text).toContain('Link code for Mikkel Sørensen (nordic-partner)');
    expect(issued[0]?.text).toContain('valid once for 24 hours');
    expect(issued[0]?.private).toBe(true);
    expect(code).toBeDefined();
    expect(linked[0]?.text).toContain('now linked to *Mikkel Sørensen*');
    expect(await linkedAs('U0NEW')).toBe('Mikkel Sørensen');
    const codes = await handle.db.selectFrom('link_codes').selectAll().execute();
    expect(codes).toMatchObject([{ issued_by_user_id: SUPPORT_ID, user_id: MIKKEL_ID }]);
    expect(JSON.stringify(codes)).not.toContain(String(code));
  });

  it('when support names nobody known, then it is told so and no code is issued', async () => {
    const replies = await engine().handleMessage(sam('link code for nobody-here'));

    expect(replies[0]?.text).toBe('There is no platform user "nobody-here".');
    expect(await handle.db.selectFrom('link_codes').select('id').execute()).toEqual([]);
  });

  it('when support lists and then unlinks an account after confirming, then that person is no longer recognised there', async () => {
    const e = engine();
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'slack', workspace_id: 'T0ACME', external_id: 'U0MIKKEL', user_id: MIKKEL_ID })
      .execute();
    expect((await e.handleMessage(person('U0MIKKEL', 'status of case 1001')))[0]?.text).toContain(
      'Case 1001',
    );

    const listed = await e.handleMessage(sam('identities of nordic-partner'));
    const asked = await e.handleMessage(sam('unlink slack T0ACME/U0MIKKEL'));
    const stillLinkedBeforeConfirm = await linkedAs('U0MIKKEL');
    const done = await confirm(e, asked);
    const after = await e.handleMessage(person('U0MIKKEL', 'status of case 1001'));
    const listedAfter = await e.handleMessage(sam('where is nordic-partner linked?'));

    expect(listed[0]?.text).toBe(
      'Mikkel Sørensen (nordic-partner, Nordic Collect A/S) is linked to: console nordic-partner; slack U0NORDIC; slack T0ACME/U0MIKKEL.',
    );
    expect(asked[0]?.text).toContain('Unlink slack T0ACME/U0MIKKEL from Mikkel Sørensen?');
    expect(asked[0]?.text).toContain('They will no longer be able to use the assistant from that account.');
    expect(stillLinkedBeforeConfirm).toBe('Mikkel Sørensen');
    expect(done[0]?.text).toBe('Unlinked slack T0ACME/U0MIKKEL from Mikkel Sørensen.');
    expect(await linkedAs('U0MIKKEL')).toBeNull();
    expect(after[0]?.text).not.toContain('Case 1001');
    expect(after[0]?.text).toContain('If support gave you a link code');
    expect(listedAfter[0]?.text).not.toContain('U0MIKKEL');
    const history = await handle.db.selectFrom('identity_history').selectAll().execute();
    expect(history).toMatchObject([
      { action: 'unlink', method: 'support', user_id: MIKKEL_ID, actor_user_id: SUPPORT_ID },
    ]);
  });

  it('when support links an account after confirming, then the person is recognised there; an account linked to someone else is refused', async () => {
    const e = engine();

    const asked = await e.handleMessage(sam('link slack T0ACME/U0NEW to nordic-partner'));
    const before = await linkedAs('U0NEW');
    const done = await confirm(e, asked);
    const taken = await e.handleMessage(sam('link slack T0ACME/U0NEW to acme-creditor'));

    expect(asked[0]?.text).toContain('Link slack T0ACME/U0NEW to Mikkel Sørensen at Nordic Collect A/S?');
    expect(before).toBeNull();
    expect(done[0]?.text).toBe('Linked slack T0ACME/U0NEW to Mikkel Sørensen.');
    expect((await e.handleMessage(person('U0NEW', 'status of case 1001')))[0]?.text).toContain('Case 1001');
    expect(taken[0]?.text).toBe(
      'slack T0ACME/U0NEW is linked to Mikkel Sørensen (nordic-partner); unlink it first ("unlink slack T0ACME/U0NEW").',
    );
    expect(taken[0]?.choices).toBeUndefined();
  });

  /** A notice to the creditor, parked by the real outbox: nobody is on Slack for it, and no e-mail is set up. */
  async function parkedNotice(): Promise<number> {
    await enqueueNotices(handle.db, [
      {
        recipient: { type: 'creditor', creditorId: 1 },
        kind: 'case.declined',
        caseId: 1001,
        payload: { text: 'The partner declined: private words.' },
        at: clock.now(),
      },
    ]);
    clock.advance(60_000);
    const slack: NoticeSender = { surface: 'slack', async send() {} };
    await createDeliveryWorker({
      db: handle.db,
      senders: [slack],
      channels: { QUOTE_ALERT_CHANNEL: 'q', CLOSE_CODE_CHANNEL: 'c', SUPPORT_CHANNEL: 's' },
      logger: silent,
      clock,
    }).runOnce();
    const notice = await handle.db.selectFrom('notices').selectAll().executeTakeFirstOrThrow();
    expect(notice.status).toBe('parked');
    return notice.id;
  }

  it('when a partner asks for parked notices, a requeue or a link code, then each is refused and nothing changes', async () => {
    const id = await parkedNotice();
    const e = engine();

    const list = await e.handleMessage(nordic('show parked notices'));
    const requeue = await e.handleMessage(nordic(`requeue notice ${id}`));
    const code = await e.handleMessage(nordic('link code for nordic-partner'));

    expect(list[0]?.text).toBe('Only a support agent can see the notices nobody could receive.');
    expect(requeue[0]?.text).toBe('Only a support agent can requeue a notice.');
    expect(requeue[0]?.choices).toBeUndefined();
    expect(code[0]?.text).toBe('Only a support agent can issue link codes.');
    const notice = await handle.db.selectFrom('notices').selectAll().executeTakeFirstOrThrow();
    expect(notice.status).toBe('parked');
    expect(await handle.db.selectFrom('link_codes').select('id').execute()).toEqual([]);
  });

  it('when support lists parked notices and requeues one after confirming, then it is due again and a second requeue is refused', async () => {
    const id = await parkedNotice();
    const e = engine();

    const listed = await e.handleMessage(sam('undeliverable notices'));
    const asked = await e.handleMessage(sam(`retry notice ${id}`));
    const beforeConfirm = await handle.db
      .selectFrom('notices')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const done = await confirm(e, asked);
    const again = await e.handleMessage(sam(`requeue notice ${id}`));

    expect(listed[0]?.text).toContain('Parked notices (1), longest waiting first:');
    expect(listed[0]?.text).toContain(`notice ${id}: "Debitura: case 1001 declined by the partner"`);
    expect(listed[0]?.text).not.toContain('private words');
    expect(asked[0]?.text).toContain(
      `Send notice ${id} ("Debitura: case 1001 declined by the partner") again?`,
    );
    expect(beforeConfirm.status).toBe('parked');
    expect(done[0]?.text).toBe(
      `Notice ${id} ("Debitura: case 1001 declined by the partner") is queued again and will be sent shortly.`,
    );
    const notice = await handle.db
      .selectFrom('notices')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(notice).toMatchObject({ status: 'pending', attempts: 0, parked_at: null });
    expect(again[0]?.text).toBe(`Notice ${id} is not parked: it is waiting to be sent already.`);
  });

  it('when support asks for help, then the support commands are listed; a partner is not shown them', async () => {
    const e = engine();

    const support = await e.handleMessage(sam('help'));
    const partner = await e.handleMessage(nordic('help'));

    for (const example of [
      'link code for',
      'identities of',
      'unlink slack',
      'show parked notices',
      'requeue notice',
    ]) {
      expect(support[0]?.text).toContain(example);
      expect(partner[0]?.text).not.toContain(example);
    }
  });
});
