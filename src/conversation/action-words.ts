import { say } from '../i18n/messages.ts';
import type { ActionName, CommandArgs } from './action-registry.types.ts';

// How an action is named (the English words below are the catalogue's `chat4.action.*`; kept here as the
// list of actions that have words) on a button's accessible label ("Confirm: decline case 1002") and in the outcome
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

/** The catalogue's name of an action: 'case.accept' → 'case_accept' (an ICU select key). */
const keyOf = (action: string) => action.replace(/\./g, '_');

/**
 * "decline case 1002"; "submit a new case" (no number yet); the action's name when it has no words. In the
 * speaker's language (the catalogue's `chat4.action.doing`; English outside a turn).
 */
export function describeAction(action: ActionName | string, args: CommandArgs): string {
  const known = Boolean(WORDS[action as ActionName]);
  const caseId =
    typeof args.caseId === 'string' || typeof args.caseId === 'number' ? String(args.caseId) : '';
  if (!known && !caseId) return String(action);
  return say('chat4.action.doing', { action: keyOf(action), name: String(action), caseId: caseId || 'none' });
}

/** "Declined", "Closed": the outcome of a confirmed action, said before "by <name>". */
export function actionDone(action: ActionName | string): string {
  return say('chat4.action.done', { action: WORDS[action as ActionName] ? keyOf(action) : 'confirmed' });
}

/** The outcome of a pressed button that is not an action carried out. */
export function outcomeWord(outcome: 'cancelled' | 'chosen' | 'confirmed' | 'refused'): string {
  return say('chat4.action.done', { action: outcome });
}
