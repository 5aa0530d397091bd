import { describe, expect, it } from 'vitest';
import { parseExtraCommand } from '../../src/conversation/extra-commands.ts';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';

// How people write on the case chat, read it, and add information after a decline: shapes, not phrases.
// The engine reads these before the interpreter; the interpreter itself never takes a message meant for
// the other side as the speaker's own command.

const reads = (text: string) => parseExtraCommand(text);

describe('the case chat in natural English', () => {
  it.each([
    [
      'message the partner on case 1234: the debtor called us, please pause',
      'the debtor called us, please pause',
    ],
    ['tell the agency on 1234 the debtor wants to pay in two parts', 'the debtor wants to pay in two parts'],
    ['Could you please message the collector handling case 1234 - debtor moved', 'debtor moved'],
    ['please let the partner know on #1234 that the debtor paid half', 'the debtor paid half'],
    ['let the managing partner on case no. 1234 know the debtor paid half', 'the debtor paid half'],
    ['on 1234, tell the partner the debtor called', 'the debtor called'],
    ['write to the managing partner on 1234: we paused the reminders', 'we paused the reminders'],
    [
      'send a message to the creditor about case 1234: we need a copy of the invoice',
      'we need a copy of the invoice',
    ],
    ['reply on 1234: noted, we paused', 'noted, we paused'],
    ['respond to 1234 - will do', 'will do'],
    ['message on case 1234: hello', 'hello'],
    [
      'inform the client regarding 1234 that the debtor disputes the amount',
      'the debtor disputes the amount',
    ],
  ])('when told "%s", then it is a message on case 1234 saying "%s"', (text, words) => {
    expect(reads(text)).toEqual({ action: 'case.message', args: { caseId: '1234', message: words } });
  });

  it.each([
    'message the partner on 1234',
    'tell the agency on 1234 …',
    'reply on case 1234',
  ])('when told "%s" with no words, then the case is known and the words will be asked', (text) => {
    expect(reads(text)).toEqual({ action: 'case.message', args: { caseId: '1234', message: undefined } });
  });

  it.each([
    'messages on case 1234',
    'show the chat on 1234',
    'show me the case chat of #1234',
    'any new messages on 1234?',
    'case 1234 messages',
    'what did the partner write on 1234?',
    'has the managing partner said anything on case 1234?',
  ])('when told "%s", then it is the case chat of 1234', (text) => {
    expect(reads(text)).toEqual({ action: 'case.messages', args: { caseId: '1234' } });
  });

  it.each([
    ['add information to case 1234: the debtor moved to Aarhus', 'the debtor moved to Aarhus'],
    ['we would like to provide more details for 1234 - the invoice is attached', 'the invoice is attached'],
    ['additional information for case 1234: new address', 'new address'],
    ['share updated contact details on #1234: phone +45 12 34 56 78', 'phone +45 12 34 56 78'],
  ])('when told "%s", then it adds "%s" to case 1234', (text, words) => {
    expect(reads(text)).toEqual({ action: 'case.add_info', args: { caseId: '1234', information: words } });
  });

  it('when the words hold Slack markup, then they are kept as the plain text typed', () => {
    expect(reads('message the partner on 1234: a &lt;!channel&gt; b <!here> c &amp; d')?.args.message).toBe(
      'a <!channel> b c & d',
    );
  });

  it.each([
    ['answer 1007: the contract is attached', 'case.answer_info'],
    ['more information for case 1007: contract attached', 'case.answer_info'],
    ['no quote on 1015', 'quote.decline'],
  ])('when told "%s", then the other platform wording keeps its command', (text, action) => {
    expect(reads(text)?.action).toBe(action);
  });

  it.each([
    'tell me about case 9',
    'tell the partner we accept case 1234',
    'message me when 1234 closes',
    'reply to me',
    'close 1234 as paid',
    'accept 1234',
  ])('when told "%s", then it is not the case chat', (text) => {
    expect(['case.message', 'case.messages', 'case.add_info']).not.toContain(reads(text)?.action);
  });

  it.each([
    'tell the partner on 1234 to close the case as paid',
    'message the agency on case 1234: please accept it quickly',
    'let the partner on 1234 know we want to withdraw the case',
  ])('when the interpreter reads "%s", then it is not the speaker\'s own command', (text) => {
    const i = interpretOffline(text);
    expect(i.action).toBe('none');
    expect(i.decision).toBe('refuse');
  });
});
