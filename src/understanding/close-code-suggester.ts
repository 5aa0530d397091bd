import { CLOSE_CODE_INFO, type CloseCode } from '../domain/ids.ts';
import { type Cue, type Ranked, rank, rankConfidence } from './lexicon.ts';
import closeModelFile from './models/close-code.json' with { type: 'json' };
import { normalize } from './normalize.ts';
import { type LinearModel, type LinearModelFile, loadModel, predict } from './text-classifier.ts';

// A closing comment → the specific close code the close-case article would pick, with the article's
// one-line "when to use". `other` is never suggested: it is what the suggestion replaces.

const c = (label: CloseCode, weight: number, pattern: RegExp): Cue<CloseCode> => ({ label, pattern, weight });

const CLIENT = String.raw`(?:the\s+|our\s+|my\s+|a\s+)?(?:client|creditor|customer)(?:\s+(?:that|who|which))?`;
const DEBTOR = String.raw`(?:the\s+)?(?:debtor|debitor|company|person|he|she|they)`;
/** The debtor as the object of a verb: "we cannot find him". */
const DEBTOR_OBJECT = String.raw`(?:the\s+)?(?:debtor|debitor|company|person|him|her|them)`;

export const CLOSE_CODE_CUES: readonly Cue<CloseCode>[] = [
  // paid / partially_paid
  c(
    'paid',
    3,
    /\b(?:fully|completely|entirely|100%)\s+(?:paid|recovered|settled|collected)\b|\bpaid\s+(?:in\s+full|off|up|everything|all|the\s+(?:full|whole|entire)|it\s+all)\b|\bfull\s+(?:payment|recovery|amount\s+(?:paid|recovered|received))\b|\bsettled\s+in\s+full\b/,
  ),
  c(
    'paid',
    2,
    /^(?:as\s+|code\s+)?paid\b(?!\s+(?:partially|part|some|half))|\bas\s+paid\b|\bto\s+paid\b|(?<!\b(?:half|partially|partly|some|part)\s+)\b(?:is|was)\s+paid\b|\bhas\s+(?:been\s+)?paid\b(?!\s+(?:part|some|half|only))|\b(?:debt|claim|invoice|balance)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:paid|settled|cleared)\b/,
  ),
  c(
    'partially_paid',
    4,
    /\bpartial(?:ly)?[-\s]+(?:paid|recovered|payment|recovery|settled|settlement)\b|\bpart[-\s]+(?:paid|payment)\b|\bpaid\s+(?:partially|in\s+part|part|some|half|only\s+(?:part|some|half))\b|\b(?:some|half)\s+(?:of\s+(?:the|it)\s+)?(?:was\s+|got\s+)?(?:paid|recovered|collected)\b|\bpartially\b/,
  ),

  // partner decline codes
  c(
    'case_never_started',
    4,
    /\b(?:case\s+)?never\s+(?:started|began|commenced|got\s+started)\b|\bnever[-\s]started\b|\bdid\s?n[o']?t\s+(?:start|begin)\b|\baccepted\s+(?:(?:it|this|the\s+case)\s+)?(?:in|by)\s+(?:error|mistake)\b/,
  ),
  c(
    'case_never_started',
    2,
    /\b(?:no\s+capacity|capacity\s+(?:issues?|problems?|constraints?)|due\s+to\s+capacity|case\s+type\s+not\s+handled|jurisdiction\s+mismatch|don'?t\s+handle\s+this\s+(?:type|kind))\b|\b(?:no|zero)\s+work\s+(?:was\s+|has\s+been\s+)?(?:ever\s+)?(?:started|done|begun|carried\s+out)\b|\bcould\s?n[o']?t\s+take\s+(?:it|this|the\s+case)\s+on\b/,
  ),
  c(
    'invalid_case_data',
    4,
    /\binvalid\s+(?:case\s+)?(?:data|details|information|info|documentation|documents?)\b|\b(?:case\s+)?data\s+(?:is\s+|was\s+)?(?:invalid|wrong|incorrect|corrupt)\b/,
  ),
  c(
    'invalid_case_data',
    2,
    /\b(?:wrong|incorrect|false|erroneous)\s+(?:debtor\s+)?(?:details|data|information|info|debtor|amount|invoice|documents?|documentation|name|registration)\b/,
  ),
  c(
    'debtor_insolvent',
    4,
    /\bbankrupt\w*|\binsolven\w*|\bliquidat\w*|\breceivership\b|\bchapter\s+(?:7|11)\b|\bwound\s+up\b|\bwent\s+bust\b|\bdissolved\b/,
  ),
  c(
    'debtor_insolvent',
    2,
    /\b(?:deceased|died|passed\s+away|dead|ceased\s+trading|out\s+of\s+business|closed\s+down)\b/,
  ),
  c(
    'debtor_untraceable',
    4,
    /\buntrace\w*|\bunlocat\w*|\b(?:can(?:no|')?t|can\s+not|could\s?n[o']?t|could\s+not)\s+be\s+(?:found|located|traced)\b/,
  ),
  c(
    'debtor_untraceable',
    4,
    /\b(?:attempts?|efforts?|tries)\s+to\s+(?:locate|find|trace|track\s+down)\s+(?:the\s+)?(?:debtor|debitor)\b(?:\s+\w+){0,3}\s+(?:failed|were\s+unsuccessful|was\s+unsuccessful|came\s+to\s+nothing|in\s+vain)\b/,
  ),
  c(
    'debtor_untraceable',
    3,
    new RegExp(
      String.raw`\b(?:can(?:no|')?t|could\s?n[o']?t|(?:can|could)\s+never|never\s+(?:managed|been\s+able)\s+to|unable\s+to|failed\s+to)\s+(?:locate|find|trace|track\s+down)\s+${DEBTOR_OBJECT}|\b(?:every|all|each)\s+(?:known\s+)?(?:address(?:es)?|letters?|mail|post)\s+(?:\w+\s+){0,3}(?:bounced|came\s+back|returned|was\s+returned|were\s+returned)\b|\breturned\s+(?:as\s+)?undeliverable\b|\bno\s+such\s+address\b|\bunfindable\b|\b(?:nobody|no\s+one|noone)\s+(?:can|could)\s+(?:find|locate|trace|reach)\b|\bnot\s+findable\b|\bmoved\s+(?:away\s+|out\s+)?without\s+(?:a\s+|any\s+|leaving\s+a\s+)?(?:new|forwarding)\s+address\b|${DEBTOR}\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:disappeared|vanished|absconded|is\s+missing|moved\s+without|emigrated|left\s+the\s+country|fled)|\b(?:no|without\s+a|without\s+any)\s+(?:known|current|valid|forwarding)\s+(?:address|whereabouts)|\bwhereabouts\s+(?:are\s+|is\s+)?unknown\b`,
    ),
  ),
  c(
    'statute_expired',
    4,
    /\bstatute\s+(?:of\s+limitations?\s+)?(?:has\s+)?(?:expired|passed|run\s+out)\b|\bstatute\s+of\s+limitations?\b|\blimitation\s+period\b|\btime[-\s]?barred\b|\bstatute[-\s]?barred\b|\bprescri(?:bed|ption)\b/,
  ),
  c(
    'statute_expired',
    3,
    /\btoo\s+old\b|\b(?:legal\s+)?deadline\s+(?:to\s+collect\s+)?(?:\w+\s+){0,3}(?:has\s+)?(?:passed|expired|lapsed)\b|\bno\s+longer\s+be\s+(?:legally\s+)?(?:enforced|collected)\b|\bno\s+longer\s+(?:legally\s+)?(?:enforceable|collectible|collectable)\b/,
  ),

  // client decisions
  c('withdrawn_by_client', 4, /\bwithdr[ae]w(?:n|s|ing)?\b|\bwithdrawal\b/),
  c(
    'withdrawn_by_client',
    3,
    new RegExp(
      String.raw`${CLIENT}\s+(?:asked|asks|wants|wanted|requested|decided|told\s+us)\s+(?:us\s+)?(?:to\s+)?(?:stop|halt|cancel|end|pull|close)|${CLIENT}\s+(?:pulled|cancelled|canceled|stopped|halted)\s+(?:the\s+)?(?:case|collection|claim|mandate|it)\b|\bdebtor\s+(?:became|is)\s+(?:a\s+)?(?:customer|client)\s+again\b|\binternal\s+(?:resolution|settlement|agreement)\b|\b(?:resolved|settled)\s+(?:it\s+)?(?:internally|directly)\b|\btold\s+us\s+to\s+(?:stop|halt|cancel|end|drop)\b|\b(?:sorted|worked|settled|resolved)\s+(?:it\s+|things\s+)?out\s+(?:\w+\s+){0,4}(?:internally|directly|themselves|between\s+them)`,
    ),
  ),
  c(
    'disputed_legal_declined',
    4,
    /\blegal\s+action\s+declined\b|\bdisputed\b.{0,60}\b(?:no|not|declin\w*|refus\w*|won'?t|doesn'?t|does\s+not|reject\w*)\b.{0,30}\b(?:legal|court|sue|litigat\w*|lawsuit)\b/,
  ),
  c(
    'disputed_legal_declined',
    3,
    new RegExp(
      String.raw`${CLIENT}\s+(?:declined|declines|refused|refuses|rejected|won'?t|doesn'?t\s+want|does\s+not\s+want|didn'?t\s+want|decided\s+against|decided\s+not\s+to)\s+(?:to\s+)?(?:pursue\s+|take\s+|start\s+|go\s+to\s+|go\s+)?(?:legal|court|litigation|sue|a\s+lawsuit|proceedings)`,
    ),
  ),
  c(
    'disputed_legal_declined',
    2,
    /\bdisput(?:e|ed|es|ing)\b|\bcontest(?:s|ed)\b|\b(?:work|goods|service|services|delivery|product)\s+(?:was|were|is|are)\s+(?:defective|faulty|never\s+delivered|not\s+delivered|substandard)\b/,
  ),
  c(
    'settlement_rejected',
    4,
    /\bsettlement\s+(?:was\s+|has\s+been\s+)?(?:rejected|refused|declined|turned\s+down)\b|\b(?:rejected|refused|declined|turned\s+down)\s+(?:the\s+|our\s+|a\s+)?(?:settlement|payment\s+plan|instal?lment\s+plan|offer|deal|proposal|compromise)\b/,
  ),
  c('settlement_rejected', 2, /\bsettlement\b|\bpayment\s+plan\b/),
  c(
    'settlement_rejected',
    4,
    /\b(?:negotiated|reached|agreed|arranged|offered)\s+(?:a\s+|an\s+)?(?:deal|settlement|payment\s+plan|instal?lment\s+plan|arrangement|agreement|compromise)\b.{0,50}\b(?:turned\s+(?:it\s+)?down|rejected|refused|declined|said\s+no|vetoed)\b/,
  ),
  c(
    'unresponsive_client',
    4,
    /\bunresponsive\s+(?:client|creditor|customer)\b|\b(?:client|creditor)\s+(?:is\s+|has\s+been\s+|have\s+been\s+|was\s+|became\s+|went\s+|remains\s+|stays\s+)?unresponsive\b/,
  ),
  c(
    'unresponsive_client',
    3,
    new RegExp(
      String.raw`${CLIENT}\s+(?:has\s+|have\s+)?(?:never|doesn'?t|does\s+not|won'?t|didn'?t|did\s+not|has\s?n[o']?t|stopped|stops|is\s+not|isn'?t)\s+(?:\w+\s+)?(?:answer\w*|respond\w*|repl\w*|react\w*|return\w*\s+(?:calls|emails)|getting\s+back|get\s+back|communicat\w*|cooperat\w*)|\bno\s+(?:response|reply|answer|contact)\s+from\s+${CLIENT}|${CLIENT}\s+(?:ghosted|went\s+silent|disappeared|is\s+silent|went\s+quiet|is\s+unreachable)|${CLIENT}\s+(?:is\s+|are\s+|has\s+been\s+)?ghosting\b|\bghosted\s+by\s+${CLIENT}`,
    ),
  ),
  c('unresponsive_client', 1, /\bunresponsive\b/),

  // process completion
  c(
    'prelegal_exhausted',
    4,
    /\bpre-?legal\s+(?:\w+\s+)?exhausted\b|\bexhausted\b|\ball\s+(?:reasonable\s+|pre-?legal\s+|collection\s+)*(?:efforts|attempts|options|steps|avenues)\s+(?:\w+\s+)?(?:failed|exhausted|tried|made|done)\b|\btried\s+everything\b|\bnothing\s+(?:more|else)\s+(?:we\s+can\s+do|to\s+do|worked)\b|\b(?:made|done|taken|completed|finished|did|went\s+through)\s+(?:all|every)\s+(?:the\s+|of\s+the\s+)?(?:pre-?legal|collection|reminder)\s+(?:steps|measures|actions|stages|options)\b/,
  ),
  c(
    'prelegal_exhausted',
    2,
    new RegExp(
      String.raw`\bno\s+payment\b|\bcollection\s+period\s+(?:has\s+)?(?:ended|expired|over)\b|${DEBTOR}\s+(?:never|doesn'?t|does\s+not|won'?t|refuses\s+to|refused\s+to)\s+(?:pa(?:y|id)|respond(?:ed)?|answer(?:ed)?|react(?:ed)?)|\bnot\s+(?:a\s+)?(?:single\s+)?(?:cent|penny|dime|euro|krone)\b|\b(?:six|6|several|many)\s+months?\s+of\s+(?:letters|calls|reminders|attempts|chasing|demands)`,
    ),
  ),
  c(
    'uneconomical',
    4,
    /\bun-?economic(?:al)?\b|\bnot\s+(?:economical|economic|cost[-\s]effective|worth\s+(?:it|pursuing|the\s+(?:cost|effort)))\b|\b(?:cost|costs)\s+(?:of\s+recovery\s+)?(?:exceeds?|outweighs?|higher\s+than|more\s+than)\b|\btoo\s+(?:expensive|costly)\b|\brecovery\s+costs?\b|\bcosts?\s+more\s+to\s+(?:collect|recover|pursue|chase|enforce)\b/,
  ),
  c(
    'uneconomical',
    2,
    /\b(?:enforcement|legal)\s+costs?\s+(?:too\s+high|exceed)|\bnot\s+worth\b|\bsmall\s+claim\b/,
  ),

  c(
    'debtor_untraceable',
    3,
    new RegExp(
      String.raw`${DEBTOR}\s+(?:that\s+|who\s+)?(?:we|i|they)\s+(?:can(?:no|')?t|could\s?n[o']?t|are\s+unable\s+to|were\s+unable\s+to)\s+(?:find|locate|trace|reach)`,
    ),
  ),
  c(
    'unresponsive_client',
    3,
    new RegExp(
      String.raw`${CLIENT}\s+(?:has\s+|have\s+|is\s+)?(?:gone|went|going)\s+(?:silent|quiet|dark|awol|missing|mia)|${CLIENT}\s+(?:no\s+longer|isn'?t|is\s+not)\s+(?:respond\w*|answer\w*|reachable|replying)|\b(?:can(?:no|')?t|could\s?n[o']?t|unable\s+to)\s+(?:reach|contact|get\s+hold\s+of)\s+${CLIENT}`,
    ),
  ),
  // "close 1700 paid": the word alone, unless it says how little ("paid nothing", "paid part").
  c(
    'paid',
    2,
    /(?<!\b(?:half|partially|partly|some|part)\s+(?:was\s+|were\s+|is\s+|been\s+|got\s+)?)\bpaid\b(?!\s+(?:nothing|zero|0|anything|partially|part|some|half|only|less|a\s+(?:part|little|bit|fraction)))/,
  ),

  c(
    'paid',
    3,
    /\b(?:paid|settled|cleared|covered)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:full|whole|entire|total|complete|outstanding)\b|\bsettled\s+(?:the\s+debt|it\s+all|everything|in\s+full)\b/,
  ),
  c(
    'partially_paid',
    4,
    /\bpaid\s+(?:\d{1,2}(?:[.,]\d+)?\s?%|a\s+portion|a\s+part|part\s+of|some\s+of|only\s+some)|\b(?:only\s+)?(?:some|part|a\s+portion|a\s+part|half|a\s+fraction)\s+of\s+(?:the\s+|it\s+|the\s+total\s+)?(?:debt|claim|amount|money|balance|sum)?\s*(?:was\s+|has\s+been\s+|got\s+|were\s+)?(?:recovered|paid|collected)\b/,
  ),
  // Paid for a while, then stopped: something came in.
  c('partially_paid', 2, /\bstopped\s+paying\b/),
  c(
    'invalid_case_data',
    3,
    /\b(?:details|data|information|info|documents?|documentation|address|name|amount|invoices?)\s+(?:\w+\s+){0,5}(?:were|was|is|are|turned\s+out\s+(?:to\s+be\s+)?)\s*(?:wrong|incorrect|invalid|false|inaccurate|erroneous|fake|mistaken|not\s+valid|not\s+correct)\b/,
  ),
  c(
    'settlement_rejected',
    4,
    new RegExp(
      String.raw`${CLIENT}\s+(?:didn'?t|did\s+not|won'?t|wouldn'?t|refused\s+to|declined\s+to|does\s+not|doesn'?t)\s+(?:want\s+to\s+)?accept\s+(?:the\s+|our\s+|a\s+|any\s+)?(?:settlement|payment\s+plan|instal?lment\s+plan|offer|deal|proposal|compromise|arrangement)`,
    ),
  ),
  c(
    'unresponsive_client',
    3,
    new RegExp(
      String.raw`${CLIENT}\s+(?:is\s+)?not\s+(?:respond\w*|answer\w*|repl\w*|reachable|reacting|getting\s+back)`,
    ),
  ),
  c(
    'prelegal_exhausted',
    2,
    /\b(?:nothing|no\s+money|no\s+payment|zero|not\s+a\s+(?:cent|penny))\s+(?:was\s+|has\s+been\s+)?(?:collected|recovered|received|paid)\b|\b(?:six|6)\s+months?\b.{0,25}\b(?:over|passed|ended|done|gone|up)\b|\bcollection\s+period\s+(?:is\s+|has\s+)?(?:over|ended|expired|done|run\s+out)\b|\bgot\s+nothing\b/,
  ),
  c(
    'uneconomical',
    4,
    /\bcosts?\b.{0,40}\b(?:exceed\w*|outweigh\w*|(?:higher|greater|more)\s+than\s+(?:the\s+)?(?:claim|debt|amount|recovery|value|principal))|\b(?:more\s+expensive|costs?\s+more)\s+than\s+(?:the\s+)?(?:claim|debt|amount|recovery)\b/,
  ),

  c('other', 3, /\b(?:as|code|with|under)\s+(?:"|')?other\b|^other\b/),
  c(
    'other',
    4,
    /\bnone\s+of\s+the\s+(?:listed\s+|available\s+|other\s+|standard\s+)?(?:close\s+)?codes\s+(?:fits?|apply|applies|match(?:es)?)\b|\bno\s+(?:close\s+)?code\s+(?:fits|applies|matches)\b/,
  ),
];

const WHY: Record<CloseCode, string> = {
  paid: 'the debtor paid the full outstanding amount',
  partially_paid: 'the debtor paid some of the debt but not all of it',
  case_never_started: 'you reviewed the case and could not take it',
  invalid_case_data: 'critical case information is incorrect or missing',
  debtor_insolvent: 'the debtor is bankrupt or officially insolvent',
  debtor_untraceable: 'all reasonable efforts to locate the debtor failed',
  statute_expired: 'the legal deadline to collect this debt has passed',
  withdrawn_by_client: 'the client asked to stop collection',
  disputed_legal_declined: 'the debtor disputes the debt and the client declines legal action',
  settlement_rejected: 'you negotiated a settlement but the client rejected it',
  unresponsive_client: 'the client stopped responding, making collection impossible',
  prelegal_exhausted: 'all reasonable pre-legal collection attempts were made without payment',
  uneconomical: 'the cost of recovery exceeds the claim value',
  other: 'no specific code fits',
};

/** The committed model (`npm run train`); trained on the labelled lines, see docs/notes/classifier.md. */
export const CLOSE_MODEL: LinearModel = loadModel(closeModelFile as LinearModelFile);

/** The model's label for "no code fits what was said": the interpreter asks for the code. */
const NONE_LABEL = '(none)';

/** The rules alone: kept for the training script's comparison and for explain. */
export function rankCloseCodeByRules(canonText: string): Ranked<CloseCode> | null {
  return rank(canonText, CLOSE_CODE_CUES);
}

/**
 * Rules first where they found a strong cue (score ≥ 2, what the interpreter acts on); otherwise the
 * classifier when it is sure enough (model.abstainBelow, measured on held-out lines), reported as a
 * score-2 ranking so callers treat it like a strong paraphrase; otherwise the rules' weak ranking or null,
 * and the interpreter asks which code. Chosen by measurement: docs/notes/classifier.md.
 */
export function rankCloseCode(canonText: string, model: LinearModel = CLOSE_MODEL): Ranked<CloseCode> | null {
  const rules = rank(canonText, CLOSE_CODE_CUES);
  if (rules && rules.score >= 2) return rules;
  const guess = predict(model, canonText);
  if (guess.label === NONE_LABEL || guess.probability < model.abstainBelow) return rules;
  return {
    label: guess.label as CloseCode,
    score: 2,
    runnerUp: 1,
    matched: [`model:${guess.label}@${guess.probability.toFixed(2)}`],
  };
}

/**
 * Suggests the specific close code a comment describes, with a one-line reason; null when none fits.
 * A suggestion only: the caller shows it and keeps the user's own choice unless they take it.
 */
export function suggestCloseCode(
  comment: string,
  model: LinearModel = CLOSE_MODEL,
): { code: CloseCode; why: string; confidence: number } | null {
  const canon = normalize(comment).canon;
  let ranked = rank(
    canon,
    CLOSE_CODE_CUES.filter((cue) => cue.label !== 'other'),
  );
  if (!ranked || ranked.score < 2) {
    const guess = predict(model, canon);
    if (guess.label === NONE_LABEL || guess.label === 'other' || guess.probability < model.abstainBelow)
      return null;
    ranked = { label: guess.label as CloseCode, score: 2, runnerUp: 1, matched: [] };
  }
  return {
    code: ranked.label,
    why: `${CLOSE_CODE_INFO[ranked.label].label}: ${WHY[ranked.label]}.`,
    confidence: rankConfidence({ ...ranked, score: Math.min(3, ranked.score) }),
  };
}
