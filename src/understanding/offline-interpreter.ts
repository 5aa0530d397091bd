import * as chrono from 'chrono-node';
import { type Action, type CaseStatus, CLOSE_CODE_INFO, type CloseCode } from '../domain/ids.ts';
import { isMessageForOthers } from './case-chat-words.ts';
import { rankCloseCode } from './close-code-suggester.ts';
import {
  DECISION_CONFIDENCE,
  type Decision,
  type Interpretation,
  STATE_CHANGING_ACTIONS,
} from './commands.ts';
import { assessDeclineReason } from './decline-reason.ts';
import { extractNumbers, type NumberToken } from './entities.ts';
import {
  customTermsQuote,
  demandedByOthers,
  heldBack,
  reportedModal,
  withdrawsLead,
} from './held-and-reported.ts';
import {
  BULK,
  CLOSECODE_SUGGEST,
  CONDITION_AFTER,
  CONDITION_INSIDE,
  CONDITION_LEAD,
  FOREIGN_NEGATION,
  HELP,
  HOW_TO,
  HYPOTHETICAL,
  HYPOTHETICAL_ANYWHERE,
  INJECTION,
  INTENT_PATTERNS,
  LIST,
  NEGATED_BEFORE,
  NEGATED_FAR_BEFORE,
  NOT_FOR_REAL,
  OFFER_TERMS,
  POLITE_REQUEST,
  PULLBACK,
  QUOTE_OBJECT,
  QUOTE_SELECT,
  REPORTED_BEFORE,
  RETRACTED,
  SARCASM,
  SMALL_TALK,
  SOMEONE_ELSES_BEFORE,
  STATE_QUESTION,
  STATUS,
  STATUS_FILTERS,
  THIRD_PARTY_BEFORE,
  UI_WORD_AFTER,
  UNDO_BEFORE,
} from './intent-patterns.ts';
import { type Normalized, normalize, stripMarkup } from './normalize.ts';

// The built-in interpreter: no network, no key, well under a millisecond. Safe by construction: an
// action that changes a case needs a case number the message names (or the thread is about), and a
// negated, hypothetical, quoted, bulk or instruction-overriding message is never an action.

export interface InterpretContext {
  /** The case the conversation thread is about: "decline it, duplicate" in that thread means this case. */
  caseId?: string;
}

const MAX_INPUT = 2000;
const PAYMENT_WORD =
  /\b(?:paid|pays|payed|received|receive|got|collected|recovered|came\s+in|transferred|deposited|wired|sent\s+us|instal?lment|payment|remitted|settled)\b/;
const PAID_IN_FULL =
  /\b(?:paid\s+(?:in\s+full|off|up)|fully\s+(?:paid|settled|recovered)|is\s+(?:now\s+)?paid|has\s+(?:been\s+)?paid\s+(?:in\s+full|everything|it\s+all))\b/;
