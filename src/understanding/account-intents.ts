import { extractNumbers } from './entities.ts';
import {
  BULK,
  CONDITION_INSIDE,
  CONDITION_LEAD,
  FOREIGN_NEGATION,
  HYPOTHETICAL,
  INJECTION,
  NEGATED_BEFORE,
  NEGATED_FAR_BEFORE,
  NOT_FOR_REAL,
  POLITE_REQUEST,
  REPORTED_BEFORE,
  RETRACTED,
  SARCASM,
  THIRD_PARTY_BEFORE,
  UNDO_BEFORE,
} from './intent-patterns.ts';
import { stripMarkup } from './normalize.ts';

// The platform's commands beyond interpret.md that creditors and partners say in their own words: a
// creditor's legal escalation ("we want to take 1234 to court"), its network-sharing setting ("is network
// sharing on?", "turn off sharing with other partners") and a partner's commission case ("bill Acme for
// our success fee on case 1016"). Read before the interpreter (the command table's `says`), with the
// interpreter's own safety gates: a negated, hypothetical, conditional, reported, retracted or bulk
// message is never a change. A question about the sharing setting is answered with the setting.

/** What the gates see: the message lower-cased, markup and curly quotes gone, spaces single. */
const prepare = (text: string) =>
  stripMarkup(text)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Not to be acted on: said with a negation, hedge, condition, someone else's words, or not for real. */
