import { describe, expect, it } from 'vitest';
import { parseExtraCommand } from '../../src/conversation/extra-commands.ts';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';

// Issue 10's commands in the users' own words (src/understanding/account-intents.ts): many phrasings
// reach each command; a negation, question, condition, hedge, someone else's words or several cases
// never make a change. Whatever the platform's readers leave, the interpreter does not turn into another
// change either ("take 1234 to court" is no acceptance).

const reads = (text: string) => parseExtraCommand(text);

describe('legal escalation in the creditor’s words', () => {
  it.each([
    ['escalate case 1234 to legal', '1234'],
    ['Please escalate #1234 to legal', '1234'],
    ['we want to take 1234 to court', '1234'],
    ['we would like to bring case 1234 before a court', '1234'],
    ['please send case 1234 to our lawyers', '1234'],
    ['start legal proceedings on 1234', '1234'],
    ['go to court with 1234', '1234'],
    ['move 1234 to the legal track', '1234'],
    ['request legal escalation on case 1234', '1234'],
    ['refer 1234 to litigation', '1234'],
    ['time to sue on 1234', '1234'],
    ['1234: take it to court please', '1234'],
    ['hi, we have decided to take 1234 to court', '1234'],
    ['can you escalate 1234 to legal?', '1234'],
  ])('"%s" is the escalation of case %s', (text, caseId) => {
    expect(reads(text)).toEqual({ action: 'case.escalate', args: { caseId } });
  });

  it('without a case number it is still the escalation, so the case is asked for', () => {
    expect(reads('escalate to legal')).toEqual({ action: 'case.escalate', args: {} });
  });

  it.each([
    'should we escalate 1234?',
    'could we escalate 1234?',
    "don't escalate 1234",
    'we are not going to escalate 1234',
    'we do not want to take 1234 to court',
    'if they do not pay, take 1234 to court',
    'once the period ends, escalate 1234',
    'the client wants us to escalate 1234',
    'the creditor said: take 1234 to court',
    'we might take 1234 to court',
    'maybe escalate 1234 to legal',
    'escalate 1234 and 1235 to legal',
    'escalate all cases to legal',
    'is 1234 escalated?',
    'escalate this to support',
    'decline 217, requires legal action, not pre-legal',
    'close case 408, disputed and the client declined legal action',
    // An answer to another question, with the words inside the sentence.
    'the debtor disputes it, it needs to go to court',
    'debtor only pays after we take them to court',
  ])('"%s" escalates nothing', (text) => {
    expect(reads(text)?.action).not.toBe('case.escalate');
    expect(interpretOffline(text).action).not.toBe('case.accept');
  });

  it.each([
    ['should we escalate 1234?', '1234'],
    ['can 1234 go to court?', '1234'],
    ['could we take case 1234 to court?', '1234'],
    ['is 1234 ready for legal escalation?', '1234'],
  ])('"%s" asks whether case %s can be escalated', (text, caseId) => {
    expect(reads(text)).toEqual({ action: 'case.escalation_check', args: { caseId } });
  });

  it.each([
    "shouldn't we take 1234 to court?",
    'should we take 1234 and 1235 to court?',
    'should we escalate?',
  ])('"%s" is no question about one case', (text) => {
    expect(reads(text)?.action).not.toBe('case.escalation_check');
  });

  it('the interpreter does not read "take … to court" as accepting the case', () => {
    for (const text of [
      'we want to take 1234 to court',
      'take 4410 to our lawyers',
      "let's take 77 to litigation",
    ])
      expect(interpretOffline(text).action, text).not.toBe('case.accept');
    expect(interpretOffline('we want to take 1234').action).toBe('case.accept');
  });
});

describe('network sharing in the creditor’s (or support’s) words', () => {
  it.each([
    'is network sharing on?',
    'is our network sharing turned on',
    'what is our network sharing setting',
    'do we share declined cases with the network?',
    'should we turn off network sharing?',
  ])('"%s" asks for the setting', (text) => {
    expect(reads(text)).toEqual({ action: 'sharing.status', args: {} });
  });

  it('support names the creditor', () => {
    expect(reads('is network sharing on for Acme ApS?')).toEqual({
      action: 'sharing.status',
      args: { creditor: 'Acme ApS' },
    });
    expect(reads('enable network sharing for Fjord Supplies AB')).toEqual({
      action: 'sharing.set',
      args: { on: true, creditor: 'Fjord Supplies AB' },
    });
  });

  it.each([
    ['turn off sharing with other partners', false],
    ['switch sharing off', false],
    ['stop sharing our cases with other partners', false],
    ['disable sharing with the partner network', false],
    ['we no longer want to share cases with other partners', false],
    ["we don't want to share our cases with the network", false],
    ['network sharing off please', false],
    ['can you turn off network sharing please?', false],
    ['turn network sharing on', true],
    ['please switch network sharing back on', true],
    ['turn sharing on again', true],
  ])('"%s" sets sharing %s', (text, on) => {
    expect(reads(text)).toEqual({ action: 'sharing.set', args: { on } });
  });

  it.each([
    "don't turn off network sharing",
    "don't disable network sharing",
    "I don't think we want to share with the network",
    'the creditor wants us to turn off network sharing',
    'I love sharing',
    'sharing is caring',
  ])('"%s" changes nothing', (text) => {
    expect(reads(text)?.action).not.toBe('sharing.set');
  });
});

describe('a commission case in the partner’s words', () => {
  it.each([
    [
      'open a commission case against Acme ApS for 1,250 EUR',
      { creditor: 'Acme ApS', amount: 1250, currency: 'EUR' },
    ],
    ['bill Acme for our success fee on case 1016', { creditor: 'Acme', caseId: '1016' }],
    ['charge Acme ApS for the success fee on case 1016', { creditor: 'Acme ApS', caseId: '1016' }],
    ['new commission case against Acme ApS', { creditor: 'Acme ApS' }],
    [
      'raise a commission claim against Fjord Supplies AB for 4.500 SEK',
      { creditor: 'Fjord Supplies AB', amount: 4500, currency: 'SEK' },
    ],
    ['invoice Acme ApS for our unpaid commission', { creditor: 'Acme ApS' }],
    ['chase Acme for our commission', { creditor: 'Acme' }],
  ])('"%s" opens a commission case', (text, args) => {
    expect(reads(text)).toEqual({ action: 'case.commission', args });
  });

  it.each([
    "don't bill Acme for our success fee",
    'should we open a commission case against Acme?',
    'can we bill Acme for the success fee?',
    'we never billed Acme for our success fee',
    'Acme owes us a success fee',
    'bill the client for the invoice',
    'the creditor refuses to pay, so next month we bill Acme for our success fee',
  ])('"%s" opens nothing', (text) => {
    expect(reads(text)?.action).not.toBe('case.commission');
  });
});
