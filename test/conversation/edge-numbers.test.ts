import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS, TOO_LONG_TEXT } from '../../src/conversation/conversation-engine.ts';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// Numbers at the edges of what the database holds: case numbers past PostgreSQL's integer, amounts past
// numeric(14, 2), negative amounts. Each gets a sentence that says what is wrong, never "something
// went wrong on my side", and nothing is written.

const silent = pino({ level: 'silent' });
const INTERNAL = 'something went wrong';

describe('numbers at the edges, through the conversation engine', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'slack', external_id: 'U0NORDIC', user_id: 3 })
      .execute();
  });

  const engine = () => createAppConversationEngine({ db: handle.db, logger: silent, clock });
  const say = (text: string): IncomingMessage => ({
    surface: 'slack',
    userExternalId: 'U0NORDIC',
    conversationKey: 'C0CASES:1700000000.000100',
    text,
  });
  const confirm = async (replies: Reply[]) => {
    const value = replies[0]?.choices?.find((c) => c.label === 'Confirm')?.value;
    if (!value) throw new Error(`no Confirm in ${JSON.stringify(replies)}`);
    return engine().handleChoice({
      surface: 'slack',
      userExternalId: 'U0NORDIC',
      conversationKey: 'C0CASES:1700000000.000100',
      value,
    });
  };
  const payments = async (caseId: number) =>
    (await handle.db.selectFrom('payments').select('amount').where('case_id', '=', caseId).execute()).length;
  const pending = async () => (await handle.db.selectFrom('pending_commands').select('id').execute()).length;

  it('when a case number is past the integer range, then the answer is that there is no such case', async () => {
    const e = engine();
    for (const [text, number] of [
      ['status of case 99999999999999999999', '99999999999999999999'],
      ['accept 3000000000', '3000000000'],
      ['decline 3000000000, duplicate of another case', '3000000000'],
      ['#2147483648', '2147483648'],
    ] as const) {
      const replies = await e.handleMessage(say(text));
      expect(replies[0]?.text, text).toBe(`There is no case ${number}. Check the case number.`);
    }
    expect(await pending()).toBe(0);
  });

  it('when a message is a 2,000-digit number, then the answer is that it is not a case number', async () => {
    const replies = await engine().handleMessage(say('7'.repeat(2000)));

    expect(replies[0]?.text).toBe('That is not a case number: case numbers go up to 2147483647.');
  });

  it('when a message is longer than the engine reads, then the answer says so and nothing is done', async () => {
    const text = `accept 1001 ${'and some more context about the debtor '.repeat(120)}`;
    expect(text.length).toBeGreaterThan(MAX_MESSAGE_CHARS);

    const replies = await engine().handleMessage(say(text));

    expect(replies).toEqual([{ text: TOO_LONG_TEXT }]);
    expect(await pending()).toBe(0);
  });

  it('when a payment of 10^12 is registered, then it is refused as more than can be recorded', async () => {
    const replies = await engine().handleMessage(say('register payment 1000000000000 on 1008'));

    expect(replies[0]?.text).toBe(
      '1,000,000,000,000.00 is more than I can record: amounts go up to 999,999,999,999.99.',
    );
    expect(replies[0]?.text).not.toContain(INTERNAL);
    expect(await pending()).toBe(0);
    expect(await payments(1008)).toBe(0);
  });

  it('when a payment is negative, then it is refused as negative rather than read as positive', async () => {
    const e = engine();
    for (const text of [
      'payment -5000 on case 1008',
      'register payment of -5000 DKK on case 1008',
      'register a payment of \u22125,000 DKK on 1008',
    ]) {
      const replies = await e.handleMessage(say(text));
      expect(replies[0]?.text, text).toMatch(/^An amount can't be negative: give it without a minus sign/);
    }
    expect(await pending()).toBe(0);
    expect(await payments(1008)).toBe(0);
  });

  it('when payments reach the most an amount column holds, then the last cent is accepted and more is refused', async () => {
    const done = await confirm(await engine().handleMessage(say('register payment 999999999999.99 on 1008')));
    expect(done[0]?.text).toContain('Payment of DKK 999,999,999,999.99 registered on case 1008');

    const more = await engine().handleMessage(say('register payment 0.01 on 1008'));

    expect(more[0]?.text).toBe(
      'That payment would take the total paid on case 1008 past DKK 999,999,999,999.99, the most a case can record. Check the amount.',
    );
    expect(await payments(1008)).toBe(1);
  });
});
