import { stripMarkup } from './normalize.ts';

// How people write to the other side of a case, read the case chat, or add information after a decline
// (docs/notes/r-casechat.md). General shapes, not phrases: a verb of telling (message, tell, write to, let
// … know, inform, notify, ping, reply, respond) + who (the partner, the agency, the collector, the managing
// partner, the creditor, the client, them) + the case + the words; a verb of showing + the chat or the
// messages + the case; a verb of giving + information + the case + the words.
//
// The engine reads these before the interpreter (the command table's `says`); the offline interpreter uses
// the first to recognise a message meant for someone else, which is never a command of the speaker's own:
// "tell the partner on 1234 to close the case" closes nothing.
//
// Every pattern is anchored at the start, and the words are taken whole at the end ("[\s\S]*$" cannot
// fail, so nothing before it is tried again on a long message).

const LEAD = String.raw`^\s*(?:(?:hi|hello|hey)\b[\s,!.]*)?(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+|pls\s+|kindly\s+)?`;
const CASE = String.raw`(?:case\s*(?:no\.?\s*|nr\.?\s*|number\s*)?)?#?\s*(\d{1,12})\b`;
const ON = String.raw`(?:on|for|about|re:?|regarding|in|of|handling|working(?:\s+on)?)`;
/** The other side, by role (never a person's name: "tell me about case 9" is a look-up). */
const WHO = String.raw`(?:(?:the|our|my|your)\s+)?(?:(?:assigned|collection|managing|debt\s+collection|other)\s+)?(?:partners?|agency|agent|collectors?|bureau|lawyers?|law\s+firm|firm|creditor|client|customer|side)|them`;
const TELL = String.raw`(?:send\s+(?:a\s+|an?\s+)?(?:message|note|msg|word)\s+to|message|msg|dm|write\s+(?:a\s+(?:message|note)\s+)?to|tell|inform|notify|ping|reply\s+to|respond\s+to|get\s+back\s+to|contact)`;
/** The separator before the words: punctuation, or "that"; the words may be missing (then asked). */
const WORDS = String.raw`(?:\s*[:;,.–—-]+\s*|\s+(?:that\s+)?|\s*$)([\s\S]*)$`;

const MESSAGE_PATTERNS: readonly RegExp[] = [
  // "message the partner on case 1234: …", "tell the agency on 1234 the debtor called", "ping the collector
  // handling #1234 - …"
  new RegExp(`${LEAD}${TELL}\\s+(?:${WHO})\\s+${ON}\\s+${CASE}${WORDS}`, 'i'),
  // "let the partner on 1234 know that …", "let the partner know on 1234: …"
  new RegExp(`${LEAD}let\\s+(?:${WHO})\\s+(?:know\\s+)?${ON}\\s+${CASE}(?:\\s+know)?${WORDS}`, 'i'),
  // "on 1234, tell the partner …", "re case 1234: message the managing partner …"
  new RegExp(`${LEAD}${ON}\\s+${CASE}\\s*[:,-]?\\s*(?:${TELL}|let)\\s+(?:${WHO})(?:\\s+know)?${WORDS}`, 'i'),
  // "reply on 1234: …", "respond to 1234 …", "message on case 1234: …", "write in the case chat of 1234: …"
  new RegExp(
    `${LEAD}(?:reply|respond|write\\s+back|message|msg|write|post|send\\s+(?:a\\s+)?(?:message|note))\\s+(?:(?:in|to)\\s+the\\s+(?:case\\s+)?(?:chat|thread)\\s+)?(?:${ON}\\s+|to\\s+)?${CASE}${WORDS}`,
    'i',
  ),
];