const CASE_PREPOSITION = /\b(?:on|for|to|against|towards|toward|re|in|into|from|under|case)\s*[:#]?\s*$/;
const REASON_LEAD =
  /^(?:[\s,.:;!?()[\]"'/-]|please\b|pls\b|plz\b|thanks?\b|now\b|because\b|since\b|as\b|due\s+to\b|owing\s+to\b|reason\s*(?:is|being|:)?|the\s+reason\s+(?:is|being)\b|with\s+(?:the\s+)?reason\b|bc\b|b\/c\b|cause\b|coz\b|cuz\b|for\s+reason\b|for\s+(?:me|us)\b|it\b(?=\s*[,:;-])|(?:this|that)\s+(?:one|case)\b(?=\s*(?:[,:;-]|please\b|pls\b)))+/i;
// Tails ("…+$") start only where the run they strip starts (the negative lookbehind): tried from every
// position of a long run, each attempt read the rest of the run, which is quadratic. The leftmost match
// never starts right after a piece of the run anyway, so what they strip is unchanged.
const TAIL_PIECE = String.raw`[\s,.:;!?()[\]"'/-]|\bplease\b|\bpls\b|\bthanks?\b|\bthank\s+you\b`;
const REASON_TAIL = new RegExp(`(?<!${TAIL_PIECE})(?:${TAIL_PIECE})+$`, 'i');
// "i'd" and "we'd" are "i"/"we" and "'d": spelt out as words too, they could be read two ways each, and
// "we'd we'd we'd … x" took exponential time. "id" and "wed" keep their own spelling.
const LEAD_IN_WORD = String.raw`\b(?:please|pls|kindly|we|i|id|wed|have\s+to|has\s+to|must|need\s+to|will|want\s+to|wants\s+to|would\s+like\s+to|like\s+to|'ll|'d|so|and|then|hence|therefore|on|for|of|just|going\s+to|gonna)`;
const LEAD_IN_TAIL = new RegExp(String.raw`\b(?<!${LEAD_IN_WORD}\s*)(?:${LEAD_IN_WORD}\s*)+$`, 'i');
const FILLER_ONLY =
  /^(?:(?:it|this|that|this\s+one|the\s+case|case)\s+)?(?:please|pls|thanks?|thank\s+you|now|asap|today|it|this|that|this\s+one|the\s+case|case|ok|okay|then|too|as\s+well|right\s+away|immediately|for\s+us|for\s+me|on\s+it|we|i|accordingly|therefore|thus|hence|as\s+discussed|as\s+agreed)?$/i;

// What may sit between a command and its case number: "decline case no. 4410", "4410: decline".
const ADJACENT_AFTER =
  /^\s*(?:the\s+|this\s+)?(?:case|claim|file|matter|lead)?\s*(?:no\.?|nr\.?|number|#|:)?\s*$/;
const ADJACENT_BEFORE = /^\s*(?:[:,-]\s*)?(?:please\s+)?$/;

interface Target {
  caseId?: string;
  token?: NumberToken;
  ambiguous: boolean;
  fromContext: boolean;
}

/** Which case the message acts on: the number next to the command, else a labelled one, else a bare one. */
function findTarget(
  canon: string,
  numbers: NumberToken[],
  verbStart: number,
  action: Action,
  context?: InterpretContext,
  verbEnd?: number,
): Target {
  const caseLike = (t: NumberToken | undefined): t is NumberToken =>
    t !== undefined && (t.role === 'bare' || t.role === 'case') && !t.mention && t.digits !== '0';
  // "cases 10, 11 and 12", "accept 300 and 301": a number in a list is one of several targets.
  const separator =
    /^\s*(?:,|and|&|\+|or|\/|plus|as\s+well\s+as|,\s*and|-|to|through|thru|till|until)\s*(?:case\s*|#)?$/;
  const inList = (t: NumberToken): boolean => {
    const index = numbers.indexOf(t);
    const next = numbers[index + 1];
    const previous = numbers[index - 1];
    return (
      (caseLike(next) && next.digits !== t.digits && separator.test(canon.slice(t.end, next.start))) ||
      (caseLike(previous) &&
        previous.digits !== t.digits &&
        separator.test(canon.slice(previous.end, t.start)))
    );
  };
  const pick = (t: NumberToken): Target =>
    inList(t)
      ? { ambiguous: true, fromContext: false }
      : { caseId: t.digits, token: t, ambiguous: false, fromContext: false };

  // "decline 4410 because … case 4411 too": the number the command is applied to comes first.
  // Not for payments: "register payment 500 on 12" names the amount first.
  if (verbEnd !== undefined && verbEnd > verbStart && action !== 'payment.register') {
    const adjacent = numbers.find(
      (t) =>
        caseLike(t) &&
        ((t.start >= verbEnd && ADJACENT_AFTER.test(canon.slice(verbEnd, t.start))) ||
          (t.end <= verbStart && ADJACENT_BEFORE.test(canon.slice(t.end, verbStart)))),
    );
    if (adjacent) return pick(adjacent);
  }

  const labelled = numbers.filter((t) => t.role === 'case' && caseLike(t));
  // "submit quote 2200", "list quotes 2200": on a lead, the number after "quote" is the case's.
  if (labelled.length === 0 && (action === 'quote.submit' || action === 'quote.list')) {
    const quoted = numbers.find((t) => t.role === 'quote');
    if (quoted && !numbers.some((t) => t.role === 'bare')) {
      return { caseId: quoted.digits, token: quoted, ambiguous: false, fromContext: false };
    }
  }
  if (labelled.length > 0) {
    if (new Set(labelled.map((t) => t.digits)).size > 1) return { ambiguous: true, fromContext: false };
    return pick(labelled[0] as NumberToken);
  }
  const bare = numbers.filter((t) => t.role === 'bare' && caseLike(t));
  if (bare.length > 0) {
    if (action === 'payment.register' && bare.length > 1) {
      const withPreposition = bare.find((t) =>
        CASE_PREPOSITION.test(canon.slice(Math.max(0, t.start - 12), t.start)),
      );
      const chosen = withPreposition ?? bare[0];
      if (chosen && inList(chosen)) return { ambiguous: true, fromContext: false };
      return { caseId: chosen?.digits, token: chosen, ambiguous: false, fromContext: false };
    }
    const after = bare.filter((t) => t.end > verbStart);
    const first = after[0] ?? bare[0];
    if (!first) return { ambiguous: false, fromContext: false };
    return pick(first);
  }
  if (context?.caseId && /^\d{1,12}$/.test(context.caseId)) {
    return { caseId: context.caseId, ambiguous: false, fromContext: true };
  }
  return { ambiguous: false, fromContext: false };
}

interface VerbMatch {
  action: Action;
  start: number;
  end: number;
  text: string;
}

function findCommandPhrase(canon: string, from = 0): VerbMatch | null {
  let best: VerbMatch | null = null;
  let bestPriority = Number.POSITIVE_INFINITY;
  const text = canon.slice(from);
  for (const ip of INTENT_PATTERNS) {
    const m = ip.pattern.exec(text);
    if (!m) continue;
    const start = from + m.index;
    if (!best || start < best.start || (start === best.start && ip.priority < bestPriority)) {
      best = { action: ip.action, start, end: start + m[0].length, text: m[0] };
      bestPriority = ip.priority;
    }
  }
  return best;
}

/**
 * The command of the message: its earliest command phrase, unless that one is negated and a later
 * clause gives another ("no need to ask the client for more info, just accept 7886").
 */
function findCommand(canon: string): VerbMatch | null {
  const first = findCommandPhrase(canon);
  // "before we accept 4931, ask the creditor for …": the first command is what waits; the later one is asked for.
  const setAside = (at: number) => {
    const lead = canon.slice(Math.max(0, at - 40), at);
    return NEGATED_BEFORE.test(lead) || BEFORE_COMMAND.test(lead);
  };
  if (!first || !setAside(first.start)) return first;
  const boundary = /[,;.!?]\s*(?:(?:so|then|just|instead|rather)\s+)?|\bbut\s+/g;
  boundary.lastIndex = first.end;
  const next = boundary.exec(canon);
  if (!next) return first;
  const later = findCommandPhrase(canon, next.index + next[0].length);
  if (!later || setAside(later.start)) return first;
  return later;
}

/** The free text after the command and its case number (or before them): a reason or a comment. */
function freeText(n: Normalized, spans: { start: number; end: number }[]): string {
  const end = Math.max(...spans.map((s) => s.end));
  const start = Math.min(...spans.map((s) => s.start));
  const tidy = (s: string) => s.replace(REASON_LEAD, '').replace(REASON_TAIL, '').trim();
  // What leads into a command is not its reason: "so we'll have to", "I'd like to", "please".
  const withoutLeadIn = (s: string) => s.replace(LEAD_IN_TAIL, '');
  // Words, not an emoji or a stray symbol.
  const useful = (s: string) => (s && /[a-z]{2}/i.test(s) && !FILLER_ONLY.test(s) ? s : '');
  const after = tidy(n.original(end, n.canon.length).replace(/^\s*(?:case\b|#)\s*/i, ''));
  if (useful(after)) return after;
  // "Case 8034: the invoices are from 2014. Decline.": the reason sits between the case and the command.
  const [first, second] = [...spans].sort((a, b) => a.start - b.start);
  // "We are unable to locate the debtor of case 18407 at any address; kindly decline it": when the
  // sentence began before the case number, the reason is that whole sentence, up to the command.
  const caseFirst = spans.length === 2 && spans[1] === first; // spans: [command, case]
  if (
    first &&
    second &&
    caseFirst &&
    second.start > first.end &&
    useful(tidy(n.original(first.end, second.start)))
  ) {
    const sentenceStart = Math.max(
      0,
      ...[...n.canon.slice(0, first.start).matchAll(/[.!?]\s/g)].map((m) => m.index + 2),
    );
    const lead = n.original(sentenceStart, first.start);
    if (
      lead
        .trim()
        .split(/\s+/)
        .filter((w) => /[a-z]/i.test(w)).length >= 3
    ) {
      const sentence = useful(tidy(withoutLeadIn(n.original(sentenceStart, second.start))));
      if (sentence) return sentence;
    }
  }
  // "rechaza el 6502": an article between the command and its case number is no reason.
  const onlyArticle = (s: string) => /^[\s,.:;-]*(?:(?:the|this|that|a|an|case)\s*)*$/.test(s);
  if (first && second && second.start > first.end && !onlyArticle(n.canon.slice(first.end, second.start))) {
    const middle = tidy(withoutLeadIn(n.original(first.end, second.start)));
    // "We asked for the invoices on 9012 and got nothing back, so decline it": the case number sits
    // inside the reason, which then starts at the beginning.
    if (
      useful(middle) &&
      /^(?:and|but|so|which|who|that|as|because|since|while|though|although)\b/i.test(middle)
    ) {
      return useful(tidy(withoutLeadIn(n.original(0, second.start)))) || middle;
    }
    if (useful(middle)) return middle;
  }
  return useful(tidy(withoutLeadIn(n.original(0, start))));
}

/** "as paid", "debtor insolvent": words that only name the code are not a comment. */
function onlyNamesCode(rest: string, code: CloseCode): boolean {
  const letters = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  const words = letters(rest.replace(/^\s*(?:as|with|code|with\s+code|under)\b/i, ''));
  return words.length > 0 && `${letters(CLOSE_CODE_INFO[code].label)}|${letters(code)}`.includes(words);
}

function statusFilter(canon: string): CaseStatus | undefined {
  for (const [status, pattern] of STATUS_FILTERS) if (pattern.test(canon)) return status;
  return undefined;
}

function quotedCommand(clean: string): boolean {
  if (/^\s*(?:>|&gt;)/.test(clean)) return true;
  // Single quotes only as quotation marks, not apostrophes: "can't take 4410, it's a conflict".
  for (const m of clean.matchAll(/"([^"]{3,})"|(?:^|[\s:(])'([^'\n]{3,}?)'(?=$|[\s.,;:!?)])|“([^”]+)”/g)) {
    const inner = normalize(m[1] ?? m[2] ?? m[3] ?? '').canon;
    if (findCommandPhrase(inner) && /\d/.test(inner)) return true;
  }
  return false;
}

/**
 * A mention or a greeting before a request is not the request ("hey, what can you do"). Removed from the
 * start only, with the offsets moved along, so that reasons and comments are still cut from what was typed.
 */
function withoutLeadingAddress(n: Normalized): Normalized {
  const lead = n.canon.match(
    /^(?:@[\w.-]+(?![\w.-])[\s,:]*)?(?:(?:hi|hey|hello|hiya|yo|dear|ok|okay|so|um+|hm+|morning|good\s+(?:morning|afternoon|evening))(?:\s+(?:team|all|there|bot|everyone|guys))?[\s,.!:;-]+)*(?=\S)/,
  );
  const shift = lead?.[0].length ?? 0;
  if (shift === 0) return n;
  return {
    clean: n.clean,
    canon: n.canon.slice(shift),
    original: (start, end) => n.original(start + shift, end + shift),
  };
}

/**
 * A message to a colleague in the same channel ("@maria can you accept 8820?", "Jonas — can you
 * register …"), not to the bot. Slack and Teams mentions of the bot are markup, removed before this; a
 * typed "@…bot" still counts as the bot.
 */
const STRUCTURED_TEXT =
  /\|[^|\n]*\||```|`[^`\n]*\b(?:accept|decline|close|withdraw|register|select|pull|reject|approve)\w*\b[^`\n]*`|~[^~\n]+~|\b[a-z]+_[a-z]+\b|\b[a-z]+=\S|^\s*\[\d{4}-\d{2}-\d{2}|\b\w+,\w+,\w+\b/i;
const AT_SOMEONE_ELSE = /^\s*@(?![\w.-]*(?:bot|collect|assistant))[a-z][\w.-]*/i;
/** A capitalised first name, then a comma or dash and a request: case matters, so no `i` flag. */
const NAME_THEN_REQUEST =
  /^\s*(?!(?:Please|Pls|Ok|OK|Okay|Hi|Hello|Hey|Thanks|Team|Guys|Folks|All|Yes|Sure|Morning|Dear|Note|Fyi|FYI|Update|Status|Help|Decline|Accept|Close|Withdraw|Register|Select|Case|Debtor|Creditor|Client|Actually|Also|So|And|But|Then|Now|Great|Good|Right|Well|Sorry|Again|Today|Urgent)\b)[A-Z][a-z]{2,}\s*(?:,|:|\u2014|\u2013|\s-\s)\s*(?:can|could|would|will|please|pls|kindly)\b/;

/** Company names (a command word can be one: "Close Brothers Ltd", "Accept Logistics AB"). */
const COMPANY_NAME =
  /\b(?:[A-Z][\w&'.-]*\s+){1,4}(?:Ltd|Limited|AB|GmbH|ApS|A\/S|AS|Inc|LLC|SA|SAS|BV|NV|Oy|plc|Srl|SpA|KG|AG|Oyj|Sp\.\s?z\s?o\.o\.)(?=$|[\s.,;:!?)])/g;

/**
 * The text in which commands are looked for: quoted words ("the client wrote: "decline or close as
 * you see fit"", a debtor named "Withdraw Capital Partners") and company names are blanked, keeping
 * every offset, so that nobody's words but the user's own can become a command.
 */
function commandText(n: Normalized): string {
  let text = n.canon;
  const blank = (start: number, end: number) => {
    text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  };
  for (const m of n.canon.matchAll(/"[^"]{2,80}"|\u201C[^\u201D]{2,80}\u201D/g))
    blank(m.index, m.index + m[0].length);
  for (const m of n.clean.matchAll(COMPANY_NAME)) {
    const at = text.indexOf(m[0].toLowerCase());
    if (at >= 0) blank(at, at + m[0].length);
  }
  return text;
}

/** "accept 8822 and close 8823 as paid": a second command on its own case number. */
function secondCommand(cmd: string, first: VerbMatch): boolean {
  const later = findCommandPhrase(cmd, first.end);
  if (!later || later.action === 'case.status') return false;
  const between = cmd.slice(first.end, later.start);
  if (!/[,;]|\band\b|\bthen\b|\balso\b|\bplus\b/.test(between)) return false;
  if (NEGATED_BEFORE.test(cmd.slice(Math.max(0, later.start - 40), later.start))) return false;
  return /^\s*(?:the\s+|this\s+)?(?:case\s*)?(?:no\.?\s*|nr\.?\s*|#\s*)?\d/.test(cmd.slice(later.end));
}

export function interpretOffline(text: string, context?: InterpretContext): Interpretation {
  try {
    return interpret(typeof text === 'string' ? text.slice(0, MAX_INPUT) : '', context);
  } catch {
    return unsure('error');
  }
}

/**
 * The pipeline, one stage after the other: normalise → entities → command → safety gates → arguments.
 * Each stage either passes what it found on or ends with an explicit decision (see `Decision`).
 */
function interpret(text: string, context?: InterpretContext): Interpretation {
  // 1. Normalise: canonical text, and the gates that read the message as a whole.
  const n = withoutLeadingAddress(normalize(text));
  const canon = n.canon;
  const raw = stripMarkup(text);
  if (!/[a-z0-9?]/.test(canon)) return refuse('empty');
  const whole = messageGate(n, raw);
  if (whole) return refuse(whole);
  const cmd = commandText(n);

  // 2. Entities: the numbers and what each one is.
  const numbers = extractNumbers(canon);
  const hasNumber = numbers.some((t) => t.role === 'case' || t.role === 'bare');

  // 3. Command: which one, or a decision when the message asks for none.
  const command = findCommandOf(n, cmd, numbers, hasNumber, context);
  if ('decision' in command) return command;
  const { action, phrase, verbStart } = command;

  // 4. Safety gates: a command that changes a case, but not meant to be carried out now.
  if (STATE_CHANGING_ACTIONS.has(action)) {
    const gate = safetyGate(n, raw, command, numbers);
    if (gate === 'how-to') return act('help');
    if (gate) return refuse(gate);
  }

  // 5. Arguments: the case, and what the command needs; missing ones are asked for.
  if (action === 'case.list') return act('case.list');
  return argumentsOf(n, numbers, action, phrase, verbStart, command.quoteToken, context);
}

type Gate =
  | 'empty'
  | 'injection'
  | 'quoted'
  | 'forwarded'
  | 'someone-else'
  | 'undecided'
  | 'negated'
  | 'third-party'
  | 'reported'
  | 'sarcasm'
  | 'not-for-real'
  | 'undo'
  | 'ui-word'
  | 'structured'
  | 'quote-object'
  | 'quote-decline'
  | 'condition'
  | 'later'
  | 'not-yet'
  | 'hypothetical'
  | 'bulk'
  | 'retracted'
  | 'question'
  | 'small-talk'
  | 'deliberating'
  | 'thanks'
  | 'habit'
  | 'done-already'
  | 'not-received'
  | 'lead-pass'
  | 'for-others'
  | 'held'
  | 'self-later';

function decide(decision: Decision, action: Action, extra: Partial<Interpretation> = {}): Interpretation {
  return { action, ...extra, decision, confidence: DECISION_CONFIDENCE[decision], source: 'offline' };
}
const act = (action: Action, extra: Partial<Interpretation> = {}) => decide('act', action, extra);
const ask = (missing: string, extra: Partial<Interpretation> = {}) =>
  decide('ask', 'clarify', { ...extra, missing: [missing] });
/** On purpose not a command; `explain.gate` says which gate (shown by `interpret --explain`). */
const refuse = (gate: Gate) => decide('refuse', 'none', { explain: { gate } });
/** No rule recognised the message: the one case in which the LLM is asked. */
const unsure = (why: string) => decide('unsure', 'none', { explain: { unsure: why } });

/**
 * Forwarded mail and its headers ("---------- Forwarded message", "From: … Subject: …", "FW:", "On …
 * wrote:"): somebody else's words, passed on. Nothing in them is the user's request.
 */
const FORWARDED =
  /-{3,}\s*(?:forwarded|original)\s+message|^\s*(?:fw|fwd)\s*:|\bbegin\s+forwarded\s+message\b|\bfrom:\s*\S+[^\n]{0,200}?\b(?:subject|sent|to|date):|\bon\s+[^\n]{3,80}?\bwrote\s*:/i;

/** The gates that read the whole message, before any command is looked for. */
function messageGate(n: Normalized, raw: string): Gate | null {
  if (INJECTION.test(n.canon)) return 'injection';
  if (quotedCommand(n.clean)) return 'quoted';
  if (FORWARDED.test(raw)) return 'forwarded';
  if (AT_SOMEONE_ELSE.test(raw) || NAME_THEN_REQUEST.test(raw)) return 'someone-else';
  // "tell the partner on 1234 to close the case": words for the other side of the case chat, not a command.
  if (isMessageForOthers(raw)) return 'for-others';
  // "accept or decline 8910, whichever you think is right": the user has not decided.
  if (
    /\b(?:accept|decline|close|withdraw|reject)\s+or\s+(?:accept|decline|close|withdraw|reject)\b/.test(
      n.canon,
    )
  ) {
    return 'undecided';
  }
  return null;
}

interface FoundCommand {
  action: Action;
  /** The command phrase, when the command was named by one. */
  phrase: VerbMatch | null;
  verbStart: number;
  quoteToken: NumberToken | undefined;
  money: NumberToken[];
  hasNumber: boolean;
}

/** A fee or price of one's own: "only at 30% success fee", "for a 35% fee rather than the SDCA rate". */
const OWN_FEE =
  /\b(?:success\s+fee|fee|commission|rate|pricing|price)\b[^.?!]{0,60}\b(?:standard|sdca|usual|normal|default|list)\b|\b(?:standard|sdca|usual|normal|default|list)\s+(?:\w+\s+)?(?:fee|commission|rate|pricing|price|terms)\b|\b(?:but\s+)?only\s+(?:at|for|with)\s+(?:an?\s+)?\d+(?:[.,]\d+)?\s?%|\b(?:for|at|with)\s+(?:an?\s+)?\d+(?:[.,]\d+)?\s?%\s+(?:success\s+)?(?:fee|commission)\b[^.?!]{0,40}\b(?:rather\s+than|instead\s+of|not\b)|\bwe\s+(?:ask|want|need|charge|require)\s+\d+(?:[.,]\d+)?\s?%/;
/** A quote picked by whose it is rather than by number: "we want Nordlex's quote on 4167", "go with the Berlin firm for 5298". */
const QUOTE_CHOSEN_BY_NAME =
  /\b(?:want|prefer|take|like|decided\s+on|go(?:ing)?\s+(?:with|for)|pick|choose|select)\s+(?:the\s+)?(?:[\w&.-]+(?:'s)?\s+){1,3}(?:quote|offer|bid|firm|partner|agency|lawyers?|bureau|office)\s+(?:on|for)\b/;

/** Stage 3: the command of the message, or a decision (look-ups, help, lists, small talk, nothing). */
function findCommandOf(
  n: Normalized,
  cmd: string,
  numbers: NumberToken[],
  hasNumber: boolean,
  context?: InterpretContext,
): FoundCommand | Interpretation {
  const canon = n.canon;
  // Which close code fits: answered even when the question names a case.
  if (CLOSECODE_SUGGEST.test(canon)) {
    const ranked = rankCloseCode(canon.replace(CLOSECODE_SUGGEST, ' '));
    const found = ranked && ranked.score >= 2 && ranked.label !== 'other' ? ranked.label : undefined;
    const comment = canon
      .replace(CLOSECODE_SUGGEST, ' ')
      .replace(/^[\s,.:;?!-]+|(?<![\s,.:;?!-])[\s,.:;?!-]+$/g, '');
    const target = findTarget(canon, numbers, 0, 'closecode.suggest');
    return act('closecode.suggest', {
      ...(found ? { code: found } : {}),
      ...(comment ? { comment } : {}),
      ...(target.caseId ? { caseId: target.caseId } : {}),
    });
  }

  if (HELP.test(canon)) return act('help');

  // "is 3200 closed?", "has 3202 been accepted yet": asking about a case, not acting on it.
  if (STATE_QUESTION.test(canon) && !POLITE_REQUEST.test(canon) && !HYPOTHETICAL.test(canon)) {
    const target = findTarget(canon, numbers, 0, 'case.status');
    if (target.caseId && !target.fromContext && !target.ambiguous) {
      // "is it too early to close 8909?", "is declining 8900 a good idea?": a question about doing a
      // command (its base form or -ing), not about the case's state ("is 8909 closed?").
      const asked = findCommand(cmd);
      if (
        asked &&
        STATE_CHANGING_ACTIONS.has(asked.action) &&
        (/\bto\s+$/.test(cmd.slice(0, asked.start)) || /ing$/.test(asked.text))
      ) {
        return refuse('question');
      }
      return act('case.status', { caseId: target.caseId });
    }
  }

  let phrase = findCommand(cmd);
  // "the client insists on custom terms, so decline 6502": terms the other side asks for are a reason.
  if (phrase?.action === 'case.offer_terms' && demandedByOthers(cmd, phrase.start)) {
    const blanked =
      cmd.slice(0, phrase.start) + ' '.repeat(phrase.end - phrase.start) + cmd.slice(phrase.end);
    phrase = findCommand(blanked);
  }
  if (phrase && secondCommand(cmd, phrase)) return ask('caseId');
  // "withdraw lead 51270", "withdraw 51270, none of the quotes suit us": the lead is pulled back.
  if (phrase?.action === 'case.withdraw' && withdrawsLead(canon, phrase.start, phrase.end)) {
    phrase = { ...phrase, action: 'lead.pullback' };
  }
  // "we make a custom offer on 56223: 30 % instead of the standard": custom terms on a case, not a quote.
  if (
    (phrase?.action === 'quote.submit' || phrase?.action === 'quote.list') &&
    hasNumber &&
    customTermsQuote(canon)
  ) {
    phrase = { ...phrase, action: 'case.offer_terms' };
  }
  let action: Action | undefined = phrase?.action;
  let verbStart = phrase?.start ?? 0;

  // A quote number with a choosing word is a creditor's pick, whatever else the message says.
  const quoteToken = numbers.find((t) => t.role === 'quote');
  if (
    quoteToken &&
    (QUOTE_SELECT.test(canon) || action === 'case.accept') &&
    action !== 'quote.submit' &&
    action !== 'lead.pullback'
  ) {
    action = 'quote.select';
    verbStart = 0;
  } else if (
    !quoteToken &&
    /\bquote\b/.test(canon) &&
    /\b(?:select|choose|pick|go\s+with|award|winner|winning)\b/.test(canon) &&
    (!action || action === 'case.accept' || action === 'quote.list')
  ) {
    action = 'quote.select';
  }

  // "not interested in any of the quotes on 3701, pull back": the pull-back is the command.
  if (action === 'quote.list' && PULLBACK.test(canon)) action = 'lead.pullback';
  // "select quote for 4113": choosing, not submitting.
  if (
    action === 'quote.submit' &&
    /\b(?:select|choose|pick|go\s+with|award|winner)\b/.test(canon) &&
    !/\b(?:submit|send|place|make|bid)\b/.test(canon)
  ) {
    action = 'quote.select';
  }
  // "we'd take 1602 but only on custom terms": taking it on other terms is an offer of terms.
  if (action === 'case.accept' && OFFER_TERMS.test(canon)) action = 'case.offer_terms';
  // "accept 4492 but only at 30% success fee", "3944 is fine with a 40% fee, the standard fee doesn't
  // work": a fee of one's own named with the case is an offer of terms, not an acceptance.
  const percent = numbers.some((t) => t.role === 'percent');
  if (
    percent &&
    (action === 'case.accept' || (!action && hasNumber)) &&
    OWN_FEE.test(canon) &&
    !/\bquote\b/.test(canon)
  ) {
    action = 'case.offer_terms';
  }
  // "we want Nordlex's quote on 4167": a quote chosen without its number (asked for below).
  if (!action && !quoteToken && QUOTE_CHOSEN_BY_NAME.test(canon)) action = 'quote.select';

  // "paid 1.200,50 EUR on 88", "got $350 for 421": a payment without the word "register".
  const money = numbers.filter((t) => t.role === 'money');
  if (
    (!action || action === 'case.accept' || action === 'case.status') &&
    PAYMENT_WORD.test(cmd) &&
    (money.length > 0 ||
      numbers.filter((t) => t.role === 'bare').length >= 2 ||
      // "payment 5000 on case 1001": the labelled case, and a number beside it that is the amount.
      (numbers.some((t) => t.role === 'bare') && numbers.some((t) => t.role === 'case' && !t.mention)))
  ) {
    action = 'payment.register';
  }
  // "register 7,890 DKK on case 7891": an amount to register is a payment.
  const registerWord = /\b(?:register|record|log|book|enter)\b/.exec(cmd);
  if (!action && money.length > 0 && registerWord) {
    action = 'payment.register';
    verbStart = registerWord.index;
  }
  // "77 is paid in full", "88 fully paid": closing as paid.
  if (
    !action &&
    PAID_IN_FULL.test(cmd) &&
    money.length === 0 &&
    !/\b(?:close\s+to|almost|nearly|about\s+to\s+be|soon|not\s+yet|partly|partially|once)\b/.test(cmd)
  ) {
    action = 'case.close';
  }

  if (!action) return withoutCommand(canon, numbers, hasNumber, context);

  // "list cases that need more details": a list filter, not a request on one case.
  if (
    (action === 'case.request_info' || action === 'case.status' || action === 'quote.list') &&
    !hasNumber &&
    LIST.test(canon)
  ) {
    const status = statusFilter(canon);
    return act('case.list', status ? { status } : {});
  }
  return { action, phrase, verbStart, quoteToken, money, hasNumber };
}

/** No command phrase: a list, a look-up, a question, small talk, or something no rule knows. */
function withoutCommand(
  canon: string,
  numbers: NumberToken[],
  hasNumber: boolean,
  context?: InterpretContext,
): Interpretation {
  if (LIST.test(canon) && !numbers.some((t) => t.role === 'case')) {
    const status = statusFilter(canon);
    return act('case.list', status ? { status } : {});
  }
  if (HOW_TO.test(canon) && !hasNumber) return act('help');
  // "hypothetically, if I withdrew 5506, would …": a question about the rules, not a look-up;
  // "when the 500 EUR comes in, register it on 7858": a condition, nothing to do now.
  if (HYPOTHETICAL_ANYWHERE.test(canon) || /\bif\s+(?:i|we)\s+\w+/.test(canon)) return refuse('hypothetical');
  if (/^(?:if|once|unless|when|whenever|as\s+soon\s+as)\s+(?!(?:you|u)\b)[^,.?!]{3,60},/.test(canon)) {
    return refuse('condition');
  }
  if (hasNumber) {
    const target = findTarget(canon, numbers, 0, 'case.status');
    if (target.caseId && !target.fromContext) {
      if (STATUS.test(canon)) return act('case.status', { caseId: target.caseId });
      // A number and nothing else ("4410?", "#4410"): most likely a look-up; with an emoji, a reaction.
      if (
        canon.replace(/[^a-z]/g, '').replace(/case|no|nr|number/g, '').length === 0 &&
        !/\p{Extended_Pictographic}/u.test(canon)
      ) {
        return act('case.status', { caseId: target.caseId });
      }
    }
  }
  // "what's the status?": a look-up without a case number is a question about which case.
  const lookUp =
    /\b(?:status|update|updates|progress|what'?s\s+happening|where\s+are\s+we|show\s+(?:me\s+)?(?:the\s+|this\s+|that\s+)?case|case\s+details)\b/;
  if (lookUp.test(canon) && !hasNumber && !HOW_TO.test(canon)) {
    return context?.caseId ? act('case.status', { caseId: context.caseId }) : ask('caseId');
  }
  if (SMALL_TALK.test(canon)) return refuse('small-talk');
  return unsure('no-command');
}

/** The command is what something else comes before: "before we accept", "before accepting". */
const BEFORE_COMMAND = /\bbefore\s+(?:(?:we|i|you)\s+(?:\w+\s+)?)?$/;
/** Still being weighed: "let me think about 7054", "we need to discuss it before …". */
const DELIBERATING =
  /\b(?:let\s+(?:me|us)|let'?s|i'?ll|we'?ll|i\s+will|we\s+will|(?:i|we)\s+(?:need|want|have)\s+to|(?:i|we)'?d\s+like\s+to|give\s+(?:me|us)\s+(?:a\s+)?(?:day|moment|minute|while|bit|time)\s+to)\s+(?:think|sleep\s+on|mull|ponder|reflect|consider|discuss|talk\s+(?:about|it\s+over))\b/;
/**
 * What must happen first, said after the command: "we want to accept 2388 but legal has to sign off
 * first", "we could decline 6613, but let's wait for the contract", "accepting 1692 depends on …".
 * Past sign-offs ("accept 2388, legal signed off") are reasons and do not match.
 */
const MUST_HAPPEN_FIRST =
  /\bbut\b[^.?!]{0,80}?\b(?:has|have|needs?|must|got)\s+to\b[^.?!]{0,60}?\bfirst\b|\bbut\s+(?:(?:let'?s|let\s+us|we'?ll|we\s+will|we\s+should|i'?ll|i\s+will|we\s+(?:need|have)\s+to|i\s+(?:need|have)\s+to)\s+(?:first\s+)?(?:wait|hold|hang\s+on|see|check|confirm)|first\s+(?:wait|check|see|confirm))\b|\b(?:has|have|needs?|must)\s+to\s+(?:sign\s+off|approve|okay|ok|clear|green-?light|agree)\b|^[^.?!]{0,60}?\b(?:depends|depending|dependent|contingent|hinges?)\b/;
/** Thanks for something already done: "thanks for accepting 4421". */
const THANKS_FOR_BEFORE =
  /\b(?:thanks?|thank\s+you|thx|ty|cheers|kudos|grateful)\b[^.?!,;]{0,20}?\bfor\s+(?:the\s+|your\s+)?$/;
/** What used to be done, not a request: "we used to decline cases like 3393". */
const HABIT_BEFORE =
  /\b(?:used\s+to|usually|normally|typically|generally|tend\s+to|would\s+always|always)\s+(?:\w+\s+)?$/;
/** The user did it already: "no need, I already did it in the portal". */
const ALREADY_DONE =
  /\b(?:i|we)(?:'?ve|\s+have)?\s+already\s+(?:did|done|handled|sorted|selected|chose|chosen|picked|accepted|declined|closed|registered|withdrawn|withdrew|taken\s+care\s+of)\s+(?:it|that|this|them)\b|\balready\s+(?:did|done)\s+(?:it|that)\s+(?:in|on|via|through)\b/;
/** A test message: "test test, ignore: close 1234", "ignore this: …", "testing - accept 500". */
const TEST_MESSAGE =
  /^\s*(?:this\s+is\s+(?:just\s+)?(?:a\s+)?)?test(?:ing)?\b(?:\s+test(?:ing)?\b)*\s*[,.:;!-]|^(?:[\w\s]{0,20}[,.:;!-]\s*)?(?:please\s+|pls\s+|just\s+)?ignore(?:\s+(?:this|me|it|that))?\s*(?:[:,.!-]|$)/;
/** Someone else's instruction passed on: "my boss said to pick quote 4". */
const SAID_TO_BEFORE =
  /\b(?:said|says|suggested|wants?\s+(?:us|me)|told\s+(?:us|me)|asked\s+(?:us|me))\s+(?:to|(?:that\s+)?(?:we|i)\s+(?:should|must|need\s+to))\s+(?:\w+\s+)?$/;
/**
 * Someone else's words or opinion about what we should do, the verb later in the clause: "the client said
 * we should withdraw 1234", "my colleague thinks we should decline 1234", German order "der Mandant hat
 * gesagt, dass wir Fall 44011 zurückziehen sollen" → "said, that we case 44011 withdraw should". Not the
 * user's own view ("I think we should decline 1234"), and not a decision drawn from it ("the client said
 * we can go ahead, so withdraw 1234": the comma or "so" ends the reported part).
 */
const OTHERS_VIEW_BEFORE =
  /\b(?:(?:said|says|wrote|writes|suggested|suggests|recommended|recommends|wants?\s+(?:us|me)|told\s+(?:us|me)|asked\s+(?:us|me))|(?!(?:i|we)\s)\w+\s+(?:thinks?|believes?|feels?|reckons?|means?|finds?|holds?))\s*,?\s+(?:that\s+)?(?:(?:we|i)\b(?:(?!\b(?:so|then|therefore|hence|please|and|but|now)\b)[^.;:!?,]){0,40}|(?:the\s+)?)$/;
/**
 * A command already carried out, told with a past time in its own clause: "we accepted case 1234
 * yesterday", Spanish "aceptamos el caso 64013 ayer" (present and past look alike; the time decides).
 */
// Each optional piece starts with a non-space: "\s*#?\s*\d*\s*" read a long run of spaces in cubic time.
const PAST_TIME_AFTER =
  /^\s*(?:the\s+)?(?:case\s*)?(?:#\s*)?(?:\d+\s*)?(?:already\s+)?(?:yesterday|last\s+(?:week|month|year|night|friday|monday|tuesday|wednesday|thursday|time)|earlier\s+(?:today|this\s+week)|the\s+other\s+day|(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+ago)\b/;
const PAST_TIME_BEFORE =
  /(?:^|[.;!?]\s*)(?:yesterday|last\s+(?:week|month|friday|monday|tuesday|wednesday|thursday)|(?:days?|weeks?)\s+ago)\s+(?:we\s+|i\s+)?(?:already\s+)?$/;
/** A payment that has not arrived: "says they paid 800 but nothing has arrived". */
const NOT_ARRIVED =
  /\b(?:nothing|no\s+(?:money|payment|funds|transfer))\s+(?:has\s+|have\s+)?(?:yet\s+)?(?:arrived|come\s+in|came\s+in|landed|shown\s+up|been\s+received|reached)\b|\b(?:has|have|had)n'?t\s+(?:yet\s+)?(?:arrived|come\s+in|landed|shown\s+up|been\s+received|received\s+(?:it|anything|the\s+money))\b|\bnot\s+(?:yet\s+)?(?:arrived|in\s+(?:our|the)\s+account)\b|\b(?:can'?t|cannot|don'?t|do\s+not)\s+(?:see|find)\s+(?:it|the\s+(?:money|payment|transfer))\b/;
/** The debtor's word that they paid, with no receipt confirmed. */
const CLAIMED_PAID =
  /\b(?:says?|said|claims?|claimed|insists?|insisted|tells?\s+us|told\s+us)\s+(?:that\s+)?(?:they|he|she|the\s+debtor)\s+(?:has\s+|have\s+|had\s+|already\s+)*paid\b/;
const RECEIPT_CONFIRMED =
  /\b(?:arrived|received|came\s+in|landed|cleared|confirmed|see\s+it|register|record|book|log)\b/;

/** Someone is asked to make the decision: "check whether we should", "decide if we", "see if we can". */
const DECIDE_WHETHER_BEFORE =
  /\b(?:decide|check|see|consider|think\s+about|figure\s+out|find\s+out|look\s+into|discuss|evaluate|assess|judge|determine|tell\s+(?:me|us))\s+(?:\w+\s+){0,2}(?:whether|if)\s+(?:\w+\s+){0,3}$/;
/** Put off rather than refused: "for now", "yet", "at the moment". */
const DEFERRED =
  /\b(?:for\s+now|yet|at\s+the\s+moment|right\s+now|for\s+the\s+time\s+being|just\s+now|until|till|before|today|this\s+week)\b/;

/**
 * Stage 4: why a command that changes a case must not be carried out now, or null. `how-to` is a
 * question about using the bot ("how do I decline a case?"), answered with help.
 */
function safetyGate(
  n: Normalized,
  raw: string,
  c: FoundCommand,
  numbers: NumberToken[],
): Gate | 'how-to' | null {
  const canon = n.canon;
  const { action, phrase, verbStart, quoteToken, hasNumber } = c;
  const own = phrase !== null && phrase.action === action;
  const before = canon.slice(Math.max(0, verbStart - 40), verbStart);
  if (own && NEGATED_BEFORE.test(before)) return 'negated';
  // The negation after the verb, as Danish, Swedish, Norwegian and German put it: "vi accepterer ikke
  // sag 4410" → "we accept not case 4410", "wir nehmen Fall 4410 nicht an" → "take case 4410 not".
  if (own && NEGATED_AFTER.test(canon.slice(phrase.end, phrase.end + 60))) return 'negated';
  if (TEST_MESSAGE.test(canon) || ALREADY_DONE.test(canon)) return 'not-for-real';
  if (BEFORE_COMMAND.test(before) || MUST_HAPPEN_FIRST.test(canon.slice(phrase ? phrase.end : verbStart))) {
    return 'condition';
  }
  if (DELIBERATING.test(canon.slice(0, verbStart))) return 'deliberating';
  if (own && THANKS_FOR_BEFORE.test(before)) return 'thanks';
  if (own && HABIT_BEFORE.test(before)) return 'habit';
  if (own && SAID_TO_BEFORE.test(before)) return 'reported';
  if (own && OTHERS_VIEW_BEFORE.test(before)) return 'reported';
  if (own && reportedModal(canon, verbStart, phrase.end)) return 'reported';
  const held = heldBack(canon, verbStart);
  if (held) return held === 'hold' ? 'held' : 'self-later';
  if (own && (PAST_TIME_AFTER.test(canon.slice(phrase.end)) || PAST_TIME_BEFORE.test(before)))
    return 'done-already';
  // "we'll pass on the lead for 5564": a partner not quoting, not a case declined.
  if (
    own &&
    action === 'case.decline' &&
    /\bpass(?:ing)?\b/.test(phrase.text) &&
    /^\s*(?:on\s+)?(?:the\s+|this\s+|that\s+)?(?:lead|opportunity|quote\s+request|tender|bidding|quoting)\b/.test(
      canon.slice(phrase.end),
    )
  ) {
    return 'lead-pass';
  }
  if (action === 'quote.select') {
    // The quote is picked by a choosing word the command phrase may not hold: read what stands before it.
    const pick = QUOTE_SELECT.exec(canon);
    const lead = pick ? canon.slice(Math.max(0, pick.index - 40), pick.index) : '';
    if (pick && NEGATED_BEFORE.test(lead)) return 'negated';
    if (pick && (REPORTED_BEFORE.test(lead) || SAID_TO_BEFORE.test(lead))) return 'reported';
  }
  if (
    action === 'payment.register' &&
    (NOT_ARRIVED.test(canon) || (CLAIMED_PAID.test(canon) && !RECEIPT_CONFIRMED.test(canon)))
  ) {
    return 'not-received';
  }
  // "we are not accepting 6614" and nothing more: not accepting is not yet a decline.
  if (
    own &&
    action === 'case.decline' &&
    /^not\s+(?:accepting|taking)/.test(phrase.text) &&
    /^\s*(?:case\s*)?#?\s*\d+\s*[.!]*\s*$/.test(canon.slice(phrase.end))
  ) {
    return 'negated';
  }
  // "can you check whether we should accept 8824", "decide if we accept": the decision is still open.
  if (DECIDE_WHETHER_BEFORE.test(before)) return 'undecided';
  // "we're not accepting 8879 for now": put off, not turned down.
  if (
    own &&
    action === 'case.decline' &&
    /^(?:not|won|can|will\s+not|unable|are\s+not|aren)/.test(phrase.text)
  ) {
    if (DEFERRED.test(clauseAfter(canon, phrase.end))) return 'not-yet';
  }
  if (own && THIRD_PARTY_BEFORE.test(before)) return 'third-party';
  if (own && NEGATED_FAR_BEFORE.test(before)) return 'negated';
  if (own && REPORTED_BEFORE.test(before)) return 'reported';
  if (SARCASM.test(canon)) return 'sarcasm';
  if (NOT_FOR_REAL.test(canon) || FOREIGN_NEGATION.test(canon)) return 'not-for-real';
  if (own) {
    if (UNDO_BEFORE.test(before) || SOMEONE_ELSES_BEFORE.test(before)) return 'undo';
    if (UI_WORD_AFTER.test(canon.slice(phrase.end))) return 'ui-word';
  }
  // Tables, CSV, code with a command in it, logs and struck-out text quote data; they are not requests
  // (a case number in `code` formatting, as Slack users write it, is fine).
  if (STRUCTURED_TEXT.test(raw)) return 'structured';
  // "withdraw my quote on 7866", "reject the quote from Nordic Legal on 7867": the quote, not the case.
  if (
    own &&
    (action === 'case.decline' || action === 'case.withdraw' || action === 'case.close') &&
    QUOTE_OBJECT.test(canon.slice(phrase.end))
  ) {
    return 'quote-object';
  }
  // "decline quote 3 on 600": turning down one quote is not declining the case.
  if (action === 'case.decline' && quoteToken) return 'quote-decline';
  // "close every active case", "accept all cases": the command's object, up to where a reason starts.
  const object =
    canon.slice(verbStart).split(/[;:!?()]|[,.](?!\d)|\s-\s|\b(?:because|since|as|due\s+to|cause|bc)\b/)[0] ??
    '';
  // Hedges count in the command itself, not in a reason ("decline 500, the debtor might be insolvent"),
  // nor in an aside before it ("not sure why it took so long, but accept 7723").
  const asideEnd = Math.max(
    0,
    ...[...canon.slice(0, verbStart).matchAll(/[.;!?]\s*|\bbut\s+|\bhowever,?\s+|\banyway,?\s+/g)].map(
      (m) => m.index + m[0].length,
    ),
  );
  const clause = canon.slice(asideEnd, verbStart + object.length);
  // "if the debtor doesn't pay by Friday, close 7718", "accept 7856 once the invoice is uploaded".
  if (
    CONDITION_LEAD.test(canon.slice(0, verbStart)) ||
    CONDITION_AFTER.test(canon.slice(verbStart + object.length)) ||
    CONDITION_INSIDE.test(object) ||
    PRECONDITION_AFTER.test(clauseAfter(canon, phrase ? phrase.end : verbStart))
  ) {
    return 'condition';
  }
  if (/\byet\b/.test(clause) && /\b(?:don'?t|do\s+not|not|no|never)\b/.test(clause)) return 'not-yet';
  if (
    (HYPOTHETICAL.test(clause) || HYPOTHETICAL_ANYWHERE.test(canon)) &&
    !(POLITE_REQUEST.test(canon) && !/\b(?:should|shall)\s+(?:i|we)\b/.test(canon))
  ) {
    return HOW_TO.test(canon) && !hasNumber ? 'how-to' : 'hypothetical';
  }
  // "everything checks out now, we accept": a bulk word counts in the command's own clause only.
  const lead =
    canon
      .slice(0, verbStart)
      .split(/[.;!?]|,(?!\s*(?:and|&)\s)/)
      .pop() ?? '';
  if (BULK.test(object) || BULK.test(lead)) return 'bulk';
  if (RETRACTED.test(canon)) return 'retracted';
  if (/\?\s*$/.test(canon) && !POLITE_REQUEST.test(canon)) return 'question';
  // "who wants to decline 8841? I'm out all week": the command's own sentence is a question.
  const sentenceEnd = /[.!?]/.exec(canon.slice(verbStart));
  if (sentenceEnd?.[0] === '?' && !POLITE_REQUEST.test(canon.slice(asideEnd, verbStart + sentenceEnd.index)))
    return 'question';
  // "accept case 4189 on the 15th please, not before": a time limit anywhere after the command.
  if (
    /\bnot\s+(?:before|until|till|earlier\s+than)\b|\bno\s+(?:sooner|earlier)\s+than\b/.test(
      canon.slice(verbStart),
    )
  )
    return 'later';
  if (whenToAct(canon, verbStart, numbers)) return 'later';
  return null;
}

/** Stage 5: the case the command is on and the arguments it needs; what is missing is asked for. */
function argumentsOf(
  n: Normalized,
  numbers: NumberToken[],
  action: Action,
  phrase: VerbMatch | null,
  verbStart: number,
  quoteToken: NumberToken | undefined,
  context?: InterpretContext,
): Interpretation {
  const canon = n.canon;
  const money = numbers.filter((t) => t.role === 'money');
  const target = findTarget(
    canon,
    numbers,
    verbStart,
    action,
    context,
    phrase?.action === action ? phrase.end : undefined,
  );
  if (target.ambiguous) return ask('caseId');
  const spans = [
    ...(phrase && phrase.action === action ? [{ start: phrase.start, end: phrase.end }] : []),
    ...(target.token ? [{ start: target.token.start, end: target.token.end }] : []),
  ];
  const needCase = (extra: Partial<Interpretation> = {}): Interpretation => ask('caseId', extra);

  switch (action) {
    case 'case.decline': {
      const reason = spans.length ? freeText(n, spans) : '';
      if (!target.caseId) return needCase(reason ? { reason } : {});
      const assessed = reason ? assessDeclineReason(reason) : null;
      if (!assessed?.ok) return ask('reason', { caseId: target.caseId });
      // A reason that fits no category is still a decline: the conversation asks which category.
      return act('case.decline', { caseId: target.caseId, reason, category: assessed.category });
    }
    case 'case.close': {
      if (!target.caseId) return needCase();
      const free = freeText(n, spans);
      // "as other", or "other" standing alone as the first item after the case ("close 12, other, …").
      const explicitOther =
        /\b(?:as|code|with|under|to)\s+(?:"|')?other\b|^other\b/.test(canon) ||
        /^["']?other["']?\s*(?:[:,;.\u2013\u2014-]|$)/i.test(free);
      const rest = explicitOther
        ? free.replace(
            /^(?:(?:as|with|code|under)\s+)*(?:code\s+)?["']?other["']?(?:\s*[:,;-]\s*|\s+|$)/i,
            '',
          )
        : free;
      // The words after "close" name the code; failing that, the situation told before it
      // ("debtor paid in full, close 1009").
      const afterPhrase = rankCloseCode(canon.slice(phrase ? phrase.start : 0));
      const ranked =
        afterPhrase && afterPhrase.score >= 2 ? afterPhrase : (rankCloseCode(canon) ?? afterPhrase);
      const code = explicitOther ? 'other' : ranked && ranked.score >= 2 ? ranked.label : undefined;
      const amountToken = money[0];
      const extra: Partial<Interpretation> = {
        caseId: target.caseId,
        ...(rest && !(code && onlyNamesCode(rest, code)) ? { comment: rest } : {}),
        ...(amountToken ? { amount: amountToken.value } : {}),
        ...(amountToken?.currency ? { currency: amountToken.currency } : {}),
        ...(amountToken?.currencyHint ? { currencyHint: amountToken.currencyHint } : {}),
      };
      if (!code) return ask('code', extra);
      return act('case.close', { ...extra, code });
    }
    case 'payment.register': {
      const amountToken =
        money[0] ??
        numbers.find((t) => t.role === 'bare' && t.digits !== target.caseId && t !== target.token);
      if (!target.caseId) return needCase(amountToken ? { amount: amountToken.value } : {});
      // "was it 1,500 or 1,800?": the user is not sure of the amount.
      // From the start of a run of digits only, taken whole: tried from every digit of "1,1,1,…" it was quadratic.
      const unsureAmount =
        /(?<![\d.,'])(?=([.,']*\d[\d.,']*))\1\s*(?:[a-z]{3}\s+)?or\s+(?:[\u20AC$\u00A3]\s?)?\d/.test(canon);
      // A negative or enormous amount goes on to the use case, which says what is wrong with it.
      if (!amountToken || amountToken.value === 0 || Number.isNaN(amountToken.value) || unsureAmount) {
        return ask('amount', { caseId: target.caseId });
      }
      return act('payment.register', {
        caseId: target.caseId,
        amount: amountToken.value,
        ...(amountToken.currency ? { currency: amountToken.currency } : {}),
        ...(amountToken.currencyHint ? { currencyHint: amountToken.currencyHint } : {}),
      });
    }
    case 'quote.select': {
      if (!target.caseId) return needCase(quoteToken ? { quoteId: quoteToken.digits } : {});
      if (!quoteToken) return ask('quoteId', { caseId: target.caseId });
      return act('quote.select', { caseId: target.caseId, quoteId: quoteToken.digits });
    }
    case 'case.offer_terms':
    case 'quote.submit': {
      if (!target.caseId) return needCase();
      const pct = numbers.find((t) => t.role === 'percent');
      const comment = freeText(n, spans);
      return act(action, {
        caseId: target.caseId,
        ...(pct ? { successFeePct: pct.value } : {}),
        ...(comment ? { comment } : {}),
      });
    }
    case 'case.request_info':
    case 'case.withdraw': {
      if (!target.caseId) return needCase();
      const comment = freeText(n, spans);
      return act(action, { caseId: target.caseId, ...(comment ? { comment } : {}) });
    }
    case 'case.accept':
    case 'lead.pullback':
    case 'quote.list':
    case 'case.status': {
      if (!target.caseId) return needCase();
      return act(action, { caseId: target.caseId });
    }
    default:
      return unsure('no-arguments');
  }
}

/**
 * A negation right after the command ("accept not case 4410", "close not 4410"), or ending the command's
 * clause after its case number ("take case 4410 not", "take case 4410 today not"): "close 1713 not worth
 * pursuing" is a reason.
 */
const NEGATED_AFTER =
  /^\s*(?:(?:it|this|that|them)\s+)?(?:not|never|don't|do\s+not)\b(?!\s+only\b)|^(?:\s*(?:the\s+|this\s+)?(?:case\s*|lead\s*)?(?:nr\.?\s*|no\.?\s*|#\s*)?\d+)?(?:\s+[a-z]+){0,3}?\s+(?:not|never)\s*(?:[,.;!?]|$)/;

/**
 * A precondition after the command: "accept 8855 only after our partner meeting approves it", "accept
 * 6301 after Easter", "accept 3966 when the debtor's address is confirmed", "not before the 15th". What
 * already happened is a reason, not a condition: "close 4410 after the debtor paid", "when he settled".
 */
const PAST = String.raw`(?:\w+ed|paid|was|were|had|did|went|got|sent|came|made|told|gave|took|said)`;
const PRESENT =
  '(?:is|are|will|has|have|gets?|comes?|arrives?|returns?|pays?|sends?|signs?|approves?|agrees?|confirms?)';
const PRECONDITION_AFTER = new RegExp(
  String.raw`(?:\b(?:only|but)\s+(?:after|once|when|if)\b|\bnot\s+(?:before|until|till)\b|\bno\s+(?:sooner|earlier)\s+than\b|\bafter\s+(?!\w+ing\b|(?:\d|a\s|an\s|one|two|three|four|five|six|several|many|some|months|years|weeks)\S*\s)(?!(?:\S+\s+){0,4}?${PAST}\b)|\bwhen(?:ever)?\s+(?!(?:you|u)\s+(?:can|could|get\s+a\s+(?:chance|moment|minute|sec)|have\s+(?:a\s+)?(?:time|moment|minute|sec))\b|possible\b)(?:(?=(?:\S+\s+){0,5}?${PRESENT}\b)|(?!(?:\S+\s+){0,5}?${PAST}\b)))`,
);

/**
 * Words that make a date an argument, not the time of the action: "received on 3 March", "invoice from
 * 2025-01-01". "close 8966 as paid on 1 April" names the code, then when.
 */
const DATE_IS_ARGUMENT =
  /\b(?:received|receive|(?<!\bas\s)paid|payed|pays|dated|date|invoiced?|invoices|issued|sent|due|from|since|of|signed|transferred|came\s+in|arrived|deposited|wired|made|booked|promised|until|till|between|last|ago|born|opened|registered|submitted|created|requested|asked|reminded|wrote|called|contacted)\b/;
/** Where the command's own clause ends and a reason or an aside begins. */
const CLAUSE_END =
  /[;!?()]|[,.:](?!\d)|\s-\s|\b(?:because|since|due\s+to|cause|bc|reason|as\s+(?:the|they|he|she|it|we|our|their|this|there)\b)/;
/** Long enough for "accept case 4189 on the 15th please"; bounded, as chrono's cost grows with the text. */
const MAX_CLAUSE = 160;
const SOON_MS = 10 * 60_000;
const MAY_BE_TIME =
  /\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tonight|tomorrow|tmr|tmrw|yesterday|noon|midnight|morning|afternoon|evening|night|week|weeks|month|months|year|years|days?|hours?|minutes?|mins?|weekend|christmas|easter|eod|eow)/;

/** The rest of the command's own clause, from `from` up to where a reason or an aside begins. */
function clauseAfter(canon: string, from: number): string {
  const after = canon.slice(from);
  const end = CLAUSE_END.exec(after);
  return end ? after.slice(0, end.index) : after;
}

/**
 * Whether the command's clause says when it should happen, later than now: "accept 4412 next friday",
 * "on 3 March", "tomorrow morning", "in an hour", "tomorrow, decline 4410". A date the command is about
 * ("payment received on 3 March"), a duration ("for 6 months") and a date in the reason after the
 * command's clause or in the story before it ("the period ended in June, so close …") are not.
 */
function whenToAct(canon: string, verbStart: number, numbers: NumberToken[]): boolean {
  const clauseEnd = verbStart + clauseAfter(canon, verbStart).length;
  // What leads into the command in its own clause: after the last comma, "so", "and", "then".
  const leadStart = Math.max(
    0,
    verbStart - MAX_CLAUSE,
    ...[...canon.slice(0, verbStart).matchAll(/[,;.!?:\u2013\u2014]|\s-\s|\b(?:so|and|then|but)\b/g)].map(
      (m) => m.index + m[0].length,
    ),
  );
  const start = Math.max(leadStart, clauseEnd - MAX_CLAUSE);
  // Case numbers and amounts are not dates: blanked, offsets kept.
  let clause = canon.slice(start, clauseEnd);
  for (const t of numbers) {
    // A small bare number may be a day ("on 1 April"): chrono reads it.
    const caseLike =
      t.role === 'case' ||
      t.role === 'money' ||
      t.role === 'percent' ||
      (t.role === 'bare' && t.digits.length >= 3);
    if (t.end <= start || t.start >= clauseEnd || !caseLike) continue;
    const a = Math.max(0, t.start - start);
    const b = Math.min(clause.length, t.end - start);
    clause = clause.slice(0, a) + ' '.repeat(b - a) + clause.slice(b);
  }
  if (!/[a-z]/.test(clause)) return false;
  // "on the 15th", "by the 3rd": a day of the month, which chrono leaves alone without a month.
  const ordinal = /\b(?:on|by|from|after|until|till|before)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b/.exec(clause);
  if (ordinal && !DATE_IS_ARGUMENT.test(clause.slice(Math.max(0, ordinal.index - 30), ordinal.index)))
    return true;
  // chrono costs ~0.1 ms a clause: only asked when there is a digit or a word that can start a time.
  if (!MAY_BE_TIME.test(clause)) return false;
  const now = Date.now();
  for (const found of chrono.en.casual.parse(clause, new Date(now), { forwardDate: true })) {
    // A number alone, or a span of time ("for 6 months", "after 6 months of collection"): not a when.
    if (/^[\d\s]+$/.test(found.text) || /^(?:for|after|within|over)\b/.test(found.text)) continue;
    if (DATE_IS_ARGUMENT.test(clause.slice(Math.max(0, found.index - 30), found.index))) continue;
    const when = found.start.date().getTime();
    const sayLater = Math.abs(when - now) > SOON_MS && when > now - 86_400_000;
    // Before the command only a named day counts: "tomorrow, …", not "in June" told as a story.
    const namedDay = found.start.isCertain('day') || found.start.isCertain('weekday');
    if (sayLater && (start + found.index >= verbStart || namedDay)) return true;
  }
  return false;
}
