import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingForm } from '../../src/conversation/engine-contract.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// Issue 12: amounts as Europeans write them, in chat and in forms. "kr" is the case's own krone (1008 is
// in DKK, 1011 in SEK), asked about on a case in another currency (1012 is in EUR); a minus sign and
// an amount past what the database holds are refused with a sentence.

const silent = pino({ level: 'silent' });

describe('amounts as people write them, through the conversation engine', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values([
        { surface: 'slack', external_id: 'U0NORDIC', user_id: 3 },
        { surface: 'teams', external_id: 'aad-managing', user_id: 8 },
      ])
      .execute();
  });

  const engine = () => createAppConversationEngine({ db: handle.db, logger: silent, clock });
  const say = (text: string) =>
    engine().handleMessage({
      surface: 'slack',
      userExternalId: 'U0NORDIC',
      conversationKey: 'D0NORDIC',
      text,
    });
  const confirm = async (replies: Reply[]) => {
    const value = replies[0]?.choices?.find((c) => c.label === 'Confirm')?.value;
    if (!value) throw new Error(`no Confirm in ${JSON.stringify(replies)}`);
    return engine().handleChoice({
      surface: 'slack',
      userExternalId: 'U0NORDIC',
      conversationKey: 'D0NORDIC',
      value,
    });
  };
  const payments = (caseId: number) =>
    handle.db
      .selectFrom('payments')
      .select(['amount', 'currency'])
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute();

  it('when a payment on a SEK case is given in "kr", then it is SEK, and "kronor" on a DKK case is DKK', async () => {
    const sek = await say('register payment 500 kr on 1011');
    expect(sek[0]?.text).toContain('Register a payment of *SEK 500.00* on case 1011');
    await confirm(sek);

    const dkk = await say('paid 1.200 kronor on 1008');
    expect(dkk[0]?.text).toContain('Register a payment of *DKK 1,200.00* on case 1008');
    await confirm(dkk);

    expect(await payments(1011)).toEqual([{ amount: '500.00', currency: 'SEK' }]);
    expect(await payments(1008)).toEqual([{ amount: '1200.00', currency: 'DKK' }]);
  });

  it('when a payment on a EUR case is given in "kr", then which currency is asked, nothing is guessed, and the answer in EUR is taken', async () => {
    const asked = await say('register payment 500 kr on 1012');

    expect(asked[0]?.text).toContain("case 1012 is in EUR, so I can't tell which currency you mean");
    expect(asked[0]?.text).toContain('How much did the debtor pay on case 1012?');
    expect(asked[0]?.text).not.toContain('DKK');
    expect(asked[0]?.choices ?? []).toEqual([]);

    const plan = await say('450 EUR');
    expect(plan[0]?.text).toContain('Register a payment of *EUR 450.00* on case 1012');
    await confirm(plan);
    expect(await payments(1012)).toEqual([{ amount: '450.00', currency: 'EUR' }]);
  });

  it('when a case is closed as paid with "kr" received on a SEK case, then the payment is registered in SEK', async () => {
    const plan = await say('close 1011 as partially paid, received 2 000 kr');

    expect(plan[0]?.text).toContain('SEK 2,000.00');
    expect(plan[0]?.text).not.toContain('DKK');
  });

  it('when an amount has a minus sign, then it is refused with a sentence saying so, and nothing is recorded', async () => {
    for (const text of ['register payment -5000 on 1008', 'register payment −5000 DKK on 1008']) {
      const reply = await say(text);
      expect(reply[0]?.text, text).toContain("can't be negative: give it without a minus sign");
      expect(reply[0]?.choices ?? [], text).toEqual([]);
    }
    expect(await payments(1008)).toEqual([]);
  });

  it('when amounts are written 4.800,00 or 1 200,50, then they are 4,800 and 1,200.50', async () => {
    expect((await say('register payment 4.800,00 on 1008'))[0]?.text).toContain('*DKK 4,800.00*');
    expect((await say('register payment 1 200,50 DKK on 1008'))[0]?.text).toContain('*DKK 1,200.50*');
  });

  const closeForm = (paymentAmount: string): IncomingForm => ({
    surface: 'slack',
    userExternalId: 'U0NORDIC',
    conversationKey: 'D0NORDIC',
    kind: 'close',
    values: { caseId: '1008', closeCode: 'paid', paymentAmount, paymentCurrency: 'DKK' },
  });

  it('when a close form has a negative amount or one past what can be recorded, then the form says which, and nothing is recorded', async () => {
    const negative = await engine().handleForm(closeForm('−23.000,00'));
    const huge = await engine().handleForm(closeForm('99.999.999.999.999,00'));

    expect(negative[0]?.text).toContain("can't be negative");
    expect(huge[0]?.text).toContain('more than I can record: amounts go up to 999,999,999,999.99');
    expect(await payments(1008)).toEqual([]);
  });

  it('when a close form gives the amount recovered in "kr" on a SEK case, then the payment is SEK', async () => {
    const replies = await engine().handleForm({
      ...closeForm('2.000,00'),
      values: {
        caseId: '1011',
        closeCode: 'partially_paid',
        paymentAmount: '2.000,00',
        paymentCurrency: 'kr',
      },
    });

    expect(replies[0]?.text).toContain('SEK 2,000.00');
  });

  it('when a submission is worth more in USD than the database can hold, then it is refused with a sentence, not an internal error', async () => {
    const replies = await engine().handleForm({
      surface: 'teams',
      userExternalId: 'aad-managing',
      conversationKey: 'teams:conv-managing',
      kind: 'submit_case',
      values: {
        clientName: 'Schmidt Bau GmbH',
        clientCountry: 'DE',
        debtorName: 'Aalborg Stål ApS',
        debtorType: 'company',
        debtorCountry: 'DK',
        principal: '999.999.999.999,00',
        currency: 'GBP',
        debtDate: '30/06/2026',
        disputed: 'no',
        documentName: 'invoice.pdf',
      },
    });
    const text = replies.map((r) => r.text).join('\n');
    expect(text).toContain('more than the platform can record');
    expect(text).not.toMatch(/something went wrong|internal/i);
    const cases = await handle.db
      .selectFrom('cases')
      .select('id')
      .where('debtor_name', '=', 'Aalborg Stål ApS')
      .execute();
    expect(cases).toEqual([]);
  });
});