const CHAT_NOUN = String.raw`(?:(?:case\s+)?(?:chat|messages|conversation|thread|correspondence)|(?:new\s+)?messages)`;
const CHAT_PATTERNS: readonly RegExp[] = [
  // "messages on case 1234", "show the chat on 1234", "open the case chat of #1234", "any new messages on 1234?"
  new RegExp(
    `${LEAD}(?:(?:show|see|view|list|read|open|check|get|display)\\s+(?:me\\s+)?|any\\s+|are\\s+there\\s+(?:any\\s+)?)?(?:the\\s+|all\\s+|our\\s+)?${CHAT_NOUN}\\s+(?:on|for|of|in|about|re)\\s+${CASE}\\s*[?.!]*\\s*$`,
    'i',
  ),
  // "case 1234 messages", "1234 chat"
  new RegExp(
    `${LEAD}(?:show\\s+(?:me\\s+)?)?${CASE}\\s+(?:case\\s+)?(?:chat|messages|thread)\\s*[?.!]*\\s*$`,
    'i',
  ),
  // "what did the partner write on 1234?", "has the managing partner said anything on 1234?"
  new RegExp(
    `${LEAD}(?:what\\s+(?:did|has)|has|did)\\s+(?:${WHO})\\s+(?:written|write|said|say|sent|send)(?:\\s+anything)?\\s+${ON}\\s+${CASE}\\s*[?.!]*\\s*$`,
    'i',
  ),
];

const GIVE = String.raw`(?:(?:i|we)\s+(?:want|would\s+like|'d\s+like|need)\s+to\s+)?(?:add|provide|give|send|submit|share|supply)`;
const MORE = String.raw`(?:some|more|additional|extra|new|further|updated|the\s+missing)`;
const INFO = String.raw`(?:(?:contact|debtor|address|company|claim|case|payment)\s+)?(?:info(?:rmation)?|details|data|facts|documents?)`;
const ADD_PATTERNS: readonly RegExp[] = [
  // "add information to case 1234: …", "provide additional details for 1234 - …"
  new RegExp(
    `${LEAD}${GIVE}\\s+(?:${MORE}\\s+)*${INFO}\\s+(?:to|for|on|about|regarding|re:?)\\s+${CASE}${WORDS}`,
    'i',
  ),
  // "additional information for case 1234: …", "new info on 1234: …" (not "more information for …":
  // that is the answer to an information request)
  new RegExp(
    `${LEAD}(?:additional|extra|new|further|updated)\\s+${INFO}\\s+(?:to|for|on|about|regarding|re:?)\\s+${CASE}${WORDS}`,
    'i',
  ),
];

/** The words written, as plain text: Slack's markup tokens dropped and its entities read back. */
function wordsOf(captured: string | undefined): string | undefined {
  const text = stripMarkup(captured ?? '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  // "tell the agency on 1234 …": a placeholder, not words; the message is asked for.
  return /[\p{L}\p{N}]/u.test(text) ? text : undefined;
}

function firstMatch(patterns: readonly RegExp[], text: string): RegExpMatchArray | null {
  for (const p of patterns) {
    const m = text.match(p);
    if (m) return m;
  }
  return null;
}

/** "message the partner on 1234: …", "reply on 1234: …": the case and the words (missing when not given). */
export function readCaseMessage(text: string): { caseId: string; text?: string } | null {
  const m = firstMatch(MESSAGE_PATTERNS, text);
  return m?.[1] ? { caseId: m[1], text: wordsOf(m[2]) } : null;
}

/** "messages on 1234", "show the chat on 1234" */
export function readCaseChat(text: string): { caseId: string } | null {
  const m = firstMatch(CHAT_PATTERNS, text);
  return m?.[1] ? { caseId: m[1] } : null;
}

/** "add information to case 1234: the debtor moved to Aarhus" */
export function readAddInformation(text: string): { caseId: string; text?: string } | null {
  const m = firstMatch(ADD_PATTERNS, text);
  return m?.[1] ? { caseId: m[1], text: wordsOf(m[2]) } : null;
}

/** A message for the other side of a case: its words are theirs to read, not a command to carry out. */
export function isMessageForOthers(text: string): boolean {
  return readCaseMessage(text) !== null;
}