function gated(t: string, start: number): boolean {
  const before = t.slice(0, start);
  const question = /\?\s*$/.test(t) && !POLITE_REQUEST.test(t);
  return (
    question ||
    NEGATED_BEFORE.test(before) ||
    NEGATED_FAR_BEFORE.test(before) ||
    UNDO_BEFORE.test(before) ||
    THIRD_PARTY_BEFORE.test(before) ||
    REPORTED_BEFORE.test(before) ||
    /\bnot\b|\bnever\b|n't\b/.test(before.split(/[.;!?]/).at(-1) ?? '') ||
    HYPOTHETICAL.test(t) ||
    CONDITION_LEAD.test(t) ||
    CONDITION_INSIDE.test(t) ||
    RETRACTED.test(t) ||
    NOT_FOR_REAL.test(t) ||
    SARCASM.test(t) ||
    BULK.test(t) ||
    INJECTION.test(t) ||
    FOREIGN_NEGATION.test(t) ||
    /[>"“]/.test(t.slice(0, 2))
  );
}

/**
 * Said as a request: the command's words start the message, after at most a greeting, a "please", a
 * "can you", a "we want to / would like to / let's / time to" or a case number. Words further inside a
 * sentence ("the debtor disputes it, needs to go to court" answering a question) are not this command.
 */
const REQUEST_LEAD_IN =
  /^(?:(?:hi|hello|hey|ok|okay)\b[,!.]?\s*|please\s+|pls\s+|kindly\s+|(?:can|could|would|will)\s+you\s+|(?:we|i)(?:'d|\s+would)\s+(?:like|love|prefer)\s+to\s+|(?:we|i)(?:'ve|\s+have)?\s+(?:want|wish|need|decided|choose)\s+to\s+|(?:we|i)\s+(?:request|ask\s+for|ask\s+you\s+to)\s+|request\s+(?:a\s+)?|let'?s\s+|(?:it'?s\s+)?time\s+to\s+|(?:case\s*|#\s*)?\d{1,12}\s*[:,-]\s*|now\s+|then\s+)*$/;

/** The one case number of the message, or undefined (none, or several: then nothing is acted on). */
function oneCase(t: string): { caseId?: string; several: boolean } {
  const cases = [
    ...new Set(
      extractNumbers(t)
        .filter((n) => (n.role === 'case' || n.role === 'bare') && !n.mention)
        .map((n) => n.digits),
    ),
  ];
  return { caseId: cases.length === 1 ? cases[0] : undefined, several: cases.length > 1 };
}

// ---- legal escalation (creditor) ----------------------------------------------------------------------

const LEGAL_PLACE = String.raw`(?:a\s+|the\s+|our\s+|my\s+)?(?:court|courts|legal|litigation|lawyers?|attorneys?|solicitors?|bailiffs?|legal\s+(?:action|proceedings|network|track|stage|route|partners?|team))\b`;
const ESCALATE = new RegExp(
  [
    // "escalate 1234 to legal", "legal escalation on 1234", "escalate case 1234"
    String.raw`\b(?:legal\s+)?escalat(?:e|ing|ion)\b`,
    // "take 1234 to court", "send case 1234 to our lawyers", "move 1234 to the legal track"
    String.raw`\b(?:take|bring|send|move|pass|refer|hand(?:\s+over)?|push|forward|transfer|put|escalate)\b[^.?!;]{0,40}?\b(?:to|into|before|through)\s+${LEGAL_PLACE}`,
    // "sue the debtor on 1234", "start legal proceedings on 1234", "go to court with 1234"
    String.raw`\b(?:sue|suing)\b`,
    String.raw`\b(?:start|begin|initiate|launch|open|commence|file|pursue)\s+(?:a\s+)?(?:legal\s+(?:action|proceedings|case)|litigation|(?:a\s+)?lawsuit|court\s+(?:action|proceedings|case))\b`,
    String.raw`\b(?:go|proceed|move\s+on|move\s+forward)\s+(?:to\s+court|to\s+legal|legal|with\s+(?:legal\s+action|litigation|a\s+lawsuit|court\s+action))\b`,
  ].join('|'),
);

/** "escalate 1234 to legal", "we want to take 1234 to court": the creditor's request for legal escalation. */
export function readLegalEscalation(text: string): Record<string, unknown> | null {
  const t = prepare(text);
  const m = ESCALATE.exec(t);
  if (!m) return null;
  // "escalate" alone is many things ("escalate to support"): a legal word, or a case number, must come with it.
  if (/^(?:legal\s+)?escalat/.test(m[0]) && !/legal|court|lawyer|attorney|litigation|solicitor/.test(t)) {
    if (!/escalat\w*\s+(?:case\s*|claim\s*|#\s*)?\d/.test(t) && !/legal\s+escalation/.test(t)) return null;
    if (/\bto\s+(?:support|(?:a\s+|the\s+)?(?:manager|supervisor|team\s+lead))\b/.test(t)) return null;
  }
  if (!REQUEST_LEAD_IN.test(t.slice(0, m.index))) return null;
  if (gated(t, m.index)) return null;
  const { caseId, several } = oneCase(t);
  if (several) return null;
  return caseId ? { caseId } : {};
}

/**
 * "should we escalate 1010?", "can 1010 go to court?": a question about escalating one named case, answered
 * with whether it can (and why not); never the escalation itself. Negated or someone else's words: nothing.
 */
export function readEscalationQuestion(text: string): Record<string, unknown> | null {
  const t = prepare(text);
  const m = ESCALATE.exec(t);
  if (!m) return null;
  const asks =
    /^(?:should|shall|can|could|may|would|is|are|do|does)\b/.test(t) ||
    (/\?\s*$/.test(t) && !POLITE_REQUEST.test(t));
  if (!asks || readLegalEscalation(text) !== null) return null;
  if (
    /^(?:legal\s+)?escalat/.test(m[0]) &&
    !/legal|court|lawyer|attorney|litigation|solicitor/.test(t) &&
    !/escalat\w*\s+(?:case\s*|claim\s*|#\s*)?\d/.test(t)
  )
    return null;
  const before = t.slice(0, m.index);
  if (
    NEGATED_BEFORE.test(before) ||
    /\bnot\b|\bnever\b|n't\b/.test(before) ||
    THIRD_PARTY_BEFORE.test(before) ||
    REPORTED_BEFORE.test(before) ||
    BULK.test(t) ||
    INJECTION.test(t) ||
    FOREIGN_NEGATION.test(t)
  )
    return null;
  const { caseId, several } = oneCase(t);
  return caseId && !several ? { caseId } : null;
}

// ---- network sharing (creditor, or support for a creditor) ------------------------------------------

const SHARING_THING = String.raw`(?:(?:the\s+|our\s+|my\s+)?(?:partner\s+)?network[-\s]sharing|(?:the\s+|our\s+)?sharing(?:\s+(?:of\s+(?:declined\s+|our\s+)?cases\s+)?with\s+(?:the\s+)?(?:other\s+)?(?:partners?|(?:partner\s+)?network|collection\s+partners|agencies))?|shar(?:e|ing)\s+(?:(?:our|my|the|declined)\s+)?(?:declined\s+)?(?:cases\s+)?with\s+(?:the\s+)?(?:other\s+)?(?:partners?|(?:partner\s+)?network|collection\s+partners|agencies))`;
const SHARING = new RegExp(SHARING_THING);
const SHARING_NAMED =
  /\b(?:network[-\s]sharing|sharing\s+(?:setting|(?:turned\s+)?(?:on|off|enabled|disabled))|sharing\s+with\s+(?:the\s+)?(?:other\s+)?(?:partners?|(?:partner\s+)?network|collection\s+partners|agencies)|shar(?:e|ing)\s+(?:(?:our|my|the|declined)\s+)?(?:declined\s+)?(?:cases\s+)?with\s+(?:the\s+)?(?:other\s+)?(?:partners?|(?:partner\s+)?network|collection\s+partners|agencies))\b/;
const TURN_ON = String.raw`\b(?:turn(?:ing)?|switch(?:ing)?|set|put)\s+(?:back\s+)?on\b|\b(?:enable|activate|start|resume|restart|re-?enable|allow)\w*\b`;
const TURN_OFF = String.raw`\b(?:turn(?:ing)?|switch(?:ing)?|set|put)\s+off\b|\b(?:disable|deactivate|stop|pause|end|opt\s+out\s+of|block)\w*\b`;
const ON_AFTER = /^\s*(?:back\s+)?on\b/;
const OFF_AFTER = /^\s*off\b/;

/** "for Acme ApS": the creditor support names (a creditor's own words name its own account). */
function creditorNamed(raw: string): string | undefined {
  const m = stripMarkup(raw)
    .trim()
    .match(
      /\bfor\s+(?!us\b|me\b|our\b|my\b|the\s+account\b|this\s+account\b|now\b)([A-Za-z0-9ÆØÅæøåÄÖÜäöüß&.' -]{2,80}?)\s*[?.!]*\s*$/,
    );
  const name = m?.[1]?.trim();
  if (!name || /^(?:the\s+)?(?:other\s+)?(?:partners?|network|cases?|declined\s+cases)$/i.test(name))
    return undefined;
  return name;
}

/** "is network sharing on?", "show our sharing setting": the current setting. */
export function readSharingStatus(text: string): Record<string, unknown> | null {
  const t = prepare(text);
  const m = SHARING_NAMED.exec(t);
  if (!m) return null;
  const asks =
    /\?\s*$/.test(t) ||
    /^(?:is|are|do|does|did|what|what's|whats|which|show|check|tell|how|status)\b/.test(t) ||
    /\b(?:setting|settings|status)\b/.test(t);
  if (!asks) return null;
  // A request phrased as a question ("can you turn off network sharing?") is the change, not the question.
  if (/\b(?:can|could|would|will)\s+you\b|\bplease\b/.test(t) && new RegExp(`${TURN_ON}|${TURN_OFF}`).test(t))
    return null;
  const creditor = creditorNamed(text);
  return creditor ? { creditor } : {};
}

/** "we no longer want to share cases with other partners": a wish not to share is the request to stop. */
const NO_MORE_SHARING =
  /\b(?:no\s+longer\s+(?:want\s+to\s+|wish\s+to\s+)?|(?:don'?t|do\s+not)\s+(?:want|wish)\s+to\s+)shar(?:e|ing)\s+(?:(?:our|my|the|declined)\s+)*(?:cases\s+)?with\s+(?:the\s+)?(?:other\s+)?(?:partners?|(?:partner\s+)?network|collection\s+partners|agencies)\b/;

/** "turn off sharing with other partners", "enable network sharing for Acme ApS": the change. */
export function readSharingChange(text: string): Record<string, unknown> | null {
  const t = prepare(text);
  if (readSharingStatus(text)) return null;
  const noMore = NO_MORE_SHARING.exec(t);
  if (noMore) {
    if (gated(t, noMore.index)) return null;
    const creditor = creditorNamed(text);
    return { on: false, ...(creditor ? { creditor } : {}) };
  }
  const m = SHARING.exec(t);
  if (!m) return null;
  const thing = m[0];
  if (!/network|partner|agenc|with/.test(thing)) {
    // Bare "sharing": only with the verb right next to it ("turn sharing off", "stop sharing").
    if (
      !/\b(?:turn|switch|set|enable|disable|stop|start|resume|pause|activate|deactivate)\w*\s+(?:on\s+|off\s+)?(?:the\s+|our\s+)?sharing\b|\bsharing\s+(?:on|off)\b/.test(
        t,
      )
    )
      return null;
  }
  const before = t.slice(0, m.index);
  const after = t.slice(m.index + thing.length);
  // A verb form of "share" carries its own verb: "stop sharing our cases with the network".
  const on =
    new RegExp(`(?:${TURN_ON})\\s*(?:\\w+\\s+){0,2}$`).test(before) || ON_AFTER.test(after)
      ? true
      : new RegExp(`(?:${TURN_OFF})\\s*(?:\\w+\\s+){0,2}$`).test(before) || OFF_AFTER.test(after)
        ? false
        : undefined;
  if (on === undefined) return null;
  const verb = before.search(new RegExp(`(?:${on ? TURN_ON : TURN_OFF})\\s*(?:\\w+\\s+){0,2}$`));
  if (gated(t, verb >= 0 ? verb : m.index)) return null;
  const creditor = creditorNamed(text);
  return { on, ...(creditor ? { creditor } : {}) };
}

// ---- commission case (partner) ----------------------------------------------------------------------

const FEE = String.raw`(?:(?:our|my|the|its|their|outstanding|unpaid|owed)\s+)*(?:success\s+fees?|commissions?|fees?)`;
const COMMISSION_CASE =
  /\b(?:open|create|start|submit|file|raise|register|add|make|new)\s+(?:a\s+|the\s+|new\s+)*commission\s+(?:case|claim)\b|^\s*commission\s+(?:case|claim)\s+(?:against|for|on)\b/;
const BILL = new RegExp(
  String.raw`\b(?:bill|invoice|charge|claim\s+(?:from)?|collect\s+(?:from)?|recover\s+(?:from)?|chase)\s+(.{2,80}?)\s+for\s+${FEE}\b`,
);

/** "open a commission case against Acme ApS for 1,250 EUR", "bill Acme for our success fee on case 1016". */
export function readCommissionCase(text: string): Record<string, unknown> | null {
  const raw = stripMarkup(text).replace(/\s+/g, ' ').trim();
  const t = raw.toLowerCase();
  const opened = COMMISSION_CASE.exec(t);
  const billed = opened ? null : BILL.exec(t);
  const m = opened ?? billed;
  if (!m) return null;
  if (!REQUEST_LEAD_IN.test(t.slice(0, m.index)) && !/^\s*commission\s/.test(m[0])) return null;
  if (gated(t, m.index)) return null;
  let creditor: string | undefined;
  if (billed?.[1]) {
    const at = (billed.index ?? 0) + billed[0].indexOf(billed[1]);
    creditor = raw.slice(at, at + billed[1].length);
  } else {
    const against = raw.match(
      /\b(?:against|for|on)\s+(?!(?:a|the|our|my)\s+(?:success\s+)?fee|\d)(.{2,80}?)(?=\s+(?:for|on|over|of|about)\s|\s*[,.;!?]|\s*$)/i,
    );
    creditor = against?.[1];
  }
  creditor = creditor
    ?.replace(/^(?:the\s+)?creditor\s+/i, '')
    .replace(/^case\s+/i, '')
    .trim();
  if (creditor && /^(?:case|#)?\s*\d+$/i.test(creditor)) creditor = undefined;
  const numbers = extractNumbers(t);
  const money = numbers.find((n) => n.role === 'money' || (n.currency !== undefined && n.role !== 'case'));
  const onCase = t.match(/\b(?:on|for|from)\s+(?:case|claim)\s*(?:no\.?\s*|#\s*)?(\d{1,12})\b/)?.[1];
  return {
    ...(creditor ? { creditor } : {}),
    ...(money ? { amount: money.value, ...(money.currency ? { currency: money.currency } : {}) } : {}),
    ...(onCase ? { caseId: onCase } : {}),
  };
}
