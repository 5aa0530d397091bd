import {
  CLOSE_CODE_INFO,
  CLOSE_CODES,
  type CloseCode,
  DECLINE_CATEGORIES,
  DECLINE_CATEGORY_INFO,
  type DeclineCategory,
} from '../domain/ids.ts';
import type { ActionName, CommandArgs } from './action-registry.types.ts';

// Commands the platform has that ../shared/spec/interpret.md leaves out: passing on a lead (the lead
// invitation tells partners to reply "no quote on case N"), the creditor's answer to a request for more
// information ("answer 1007: …"), and support's resolution of a decline that needs manual review. Narrow patterns on purpose: anything else goes to the interpreter.

// The separators before the free text are taken whole ("(?=(x*))\2" is a possessive x*): letting
// "[\s,.:;-]*" give characters back to "(.*)" tried every split of a long run of spaces or commas, and
// giving them back can never help "(.*)$", which fails only on a line break further on.
const NO_QUOTE =
  /^\s*(?:no\s+quote|pass|we\s+pass|decline\s+to\s+quote|not\s+quoting|we\s+won'?t\s+quote)\s+(?:on\s+|for\s+)?(?:lead\s+for\s+)?(?:case\s*)?#?(\d{1,12})\b(?=([\s,.:;-]*))\2(.*)$/i;
const RESOLVE =
  /^\s*resolve\s+(?:the\s+)?(?:(?:manual\s+)?review\s+(?:of|on)\s+)?(?:the\s+decline\s+(?:of|on)\s+)?(?:case\s*)?#?(\d{1,12})\b(?=([\s,.:;-]*))\2(?:as(?=(\s+))\3)?(.*)$/i;

const ANSWER_INFO =
  /^\s*(?:answer|reply|details|more\s+info(?:rmation)?)\s+(?:to\s+|for\s+|on\s+)?(?:the\s+)?(?:(?:info(?:rmation)?\s+)?request\s+(?:on|for)\s+)?(?:case\s*)?#?(\d{1,12})\b\s*(?:[:,-](?=(\s*))\2(.*))?$/i;

/** A category named by its id ("time_barred"), its words ("time barred") or the start of its label. */
export function categoryNamed(text: string): DeclineCategory | null {
  const t = text.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  for (const id of DECLINE_CATEGORIES) {
    const label = DECLINE_CATEGORY_INFO[id].label.toLowerCase();
    if (t === id.replace(/_/g, ' ') || label.startsWith(t) || t.startsWith(label)) return id;
  }
  return null;
}

// Support's "what is due today?": what the scheduled rules will do before the day ends.
const DUE_TODAY =
  /^\s*(?:what(?:'s|\s+is)\s+(?:due|scheduled|coming\s+up)(?:\s+(?:today|now))?|(?:show\s+)?(?:what'?s\s+)?due\s+today|scheduled\s+jobs|upcoming\s+reminders)\s*(?:\?\s*)?$/i;

// A partner's "my tasks": the cases waiting for it in Pending Verification (the interpreter would read
// it as "my cases").
const MY_TASKS =
  /^\s*(?:(?:show|list|what\s+are|what'?s|see)\s+)?(?:me\s+)?(?:my|our)\s+(?:open\s+|pending\s+)?(?:tasks|to-?dos?)(?:\s+(?:today|now|please))?\s*[?.!]?\s*$/i;

// "How does closing as Withdrawn by Client affect my score?": a question about scoring, before closing.
const SCORE_QUESTION = /^\s*(?:how|does|do|would|will|what|which|is|are|can)\b[^\n]*\bscor(?:e|es|ing)\b/i;

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The close code a sentence names, by its id ("withdrawn_by_client"), its label ("Withdrawn by Client")
 * or the label's head ("Pre-Legal Exhausted", "Debtor Insolvent"); the longest name found wins, so
 * "partially paid" is not read as "paid". "Other" only as "as other" / "other code".
 */
export function closeCodeNamed(text: string): CloseCode | null {
  const t = ` ${words(text)} `;
  let best: { code: CloseCode; length: number } | null = null;
  for (const code of CLOSE_CODES) {
    const label = CLOSE_CODE_INFO[code].label;
    const names =
      code === 'other'
        ? ['as other', 'other code']
        : [words(code), words(label), words(label.split(/\s[-(]|\//)[0] ?? label)];
    for (const name of names) {
      if (name && t.includes(` ${name} `) && (!best || name.length > best.length))
        best = { code, length: name.length };
    }
  }
  return best?.code ?? null;
}

export function parseExtraCommand(text: string): { action: ActionName; args: CommandArgs } | null {
  if (DUE_TODAY.test(text)) return { action: 'jobs.due_today', args: {} };
  if (MY_TASKS.test(text)) return { action: 'partner.tasks', args: {} };
  if (SCORE_QUESTION.test(text)) {
    const code = closeCodeNamed(text);
    // Without a code named, only the general question: "which code fits …" stays with the close-code advice.
    const general =
      /\b(?:close\s+codes?|closing|closures?)\b/i.test(text) &&
      !/\b(?:fits?|which|should|suggest|best)\b/i.test(text);
    if (code || general) return { action: 'closecode.score', args: { code: code ?? undefined } };
  }
  const noQuote = text.match(NO_QUOTE);
  if (noQuote)
    return { action: 'quote.decline', args: { caseId: noQuote[1], reason: noQuote[3]?.trim() || undefined } };
  const resolve = text.match(RESOLVE);
  if (resolve)
    return {
      action: 'decline.resolve',
      args: { caseId: resolve[1], categoryText: resolve[4]?.trim() || undefined },
    };
  const answer = text.match(ANSWER_INFO);
  if (answer)
    return {
      action: 'case.answer_info',
      args: { caseId: answer[1], answer: answer[3]?.trim() || undefined },
    };
  return null;
}
