import { OFFER_TERMS } from './intent-patterns.ts';

// Blind round 4: five kinds of message that named a command the user did not ask for, in every language
// (the lexicons turn each into the English words read here). Kept apart from offline-interpreter.ts so
// that the kinds can be read, and changed, one at a time.

/**
 * Kind 1. "withdraw lead 51270", German order "Lead 51270 zurückziehen" → "lead 51270 withdraw", Finnish
 * "vedä tapauksen 51270 liidi takaisin" → "withdraw case 51270 lead": the lead is what is withdrawn.
 */
const LEAD_AFTER_VERB =
  /^\s*(?:please\s+)?(?:(?:the|this|that|our|my)\s+)?(?:(?:case\s*)?(?:no\.?\s*|nr\.?\s*|#\s*)?\d+\s+(?:(?:the|this)\s+)?)?leads?\b/;
const LEAD_BEFORE_VERB =
  /\bleads?\s*(?:(?:no\.?\s*|nr\.?\s*|#\s*)?\d+\s*|(?:for|on|of|to|in|from)\s+(?:the\s+)?(?:case\s*)?#?\d+\s*)?(?:please\s+)?$/;
/** The quotes or offers turned down: "none of the quotes", "we don't want any of the offers". */
const QUOTES_TURNED_DOWN =
  /\b(?:none|no\s+one|not\s+one)\s+of\s+(?:the\s+|these\s+|those\s+|your\s+)?(?:quotes|offers|bids)\b|\b(?:don'?t|do\s+not|not)\s+(?:\w+\s+){0,2}(?:any|none)\s+(?:of\s+(?:the\s+|these\s+)?)?(?:quotes?|offers?|bids?)\b|\b(?:the\s+)?(?:quotes|offers|bids)\s+(?:(?:are|is|were)\s+)?(?:\w+\s+)?(?:not|no\s+good|useless|worthless|nothing)\b|\b(?:reject|decline|refuse)\s+(?:all|every|both)\s+(?:of\s+)?(?:the\s+)?(?:quotes|offers|bids)\b/;

/** Whether a "withdraw" is a lead pulled back rather than a case withdrawn. */
export function withdrawsLead(canon: string, verbStart: number, verbEnd: number): boolean {
  if (LEAD_AFTER_VERB.test(canon.slice(verbEnd, verbEnd + 60))) return true;
  if (LEAD_BEFORE_VERB.test(canon.slice(Math.max(0, verbStart - 40), verbStart))) return true;
  return QUOTES_TURNED_DOWN.test(canon);
}

/**
 * Kind 2. Someone's words, said or written, with the command in a modal or passive form: "Mette wrote
 * that 51328 should be accepted" (Danish "skal accepteres" → "must accept"), "the creditor wrote in the
 * chat that we should accept 51328", "said on the phone we must close", German order "wrote, that we case
 * 6202 decline should". What follows "so", "then", "please", "but" is the user's own decision.
 */
const REPORTING_VERB = String.raw`(?:according\s+to|sent\s+(?:us\s+|me\s+)?(?:an?\s+)?(?:sms|text|message|note|mail|e-?mail|emails)|said|says|saying|wrote|writes|written|writing|e-?mailed|mailed|e-?mails|texted|texts|messaged|messages|called|phoned|rang|told\s+(?:us|me)|informed\s+(?:us|me)|replied|answered|mentioned|insisted|let\s+(?:us|me)\s+know)`;
const REPORT_ADJUNCT = String.raw`(?:\s+(?:to\s+)?(?:us|me))?(?:\s+(?:on|in|by|over|via|per|through|at|from)(?:\s+(?:the|a|an|his|her|their|our|my))?(?:\s+[\w-]+){1,2}?|\s+(?:phone|mail|e-?mail|chat|writing|text))?`;
const REPORT_BREAK = String.raw`\b(?:so|then|therefore|hence|thus|please|but|now|just|and\s+(?:so|then|we|i))\b`;
const REPORTED_LEAD = new RegExp(
  String.raw`\b${REPORTING_VERB}${REPORT_ADJUNCT}\s*[,:]?\s*(?:(?!${REPORT_BREAK})[^.;:!?,]){0,90}$`,
);
/** "the client says on the phone: withdraw 9206": their words after a colon, as REPORTED_BEFORE with a where. */
const REPORTED_COLON = new RegExp(
  String.raw`\b${REPORTING_VERB}${REPORT_ADJUNCT}\s*:\s*(?:["']\s*)?(?:please\s+|pls\s+|kindly\s+)?(?:(?:case\s*)?#?\d+\s*:?\s+)?$`,
);
const MODAL_BEFORE =
  /\b(?:should|must|shall|ought\s+to|has\s+to|have\s+to|needs?\s+to|is\s+to|are\s+to|got\s+to)\s+(?:be\s+)?$/;
const MODAL_AFTER =
  /^\s*(?:(?:the\s+)?(?:case\s*)?#?\d+\s*)?(?:(?:will|be|is|are|to\s+be)\s+)?(?:should|must|shall)\b/;

/** "got a mail from the client: withdraw 7109", "the creditor's email: please close 7110": their words. */
const MESSAGE_FROM =
  /\b(?:(?:e-?)?mails?|emails|messages?|texts?|sms|notes?|voicemail|letter|call)\s+(?:from|by)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s*:\s*(?:["']\s*)?(?:please\s+|pls\s+|kindly\s+)?(?:(?:case\s*)?#?\d+\s*:?\s+)?$|\b(?:[\w-]+'s|client|creditor|customer|debtor|colleague|boss|manager|lawyer|their|his|her)\s+(?:(?:e-?)?mail|emails?|message|text|note|sms)\s*:\s*(?:["']\s*)?(?:please\s+|pls\s+|kindly\s+)?(?:(?:case\s*)?#?\d+\s*:?\s+)?$/;

/** Whether the command is someone else's, passed on in a modal or passive form or after their colon. */
export function reportedModal(canon: string, verbStart: number, verbEnd: number): boolean {
  const sentenceStart = Math.max(
    0,
    verbStart - 200,
    ...[...canon.slice(0, verbStart).matchAll(/[.;!?]\s/g)].map((m) => m.index + m[0].length),
  );
  const before = canon.slice(sentenceStart, verbStart);
  if (MESSAGE_FROM.test(before) || REPORTED_COLON.test(before)) return true;
  if (!REPORTED_LEAD.test(before)) return false;
  return MODAL_BEFORE.test(before) || MODAL_AFTER.test(canon.slice(verbEnd, verbEnd + 40));
}

/**
 * Kinds 3 and 4. The user holds the command back: waiting for a confirmation, "before we do anything",
 * "don't do anything", "hold off", "first I want the client to confirm", "I'll do it myself".
 * "waiting for the documents" is a decline reason, not a hold: only a confirmation, approval or go-ahead
 * is waited for here.
 */
const WAIT_HOLD = new RegExp(
  [
    String.raw`\b(?:wait(?:ing)?|awaiting|pending)\b(?:\s+[\w'-]+){0,5}?\s+(?:confirmation|approval|go-?ahead|sign-?off|green\s+light|consent|authori[sz]ation)\b`,
    String.raw`\b(?:wait(?:ing)?|awaiting)\s+(?:for\s+|on\s+)(?:(?:the|a|an|their|his|her|its|our|your|written|final|formal)\s+){0,2}(?:okay|ok|written\s+\w+)\b`,
    String.raw`\b(?:wait(?:ing)?|awaiting)\s+(?:for\s+|on\s+|until\s+)(?:the\s+)?\w+(?:\s+\w+)?\s+(?:to\s+)?(?:confirms?|approves?|signs?\s+off|agrees?)\b`,
  ].join('|'),
);
/** "we've been waiting for their confirmation for three months": a reason (nothing came), not a hold. */
const WAITED_LONG =
  /\b(?:been\s+(?:\w+\s+)?(?:waiting|awaiting)|waited)\b|\b(?:wait(?:ing)?|awaiting)\b[^.;!?]{0,60}?\b(?:for\s+(?:\d+|a|one|two|three|four|five|six|several|many|some|over|more\s+than)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)|since)\b/;
/** "no need to wait for approval". */
const NOT_WAITING = /\b(?:no\s+need\s+to|don'?t|do\s+not|without|not|never|stop)\s+(?:\w+\s+)?$/;
const HOLD = new RegExp(
  [
    String.raw`\b(?:before|until)\s+(?:(?:we|i|you)\s+)?(?:do|doing|does|did|undertake|change)\s+(?:anything|something|nothing)\b`,
    String.raw`\b(?:don'?t|do\s+not|dont|no\s+need\s+(?:for\s+you\s+)?to|you\s+(?:don'?t|do\s+not|need\s+not|must\s+not|mustn'?t|shouldn'?t|should\s+not)\s+(?:need\s+to\s+|have\s+to\s+)?)\s*(?:yet\s+|still\s+)?do\s+(?:anything|something)\b(?!\s+(?:else|more|further|other|besides|additional))`,
    String.raw`\bdo\s+nothing\b(?!\s+(?:else|more|further))`,
    String.raw`\bhold\s+(?:off|fire|your\s+horses)\b`,
    String.raw`\buntil\s+(?:i|we)\s+(?:have|get|see|receive)\s+(?:it|that|this|the\s+\w+)\s+in\s+writing\b`,
    String.raw`\bfirst\s+(?:(?:i|we)\s+)?(?:want|will|need|would\s+like|'?d\s+like)\s+(?:(?:i|we)\s+)?(?:\w+\s+){0,5}?(?:to\s+)?(?:confirm|confirms|confirmed|confirmation|approve|approved|approval|sign\s+off|signed\s+off|agree|in\s+writing)\b|\b(?:want|need|would\s+like|'?d\s+like|have)\s+(?:it|that|this)\s+(?:\w+\s+){0,4}?(?:confirmed|approved|signed\s+off|in\s+writing)\b(?:\s+\w+){0,4}?\s+first\b|\b(?:want|need|would\s+like|'?d\s+like|have)\s+(?:\w+\s+){0,3}?first\s+(?:\w+\s+){0,3}?(?:confirm|confirmation|approval|approve|in\s+writing)\b`,
  ].join('|'),
);
/** "I'll accept 55352 myself later", "we will withdraw 6405 ourselves". */
const SELF = /\b(?:myself|ourselves|on\s+my\s+own)\b/;
const CLAUSE_BREAK = /[,;.!?]|(?<!\d):|\s-\s|\b(?:but|because|since|as)\b/;
const FIRST_PERSON = /\b(?:i|we|i'?ll|we'?ll)\b/;

/** Whether the user holds the command back or keeps it for themselves. */
export function heldBack(canon: string, verbStart: number): 'hold' | 'self' | null {
  if (HOLD.test(canon)) return 'hold';
  const wait = WAIT_HOLD.exec(canon);
  if (
    wait &&
    !WAITED_LONG.test(canon) &&
    !NOT_WAITING.test(canon.slice(Math.max(0, wait.index - 20), wait.index))
  ) {
    return 'hold';
  }
  const clauseStart = Math.max(
    0,
    ...[...canon.slice(0, verbStart).matchAll(/[,;.!?:]|\s-\s|\bbut\b/g)].map((m) => m.index + m[0].length),
  );
  // A colon after a case number ends no clause: Finnish "6401:n itse" keeps its colon once "n" is read.
  const end = CLAUSE_BREAK.exec(canon.slice(verbStart));
  const clause = canon.slice(clauseStart, end ? verbStart + end.index : canon.length);
  if (SELF.test(clause) && (FIRST_PERSON.test(clause) || /\blater\b/.test(clause))) return 'self';
  return null;
}

/**
 * Kind 5. Custom terms asked for by the other side are a reason ("the client insists on custom terms, so
 * decline 6502"), not the partner's offer. Custom terms offered by the partner, with a quote word ("we
 * make a custom offer on 56223: 30 % instead of the standard"), are an offer of terms, not a quote.
 */
const THEIR_DEMAND_BEFORE =
  /\b(?:creditor|client|customer|claimant|they|he|she|it)(?:'s)?\s+(?:\w+\s+){0,2}?(?:demands?|demanded|wants?|wanted|requests?|requested|requires?|required|insists?|insisted|asks?|asked|expects?|expected|calls?\s+for|pushes|pushed|keeps?\s+asking)\s+(?:(?:on|for|to\s+(?:have|get|use))\s+)?(?:(?:its|their|his|her|the|some|own|special)\s+)*$/;
export function demandedByOthers(canon: string, phraseStart: number): boolean {
  return THEIR_DEMAND_BEFORE.test(canon.slice(Math.max(0, phraseStart - 60), phraseStart));
}

const CUSTOM_QUOTE_OR_TERMS =
  /\b(?:custom|own|special|individual|tailored|bespoke|non-?standard|alternative|separate)\s+(?:quotes?|offers?|bids?|proposals?|quotations?)\b|\b(?:quotes?|offers?|bids?)\s+(?:custom|own|special|individual|tailored|bespoke)\b|\binstead\s+of\s+(?:the\s+|our\s+|your\s+)?standard\b|\brather\s+than\s+(?:the\s+|our\s+)?standard\b/;
const LOOKING = /\b(?:list|show|see|view|display|what|which|how\s+many|any|received|got|compare)\b/;
/** Whether a quote word stands for custom terms offered on a case. */
export function customTermsQuote(canon: string): boolean {
  return (CUSTOM_QUOTE_OR_TERMS.test(canon) || OFFER_TERMS.test(canon)) && !LOOKING.test(canon);
}
