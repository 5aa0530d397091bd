import {
  CLOSE_CODE_INFO,
  CLOSE_CODES,
  type CloseCode,
  DECLINE_CATEGORIES,
  DECLINE_CATEGORY_INFO,
  type DeclineCategory,
} from '../domain/ids.ts';
import { parseLanguageName } from '../i18n/locale.ts';
import { stripMarkup } from '../understanding/normalize.ts';

// The platform's own wording of the commands ../shared/spec/interpret.md leaves out, read before the
// interpreter: passing on a lead (the lead invitation tells partners to reply "no quote on case N"), the
// creditor's answer to a request for more information ("answer 1007: …"), support's resolution of a
// decline that needs manual review, "my tasks", "what is due today?" and the score question. Narrow
// patterns on purpose: anything else goes to the interpreter. Each command's entry in the command table
// names its reader.

// The separators before the free text are taken whole ("(?=(x*))\2" is a possessive x*): letting
// "[\s,.:;-]*" give characters back to "(.*)" tried every split of a long run of spaces or commas, and
// giving them back can never help "(.*)$", which fails only on a line break further on.
const NO_QUOTE =
  /^\s*(?:no\s+quote|pass|we\s+pass|decline\s+to\s+quote|not\s+quoting|we\s+won'?t\s+quote)\s+(?:on\s+|for\s+)?(?:lead\s+for\s+)?(?:case\s*)?#?(\d{1,12})\b(?=([\s,.:;-]*))\2(.*)$/i;
const RESOLVE =
  /^\s*resolve\s+(?:the\s+)?(?:(?:manual\s+)?review\s+(?:of|on)\s+)?(?:the\s+decline\s+(?:of|on)\s+)?(?:case\s*)?#?(\d{1,12})\b(?=([\s,.:;-]*))\2(?:as(?=(\s+))\3)?(.*)$/i;

// "reply on 1007: …" is the case chat (src/understanding/case-chat-words.ts); "answer" answers the request.
const ANSWER_INFO =
  /^\s*(?:answer|details|more\s+info(?:rmation)?)\s+(?:to\s+|for\s+|on\s+)?(?:the\s+)?(?:(?:info(?:rmation)?\s+)?request\s+(?:on|for)\s+)?(?:case\s*)?#?(\d{1,12})\b\s*(?:[:,-](?=(\s*))\2(.*))?$/i;

/** "submit a case", "please create a new case": opens the submission form (no case number: not a read). */
export const SUBMIT_WORDS =
  /^\s*(?:please\s+)?(?:submit|create|register|add|open)\s+(?:a\s+)?(?:new\s+)?case\b[^\d]*$/i;

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

/** "what is due today?" */
export function readDueToday(text: string): Record<string, unknown> | null {
  return DUE_TODAY.test(text) ? {} : null;
}

/** "my tasks" */
export function readMyTasks(text: string): Record<string, unknown> | null {
  return MY_TASKS.test(text) ? {} : null;
}

/** "how does closing as Withdrawn by Client affect my score?" */
export function readScoreQuestion(text: string): Record<string, unknown> | null {
  if (!SCORE_QUESTION.test(text)) return null;
  const code = closeCodeNamed(text);
  // Without a code named, only the general question: "which code fits …" stays with the close-code advice.
  const general =
    /\b(?:close\s+codes?|closing|closures?)\b/i.test(text) &&
    !/\b(?:fits?|which|should|suggest|best)\b/i.test(text);
  return code || general ? { code: code ?? undefined } : null;
}

/** "no quote on 12, too small" */
export function readNoQuote(text: string): Record<string, unknown> | null {
  const noQuote = text.match(NO_QUOTE);
  return noQuote ? { caseId: noQuote[1], reason: noQuote[3]?.trim() || undefined } : null;
}

/** "resolve 12 as duplicate" */
export function readResolve(text: string): Record<string, unknown> | null {
  const resolve = text.match(RESOLVE);
  return resolve ? { caseId: resolve[1], categoryText: resolve[4]?.trim() || undefined } : null;
}

/** "answer 1007: the invoices are attached" */
export function readAnswerInfo(text: string): Record<string, unknown> | null {
  const answer = text.match(ANSWER_INFO);
  // Plain text, as a reason or an answer to a question is kept (see readFreeText): every surface escapes it.
  return answer ? { caseId: answer[1], answer: stripMarkup(answer[3] ?? '').trim() || undefined } : null;
}

// Support's chat-account and parked-notice commands (docs/notes/linking.md, docs/notes/email.md). A person
// is named by handle, e-mail or user id — one token; a chat account as "slack T123/U456" (or "slack U456",
// "teams <tenant>/<aad id>", "console <handle>"). Each pattern is anchored at both ends and starts with
// its own words ("link code for", "identities of", "unlink slack", "requeue notice"), so no case command
// and nothing the interpreter reads starts the same way.
const PERSON = String.raw`@?([A-Za-z0-9][\w.+@-]{0,99})`;
const END = String.raw`\s*[.!?]?\s*$`;
const LINK_CODE_FOR = new RegExp(
  String.raw`^\s*(?:(?:please\s+)?(?:issue|give|make|create|generate|send|get)\s+(?:me\s+)?)?(?:an?\s+)?(?:new\s+)?link(?:ing)?\s+code\s+for\s+${PERSON}${END}`,
  'i',
);
const IDENTITIES_OF = new RegExp(
  String.raw`^\s*(?:(?:show|list|see)\s+(?:me\s+)?)?(?:the\s+)?(?:(?:chat\s+)?identities|(?:linked\s+|chat\s+)accounts)\s+(?:of|for)\s+${PERSON}${END}`,
  'i',
);
const WHERE_LINKED = new RegExp(String.raw`^\s*where\s+is\s+${PERSON}\s+linked${END}`, 'i');
// Ids as the surfaces give them (Slack T…/U…, Teams GUIDs and "29:…" ids, console handles), nothing more:
// they are repeated in the confirmation.
const CHAT_ACCOUNT = String.raw`(slack|teams|console)\s+([\w.:@#-]{1,200}(?:/[\w.:@#-]{1,200})?)`;
const LINK_ACCOUNT = new RegExp(String.raw`^\s*link\s+${CHAT_ACCOUNT}\s+(?:to|with)\s+${PERSON}${END}`, 'i');
// "from <person>" is allowed but not trusted: the confirmation names whoever the account is linked to.
const UNLINK_ACCOUNT = new RegExp(
  String.raw`^\s*unlink\s+${CHAT_ACCOUNT}(?:\s+from\s+${PERSON})?${END}`,
  'i',
);
const PARKED_NOTICES =
  /^\s*(?:(?:show|list|see)\s+(?:me\s+)?(?:the\s+|all\s+)?)?(?:parked|undeliverable|undelivered|stuck)\s+notices?\s*[.!?]?\s*$|^\s*(?:which|what)\s+notices\s+(?:could\s+not|couldn'?t|can'?t|cannot)\s+be\s+delivered\s*\??\s*$|^\s*what\s+notices\s+are\s+(?:stuck|parked)\s*\??\s*$/i;
const REQUEUE_NOTICE =
  /^\s*(?:(?:requeue|retry|resend)\s+notice\s*#?(\d{1,12})|send\s+notice\s*#?(\d{1,12})\s+again)\s*[.!]?\s*$/i;

/** "link code for nordic-partner" */
export function readLinkCodeFor(text: string): Record<string, unknown> | null {
  const m = text.match(LINK_CODE_FOR);
  return m ? { person: m[1] } : null;
}

/** "identities of nordic-partner", "where is nordic-partner linked" */
export function readIdentitiesOf(text: string): Record<string, unknown> | null {
  const m = text.match(IDENTITIES_OF) ?? text.match(WHERE_LINKED);
  return m ? { person: m[1] } : null;
}

/** "link slack T0ACME/U0NEW to nordic-partner" */
export function readLinkAccount(text: string): Record<string, unknown> | null {
  const m = text.match(LINK_ACCOUNT);
  return m ? { account: `${m[1]} ${m[2]}`, person: m[3] } : null;
}

/** "unlink slack T0ACME/U0NEW" */
export function readUnlinkAccount(text: string): Record<string, unknown> | null {
  const m = text.match(UNLINK_ACCOUNT);
  return m ? { account: `${m[1]} ${m[2]}` } : null;
}

/** "show parked notices" */
export function readParkedNotices(text: string): Record<string, unknown> | null {
  return PARKED_NOTICES.test(text) ? {} : null;
}

/** "requeue notice 42", "send notice 42 again" */
export function readRequeueNotice(text: string): Record<string, unknown> | null {
  const m = text.match(REQUEUE_NOTICE);
  return m ? { noticeId: m[1] ?? m[2] } : null;
}

// Support registers a shared channel (docs/notes/privacy.md): "register channel C0123ABC for Nordic
// Collect", "register teams channel 19:abc@thread.tacv2 as support channel", "unregister channel C0123ABC".
const CHANNEL_ID = String.raw`(?:(slack|teams)\s+)?channel\s+#?([\w.:@-]{2,200})`;
const REGISTER_CHANNEL = new RegExp(
  String.raw`^\s*register\s+${CHANNEL_ID}\s+(?:as\s+(?:the\s+|our\s+)?(support)(?:\s+channel)?|(?:for|to)\s+(.{1,120}?)(?:'s\s+own(?:\s+channel)?)?)${END}`,
  'i',
);
const UNREGISTER_CHANNEL = new RegExp(String.raw`^\s*(?:unregister|deregister)\s+${CHANNEL_ID}${END}`, 'i');

/** "register channel C0123ABC for Nordic Collect", "register channel C0123ABC as support channel" */
export function readRegisterChannel(text: string): Record<string, unknown> | null {
  const m = text.match(REGISTER_CHANNEL);
  return m ? { surface: m[1]?.toLowerCase(), channelId: m[2], owner: m[3] ? 'support' : m[4]?.trim() } : null;
}

/** "unregister channel C0123ABC" */
export function readUnregisterChannel(text: string): Record<string, unknown> | null {
  const m = text.match(UNREGISTER_CHANNEL);
  return m ? { surface: m[1]?.toLowerCase(), channelId: m[2] } : null;
}

// The person's language (issue 12): "speak Danish", "language: sv", "set my language to German", and the
// same in the six other languages' own words ("tal dansk", "sprich Deutsch", "idioma: español"). The
// language itself is read by src/i18n/locale.ts. "language: …" and "set my language to …" are always this
// command (an unknown language is answered with the ones the bot writes); "speak …" only when a language
// follows, so that "speak to the creditor" still goes to the interpreter.
const LANGUAGE_NAME = String.raw`\s+([A-Za-zÀ-ÿ]{2,20}(?:[-_\s][A-Za-zÀ-ÿ]{2,10})?)\s*(?:please|bitte|tak|takk|tack|kiitos|por\s+favor)?\s*[.!]?\s*$`;
const SET_LANGUAGE = new RegExp(
  String.raw`^\s*(?:please\s+)?(?:(?:set|change|switch)\s+(?:my\s+|the\s+|your\s+)?language(?:\s+(?:to|as))?|my\s+language\s+is|(?:language|sprog|språk|sprache|kieli|idioma)\s*[:=]?)${LANGUAGE_NAME}`,
  'i',
);
const SPEAK_LANGUAGE = new RegExp(
  String.raw`^\s*(?:please\s+)?(?:(?:(?:can|could)\s+you\s+)?(?:speak|talk(?:\s+to\s+me)?\s+in|answer(?:\s+me)?\s+in|reply(?:\s+to\s+me)?\s+in|write(?:\s+to\s+me)?\s+in)|tal|tala|snakk|sprich|sprechen\s+sie|puhu|habla|hable|hablar\s+en)${LANGUAGE_NAME}`,
  'i',
);

/** "speak Danish", "language: sv", "set my language to German", "sprich Deutsch" */
export function readSetLanguage(text: string): Record<string, unknown> | null {
  const set = text.match(SET_LANGUAGE);
  if (set) return { language: set[1]?.trim() };
  const speak = text.match(SPEAK_LANGUAGE);
  const named = speak?.[1]?.trim();
  return named && parseLanguageName(named) ? { language: named } : null;
}
