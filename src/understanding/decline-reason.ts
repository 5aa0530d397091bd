import type { DeclineCategory } from '../domain/ids.ts';
import { type Cue, type Ranked, rank, rankConfidence } from './lexicon.ts';
import declineModelFile from './models/decline-category.json' with { type: 'json' };
import { normalize } from './normalize.ts';
import {
  type LinearModel,
  type LinearModelFile,
  loadModel,
  type Prediction,
  predict,
} from './text-classifier.ts';

// A partner's free-text decline reason → one of the 13 categories of the decline article, or null (a
// support agent reviews it). The cues are the article's own descriptions and the words partners use
// for them; a reason that names none stays null rather than being forced into the nearest category.

const c = (label: DeclineCategory, weight: number, pattern: RegExp): Cue<DeclineCategory> => ({
  label,
  pattern,
  weight,
});

const DEBTOR = String.raw`(?:the\s+)?(?:debtor|debitor|customer|company|person|individual|defendant|obligor|borrower|he|she|they|owner|director)`;
const CLIENT = String.raw`(?:the\s+)?(?:client|creditor|claimant|customer|principal)`;

export const DECLINE_CUES: readonly Cue<DeclineCategory>[] = [
  // conflict_of_interest
  c(
    'conflict_of_interest',
    3,
    /\bconflict(?:s|ed)?\b(?:\s+of\s+interests?)?|\bconflicting\s+interests?\b|\bcoi\b/,
  ),
  c('conflict_of_interest', 3, /\bcompeting\s+interests?\b/),
  c(
    'conflict_of_interest',
    3,
    /\b(?:we|i|our\s+(?:firm|company|office|team|agency))\s+(?:already\s+|currently\s+|also\s+)?(?:represents?|acts?\s+(?:for|on\s+behalf\s+of)|works?\s+(?:for|with)|advises?|are\s+(?:acting|working)\s+(?:for|on\s+behalf\s+of)|have\s+(?:a\s+)?(?:mandate|relationship)\s+with)\s+(?:the\s+)?(?:debtor|debitor|other\s+side|opposing|them|this\s+company|that\s+company)/,
  ),
  c(
    'conflict_of_interest',
    3,
    new RegExp(
      String.raw`${DEBTOR}\s+(?:is|are|was|has\s+been)\s+(?:an?\s+|one\s+of\s+)?(?:our\s+|my\s+)?(?:existing\s+|current\s+|long-?standing\s+|own\s+|former\s+|major\s+|key\s+|important\s+)*(?:client|customer|partner|shareholder|owner|subsidiary|affiliate|supplier|member)s?\s+of\s+(?:ours|us|mine|the\s+firm|our\s+(?:firm|company|office|agency|group))`,
    ),
  ),
  c(
    'conflict_of_interest',
    3,
    new RegExp(
      String.raw`${DEBTOR}\s+(?:is|are|was)\s+(?:an?\s+|one\s+of\s+)?(?:our|my)\s+(?:existing\s+|current\s+|long-?standing\s+|own\s+|former\s+|major\s+|key\s+)*(?:client|customer|partner|shareholder|owner|subsidiary|affiliate|parent|sister|related)`,
    ),
  ),
  c(
    'conflict_of_interest',
    2,
    /\b(?:related|connected|affiliated)\s+(?:party|parties|company|to\s+us|with\s+us)\b/,
  ),
  c('conflict_of_interest', 2, /\b(?:personal|business)\s+(?:relationship|connection|ties?)\s+(?:with|to)\b/),
  // "Nordic Holding AS is our client": whoever it is, acting against our own client is the conflict.
  c(
    'conflict_of_interest',
    3,
    /\b(?:is|are)\s+(?:also\s+)?(?:our|my)\s+(?:own\s+|existing\s+|current\s+|long-?standing\s+|regular\s+)?(?:client|customer)s?\b|\b(?:is|are)\s+(?:an?\s+)?(?:existing\s+|current\s+)?(?:client|customer)s?\s+of\s+(?:ours|us|our\s+firm)\b/,
  ),
  c(
    'conflict_of_interest',
    3,
    /\b(?:sits?|sitting|serves?|serving)\s+on\s+(?:the\s+)?(?:debtor'?s?|debitor'?s?|their|its)\s+board\b|\b(?:board\s+member|director|shareholder|co-?owner|owner)\s+(?:of|at|in)\s+(?:the\s+)?(?:debtor|debitor)\b/,
  ),
  c(
    'conflict_of_interest',
    3,
    /\b(?:married|engaged|related)\s+to\s+(?:the\s+)?(?:debtor|debitor)\b|\b(?:married|engaged|related)\s+to\s+(?:one\s+of\s+)?(?:the\s+)?(?:debtor'?s?|debitor'?s?)\s+(?:owner|director|ceo|manager|founder|partner)s?\b|\b(?:debtor|debitor)\s+is\s+(?:a\s+|the\s+)?(?:relative|family\s+member|brother|sister|cousin|spouse|wife|husband|father|mother|son|daughter|friend)\s+of\b|\bfamily\s+(?:ties?|relationship|connection)\b/,
  ),
  c(
    'conflict_of_interest',
    2,
    /\b(?:other|another|a\s+different|separate)\s+(?:matter|case|mandate)\s+for\s+(?:the\s+)?debtor\b/,
  ),
  c(
    'conflict_of_interest',
    2,
    /\brepresent(?:s|ing)?\s+(?:the\s+)?(?:debtor|other\s+side|opposing\s+party)\b/,
  ),
  c('conflict_of_interest', 1, /\b(?:on\s+the\s+other\s+side|opposing\s+party|opposite\s+party)\b/),
  c(
    'conflict_of_interest',
    3,
    /\b(?:we|i)\s+(?:are|am|were)\s+(?:also\s+|already\s+)?(?:the\s+)?(?:debtor'?s|their|his|her)\s+(?:lawyers?|attorneys?|counsel|advisors?|advisers?|representatives?|agents?|solicitors?|accountants?|collection\s+agency)\b/,
  ),
  c(
    'conflict_of_interest',
    2,
    /\b(?:separate|another|other|parallel|unrelated)\s+(?:matter|dispute|case|mandate|file)\b/,
  ),

  // custom_terms_requested
  c(
    'custom_terms_requested',
    3,
    /\bcustom\s+(?:terms|pricing|price|fees?|rates?|quote|deal|arrangement|agreement|commission)\b/,
  ),
  c(
    'custom_terms_requested',
    3,
    /\b(?:non-?\s?standard|special|different|bespoke|individual|tailored|alternative|modified|other|better|lower|reduced|higher)\s+(?:terms|pricing|prices?|fees?|rates?|commission|conditions|success\s+fee|price\s+model)\b/,
  ),
  c('custom_terms_requested', 2, /\b(?:negotiat\w*|discount|no\s+cure\s+no\s+pay|fixed\s+fee|flat\s+fee)\b/),
  c(
    'custom_terms_requested',
    2,
    new RegExp(
      String.raw`${CLIENT}\s+(?:wants|want|asked\s+for|asks\s+for|requested|requests|requires|insists\s+on|demands|expects)\s+(?:a\s+|an\s+)?(?:lower|different|reduced|cheaper|special|other|custom|better)`,
    ),
  ),
  c('custom_terms_requested', 1, /\b(?:terms|pricing|commission|fee)\b/),

  // below_minimum
  c(
    'below_minimum',
    3,
    /\b(?:below|under|beneath|less\s+than|lower\s+than|doesn'?t\s+(?:meet|reach)|does\s+not\s+(?:meet|reach)|not\s+(?:meet|reach)\w*)\s+(?:our\s+|the\s+|my\s+)?(?:min(?:imum)?|threshold|minimal\s+amount|floor|limit)\b/,
  ),
  c('below_minimum', 3, /\bbelow[-\s]minimum\b|\bminimum\s+(?:threshold|amount|claim|value|size)\b/),
  c(
    'below_minimum',
    2,
    /\b(?:amount|claim|principal|debt|balance|sum|value|case)\s+(?:is\s+|are\s+)?(?:too\s+(?:small|low|little)|tiny|very\s+small|so\s+small|minimal|negligible|insignificant)\b/,
  ),
  c(
    'below_minimum',
    2,
    /\btoo\s+(?:small|low|little)\b|\b(?:tiny|small|minor|micro|low[-\s]value)\s+(?:claim|amount|debt|case|sum|balance)\b/,
  ),
  c(
    'below_minimum',
    2,
    /\b(?:only|just|merely|a\s+mere|barely)\s+(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:usd|eur|gbp|dkk|sek|nok|chf|pln|dollars?|euros?|pounds?|kr|kroner))/,
  ),
  // An amount named under 100 (the article's typical minimum) in a decline reason.
  c(
    'below_minimum',
    2,
    /(?:[$€£]\s?\d{1,2}(?:[.,]\d{1,2})?|\b\d{1,2}(?:[.,]\d{1,2})?\s?(?:usd|eur|gbp|chf|dollars?|euros?|pounds?))\b/,
  ),
  c('below_minimum', 2, /\bnot\s+worth\s+(?:it|pursuing|the\s+(?:effort|cost|time))\b|\buneconomic(?:al)?\b/),
  c('below_minimum', 1, /\b(?:minimum|threshold)\b/),

  // untraceable_debtor
  c(
    'untraceable_debtor',
    3,
    /\b(?:no\s+way\s+to|can(?:no|')?t|could\s?n[o']?t|unable\s+to|don'?t|do\s+not|no\s+idea)\s+(?:\w+\s+){0,3}(?:who\s+or\s+where|where\s+or\s+who|where|who)\s+(?:the\s+)?(?:debtor|debitor|they|he|she)\s+(?:is|are|lives?|resides?|went|has\s+gone|moved)\b/,
  ),
  c(
    'untraceable_debtor',
    3,
    /\buntrace\w*|\bunlocat\w*|\bnot\s+traceable\b|\b(?:can(?:no|')?t|can\s+not|could\s?n[o']?t|could\s+not)\s+be\s+(?:traced|found|located|reached)\b/,
  ),
  c(
    'untraceable_debtor',
    3,
    new RegExp(
      String.raw`\b(?:can(?:no|')?t|could\s?n[o']?t|(?:can|could)\s+never|never\s+(?:managed|been\s+able)\s+to|unable\s+to|not\s+able\s+to|failed\s+to|impossible\s+to|no\s+way\s+to)\s+(?:locate|find|trace|track(?:\s+down)?|reach|contact|identify|verify|get\s+hold\s+of)\s+${DEBTOR}|\b(?:every|all|each)\s+(?:known\s+)?(?:address(?:es)?|letters?|mail|post)\s+(?:\w+\s+){0,3}(?:bounced|came\s+back|returned|was\s+returned|were\s+returned)\b|\breturned\s+(?:as\s+)?undeliverable\b|\bno\s+such\s+address\b|\bunfindable\b|\bnot\s+findable\b|\bmoved\s+(?:away\s+|out\s+)?without\s+(?:a\s+|any\s+|leaving\s+a\s+)?(?:new|forwarding)\s+address\b`,
    ),
  ),
  c(
    'untraceable_debtor',
    2,
    new RegExp(
      String.raw`${DEBTOR}\s+(?:has\s+|have\s+)?(?:disappeared|vanished|absconded|fled|moved\s+(?:away|abroad|out)|left\s+(?:the\s+)?(?:country|address)|is\s+missing|went\s+missing|is\s+gone|cannot\s+be\s+found|not\s+found|unknown|unreachable|not\s+reachable|can't\s+be\s+found)`,
    ),
  ),
  c(
    'untraceable_debtor',
    2,
    /\b(?:no|unknown|invalid|wrong|outdated|old|false|fake|nonexistent|non-existent)\s+(?:known\s+|valid\s+|current\s+|forwarding\s+)?(?:address|whereabouts|contact\s+details)\b|\baddress\s+(?:is\s+)?(?:unknown|invalid|wrong|outdated|not\s+valid|doesn'?t\s+exist|does\s+not\s+exist|non-?existent|not\s+found)\b/,
  ),
  c(
    'untraceable_debtor',
    2,
    /\bwhereabouts\b|\bskip\s+trac\w*|\bno\s+trace\b|\bnot\s+at\s+(?:the|this|that)\s+address\b|\bmail\s+(?:was\s+)?returned\b/,
  ),
  c('untraceable_debtor', 1, /\b(?:locate|trace|traced|find)\b/),

  // out_of_jurisdiction
  c(
    'out_of_jurisdiction',
    3,
    /\b(?:out(?:side)?\s+(?:of\s+)?(?:our\s+|my\s+|the\s+)?(?:jurisdiction|coverage|territory|area|region|scope|country|countries|geography|geographic\w*|reach))\b|\bout[-\s]of[-\s]jurisdiction\b/,
  ),
  c(
    'out_of_jurisdiction',
    3,
    /\b(?:we|i)\s+(?:only|just)\s+(?:cover|operate|work|serve|handle|collect|act)\b|\b(?:we|i)\s+(?:don'?t|do\s+not|cannot|can'?t)\s+(?:cover|operate\s+in|work\s+in|serve|handle\s+(?:cases\s+)?in|collect\s+in)\b/,
  ),
  c(
    'out_of_jurisdiction',
    3,
    /\bnot\s+(?:in\s+|part\s+of\s+|within\s+|inside\s+|covered\s+by\s+)?(?:our|my)\s+(?:jurisdiction|coverage|territory|area|region|country|market|network)\b/,
  ),
  c(
    'out_of_jurisdiction',
    2,
    /\b(?:wrong|different|foreign|another|other)\s+(?:jurisdiction|country|region|territory|state)\b|\bjurisdiction\s+mismatch\b/,
  ),
  c(
    'out_of_jurisdiction',
    2,
    new RegExp(
      String.raw`${DEBTOR}\s+(?:is\s+|are\s+)?(?:based|located|registered|resident|living|lives|sits|domiciled)?\s*(?:in|abroad|overseas)\b(?!\s+(?:liquidation|administration|bankruptcy|insolvency|receivership|prison|debt|default|dispute|case|the\s+case|another\s+case|court|our\s+system|touch|contact))`,
    ),
  ),
  c(
    'out_of_jurisdiction',
    2,
    /\bno\s+(?:coverage|presence|office|partners?)\s+(?:in|for|there)\b|\bnot\s+covered\b|\boutside\s+(?:the\s+)?(?:eu|europe|us|uk|nordics?|scandinavia)\b/,
  ),
  c('out_of_jurisdiction', 1, /\b(?:jurisdiction|abroad|overseas|cross-?border|foreign)\b/),

  // time_barred
  c(
    'time_barred',
    3,
    /\btime[-\s]?barred\b|\bstatute[-\s]?barred\b|\bstatute\s+of\s+limitations?\b|\blimitations?\s+period\b|\bprescri(?:bed|ption)\b/,
  ),
  c(
    'time_barred',
    3,
    /\b(?:time|limitation)\s+(?:limit\s+)?(?:has\s+)?(?:expired|lapsed|run\s+out|passed)\b|\bbeyond\s+the\s+limitation\b/,
  ),
  c(
    'time_barred',
    2,
    /\b(?:debt|claim|invoice|case)\s+(?:is\s+)?(?:too\s+old|very\s+old|ancient|expired|stale|outdated)\b|\btoo\s+old\b|\b(?:more|older)\s+than\s+\w+\s+years?\b|\blegally\s+(?:expired|unenforceable)\b|\bno\s+longer\s+(?:legally\s+)?(?:collectible|collectable|enforceable)\b|\bno\s+longer\s+be\s+(?:legally\s+)?(?:enforced|collected|pursued|claimed)\b/,
  ),
  c('time_barred', 1, /\b(?:limitation|limitations|statute|expired|years?\s+old)\b/),

  // regulatory_restriction
  c(
    'regulatory_restriction',
    3,
    /\b(?:not|un|no|without\s+a?|n't)[-\s]?licen[cs]ed?\b|\b(?:has|have|had|hold|holds)\s+(?:not|no)\s+(?:got\s+)?(?:the\s+|a\s+|any\s+)?(?:required\s+|necessary\s+|needed\s+)?(?:licen[cs]e|permit|authori[sz]ation)\b|\b(?:lacks?|lacking|(?:do|does)\s*(?:n'?t|\s+not)\s+have|without)\s+(?:the\s+|a\s+|any\s+)?(?:required\s+|necessary\s+|needed\s+)?(?:licen[cs]e|permit|authori[sz]ation)\b|\b(?:aren'?t|isn'?t|are\s+not|is\s+not|am\s+not|not)\s+(?:\w+\s+)?(?:licen[cs]ed|authori[sz]ed|registered|permitted)\b|\bno\s+(?:valid\s+)?(?:licen[cs]e|permit|authori[sz]ation|registration)\b|\bnot\s+(?:authori[sz]ed|permitted|allowed|registered|regulated|certified)\s+(?:to\s+collect|to\s+operate|to\s+work|in|there|for)\b/,
  ),
  c('regulatory_restriction', 3, /\bregulat(?:ory|ion|ions|or|ed)\b|\blicen[cs](?:e|es|ed|ing)\b/),
  c(
    'regulatory_restriction',
    2,
    /\b(?:law|rules?|legislation)\s+(?:there\s+)?(?:prohibits?|forbids?|doesn'?t\s+allow|does\s+not\s+allow|bans?)\b|\bcompliance\s+(?:reasons|issue|restriction)/,
  ),

  // sanctions_legal_block
  c(
    'sanctions_legal_block',
    3,
    /\bsanction(?:s|ed)?\b|\bembargo\w*|\bofac\b|\bsdn\s+list\b|\bblack-?listed\b|\bblacklist\b/,
  ),
  c(
    'sanctions_legal_block',
    3,
    /\blegal(?:ly)?\s+(?:block\w*|bar(?:red)?|prohibit\w*|prevent\w*|restrict\w*|restriction)\b|\blegal\s+(?:reasons?\s+)?(?:prevent|stop)/,
  ),
  c(
    'sanctions_legal_block',
    2,
    /\b(?:court\s+order|injunction|asset\s+freeze|frozen\s+assets|restricted\s+party|denied\s+party|watch\s?list|aml|money\s+laundering\s+(?:rules|restriction))\b/,
  ),
  c(
    'sanctions_legal_block',
    2,
    /\b(?:prohibited|forbidden|barred|not\s+allowed)\s+(?:by\s+law\s+)?(?:from\s+)?(?:working|dealing|acting|to\s+work|to\s+deal)\s+(?:with|for)\b/,
  ),
  c('sanctions_legal_block', 1, /\b(?:russia|iran|north\s+korea|syria|cuba|belarus)n?\b/),

  // misclassified_not_prelegal
  c('misclassified_not_prelegal', 3, /\bdisput(?:e|ed|es|ing)\b|\bcontest(?:s|ed|ing)?\b|\bmisclassif\w*/),
  c(
    'misclassified_not_prelegal',
    3,
    /\b(?:needs|requires|require|need|calls\s+for|for)\s+(?:formal\s+|a\s+)?(?:legal\s+(?:action|proceedings|steps|case|route|track)|litigation|court(?:\s+action|\s+proceedings)?|a\s+lawsuit|lawsuit|a\s+lawyer|enforcement\s+proceedings)\b|\bnot\s+(?:a\s+)?pre-?legal\b|\bnot\s+suitable\s+for\s+pre-?legal\b/,
  ),
  c(
    'misclassified_not_prelegal',
    2,
    new RegExp(
      String.raw`${DEBTOR}\s+(?:denies|deny|refuses\s+to\s+acknowledge|doesn'?t\s+acknowledge|does\s+not\s+acknowledge|rejects|challenges|objects\s+to|claims?\s+(?:the\s+)?(?:goods|services|work|invoice)|says\s+(?:the\s+)?(?:goods|services|work|invoice|they|he|she)|complain\w*)`,
    ),
  ),
  c(
    'misclassified_not_prelegal',
    2,
    /\b(?:counter-?claim|set-?off|defective|faulty|quality\s+(?:issue|complaint)|warranty\s+claim|legal\s+stage|already\s+in\s+court|pending\s+lawsuit|wrong\s+(?:claim\s+)?type)\b/,
  ),
  c('misclassified_not_prelegal', 1, /\b(?:legal\s+action|litigation|court|lawsuit)\b/),

  // insolvency_or_ceased
  c(
    'insolvency_or_ceased',
    3,
    /\bbankrupt\w*|\binsolven\w*|\bdeceased\b|\bdissolved\b|\bliquidat\w*|\breceivership\b|\bwound\s+up\b|\bwinding[-\s]up\b|\bstruck\s+off\b|\bderegistered\b|\bdefunct\b|\bchapter\s+(?:7|11|13)\b/,
  ),
  c(
    'insolvency_or_ceased',
    3,
    /\b(?:died|dead|passed\s+away|has\s+passed|death)\b|\bceased\s+(?:trading|operations|to\s+exist|business)\b|\b(?:out\s+of|gone\s+out\s+of|went\s+out\s+of)\s+business\b|\bno\s+longer\s+(?:exists|operating|trading|in\s+business|active)\b|\b(?:company|business|firm)\s+(?:has\s+)?(?:closed(?:\s+down)?|shut\s+down|ceased|folded|collapsed)\b/,
  ),
  c(
    'insolvency_or_ceased',
    2,
    /\b(?:administration|administrator|debt\s+restructuring|bankruptcy\s+protection|composition\s+proceedings|ceased|closed\s+down|shut\s+down|went\s+bust|gone\s+bust|bust)\b/,
  ),

  // duplicate
  c(
    'duplicate',
    3,
    /\bduplicat\w*|\bdouble\s+(?:submission|entry|booking|case)\b|\bdupe\b|\b(?:submitted|sent|assigned|given|passed|uploaded)\s+(?:to\s+us\s+|us\s+)?twice\b|\bthe\s+double\s+of\b|\b(?:sent|submitted|given|passed)\s+(?:us\s+|to\s+us\s+)?(?:this\s+|it\s+|the\s+same\s+\w+\s+)?(?:already\s+)?(?:before|earlier|previously)\b/,
  ),
  c(
    'duplicate',
    3,
    /\b(?:already|previously)\s+(?:been\s+)?(?:submitted|received|assigned|sent|registered|uploaded|open|opened|handling|handled|have|had|got|working|work|in\s+our|on\s+our|exists?)\b|\bsame\s+(?:case|claim|debtor\s+and\s+invoice|invoice)\s+(?:as|like)\b/,
  ),
  c(
    'duplicate',
    2,
    /\b(?:copy|repeat|resubmission|re-?submitted|identical)\s+(?:of|to)?\b|\bsame\s+(?:case|claim|invoice)\b/,
  ),

  // missing_information
  c(
    'missing_information',
    3,
    /\b(?:documents?|docs|documentation|info\w*|invoices?|contracts?|paperwork|details|copies)\b[^.;]{0,50}\b(?:is|are)\s+still\s+(?:missing|outstanding|not\s+(?:here|provided|received))\b|\bstill\s+missing\b/,
  ),
  c(
    'missing_information',
    3,
    /\b(?:hasn'?t|has\s+not|haven'?t|have\s+not|didn'?t|did\s+not|never|still\s+not|not\s+yet)\s+(?:yet\s+)?(?:supplied|provided|sent|given|delivered|shared|uploaded|furnished)\s+(?:us\s+)?(?:with\s+)?(?:the\s+|any\s+|all\s+)?(?:\w+\s+){0,2}(?:details|documents?|docs|info\w*|invoices?|contracts?|evidence|proof|paperwork|copies)\b/,
  ),
  c(
    'missing_information',
    3,
    /\bmissing\s+(?:essential\s+|critical\s+|key\s+|required\s+|the\s+)?(?:info\w*|documents?|documentation|docs|details|data|invoices?|contracts?|evidence|proof|paperwork)\b|\b(?:info\w*|documents?|documentation|docs|details|data|invoices?|contract|evidence|proof|paperwork)\s+(?:is\s+|are\s+|still\s+)?missing\b/,
  ),
  c(
    'missing_information',
    3,
    /\bno\s+(?:supporting\s+|underlying\s+|valid\s+)?(?:documentation|documents?|docs|invoices?|contracts?|evidence|proof|paperwork|information|info)\b|\bwithout\s+(?:any\s+)?(?:documentation|documents?|invoices?|contracts?|evidence|proof)\b/,
  ),
  c(
    'missing_information',
    3,
    /\b(?:insufficient|incomplete|inadequate|lacking|lack\s+of|not\s+enough)\s+(?:info\w*|documents?|documentation|docs|details|data|evidence|proof|paperwork|case\s+data)\b|\b(?:info\w*|documentation|docs|details|data)\s+(?:is\s+|are\s+)?(?:incomplete|insufficient)\b/,
  ),
  c(
    'missing_information',
    2,
    /\b(?:requested|asked\s+for|asked|chased|request|ask)\b.{0,100}(?:\b(?:never|not|no)\s+(?:[a-z]+\s+){0,3}?(?:received|provided|sent|answered|got|replied|came|respond\w*|delivered|supplied|heard)\b|\bstill\s+without\b|\bwithout\s+receiving\b|\bnothing\s+(?:came|arrived|was\s+sent|back|received)\b|\bstill\s+(?:nothing|no\s+(?:reply|answer|documents?|invoices?))\b|\b(?:hasn'?t|has\s+not|haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:yet\s+)?(?:sent|provided|supplied|delivered|replied|answered|responded)\b|\bgot\s+nothing\b|\bno\s+(?:reply|response|answer|documents?|docs)\b)|\b(?:never|not)\s+(?:received|provided|sent|supplied|delivered|got)\b.{0,40}\b(?:documents?|docs|info\w*|invoices?|contract|details|evidence)\b/,
  ),
  c(
    'missing_information',
    2,
    new RegExp(
      String.raw`${CLIENT}\s+(?:did\s?n[o']?t|never|has\s?n[o']?t|failed\s+to|won'?t|refuses\s+to)\s+(?:provide|send|supply|share|answer|respond|reply|deliver)`,
    ),
  ),

  // fraud_risk
  c(
    'fraud_risk',
    3,
    /\bfraud\w*|\bscam\w*|\bimpersonat\w*|\bposing\s+as\b|\bforg(?:ed|ery|eries)\b|\bfake\b|\bfabricat\w*|\bfictitious\b|\bbogus\b|\bidentity\s+theft\b|\bphishing\b|\bcounterfeit\b/,
  ),
  c(
    'fraud_risk',
    2,
    /\bsuspicious\b|\bsuspect\w*|\bnot\s+genuine\b|\bnot\s+legit\w*|\billegitimate\b|\bmoney\s+laundering\b|\bmade[-\s]up\b|\bshady\b|\bdodgy\b|\bred\s+flags?\b/,
  ),

  // Further paraphrases partners use.
  c(
    'conflict_of_interest',
    3,
    new RegExp(
      String.raw`${DEBTOR}\s+(?:is|are|was)\s+(?:a\s+|the\s+)?(?:subsidiary|parent(?:\s+company)?|affiliate|sister\s+company|owner|shareholder|related\s+company|group\s+company)\s+of\s+(?:our|one\s+of\s+our|my)\b`,
    ),
  ),
  c(
    'regulatory_restriction',
    3,
    /\b(?:lack|lacking|don'?t\s+have|do\s+not\s+have|doesn'?t\s+have|without|no|missing)\s+(?:a\s+|the\s+|any\s+)?(?:required\s+|necessary\s+|valid\s+|local\s+)?(?:debt\s+)?(?:collection\s+)?(?:licen[cs]e|permit|authori[sz]ation|accreditation)\b/,
  ),
  c(
    'misclassified_not_prelegal',
    2,
    /\b(?:says|said|claims|claimed|states|argues|insists|alleges)\b.{0,40}\b(?:never|not|wasn'?t|weren'?t|didn'?t|defective|faulty|wrong|incorrect|damaged|cancel\w*|already\s+paid|not\s+owed)\b|\b(?:never|not)\s+(?:delivered|received|ordered|performed|provided)\b|\bnon-?delivery\b|\b(?:won'?t|refuses\s+to)\s+pay\s+because\b/,
  ),
  c('misclassified_not_prelegal', 1, /\brefus\w*\s+to\s+pay\b/),
  c('insolvency_or_ceased', 3, /\b(?:isn'?t|is\s+not|not|no\s+longer|stopped|has\s+stopped)\s+trading\b/),
  c(
    'conflict_of_interest',
    3,
    /\b(?:partner|director|shareholder|employee|owner|board\s+member|relative|family\s+member)\s+(?:in|of|at)\s+(?:our|my)\s+(?:firm|company|office|agency|team)\b/,
  ),
  c(
    'insolvency_or_ceased',
    3,
    /(?<!(?:address|e-?mail|phone|number|website|contact|details|debtor'?s?\s+\w+)\s+)\b(?:doesn'?t|does\s+not|no\s+longer|not)\s+exists?(?:\s+any\s?more)?\b|\bceased\s+to\s+exist\b|\b(?:company|business|firm)\s+(?:is\s+)?(?:gone|closed|dead)\b/,
  ),
  c(
    'untraceable_debtor',
    3,
    new RegExp(
      String.raw`${DEBTOR}\s+(?:that\s+|who\s+)?(?:we|i|they)\s+(?:can(?:no|')?t|could\s?n[o']?t|are\s+unable\s+to|were\s+unable\s+to)\s+(?:find|locate|trace|reach|contact)`,
    ),
  ),
  c(
    'conflict_of_interest',
    3,
    /\bcompetitors?\s+of\s+(?:our|my|one\s+of\s+our)\b|\b(?:our|my)\s+(?:client'?s?|customer'?s?)\s+competitor\b/,
  ),
  c('conflict_of_interest', 1, /\bcompetit\w*/),
  c(
    'duplicate',
    3,
    /\b(?:got|received|have|had|handle|handling)\s+(?:this|the\s+same|this\s+exact|the\s+exact|exactly\s+this)\s+(?:case|claim|debtor|file|invoice)\b|\bexact\s+(?:same\s+)?(?:case|claim)\b/,
  ),
  c(
    'missing_information',
    3,
    /\b(?:ignored|disregarded|never\s+answered|did\s?n[o']?t\s+answer)\s+(?:our|the|my|all\s+our)\s+(?:request|requests|reminders?|emails?|questions?)\b/,
  ),
  c(
    'fraud_risk',
    3,
    /\bfalsif\w*|\bdoctored\b|\btampered\b|\bmanipulated\s+(?:documents?|invoices?)\b|\bfakes?d?\b/,
  ),
  c(
    'custom_terms_requested',
    2,
    /\b(?:without|no|zero|reduced|lower|waive\w*|free\s+of)\s+(?:any\s+)?(?:commission|success\s+fee|fees?)\b/,
  ),
  c(
    'below_minimum',
    2,
    /\b(?:under|below|less\s+than|lower\s+than|smaller\s+than)\s+(?:[$€£]\s?)?\d+(?:[.,]\d+)?\s?(?:usd|eur|gbp|dkk|sek|nok|chf|dollars?|euros?|pounds?)\b/,
  ),
  c(
    'untraceable_debtor',
    2,
    /\b(?:no|none\s+of\s+the)\s+(?:valid\s+|working\s+)?contact\s+(?:details|info\w*|data|numbers?)\s+(?:works?|is\s+valid|are\s+valid|is\s+working|are\s+working)\b|\b(?:phone|number|e-?mail|mail|letters?)\s+(?:\w+\s+)?(?:is\s+|are\s+|was\s+|were\s+)?(?:disconnected|dead|bouncing|bounced|bounces|returned|out\s+of\s+service|unanswered)\b/,
  ),
];

export function classifyDeclineReason(reason: string): Ranked<DeclineCategory> | null {
  return rank(normalize(reason).canon, DECLINE_CUES);
}

const MEANINGLESS =
  /^(?:n\/?a|none|no|nope|nothing|idk|dunno|whatever|just\s+because|because|reasons?|no\s+reason|\.+|-+|\?+|x+|asdf\w*|test\w*|blah\w*|na|nil|decline[d]?|not\s+interested|no\s+comment|ok|okay)$/;

export type DeclineReasonAssessment =
  | { ok: true; category: DeclineCategory | null; confidence: number }
  | { ok: false; problem: string };

/** The committed model (`npm run train`); trained on the labelled lines, see docs/notes/classifier.md. */
export const DECLINE_MODEL: LinearModel = loadModel(declineModelFile as LinearModelFile);

const NEED_A_REASON =
  'Please give a specific, factual reason for declining, for example "the debtor is bankrupt", "we cannot locate the debtor" or "conflict of interest: we represent the debtor".';

/** The rules' verdict and how strongly they reached it: 2 = a strong cue, 1 = a lone hint, 0 = nothing. */
export function assessDeclineReasonByRules(
  reason: string,
): DeclineReasonAssessment & { strength: 0 | 1 | 2 } {
  const text = normalize(reason).canon.replace(/^[\s,.:;!?-]+|(?<![\s,.:;!?-])[\s,.:;!?-]+$/g, '');
  const ranked = text ? rank(text, DECLINE_CUES) : null;
  if (ranked && ranked.score >= 2) {
    return { ok: true, category: ranked.label, confidence: rankConfidence(ranked), strength: 2 };
  }
  const letters = text.replace(/[^a-z]/g, '');
  if (!text || letters.length < 3 || MEANINGLESS.test(text) || (!ranked && text.split(/\s+/).length < 2)) {
    return { ok: false, problem: NEED_A_REASON, strength: 0 };
  }
  if (ranked && ranked.score >= 1 && ranked.score > ranked.runnerUp) {
    return {
      ok: true,
      category: ranked.label,
      confidence: Math.min(0.7, rankConfidence(ranked)),
      strength: 1,
    };
  }
  return { ok: true, category: null, confidence: 0.6, strength: 0 };
}

/**
 * Rules first where they found a strong cue (they name the category or a phrase written for it); otherwise
 * the classifier, when it is sure enough (model.abstainBelow, measured on held-out lines); otherwise the
 * rules' lone hint, if any; otherwise null, so a support agent reviews the reason rather than the
 * creditor being told a wrong one. The order was chosen by measurement: docs/notes/classifier.md.
 */
export function combineDeclineVerdicts(
  rules: DeclineReasonAssessment & { strength: 0 | 1 | 2 },
  prediction: Prediction | null,
  abstainBelow: number,
): DeclineReasonAssessment {
  if (!rules.ok) return { ok: false, problem: rules.problem };
  if (rules.strength === 2) return { ok: true, category: rules.category, confidence: rules.confidence };
  // The model's "no category" changes nothing: the rules' verdict (a lone hint or null) stands.
  if (prediction && prediction.probability >= abstainBelow && prediction.label !== NONE_LABEL) {
    return {
      ok: true,
      category: prediction.label as DeclineCategory,
      confidence: Math.round(Math.min(0.9, prediction.probability) * 100) / 100,
    };
  }
  return { ok: true, category: rules.category, confidence: rules.confidence };
}

/** The model's label for "no category" (a support agent reviews the reason). */
export const NONE_LABEL = '(none)';

/**
 * Validates a free-text decline reason and maps it to a category (null = manual review).
 * An empty, very short or meaningless reason asks for a specific, factual one instead.
 */
export function assessDeclineReason(
  reason: string,
  model: LinearModel = DECLINE_MODEL,
): DeclineReasonAssessment {
  const rules = assessDeclineReasonByRules(reason);
  if (!rules.ok || rules.strength === 2) return combineDeclineVerdicts(rules, null, model.abstainBelow);
  return combineDeclineVerdicts(rules, predict(model, reason), model.abstainBelow);
}
