import type { Action, CaseStatus } from '../domain/ids.ts';

// The phrases that name each command, written against the canonical text of normalize.ts. They follow
// the help-centre articles' wording and the way partners and creditors write in chat. The earliest
// command phrase in a message is its command: a reason or a comment comes after it.

export interface IntentPattern {
  action: Action;
  pattern: RegExp;
  /** Lower runs first when two phrases start at the same place. */
  priority: number;
}

const p = (action: Action, priority: number, pattern: RegExp): IntentPattern => ({
  action,
  pattern,
  priority,
});

export const PULLBACK =
  /\bpull\s+(?:\S+\s+){1,4}back\s+(?:from|out\s+of)\s+(?:the\s+)?(?:quoting|quotes|quote\s+process|lead|tender|bidding|network)\b|\bpul(?:l|ling)?[-\s]?back\b|\bpullback\b|\bpull\s+(?:out\s+of|the\s+lead)\b|\b(?:stop|end|cancel|close|halt|abort|terminate|withdraw)\s+(?:the\s+|this\s+)?(?:quote|quotes|quoting|quotation|tender|bidding|lead)(?:\s+(?:process|request|collection|round))?\b(?!\s*(?:no\.?\s*|nr\.?\s*|#\s*)?\d)|\b(?:reject|decline|refuse|turn\s+down)\s+(?:all|every|each|both)\s+(?:of\s+)?(?:the\s+)?(?:quotes|offers|bids)\b|\bnone\s+of\s+the\s+(?:quotes|offers|bids)\b|\b(?:won'?t|will\s+not|not)\s+(?:proceed|go\s+ahead)\s+with\s+any\s+of\s+(?:the\s+|these\s+)?(?:quotes|offers|bids)\b|\bnot\s+interested\s+in\s+(?:any\s+of\s+)?(?:the\s+|these\s+)?(?:quotes|offers|bids)\b|\bdon'?t\s+want\s+any\s+(?:of\s+the\s+|of\s+these\s+)?(?:quotes|offers|bids)\b|\bno\s+longer\s+(?:want|need)\s+(?:the\s+|any\s+)?quotes\b|\bstop\s+collecting\s+quotes\b|\b(?:take|pull|remove|get|withdraw)\s+(?:(?:the\s+|this\s+|our\s+)?(?:case|lead)\s*(?:no\.?\s*|nr\.?\s*|#\s*)?(?:\d+\s+)?|\d+\s+|it\s+|this\s+(?:one\s+)?)?(?:out\s+of|off|from)\s+(?:the\s+)?(?:bidding|quoting|quote\s+process|quotes|tender|auction|marketplace\s+bidding)\b/;

export const OFFER_TERMS =
  /\bcustom\s+(?:terms|quote|pricing|price|offer|deal|rate|fee|proposal|conditions|commission)\b|\b(?:offer|propose|suggest|send|submit|counter)\w*\s+(?:(?:our\s+)?own\s+|different\s+|other\s+|special\s+|alternative\s+|non-?standard\s+|modified\s+|new\s+|better\s+|adjusted\s+|individual\s+)(?:terms|pricing|price|rates?|fees?|conditions|commission)\b|\bcounter[-\s]?(?:offer|proposal|quote)\b|\boffer\s+(?:the\s+client\s+|them\s+)?terms\b|\bpropose\s+terms\b|\binstead\s+of\s+(?:the\s+|our\s+)?standard\s+(?:price|pricing|terms|fee|rate|commission)s?\b/;

export const INTENT_PATTERNS: readonly IntentPattern[] = [
  p('lead.pullback', 1, PULLBACK),
  p('case.offer_terms', 2, OFFER_TERMS),
  p(
    'quote.submit',
    3,
    /\b(?:submit|send|place|make|give|put\s+in|enter|file|post|provide|lodge|drop)\s+(?:in\s+)?(?:a\s+|an\s+|our\s+|my\s+|the\s+)?(?:quote|bid|quotation)\b|\b(?:submit|send|place|make)\s+(?:a\s+|an\s+|our\s+|my\s+)?offer\b|\bwe\s+(?:quote|bid)\b|\bbid\s+(?:on|for)\b|\bour\s+(?:quote|bid|price)\s+(?:is|:)|\bour\s+(?:quote|bid|price)\s+(?:for|on)\b(?=[^.?!]*\d\s?%)|\bquote\s+\d+(?:[.,]\d+)?\s?%|\bour\s+(?:quote|bid|offer)\s+(?:for\s+|on\s+)?(?:case\s+|lead\s+|#)?\d+\s*[:,-]?\s*(?:at\s+)?\d+(?:[.,]\d+)?\s?%|(?<!\b(?:our|the|their|a|my|your|his|her|its|this|that|which)\s|'s\s)\bquote\s+(?:on|for)\s+(?:lead|case|#|\d)|\bquote\s+(?:case\s+|lead\s+|#)?\d+\s+(?:at|for|with)\s+\d+(?:[.,]\d+)?\s?%|\b(?:we|i)\s+(?:can|could|will|'ll|would)\s+do\s+(?:it\s+|this\s+one\s+)?(?:for\s+|at\s+)?\d+(?:[.,]\d+)?\s?%|\b(?:a\s+|an\s+|our\s+|my\s+|the\s+)?(?:quote|quotes|bid|quotation)\s+(?:(?:for|on|to)\s+(?:the\s+)?(?:case\s*|lead\s*|#\s*)?(?:no\.?\s*|nr\.?\s*)?\d+\s+)?submit\b|\bon\s+(?:the\s+)?(?:case\s*|lead\s*|#\s*)?(?:no\.?\s*|nr\.?\s*)?\d+\s+bid\b/,
  ),
  p(
    'quote.list',
    4,
    /\b(?:list|show|see|view|display|get|check|compare|review|what|which|any|how\s+many|received|got|where\s+are)\b[^.?!]{0,30}?\b(?:quotes|offers|bids|quotations)\b|\b(?:quotes|offers|bids)\s+(?:for|on|received|in|so\s+far)\b|\bquote\s+(?:list|overview|status|comparison)\b|^quotes\s+(?:on\s+|for\s+)?(?:case\s+|#)?\d+\W*$|\b(?:show|see|view|display|open)\s+(?:me\s+)?quote\s+(?:no\.?\s*|nr\.?\s*|#\s*)?\d|\b(?:who|which\s+(?:partners?|firms?|agencies|lawyers?)|how\s+many\s+(?:partners?|firms?))\s+(?:have\s+|has\s+)?(?:already\s+)?(?:quoted|bid|made\s+(?:a\s+)?(?:quote|bid|offer))\b/,
  ),
  p(
    'case.decline',
    5,
    /\bdeclin(?:e|ing)\b|\breject(?:ing)?\b|\brefus(?:e|ing)\b|\bturn(?:ing)?\s+down\b|\bpass(?:ing)?\s+on\b|\bsay\s+no\s+to\b|\b(?:won'?t|will\s+not|can(?:no|')?t|can\s+(?:unfortunately\s+|sadly\s+|regrettably\s+)?not|unable\s+to|not\s+able\s+to|are\s+not\s+going\s+to|aren'?t\s+going\s+to|not\s+in\s+a\s+position\s+to)\s+(?:take|accept|handle|work\s+on|pursue|collect\s+on|proceed\s+with)\b(?!\s+(?:any|none|either|all)\s+of\s+(?:the\s+|these\s+)?(?:quotes|offers|bids)\b)|\b(?:we|i)\s+(?:can|will|could)\s+(?:the\s+)?(?:case\s*|lead\s*|#\s*)?(?:no\.?\s*|nr\.?\s*)?\d+\s+(?:[a-z]+\s+){0,2}?(?:not|never|no\s+longer)\s+(?:take|accept|handle|pursue)\b|\bnot\s+(?:taking|accepting)\b|\bno\s+go\s+(?:on|for)\b|\bhave\s+to\s+pass\b|\bwe\s+pass\b|\bwe'?ll\s+pass\b/,
  ),
  p(
    'case.withdraw',
    6,
    /\bwithdraw(?:ing)?\b|\b(?:the\s+)?collection\s+(?:on|for|of|in)\s+(?:case\s+)?#?\d+\s+stop\b|\bwithdrawal\s+(?:of|for)\b|\bretract\b|\bstop\s+(?:the\s+|all\s+)?(?:collection|collecting|chasing|pursuing|working\s+on|recovery)\b|\bcancel\s+(?:the\s+|this\s+|our\s+)?(?:case|collection|claim|mandate)\b|\bcall\s+off\b|\btake\s+(?:the\s+|our\s+)?case\s+back\b|\btake\s+back\s+(?:the\s+|our\s+)?(?:case|claim)\b|\b(?:take|pull|remove|get)\s+(?:back\s+)?(?:the\s+|our\s+|this\s+)?(?:case\s*(?:no\.?\s*|nr\.?\s*|#)?|claim\s+|#)?(?:\d+\s+)?(?:out\s+of|off|from)\s+(?:the\s+)?(?:collection|collections|the\s+platform|platform|recovery)\b|\bhalt\s+(?:the\s+)?(?:collection|case)\b|\b(?:want|need|would\s+like|wish)\s+to\s+stop\b(?!\s+(?:the\s+|this\s+|our\s+)?(?:quote|quotes|quoting|quotation|lead|bidding|tender))|\b(?:no\s+longer\s+(?:want|wish)\s+to|do\s+not\s+want\s+to|don'?t\s+want\s+to)\s+(?:pursue|continue(?:\s+with)?|collect(?:\s+on)?)\b/,
  ),
  p(
    'case.close',
    7,
    /\bclos(?:e|ing)\b(?!\s+(?:to|enough|by|friend|call|look))|\bcan\s+(?:now\s+)?be\s+closed\b(?!\s*\?)|\bclose-?out\b|\bshut\s+(?:down\s+)?(?:case|#?\d)|\bwrap\s+up\b|\bfinali[sz]e\b|\bmark(?:ed)?\b[^.?!]{0,24}?\bas\s+(?:closed|paid|fully\s+paid|partially\s+paid|done|completed|finished|settled)\b|\bset\b[^.?!]{0,24}?\bto\s+(?:closed|paid)\b/,
  ),
  p(
    'payment.register',
    8,
    /\b(?:register|record|log|add|enter|book|note|post|report|confirm)\s+(?:a\s+|the\s+|new\s+|an?\s+incoming\s+|this\s+|that\s+)?(?:[\u20AC$\u00A3]?\s?\d[\d.,' ]*\s?(?:[a-z]{3}\s+)?)?(?:payment|receipt|instal?lment|transfer|part[-\s]payment|partial\s+payment)\b|\bpayment\s+(?:received|of|came|arrived|made|in\s+from|from)\b|\b(?:received|receive|got|collected|recovered|cashed|booked)\s+(?:a\s+)?(?:payment|transfer|instal?lment)\b|^(?:a\s+|new\s+)?payment\s+(?:on|for)\s+(?:case\s+|#)?\d/,
  ),
  p(
    'case.request_info',
    9,
    /\b(?:request(?:ing)?|ask(?:ing)?(?:\s+(?:the\s+)?(?:client|creditor|customer|them|claimant))?(?:\s+for)?|need|needs|require|chase|obtain|please\s+provide|have\s+the\s+(?:client|creditor)\s+(?:send|provide))\b[^.?!]{0,40}?\b(?:info(?:rmation)?|details|documents?|documentation|docs|paperwork|invoices?|contracts?|proof|evidence|copies|statements?|address|clarification|data|agreement|correspondence|phone(?:\s+number)?|e-?mail(?:\s+address)?|contact\s+(?:details|info\w*|person)|registration\s+number|company\s+number|vat\s+number|identification|purchase\s+order|delivery\s+(?:note|confirmation|proof)|receipts?|signed\s+\w+)\b|\b(?:info(?:rmation)?|details|documents?|docs|invoices?|contracts?|proof|evidence|copies)\s+(?:[^.?!,;]{0,40}?\s)?(?:request|ask)\s*(?:please\s*)?(?:[.!,;?]|$)|\brfi\b|\brequest[-_\s]info\b|\bask\s+(?:the\s+)?(?:client|creditor|customer|claimant)\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:invoices?|copy|copies|documents?|docs|info|information|details|contract|proof|statement)\b|\bask\s+(?:the\s+)?(?:client|creditor|customer|claimant)\s+(?:for|about|to\s+(?:send|provide|share|confirm|clarify|upload|check))\b|\b(?:missing|lacking|need|needs)\b[^.?!]{0,40}?\b(?:info(?:rmation)?|details|documents?|docs|invoices?|contracts?|proof|address|copy|copies)\b[^.?!]{0,40}?\bask\s+(?:the\s+)?(?:client|creditor|customer|claimant)\b|\b(?:get|have|make)\s+(?:the\s+)?(?:client|creditor|customer|claimant)\s+(?:to\s+)?(?:send|provide|share|upload|confirm|supply)\b|\b(?:please\s+)?request\s+(?:it|them|these|those|this|that)\b|\b(?:client|creditor|customer|claimant)\s+ask\s*,\s*(?:[^.?!]{0,40}?\s)?(?:send|provide|supply|upload|submit)\b/,
  ),
  p(
    'case.accept',
    10,
    /\baccept(?:ing)?\b(?!\s+that\b)|\b(?:confirm|confirming|confirmed)\s+(?:our\s+|the\s+)?acceptance\b|\bacceptance\s+of\s+(?:the\s+)?case\b|\bapprov(?:e|ing)\b|\b(?:we'?ll|i'?ll|we\s+will|i\s+will|we\s+can|happy\s+to|let'?s|we\s+want\s+to|we'?d\s+like\s+to)\s+take\b(?![^.?!]{0,40}\bto\s+(?:a\s+|the\s+|our\s+|my\s+)?(?:court|legal|lawyers?|litigation|attorneys?|solicitors?)\b)|\b(?:we\s+)?take\s+(?:on\s+)?(?:the\s+|this\s+)?(?:case\s*(?:no\.?|nr\.?|number|#)?\s*|#)?\d+\b(?!\s+(?:out|off|back|away|from))(?![^.?!]{0,40}\bto\s+(?:a\s+|the\s+|our\s+|my\s+)?(?:court|legal|lawyers?|litigation|attorneys?|solicitors?)\b)|\btake\s+(?:it|this\s+one|this\s+case)\s+on\b|\bgo\s+ahead\s+(?:with|on)\b|\bgreen[-\s]?light\b|\byes\s+(?:to|for|on)\b|\bok\s+(?:to|for)\b|\bokay\s+(?:to|for)\b|(?<!\b(?:nothing|not\s+much|little|anything)\s+)\bwe\s+(?:will|can|'ll)\s+(?:handle|do|work)\b|\bstart\s+(?:working\s+on|collection\s+on|collecting\s+on)\b|\bwe'?re\s+in\b/,
  ),
];

export const QUOTE_SELECT =
  /\b(?:select|choose|chose|pick|decided?|give|assign|go(?:ing)?\s+(?:ahead\s+)?(?:with|for)|take|accept|award|approve|prefer|opt\s+for|winner|win|hire|proceed\s+with|we'?ll\s+have|use|confirm|want|like)\b/;

export const CLOSECODE_SUGGEST =
  /\b(?:close|closing|closure)\s+code\s*\?|\b(?:what|which)\s+(?:close|closing|closure)\s+codes\b|\b(?:list|show)\s+(?:me\s+)?(?:the\s+|all\s+)?(?:close|closing|closure)\s+codes\b|\b(?:which|what)\s+(?:close\s+|closing\s+|closure\s+|closed\s+)?code\b|\b(?:suggest|recommend|propose)\w*\s+(?:me\s+)?(?:a\s+|the\s+|an?\s+appropriate\s+)?(?:close|closing|closure)?\s*code\b|\b(?:close|closing|closure)\s+code\s+(?:for|should|would|fits?|to\s+use|when|if|applies)\b|\bwhich\s+(?:code|one)\s+(?:fits|applies|should|do)\b|\bhow\s+(?:should|do|would)\s+(?:i|we)\s+(?:code|close)\s+(?:a\s+case|it|this|cases?)\s+(?:when|if|where)\b|\bbest\s+(?:close\s+)?code\b|\bcode\s+(?:should|do)\s+(?:i|we)\s+use\b/;

export const HELP =
  /^(?:help|help\s+me|helps?|h|\?+|commands|menu|usage|options|instructions|guide|manual|what\s+can\s+(?:you|i)\s+(?:do|ask)|what\s+(?:can|does)\s+(?:this|the)\s+(?:bot|assistant|app|thing|tool)\s+(?:\w+\s+)?do|what\s+(?:else\s+)?(?:kinds?\s+of\s+|sorts?\s+of\s+)?(?:things|stuff)\s+(?:can|could)\s+(?:you|it|this\s+bot|the\s+bot)\s+(?:\w+\s+)?(?:do|help\s+with)(?:\s+for\s+(?:me|us))?(?:\s+here)?|what\s+can\s+you\s+help\s+with|how\s+does\s+this\s+(?:work|bot\s+work)|how\s+do\s+(?:you|i)\s+(?:work|use\s+(?:this|you|the\s+bot|it))|what\s+do\s+you\s+do|what\s+are\s+(?:the\s+|your\s+)?(?:commands|options)|show\s+(?:me\s+)?(?:the\s+)?(?:commands|options|help)|(?:i\s+)?need\s+help|can\s+you\s+help(?:\s+me)?|who\s+are\s+you|what\s+are\s+you)(?:\s+for\s+(?:me|us))?(?:\s+(?:here|today|exactly|actually))?\W*(?:please|pls|thanks)?\W*$|\bhelp\b.{0,20}\b(?:commands|bot|using)\b|^(?:what|which|list|show)\b.{0,20}\b(?:commands|options|features)\b.{0,20}$/;

/** "how do I decline a case?": a question about using the bot, answered by help when no case is named. */
/** A question about a case's state ("is 3200 closed?", "has 3202 been accepted yet"): a look-up. */
export const STATE_QUESTION =
  /^(?:is|has|have|had|did|was|were|are)\b(?!\s+(?:you|u)\b)[^?]*(?:\?|\byet\b)|^(?:is|has|did|was|were)\s+(?:case\s+|#)?\d|^(?:why|how\s+come)\b/;

/** The user takes it back in the same breath: "accept 600 no wait". */
export const RETRACTED =
  /\b(?:no\s+wait|wait\s+no|actually\s+no|wait,?\s+wrong\s+(?:number|case|one)|wrong\s+number|let\s+me\s+(?:check|double[-\s]?check|verify)|hold\s+off|forget\s+it|(?:take|keep|do|accept|handle)\s+(?:it\s+|this\s+|that\s+)?after\s+all|scratch\s+that|never\s?mind|cancel\s+that|just\s+kidding|jk|ignore\s+that|hold\s+on|on\s+second\s+thought|i\s+meant|wait,?\s+i\s+mean|make\s+that|sorry,?\s+(?:wrong|i\s+meant))\b/;

/** Someone else is the subject: "the debtor will accept 500", "client asked us to withdraw 603". */
export const THIRD_PARTY_BEFORE =
  /\b(?:debtor|debitor|client|creditor|customer|they|he|she|partner|company|lawyer|colleague|boss|manager|someone|somebody)\s+(?:will|would|might|may|wants?(?:\s+(?:us|me))?(?:\s+to)?|has\s+to|should|could|did|does|is\s+going\s+to|asked\s+(?:us\s+|me\s+)?to|told\s+(?:us|me)\s+to|plans?\s+to|tried\s+to|refused\s+to|demands?\s+(?:that\s+)?(?:we|us\s+to)|insists?\s+(?:that\s+)?(?:we|on)|requests?\s+(?:that\s+)?we|wants\s+us\s+to|expects?\s+us\s+to)\s+(?:\w+\s+)?$/;

export const HOW_TO =
  /\bhow\s+(?:do|can|should|would)\s+(?:i|we|you)\b|\bhow\s+to\b|\bwhat\s+(?:is|are)\s+the\s+steps\b|\bwhere\s+(?:do|can)\s+i\b/;

export const LIST =
  /\b(?:my|our|all|the|list|show|which|what|open|pending|active|paused|closed|current|ongoing|new|any)\b[^.?!]{0,40}?\bcases\b|\bcases?\s+(?:list|overview)\b|\b(?:my|our)\s+(?:portfolio|queue|caseload|case\s*load|workload|inbox|claims|files|matters)\b|\b(?:anything|everything|what|which|any)\b[^.?!\d]{0,30}\b(?:paused|on\s+hold|pending|active|closed|ongoing|(?:collecting|gathering|awaiting|waiting\s+for)\s+quotes|out\s+for\s+quotes?)\b|^cases\W*$|^cases\s+(?:paused|active|closed|pending|open|on\s+hold)\W*$|\bcases\s+(?:that|needing|with|in|awaiting|waiting|pending|to\s+(?:verify|review)|i\s+have|collecting|being|on\s+hold|under|which|where|still|currently|now)\b|\b(?:what'?s|anything|what\s+is|what\s+needs)\s+(?:still\s+)?(?:pending|waiting\s+for\s+me|to\s+verify|awaiting\s+(?:me|verification))\b|\blist\s+(?:my\s+|all\s+)?(?:pending|active|paused|closed|open)\b|^(?:show|list|display|view|see|get)\s+(?:me\s+)?(?:my\s+|all\s+|the\s+)?(?:pending|active|paused|closed|open|new)\W*$|\bon\s+my\s+plate\b|^(?:list|show|display|give)\s+(?:me\s+)?(?:everything|all|anything)\s+(?:that'?s\s+|that\s+is\s+)?(?:assigned|open|on\s+(?:my|our)|for\s+(?:me|us)|with\s+(?:me|us)|i\s+have|we\s+have)\b|\bmy\s+(?:to-?do|todo|tasks|worklist|work\s+list)\b/;

export const STATUS_FILTERS: readonly [CaseStatus, RegExp][] = [
  [
    'needs_additional_details',
    /\bneeds[-_\s]additional[-_\s]details\b|\b(?:need|needs|needing|awaiting|wait(?:ing)?\s+(?:for|on)|requir\w*|missing|with)\s+(?:more\s+|additional\s+|further\s+|extra\s+|open\s+)?(?:details|info|information|documents|docs)\b|\binfo\s+request(?:ed|s)?\b|\bmore\s+(?:info|details)\s+(?:requested|needed)\b/,
  ],
  [
    'collecting_quotes',
    /\bcollecting[-_\s]quotes\b|\bquotes\s+(?:are\s+)?(?:being\s+)?(?:collected|gathered)\b|\b(?:with|awaiting|waiting\s+for|getting|gathering|receiving)\s+quotes\b|\bin\s+(?:the\s+)?(?:quote|quoting|lead)\s+(?:stage|phase|process)\b|\bout\s+for\s+quotes?\b|\bcollecting\s+(?:[a-z]+\s+)?quotes\b|\bin\s+(?:the\s+)?bidding\b|\bbidding\s+(?:stage|phase|round)\b/,
  ],
  ['paused', /\bpaused\b|\bon\s+hold\b|\bsuspended\b|\bfrozen\b/],
  [
    'pending_verification',
    /\bpending(?:[-_\s]verification)?\b|\b(?:awaiting|waiting\s+for|needs?|needing|to)\s+(?:my\s+|our\s+)?(?:verification|verify|review|approval|acceptance|accept)\b|\bunverified\b|\b(?:need|needs|needing|waiting|awaiting|still)\s+(?:to\s+be\s+)?(?:verified|reviewed|approved|accepted)\b|\bnew\s+cases\b|\bincoming\b|\bnot\s+yet\s+accepted\b|\b(?:waiting|awaiting)\s+(?:on\s+|for\s+)?(?:the\s+)?(?:verification|review|approval)\b|\b(?:verification|review|approval)\s+(?:[a-z]+\s+)?(?:waiting|awaiting)\b/,
  ],
  ['closed', /\bclosed\b|\bfinished\b|\bcompleted\b|\bdone\b|\barchived\b|\bresolved\b/],
  [
    'active',
    /\bactive\b|\bactively\b|\bongoing\b|\bcollecting\s+on\b|\bin\s+progress\b|\bopen\s+(?:cases|ones|claims|files|matters)\b|\brunning\b|\bcurrent\b|\blive\b|\bbeing\s+(?:worked|collected)\b/,
  ],
];

export const STATUS =
  /\bstatus\b|\bstate\s+of\b|\bwhat\s+(?:state|stage)\b|\bwhich\s+(?:state|stage|status)\b|\bupdates?\b|\bprogress\b|\bwhat'?s\s+(?:happening|going\s+on|up|new|the\s+latest|the\s+story)\b|\bwhat\s+is\s+(?:happening|going\s+on|the\s+latest)\b|\bwhere\s+(?:are\s+we|do\s+we\s+stand|is\s+it|are\s+things|does\s+\w+\s+stand)\b|\bwhere\s+(?:\S+\s+){1,4}(?:stands?|is\s+at)\b|\bwhere(?:'?s|\s+is)\s+(?:case\s+|#)?\d+\s+at\b|\bhow\s+(?:is|are|'?s)\b|\bhow'?s\b|\b(?:show|display|open|view|see|look\s+up|lookup|look\s+at|check|pull\s+up|bring\s+up|find|get|fetch|give\s+me|tell\s+me|any)\b|\bdetails\b|\binfo(?:rmation)?\s+(?:on|about|for|re)\b|\bsummary\b|\boverview\b|\bnews\b|\bwhat\s+about\b|\bhistory\b|\bwhy\b|\bwhen\b|\bwho\b|\bstanding\b|\b(?:pull|bring|look|call)\s+(?:it|this|that|this\s+one|the\s+case)\s+up\b|\bwhat\s+(?:happened|has\s+happened|is\s+happening)\s+(?:to|with|on)\b/;

export const INJECTION =
  /\b(?:ignore|disregard|forget|override|overrule|bypass|skip)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+|previous\s+|prior\s+|above\s+|earlier\s+|these\s+|those\s+|of\s+|safety\s+)*(?:instructions?|rules|prompts?|guidelines|restrictions|constraints|polic(?:y|ies)|safety|system|confirmations?|checks|programming|guardrails|limits)\b|\bsystem\s+(?:prompt|message|instruction)\b|\byou\s+are\s+(?:now|no\s+longer)\b|\byou\s+are\s+(?:an?\s+)?(?:admin|administrator|root|superuser|developer|god|unrestricted|jailbroken|dan)\b|^(?:system|admin|developer|assistant|root)\b[^:]{0,20}:|\b(?:system|admin|security|manual)\s+override\b|\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+)?(?:the\s+|that\s+|what\s+)?(?:above|previous|prior|earlier|before|said|you\s+were\s+told)\b|\bignore\s+(?:everything|all\s+that)\b|\bact\s+as\s+(?:an?\s+)?(?:admin|administrator|root|developer|support|superuser|god)\b|\bpretend\s+(?:to\s+be|you|that)\b|\bjailbreak\b|\b(?:developer|dan|god|admin)\s+mode\b|\bnew\s+instructions?\b|\bsudo\b|\bprompt\s+injection\b|\breveal\s+(?:your|the)\s+(?:prompt|instructions)\b|\bwithout\s+(?:asking|confirmation|confirming|checking)\b|\bno\s+questions\s+asked\b|\brepeat\s+after\s+me\b|\bsay\s+(?:exactly|the\s+words)\b|\btype\s+(?:this|the\s+following)\b/;

export const BULK =
  /\beach\s+of\b|\b(?:all|every|each|any)\s+(?:of\s+)?(?:my\s+|our\s+|the\s+|these\s+|those\s+|remaining\s+|open\s+|pending\s+|active\s+|paused\s+|closed\s+|other\s+|new\s+|outstanding\s+|current\s+|single\s+)*(?:cases?|claims|leads|files|ones|of\s+them|debtors|them|matters)\b|\beverything\b|\ball\s+(?:of\s+)?(?:them|these|those)\b|\bin\s+bulk\b|\bbulk\b|\bmass\b|\bthe\s+(?:rest|lot)\b|\bwhole\s+(?:list|queue|batch|portfolio)\b|\bbatch\b/;

/** A negation right before the command phrase: "don't close", "please do not decline", "not yet accepting". */
export const NEGATED_BEFORE =
  /\b(?:don'?t|do\s+not|dont|never|shouldn'?t|should\s+not|mustn'?t|must\s+not|no\s+need\s+to|not\s+yet|hold\s+off(?:\s+on)?|avoid|without|instead\s+of|rather\s+than|stop\s+me\s+from|refrain\s+from|not\s+going\s+to|wouldn'?t|won'?t|didn'?t|did\s+not|doesn'?t|does\s+not|not|no|wasn'?t|isn'?t|haven'?t|hasn'?t|never\s+(?:ever\s+)?)\s+(?:\w+\s+){0,2}$/;

/** A question about an action, or an action considered rather than asked for. */
export const HYPOTHETICAL =
  /^(?:should|shall|can|could|may|might|must|would)\s+(?:i|we)\b|\b(?:should|shall)\s+(?:i|we)\b|\bwhat\s+(?:if|happens\s+(?:if|when)|would\s+happen)\b|\bif\s+(?:i|we|you)\s+(?:\w+\s+){0,2}(?:decline|accept|close|withdraw|reject|pull|register|select|submit)|\b(?:is\s+it|would\s+it\s+be|isn'?t\s+it|wouldn'?t\s+it\s+be)\s+(?:ok|okay|possible|wise|allowed|fine|smart|better|a\s+good\s+idea)\b|\bit'?s\s+(?:ok|okay|fine|allowed|possible)\s+(?:to|if)\b|\bam\s+i\s+(?:allowed|able|supposed)\b|\bare\s+we\s+(?:allowed|able|supposed)\b|\bdo\s+(?:i|we)\s+(?:need|have)\s+to\b|\bhow\s+(?:do|can|would|should)\s+(?:i|we)\b|\bhow\s+to\b|\b(?:thinking|thought)\s+(?:about|of)\b|\bconsider(?:ing)?\b|\bmaybe\b|\bperhaps\b|\bnot\s+sure\b|\bwondering\b|\bwhether\b|\bin\s+case\b(?!\s*(?:no\.?|number|nr\.?|#)?\s*\d)|\bwhen\s+(?:can|should|do|will)\s+(?:i|we)\b|\bwhy\s+(?:can'?t|cannot|should|would)\b|\bwhat\s+would\b|\bhypothetical\w*|\bsuppose\b|\bplanning\s+to\b|\bmight\b|\bif\s+(?:the|it|they|he|she)\b|\blater\b|\btomorrow\b|\bnext\s+(?:week|month)\b|\bwould\s+you\b.*\bif\b|\bwhat\s+does\b|\bwhat\s+do\s+you\s+think\b|\bany\s+reason\s+(?:not\s+)?to\b|\bcan\s+(?:i|we)\b|\bcould\s+(?:i|we)\b|\bmay\s+(?:i|we)\b|\bwould\s+be\b|\b(?:i|we)\s+hope\b|\bhopefully\b|\bwish\b|\bif\s+only\b|\bremind\s+(?:me|us)\b|\b(?:for\s+)?example\b|\be\.g\.|\bfor\s+instance\b|\bwas\s+told\s+to\b/;

/** Hedges that make the whole message hypothetical, wherever they stand. */
export const HYPOTHETICAL_ANYWHERE =
  /\bwhat\s+(?:if|happens\s+(?:if|when)|would\s+happen)\b|\bhypothetical\w*|\bsuppose\b|\b(?:for\s+)?example\b|\be\.g\.|\bfor\s+instance\b|\bwhat\s+would\b|\bremind\s+(?:me|us)\b/;

/** Polite requests made as questions ("can you close 400 as paid?") are still requests. */
export const POLITE_REQUEST = /\b(?:can|could|would|will)\s+you\b|\bplease\b|\bpls\b|\bplz\b|\bkindly\b/;

export const SMALL_TALK =
  /^(?:hi|hello|hey|hiya|yo|good\s+(?:morning|afternoon|evening|day)|thanks?|thank\s+you|thx|ty|cheers|ok|okay|k|cool|great|nice|perfect|bye|goodbye|see\s+you|lol|haha|sure|yes|no|yep|nope|got\s+it|noted|understood|awesome|welcome|how\s+are\s+you|sorry|np|no\s+worries)\b/;

/** Negation further from the command than NEGATED_BEFORE looks: "I don't think we should be closing". */
export const NEGATED_FAR_BEFORE =
  /\b(?:don'?t|do\s+not|doubt)\s+(?:think|believe)\s+(?:we|i|you)\s+(?:should|can|could|need\s+to)(?:\s+be)?\s*$|\bno\s+way\s+(?:i'?m|we'?re|i\s+am|we\s+are|i'?ll|we'?ll|i\s+will|we\s+will|are\s+we|am\s+i)\s+(?:\w+\s+)?$/;

/** Someone's words passed on, not a request: "the creditor wrote: please withdraw 7715". */
export const REPORTED_BEFORE =
  /\b(?:wrote|writes|said|says|told\s+(?:us|me)|emailed|messaged|texted|mailed|replied|answered|asked)\s*(?:us\s+|me\s+)?[:,]?\s*(?:["']\s*)?(?:please\s+|pls\s+|kindly\s+)?(?:(?:case\s*)?#?\d+\s+)?$/;

/** Sarcasm says the opposite of the command it contains. */
export const SARCASM =
  /\byeah\s+right\b|\u{1F644}|\bas\s+if\b|\bit'?s\s+not\s+like\b|\/s\b|\bsure,?\s+let'?s\s+just\b|\bdefinitely\s+going\s+to\s+pay\b|\bwhat\s+could\s+(?:possibly\s+)?go\s+wrong\b/u;

/** A condition on the command: "if the debtor doesn't pay by Friday, close 7718", "accept 7856 once …". */
export const CONDITION_LEAD =
  /(?:^|[.!?;]\s*)(?:if|once|unless|when|whenever|as\s+soon\s+as|in\s+case|provided(?:\s+that)?)\b(?!\s+(?:you|u)\s+(?:get\s+a\s+(?:chance|moment|minute|sec)|can|could|have\s+(?:a\s+)?(?:time|moment|minute|sec)|don'?t\s+mind)\b)(?!\s+possible\b)[^.!?;]*$/;
export const CONDITION_AFTER =
  /^\s*(?:,\s*)?(?:once|if|unless|as\s+soon\s+as|provided(?:\s+that)?|until|when(?:ever)?)\b(?!\s+(?:you|u)\s+(?:get\s+a\s+(?:chance|moment|minute|sec)|can|could|have\s+(?:a\s+)?time)\b)(?!\s+possible\b)/;

/** The command's object is a quote, not the case: "withdraw my quote on 7866", "reject the quote from …". */
export const QUOTE_OBJECT =
  /^\s*(?:(?:my|our|the|this|that|a|their|his|her|its)\s*)?(?:\w+\s+)?(?:quote|offer|bid|quotation)\b/;
/**
 * A condition after the command ("accept 7856 once the invoice is uploaded"). "when" only with a present
 * tense ("when the money arrives"): "close 4410 as paid when the debtor settled" tells what happened.
 */
export const CONDITION_INSIDE =
  /\s(?:once|unless|as\s+soon\s+as|provided\s+that|if(?!\s+(?:possible|you\s+(?:can|could|don'?t\s+mind)|(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:ok|okay|fine|alright|all\s+right)))|when(?:ever)?\s+(?:the\s+|our\s+|their\s+)?\w+\s+(?:comes?|arrives?|pays?|sends?|uploads?|confirms?|is|are|has|have|gets?|returns?|answers?|repl(?:y|ies)|signs?|agrees?|lands?|clears?))\b/;

/** Not meant to be acted on: "test message, please ignore", "for the training doc: …", "nothing needs to happen". */
export const NOT_FOR_REAL =
  /\b(?:nothing\s+(?:needs\s+to|has\s+to|to)\s+(?:happen|be\s+done|do)|no\s+action\s+(?:is\s+)?(?:needed|required)|not\s+asking\s+(?:you\s+)?(?:to\s+do\s+anything|for\s+anything)|no\s+need\s+to\s+do\s+anything|(?:just|only)\s+(?:fyi|for\s+your\s+information|so\s+you\s+know|for\s+the\s+record|wanted\s+(?:everyone|you|to\s+let|to\s+give)|to\s+let\s+you\s+know)|test(?:ing)?\s+message|just\s+(?:a\s+)?test(?:ing)?|(?:please|pls|plz)\s+ignore|ignore\s+this|for\s+(?:the\s+)?(?:training|docs?|documentation|demo|wiki|manual|slides?))\b/;

/** "undo the decline on 9113", "cancel the withdrawal of 9128": taking an action back, which the bot cannot do. */
export const UNDO_BEFORE =
  /\b(?:undo|cancel|revert|reverse|retract|roll\s*back|take\s+back|rescind|void|reopen)\s+(?:the\s+|my\s+|our\s+|that\s+|this\s+|your\s+)?$/;

/** Someone else's action, approved or discussed: "+1 to Anna's decline of 9120". */
export const SOMEONE_ELSES_BEFORE =
  /\b(?!(?:it|that|what|there|here|who|let)'s\b)[a-z]+'s\s+$|\b(?:his|her|their)\s+$/;

/** A command word naming a thing, not asking for it: "the Accept button on 9160", "the decline flow". */
export const UI_WORD_AFTER =
  /^\s+(?:button|link|tab|option|menu|field|screen|page|form|icon|checkbox|flow|workflow|process|message|messages|template|letter|e-?mail|notification|feature|function|functionality|dialog|modal|step|rate|rates|statistics|stats)\b/;

/** Not English, with a negation the English rules would miss: "lad være med at decline 9148". */
export const FOREIGN_NEGATION =
  /\b(?:ikke|ikkje|inte|nicht|niet|nie|pas|lad\s+v\S*re|l\S*t\s+bli|bitte\s+nicht|no\s+(?:lo\s+|la\s+)?(?:cierres|declines|aceptes|retires))\b/;
