import type { ActionName, CommandArgs } from './action-registry.types.ts';

// How an action is named on a button's accessible label ("Confirm: decline case 1002") and in the outcome
// that replaces the buttons once pressed ("Declined by Mikkel at 14:02").

const WORDS: Partial<Record<ActionName, { doing: string; done: string }>> = {
  'case.accept': { doing: 'accept case', done: 'Accepted' },
  'case.decline': { doing: 'decline case', done: 'Declined' },
  'case.request_info': { doing: 'request information on case', done: 'Information requested' },
  'case.offer_terms': { doing: 'offer terms on case', done: 'Terms offered' },
  'case.close': { doing: 'close case', done: 'Closed' },
  'payment.register': { doing: 'register a payment on case', done: 'Payment registered' },
  'quote.select': { doing: 'select a quote on case', done: 'Quote selected' },
  'quote.submit': { doing: 'submit a quote on case', done: 'Quote submitted' },
  'lead.pullback': { doing: 'pull back case', done: 'Pulled back' },
  'case.withdraw': { doing: 'withdraw case', done: 'Withdrawn' },
  'quote.decline': { doing: 'decline to quote on case', done: 'Declined to quote' },
  'decline.resolve': { doing: 'resolve the decline of case', done: 'Decline resolved' },
  'case.answer_info': { doing: 'answer the information request on case', done: 'Answered' },
  'case.submit': { doing: 'submit a new case', done: 'Submitted' },
};

/** "decline case 1002"; "submit a new case" (no number yet); the action's name when it has no words. */
export function describeAction(action: ActionName | string, args: CommandArgs): string {
  const words = WORDS[action as ActionName];
  const caseId =
    typeof args.caseId === 'string' || typeof args.caseId === 'number' ? String(args.caseId) : '';
  if (!words) return caseId ? `${action} on case ${caseId}` : String(action);
  return words.doing.endsWith('case') && caseId ? `${words.doing} ${caseId}` : words.doing;
}

/** "Declined", "Closed": the outcome of a confirmed action, said before "by <name>". */
export function actionDone(action: ActionName | string): string {
  return WORDS[action as ActionName]?.done ?? 'Confirmed';
}
