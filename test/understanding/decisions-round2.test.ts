import { describe, expect, it } from 'vitest';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';

// Second round of unsafe kinds: wording around a command that means nothing is to change now. Each kind
// has near-misses next to it that must still act. The lines are our own wording, none from a blind set.

const expectNoChange = (lines: string[]) => {
  for (const text of lines) {
    const i = interpretOffline(text);
    expect(['none', 'clarify', 'case.status', 'case.request_info'], text).toContain(i.action);
    expect(i.decision, text).not.toBe('act');
  }
};

const expectAct = (lines: [string, string][]) => {
  for (const [text, action] of lines) {
    expect(interpretOffline(text), text).toMatchObject({ action, decision: 'act' });
  }
};

describe('deliberation and preconditions around a command', () => {
  it('when the command is what something else must come before, then it does not act on it', () => {
    expectNoChange([
      'we should think it over before declining 7301',
      'let us talk about 7302 tomorrow before we accept',
      'I need to think about 7303 before accepting it',
      'let me sleep on 7304 before we decline it',
    ]);
  });

  it('when the message says what must come first, then the command waits', () => {
    expectNoChange([
      "we'd like to accept 7305 but the board has to approve it first",
      'I would decline 7306 as a duplicate, but let me check the ledger first',
      'we could close 7307, but let us wait for the bank statement',
      'taking on 7308 depends on whether the invoices are genuine',
      'accepting 7309 hinges on the credit check',
      'happy to accept 7310 but our compliance team needs to sign off',
    ]);
  });

  it('when a first command waits for a request, then the request is the command', () => {
    expect(
      interpretOffline('before we decline 7311, request the bank statements from the client'),
    ).toMatchObject({
      action: 'case.request_info',
      caseId: '7311',
    });
  });

  it('when the sign-off already happened, then it still acts', () => {
    expectAct([
      ['accept 7312, legal signed off', 'case.accept'],
      ['the board has approved it, please accept 7313', 'case.accept'],
      ['accept 7314 - compliance gave the green light this morning', 'case.accept'],
    ]);
  });
});

describe('negated acceptance', () => {
  it('when the user only says they are not accepting, then it is not a decline', () => {
    expectNoChange(['we are not accepting 7315', "we're not taking 7316"]);
  });
  it('when a reason comes with it, then it is a decline', () => {
    expect(interpretOffline('we are not accepting 7317, the claim is time-barred')).toMatchObject({
      action: 'case.decline',
      caseId: '7317',
    });
  });
});

describe('tests and things already done', () => {
  it('when the message says it is a test or to ignore it, then nothing changes', () => {
    expectNoChange([
      'testing, please ignore: withdraw 7318',
      'test - accept 7319',
      'ignore this: decline 7320 as duplicate',
      'this is a test: close 7321 as paid',
    ]);
  });
  it('when the user already did it, then nothing changes', () => {
    expectNoChange([
      "no need to pick quote 2 on 7322, I've already done it",
      "don't choose quote 1 on 7323",
      'close 7324? no, we already closed it in the portal',
    ]);
  });
  it('when it is a real request, then it still acts', () => {
    expectAct([
      ['select quote 2 on 7325', 'quote.select'],
      ['close 7326 as paid, the test payment cleared', 'case.close'],
      ['ignore the debtor, accept 7327', 'case.accept'],
    ]);
  });
});

describe("someone else's action, thanks, reported words, habits", () => {
  it('when the user thanks someone, retells or describes a habit, then nothing changes', () => {
    expectNoChange([
      'thanks for declining 7328 so quickly',
      'thank you so much for closing 7329',
      'the CFO said to choose quote 3 on 7330',
      'our manager suggested we should pick quote 1 on 7331',
      'we usually decline claims like 7332 when the debtor is abroad',
      'we used to accept cases like 7333 without a contract',
    ]);
  });
  it('when the debtor only says they paid, then no payment is registered', () => {
    expectNoChange([
      'the debtor on 7334 claims he paid 450 EUR, we cannot see it',
      'debtor on 7335 told us they paid 1,200 SEK, but no money has come in',
      "7336: she says she has paid 300 EUR, it hasn't arrived yet",
    ]);
  });
  it('when it is a request after thanks or a payment that arrived, then it acts', () => {
    expectAct([
      ['thanks, please accept 7337', 'case.accept'],
      ['thanks for the update - decline 7338, the claim is disputed', 'case.decline'],
      ['debtor on 7339 says they paid 800 EUR and it arrived today', 'payment.register'],
      ['received 900 EUR on 7340', 'payment.register'],
    ]);
  });
});

describe('passing on a lead', () => {
  it('when a partner passes on the lead, then the case is not declined', () => {
    expectNoChange(["we'll pass on this lead for 7341", 'passing on the opportunity for 7342']);
  });
  it('when a case is passed on by a creditor-side decline, then it still declines', () => {
    expect(interpretOffline('we pass on 7343, the debtor is our own client')).toMatchObject({
      action: 'case.decline',
      caseId: '7343',
    });
  });
});

describe('closing with a partial payment', () => {
  it('when the case "can be closed" as partially paid with an amount, then it is a close, not a payment', () => {
    expect(interpretOffline('7344 can now be closed as a partial payment, we got 1,500 EUR')).toMatchObject({
      action: 'case.close',
      caseId: '7344',
      code: 'partially_paid',
      amount: 1500,
    });
  });
  it('when asked whether it can be closed, then it does not close', () => {
    expect(interpretOffline('can 7345 be closed?').action).not.toBe('case.close');
  });
});

describe('a decline said at the end', () => {
  it('when "nothing we can do" comes before the decline, then it is a decline, not an acceptance', () => {
    expect(
      interpretOffline('we checked 7346, the debt is statute-barred, nothing we can do, declining'),
    ).toMatchObject({
      action: 'case.decline',
      caseId: '7346',
      category: 'time_barred',
    });
  });
  it('when "we can do" means taking it on, then it still accepts', () => {
    expect(interpretOffline('7347 is fine, we can do it')).toMatchObject({
      action: 'case.accept',
      caseId: '7347',
    });
  });
});

describe('safe misses', () => {
  it('when asked where a case is at, then it looks the case up', () => {
    expect(interpretOffline('where is 7348 at')).toMatchObject({ action: 'case.status', caseId: '7348' });
  });
  it('when a case was accepted by mistake and never worked, then the close code is case_never_started', () => {
    expect(interpretOffline('close 7349, we accepted it by mistake, no work was done')).toMatchObject({
      action: 'case.close',
      code: 'case_never_started',
    });
  });
});
