import { Writable } from 'node:stream';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { actionRegistry } from '../../src/conversation/action-registry.ts';
import { createConversationEngine } from '../../src/conversation/conversation-engine.ts';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { understandingFrom } from '../../src/conversation/understanding-adapter.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

const silent = pino({ level: 'silent' });

describe('the conversation engine', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    // The partner's Slack identity, as support would link it.
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'slack', external_id: 'U0NORDIC', user_id: 3 })
      .execute();
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'slack', external_id: 'U0ACME', user_id: 1 })
      .execute();
  });

  const engine = () => createAppConversationEngine({ db: handle.db, logger: silent, clock });
  const say = (text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
    surface: 'slack',
    userExternalId: 'U0NORDIC',
    conversationKey: 'C0CASES:1700000000.000100',
    text,
    ...extra,
  });
  const confirmValue = (replies: Reply[]) => {
    const value = replies[0]?.choices?.find((c) => c.label === 'Confirm')?.value;
    if (!value) throw new Error(`no Confirm in ${JSON.stringify(replies)}`);
    return value;
  };
  const acceptCount = async (caseId: number) =>
    (
      await handle.db
        .selectFrom('case_history')
        .select('id')
        .where('case_id', '=', caseId)
        .where('action', '=', 'case.accept')
        .execute()
    ).length;

  it('when the same event is delivered twice, then it is handled once', async () => {
    const e = engine();
    const first = await e.handleMessage(say('accept 1001', { eventId: 'Ev01' }));
    const retried = await e.handleMessage(say('accept 1001', { eventId: 'Ev01' }));

    expect(first[0]?.text).toContain('Accept case 1001');
    expect(retried).toEqual([]);
    const pending = await handle.db.selectFrom('pending_commands').select('id').execute();
    expect(pending).toHaveLength(1);
  });

  it('when the same button click is delivered twice, then the action runs once', async () => {
    const e = engine();
    const value = confirmValue(await e.handleMessage(say('accept 1001')));
    const click = {
      surface: 'slack' as const,
      userExternalId: 'U0NORDIC',
      conversationKey: 'C0CASES:1',
      value,
    };

    const first = await e.handleChoice({ ...click, eventId: 'act-1' });
    const retried = await e.handleChoice({ ...click, eventId: 'act-1' });

    expect(first[0]?.text).toContain('Case 1001 is Active');
    expect(retried).toEqual([]);
    expect(await acceptCount(1001)).toBe(1);
  });

  it('when two clicks on Confirm arrive at the same time, then exactly one runs the action', async () => {
    const e = engine();
    const value = confirmValue(await e.handleMessage(say('accept 1001')));
    const click = {
      surface: 'slack' as const,
      userExternalId: 'U0NORDIC',
      conversationKey: 'C0CASES:1',
      value,
    };

    const results = await Promise.all([e.handleChoice(click), e.handleChoice(click), e.handleChoice(click)]);

    const ran = results.filter((r) => r[0]?.text.includes('is Active'));
    expect(ran).toHaveLength(1);
    expect(await acceptCount(1001)).toBe(1);
  });

  it('when another user clicks Confirm, then it is refused and the asker can still confirm', async () => {
    const e = engine();
    const value = confirmValue(await e.handleMessage(say('accept 1001')));

    const other = await e.handleChoice({
      surface: 'slack',
      userExternalId: 'U0ACME',
      conversationKey: 'C0CASES:1',
      value,
    });
    expect(other[0]?.text).toContain('Only Mikkel Sørensen can answer this');
    expect(await acceptCount(1001)).toBe(0);

    const own = await e.handleChoice({
      surface: 'slack',
      userExternalId: 'U0NORDIC',
      conversationKey: 'C0CASES:1',
      value,
    });
    expect(own[0]?.text).toContain('is Active');
  });

  it('when Confirm is pressed after the confirmation expired, then it is refused privately and nothing runs', async () => {
    // The pending command is read with the speaker in one statement: its expiry still counts.
    const late = { now: () => new Date(clock.now().getTime() + 31 * 60_000) };
    const value = confirmValue(await engine().handleMessage(say('accept 1001')));
    const click = {
      surface: 'slack' as const,
      userExternalId: 'U0NORDIC',
      conversationKey: 'C0CASES:1700000000.000100',
      value,
    };
    const expired = await createAppConversationEngine({
      db: handle.db,
      logger: silent,
      clock: late,
    }).handleChoice(click);
    expect(expired).toEqual([
      { text: expect.stringContaining('already used or has expired'), private: true },
    ]);
    expect(await acceptCount(1001)).toBe(0);

    // In time it runs once; a second press finds it used.
    expect((await engine().handleChoice(click))[0]?.text).toContain('is Active');
    const again = await engine().handleChoice({ ...click, eventId: 'Ev-second-press', recorded: true });
    expect(again[0]?.text).toContain('already used or has expired');
    expect(await acceptCount(1001)).toBe(1);
  });

  it('when the bot restarts between the question and the answer, then the answer still completes the command', async () => {
    const asked = await engine().handleMessage(say('decline case 1002'));
    expect(asked[0]?.text).toContain('What is the reason');
    expect(asked[0]?.form).toMatchObject({ kind: 'decline', caseId: '1002' });

    const afterRestart = await engine().handleMessage(say('the debtor died'));

    expect(afterRestart[0]?.text).toContain('Decline case 1002');
    expect(afterRestart[0]?.choices?.map((c) => c.label)).toEqual(['Confirm', 'Cancel']);
  });

  it('when a question is open in one thread, then another thread is not taken as its answer', async () => {
    const e = engine();
    await e.handleMessage(say('decline case 1002'));

    const elsewhere = await e.handleMessage(
      say('the debtor died', { conversationKey: 'C0CASES:other-thread' }),
    );

    expect(elsewhere[0]?.text).not.toContain('Decline case 1002');
  });

  it('when a Slack identity is not linked, then the answer says how to get linked', async () => {
    const replies = await engine().handleMessage(say('accept 1001', { userExternalId: 'U0NOBODY' }));

    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toContain('ask support to link your Slack account');
  });

  it('when a decline form is submitted, then it is checked and confirmed like a message', async () => {
    const replies = await engine().handleForm({
      surface: 'slack',
      userExternalId: 'U0NORDIC',
      conversationKey: 'D0NORDIC',
      kind: 'decline',
      values: { caseId: '1002', reason: 'We represent the debtor in another matter' },
    });

    expect(replies[0]?.text).toContain('Decline case 1002 as *Conflict of interest*');
  });

  it('when something unexpected fails, then it is logged and the user gets a polite answer', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'error' },
      new Writable({
        write(chunk, _enc, cb) {
          lines.push(String(chunk));
          cb();
        },
      }),
    );
    const broken = createConversationEngine({
      db: handle.db,
      understanding: understandingFrom({ interpret: interpretOffline }),
      registry: {
        ...actionRegistry,
        'case.status': {
          kind: 'read',
          answer: async () => {
            throw new TypeError('boom');
          },
        },
      },
      logger,
      clock,
    });

    const replies = await broken.handleMessage(say('status 1001'));

    expect(replies[0]?.text).toContain('Sorry, something went wrong');
    expect(lines.join('')).toContain('boom');
  });

  it('when asked for help, then the help lists what this role can say', async () => {
    const partner = await engine().handleMessage(say('help'));
    const creditor = await engine().handleMessage(say('help', { userExternalId: 'U0ACME' }));

    expect(partner[0]?.text).toContain('decline 123');
    expect(creditor[0]?.text).toContain('go with quote');
    expect(creditor[0]?.text).not.toContain('decline 123');
  });

  it('when the user asks something else while a question is open, then it is answered and the question still waits', async () => {
    const e = engine();
    await e.handleMessage(say('decline case 1002'));

    const list = await e.handleMessage(say('my cases'));
    const answer = await e.handleMessage(say('the debtor died'));

    expect(list[0]?.text).toContain('Your cases');
    expect(answer[0]?.text).toContain('Decline case 1002');
  });

  it('when the user says cancel while a question is open, then the command is dropped', async () => {
    const e = engine();
    await e.handleMessage(say('decline case 1002'));

    const cancelled = await e.handleMessage(say('cancel'));
    const after = await e.handleMessage(say('the debtor died'));

    expect(cancelled[0]?.text).toContain('Cancelled');
    expect(after[0]?.text).not.toContain('Decline case 1002');
  });

  it('when a question is left for longer than a day, then it expires and the next message starts afresh', async () => {
    const e = engine();
    await e.handleMessage(say('decline case 1002'));
    clock.advance(25 * 3600_000);

    const late = await e.handleMessage(say('the debtor died'));

    expect(late[0]?.text).not.toContain('Decline case 1002');
  });

  it('when the close form names the amount recovered, then the payment and the close are confirmed together and both happen', async () => {
    const e = engine();
    const asked = await e.handleForm({
      surface: 'slack',
      userExternalId: 'U0NORDIC',
      conversationKey: 'D0NORDIC',
      kind: 'close',
      values: {
        caseId: '1008',
        closeCode: 'paid',
        paymentAmount: '23000',
        paymentCurrency: 'dkk',
        comment: 'Paid in full',
      },
    });
    expect(asked[0]?.text).toMatch(
      /Register a payment of \*DKK 23,000\.00\* on case 1008 .*and close it as \*Paid\*.*registered first/is,
    );

    const done = await e.handleChoice({
      surface: 'slack',
      userExternalId: 'U0NORDIC',
      conversationKey: 'D0NORDIC',
      value: confirmValue(asked),
    });

    expect(done[0]?.text).toContain('Closed as Paid');
    const c = await handle.db
      .selectFrom('cases')
      .select(['status', 'close_code'])
      .where('id', '=', 1008)
      .executeTakeFirstOrThrow();
    expect(c).toEqual({ status: 'closed', close_code: 'paid' });
    expect(
      await handle.db.selectFrom('payouts').select('id').where('case_id', '=', 1008).execute(),
    ).toHaveLength(1);
  });

  it('when the bot is mentioned in a channel thread, then the mention is not part of the answer', async () => {
    const e = engine();
    await e.handleMessage(say('<@U0BOT> decline case 1002'));

    const answer = await e.handleMessage(say('<@U0BOT> the debtor died'));

    expect(answer[0]?.text).toContain('Decline case 1002');
    const pending = await handle.db
      .selectFrom('pending_commands')
      .select('args')
      .where('stage', '=', 'confirm')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(pending.args)).not.toContain('<@');
  });

  it('when a new command replaces an open question, then the old one is closed and the thread is about the new case', async () => {
    const e = engine();
    await e.handleMessage(say('decline case 1002')); // asks the reason

    const plan = await e.handleMessage(say('decline case 1001, duplicate'));
    const again = await e.handleMessage(say('decline it, duplicate'));

    expect(plan[0]?.text).toContain('Decline case 1001');
    expect(again[0]?.text).toContain('Decline case 1001');
    const open = await handle.db
      .selectFrom('pending_commands')
      .select(['args'])
      .where('used_at', 'is', null)
      .execute();
    expect(open.map((r) => JSON.stringify(r.args))).not.toContainEqual(expect.stringContaining('1002'));
  });

  it('when two threads are about different cases, then "decline it" in each names its own case', async () => {
    const e = engine();
    await e.handleMessage(say('status 1002', { conversationKey: 'C0CASES:thread-a' }));
    await e.handleMessage(say('status 1001', { conversationKey: 'C0CASES:thread-b' }));

    const a = await e.handleMessage(say('decline it, duplicate', { conversationKey: 'C0CASES:thread-a' }));
    const b = await e.handleMessage(say('decline it, duplicate', { conversationKey: 'C0CASES:thread-b' }));

    expect(a[0]?.text).toContain('Decline case 1002');
    expect(b[0]?.text).toContain('Decline case 1001');
  });

  describe('closing as Paid with no payment registered (help centre: "close a case")', () => {
    const caseRow = () =>
      handle.db
        .selectFrom('cases')
        .select(['status', 'close_code', 'close_comment'])
        .where('id', '=', 1008)
        .executeTakeFirstOrThrow();
    const payments = () =>
      handle.db.selectFrom('payments').select(['amount', 'currency']).where('case_id', '=', 1008).execute();

    it('when a partner closes as Paid without a payment, then the bot asks the amount and one confirmation registers it and closes the case', async () => {
      const e = engine();
      const asked = await e.handleMessage(say('close 1008 as paid'));
      expect(asked[0]?.text).toContain('How much did the debtor pay on case 1008?');

      const plan = await e.handleMessage(say('23000'));
      expect(plan[0]?.text).toMatch(
        /^Register a payment of \*DKK 23,000\.00\* on case 1008 .*and close it as \*Paid\*/,
      );

      const done = await e.handleChoice({
        surface: 'slack',
        userExternalId: 'U0NORDIC',
        conversationKey: 'C0CASES:1',
        value: confirmValue(plan),
      });
      expect(done[0]?.text).toContain('Closed as Paid');
      expect(await caseRow()).toMatchObject({ status: 'closed', close_code: 'paid' });
      expect((await payments()).map((p) => Number(p.amount))).toEqual([23000]);
      expect(
        await handle.db.selectFrom('payouts').select('id').where('case_id', '=', 1008).execute(),
      ).toHaveLength(1);
    });

    it('when the close names a smaller amount than owed, then that amount is the payment, the comment keeps the rest, and Partially paid is offered', async () => {
      const e = engine();
      const unusual = await e.handleMessage(say('close 1008 as paid, debtor paid 5000 yesterday'));
      expect(unusual[0]?.title).toBe('Are you sure?');
      expect(unusual[0]?.text).toContain('Partially paid instead?');

      const plan = await e.handleMessage(say('yes'));
      expect(plan[0]?.text).toContain(
        'Register a payment of *DKK 5,000.00* on case 1008 (Nørrebro Café ApS) and close it as *Partially paid* with the comment "debtor paid yesterday".',
      );
      await e.handleMessage(say('confirm'));

      expect(await caseRow()).toEqual({
        status: 'closed',
        close_code: 'partially_paid',
        close_comment: 'debtor paid yesterday',
      });
      expect((await payments()).map((p) => Number(p.amount))).toEqual([5000]);
    });

    it('when the amount is answered with words after it, then it is still the amount, not a case number', async () => {
      const e = engine();
      await e.handleMessage(say('close 1008 as paid'));

      const plan = await e.handleMessage(say('23000 DKK, transferred yesterday'));

      expect(plan[0]?.text).toContain('Register a payment of *DKK 23,000.00* on case 1008');
    });

    it('when the close is refused at Confirm, then the payment asked for it is not recorded either', async () => {
      const e = engine();
      await e.handleMessage(say('close 1008 as paid'));
      const plan = await e.handleMessage(say('23,000 DKK'));
      // Meanwhile the case is closed by someone else: the close is refused under the lock.
      await handle.db
        .updateTable('cases')
        .set({ status: 'closed', close_code: 'uneconomical' })
        .where('id', '=', 1008)
        .execute();

      const refused = await e.handleChoice({
        surface: 'slack',
        userExternalId: 'U0NORDIC',
        conversationKey: 'C0CASES:1',
        value: confirmValue(plan),
      });

      expect(refused[0]?.text).not.toContain('Closed as Paid');
      expect(await payments()).toEqual([]);
    });
  });

  describe('choosing a quote (help centre: "leads and quotes")', () => {
    const creditor = (text: string) => say(text, { userExternalId: 'U0ACME' });

    it('when the bot asks which quote and the creditor answers with its number, then that quote is selected, not a case', async () => {
      const e = engine();
      const asked = await e.handleMessage(creditor('go with the quote on 1013'));
      expect(asked[0]?.text).toContain('Which quote on case 1013');

      const plan = await e.handleMessage(creditor('702'));

      expect(plan[0]?.text).toContain('Select quote 702 from JurisNet');
    });

    it('when the creditor answers the question with a position in its list, then the quote in that place is selected', async () => {
      const e = engine();
      const asked = await e.handleMessage(creditor('go with the quote on 1013'));
      const second = asked[0]?.choices?.[1]?.label ?? '';

      const plan = await e.handleMessage(creditor('2'));

      expect(second).toContain('Quote 702');
      expect(plan[0]?.text).toContain('Select quote 702 from JurisNet');
    });

    it("when the creditor names the partner's quote in the message, then that quote is selected", async () => {
      const plan = await engine().handleMessage(creditor("go with JurisNet's quote on 1013"));

      expect(plan[0]?.text).toContain('Select quote 702 from JurisNet');
    });

    it('when the creditor names a partner that has no quote on the case, then the bot says so and asks which quote', async () => {
      const asked = await engine().handleMessage(creditor("go with Nordic's quote on 1013"));

      expect(asked[0]?.text).toContain(
        'Nordic Collect A/S has no quote on case 1013. Which quote on case 1013',
      );
      expect(asked[0]?.choices?.map((c) => c.label.slice(0, 9))).toEqual([
        'Quote 701',
        'Quote 702',
        'Quote 703',
      ]);
    });

    it('when the creditor answers the question with the partner name, then that quote is selected', async () => {
      const e = engine();
      await e.handleMessage(creditor('go with the quote on 1013'));

      const plan = await e.handleMessage(creditor('the Iberia one'));

      expect(plan[0]?.text).toContain('Select quote 703 from Iberia');
    });

    it('when a number answers a question that was already cancelled, then it picks nothing and says so', async () => {
      const e = engine();
      await e.handleMessage(creditor('go with the quote on 1013'));
      await e.handleMessage(creditor('cancel'));

      const late = await e.handleMessage(creditor('2'));

      expect(late[0]?.text).toContain('was already answered or cancelled, so nothing was chosen');
      expect(late[0]?.choices ?? []).toEqual([]);
    });

    it('when an earlier question listed quotes and a later one is open, then "1" answers only the open one', async () => {
      const e = engine();
      await e.handleMessage(creditor('go with the quote on 1013'));
      await e.handleMessage(creditor('702'));
      await e.handleMessage(creditor('cancel'));
      const partner = say('close 1008 as paid');
      await e.handleMessage(partner);

      const amount = await e.handleMessage(say('1'));
      const late = await e.handleMessage(creditor('1'));

      expect(amount[0]?.text).toContain('Case 1008 has DKK 1.00 paid of DKK 23,000.00');
      expect(late[0]?.text).not.toContain('Select quote');
    });
  });
});
