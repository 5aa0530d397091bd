import type { Actor } from './actor.ts';
import type { Case, Partner } from './case.ts';
import { DomainError, type SentenceSpec, type SentenceValue, sentence } from './errors.ts';

// Who may do what with a case: ONE table, decided from the actor's relation to the case alone. The use
// cases load the facts (is the actor's partner on the lead? did it hold the case?) and ask `assertMay`
// before anything is written; no use case decides a role question by itself.
//
// From the articles: the assigned exclusive partner works the case (accept, decline, request info, offer
// terms, payments, close); the creditor withdraws, selects a quote or pulls a lead back; a managing
// partner has "read-only access to case progress" and communicates with the assigned partner through the
// case chat; it is also "notified to provide the requested information" when the partner asks for more,
// so answering an information request is the one change it makes. Partners invited to a lead quote or
// pass; support reads every case and resolves declines that need manual review. A shadow client (the
// client a managing partner submitted for, name and country only) has no users of its own and its
// managing partner is read-only, so support takes the client's decision on its behalf: `ON_BEHALF_ONLY`.
//
// The case chat (docs/notes/r-casechat.md): the parties of the case write to each other on it (the
// managing partner with the partner working the case; on a case with no managing partner, the creditor
// with its partner); support reads it. A creditor whose case was declined adds information for whoever
// now considers it ("provide additional information via the case communication thread"); a managing
// partner does so for its client, as it answers information requests.

/** What the actor is to the case. */
export type CaseRelation =
  | 'support'
  | 'creditor'
  | 'assigned_partner'
  | 'managing_partner'
  /** Invited to quote on the case's lead, or quoted on it. */
  | 'lead_partner'
  /** Held the case before (declined it, offered terms) but holds nothing now. */
  | 'former_partner'
  | 'stranger';

export const CASE_RELATIONS: readonly CaseRelation[] = [
  'support',
  'creditor',
  'assigned_partner',
  'managing_partner',
  'lead_partner',
  'former_partner',
  'stranger',
];

/** Every action a person can take on a case from chat. */
export type CasePermission =
  | 'view'
  | 'accept'
  | 'decline'
  | 'request_info'
  | 'offer_terms'
  | 'register_payment'
  | 'close'
  | 'withdraw'
  | 'answer_info'
  | 'select_quote'
  | 'pullback'
  /** The creditor asks for legal escalation (domain.md, "Further decisions"). */
  | 'escalate'
  | 'submit_quote'
  | 'decline_to_quote'
  | 'resolve_review'
  /** Write to the other side in the case chat. */
  | 'message'
  /** Read the case chat. */
  | 'read_messages'
  /** Add information to a case no partner holds now (after a decline). */
  | 'add_info';

const PARTNER_WORK: readonly CaseRelation[] = ['assigned_partner'];
const CLIENT_DECISION: readonly CaseRelation[] = ['creditor'];

/** The table. A relation not listed for an action is refused with `refusal` below. */
export const PERMISSIONS: Readonly<Record<CasePermission, readonly CaseRelation[]>> = {
  view: ['support', 'creditor', 'assigned_partner', 'managing_partner', 'lead_partner', 'former_partner'],
  accept: PARTNER_WORK,
  decline: PARTNER_WORK,
  request_info: PARTNER_WORK,
  offer_terms: PARTNER_WORK,
  register_payment: PARTNER_WORK,
  close: PARTNER_WORK,
  withdraw: CLIENT_DECISION,
  // Support: only on behalf of a shadow client (ON_BEHALF_ONLY below).
  select_quote: [...CLIENT_DECISION, 'support'],
  pullback: CLIENT_DECISION,
  escalate: CLIENT_DECISION,
  answer_info: ['creditor', 'managing_partner'],
  submit_quote: ['lead_partner'],
  decline_to_quote: ['lead_partner'],
  resolve_review: ['support'],
  message: ['creditor', 'assigned_partner', 'managing_partner'],
  read_messages: ['support', 'creditor', 'assigned_partner', 'managing_partner'],
  add_info: ['creditor', 'managing_partner'],
};

export const CASE_PERMISSIONS = Object.keys(PERMISSIONS) as CasePermission[];

/**
 * Relations the table allows an action only on behalf of a client with no users of its own (a shadow
 * client, whose managing partner has read-only access): someone has to choose its quote, and that is
 * support. On a case whose creditor has users, the creditor decides itself.
 */
export const ON_BEHALF_ONLY: Readonly<Partial<Record<CasePermission, readonly CaseRelation[]>>> = {
  select_quote: ['support'],
};

/** What the actor's partner organisation has to do with a case beyond assignment and submission. */
export interface PartnerRelation {
  /** Invited to quote on the case's current lead, or has a quote on it. */
  onLead?: boolean;
  /** It held the case before (declined it, offered terms) or was invited to an earlier lead. */
  involved?: boolean;
  /** The case's creditor is a shadow client (no users; a managing partner submitted it): `ON_BEHALF_ONLY`. */
  shadowClient?: boolean;
}

type CaseParties = Pick<Case, 'creditorId' | 'assignedPartnerId' | 'managingPartnerId'>;

export function relationOf(actor: Actor, c: CaseParties, rel: PartnerRelation = {}): CaseRelation {
  switch (actor.role) {
    case 'support':
      return 'support';
    case 'creditor':
      return actor.creditorId !== null && actor.creditorId === c.creditorId ? 'creditor' : 'stranger';
    case 'partner':
      if (actor.partnerId === null) return 'stranger';
      if (actor.partnerId === c.assignedPartnerId) return 'assigned_partner';
      if (actor.partnerId === c.managingPartnerId) return 'managing_partner';
      if (rel.onLead) return 'lead_partner';
      if (rel.involved) return 'former_partner';
      return 'stranger';
  }
}

export function may(action: CasePermission, relation: CaseRelation): boolean {
  return PERMISSIONS[action].includes(relation);
}

const VERB: Record<CasePermission, string> = {
  view: 'see',
  accept: 'accept',
  decline: 'decline',
  request_info: 'ask for more information on',
  offer_terms: 'offer custom terms on',
  register_payment: 'register a payment on',
  close: 'close',
  withdraw: 'withdraw',
  answer_info: 'answer the information request on',
  select_quote: 'select a quote on',
  pullback: 'pull back',
  escalate: 'escalate',
  submit_quote: 'quote on',
  decline_to_quote: 'pass on the lead of',
  resolve_review: 'resolve the decline review of',
  message: 'write in the case chat on',
  read_messages: 'read the case chat on',
  add_info: 'add information to',
};

/** Who the table lets do it, in words: "only the collection partner working case 12". */
function whoMay(action: CasePermission, caseId: number): string {
  const allowed = PERMISSIONS[action];
  if (allowed.includes('assigned_partner') && allowed.includes('managing_partner'))
    return `the parties of case ${caseId} (the partner working it, and its creditor or managing partner)`;
  if (allowed.includes('assigned_partner')) return `the collection partner working case ${caseId}`;
  if (allowed.includes('creditor') && allowed.includes('managing_partner'))
    return `the creditor of case ${caseId} (or the managing partner that submitted it)`;
  if (allowed.includes('creditor')) return `the creditor of case ${caseId}`;
  if (allowed.includes('lead_partner')) return `the partners invited to the lead on case ${caseId}`;
  return 'a support agent';
}

/** The same, as a catalogue sentence (src/i18n/catalogue/en.ts, `perm.who.*`). */
function whoMaySaid(action: CasePermission, caseId: string): SentenceSpec {
  const allowed = PERMISSIONS[action];
  const who = (key: string) => sentence(`perm.who.${key}`, { caseId });
  if (allowed.includes('assigned_partner') && allowed.includes('managing_partner')) return who('parties');
  if (allowed.includes('assigned_partner')) return who('assigned');
  if (allowed.includes('creditor') && allowed.includes('managing_partner'))
    return who('creditor_or_managing');
  if (allowed.includes('creditor')) return who('creditor');
  if (allowed.includes('lead_partner')) return who('lead');
  return who('support');
}

const isPartnerWork = (action: CasePermission) => PERMISSIONS[action] === PARTNER_WORK;

/** The refusal for a relation the table does not allow: what is wrong, and what the person can do instead. */
export function refusal(action: CasePermission, relation: CaseRelation, caseId: number): DomainError {
  const verb = VERB[action];
  const only = `Only ${whoMay(action, caseId)} can ${verb === 'see' ? 'see it' : `${verb} it`}.`;
  const id = String(caseId);
  const act = { msg: sentence(`perm.act.${action}`) };
  const onlySaid = { msg: sentence('perm.only', { who: { msg: whoMaySaid(action, id) }, act }) };
  const said = (key: string, values: Record<string, SentenceValue> = {}) =>
    sentence(`perm.refused.${key}`, { caseId: id, ...values });
  switch (relation) {
    case 'managing_partner':
      return new DomainError(
        'forbidden',
        `You submitted case ${caseId} for your client, so your access to it is read-only: ` +
          `you can follow it (say "status ${caseId}") and message the partner working it in the case chat ` +
          `(say "message the partner on ${caseId}: …"), but you can't ${verb} it.` +
          `${isPartnerWork(action) ? '' : ' To act for your client, contact Debitura support.'}`,
        { relation, action },
        said('managing', { act, partnerWork: isPartnerWork(action) ? 'yes' : 'no' }),
      );
    case 'creditor':
      return new DomainError(
        'forbidden',
        `${only} As the creditor you can follow case ${caseId}, answer the partner's questions, withdraw it, or choose among its quotes.`,
        { relation, action },
        said('creditor', { only: onlySaid }),
      );
    case 'assigned_partner':
      return new DomainError(
        'forbidden',
        `${only} You work case ${caseId}: you can register payments on it and close it with a close code.`,
        { relation, action },
        said('assigned', { only: onlySaid }),
      );
    case 'lead_partner':
      return new DomainError(
        'forbidden',
        `Case ${caseId} is a lead your organisation was invited to quote on, not a case assigned to you, so you can't ${verb} it${action === 'decline' ? ': leads are not declined' : ''}. ` +
          `To quote, say "quote <percent>% on case ${caseId}"; if you don't want it, pass with "no quote on case ${caseId}".`,
        { relation, action },
        said('lead', { act, decline: action === 'decline' ? 'yes' : 'no' }),
      );
    case 'former_partner':
      return new DomainError(
        'forbidden',
        `Your organisation no longer holds case ${caseId}, so you can't ${verb} it. You can still look at its status.`,
        { relation, action },
        said('former', { act }),
      );
    case 'support':
      return new DomainError(
        'forbidden',
        `Support can read case ${caseId} and resolve decline reviews, but ${only.charAt(0).toLowerCase()}${only.slice(1)}`,
        { relation, action },
        said('support', { who: { msg: whoMaySaid(action, id) }, act }),
      );
    case 'stranger':
      return notYours(caseId);
  }
}

function notYours(caseId: number): DomainError {
  return new DomainError(
    'forbidden',
    `Case ${caseId} is not one of your cases, so you can't see or change it.`,
    {},
    sentence('perm.refused.stranger', { caseId: String(caseId) }),
  );
}

/** The one check every use case asks: may this actor do this to this case? Throws the refusal if not. */
export function assertMay(
  action: CasePermission,
  actor: Actor,
  c: CaseParties & Pick<Case, 'id'>,
  rel: PartnerRelation = {},
): CaseRelation {
  const relation = relationOf(actor, c, rel);
  if (!may(action, relation)) throw refusal(action, relation, c.id);
  if (ON_BEHALF_ONLY[action]?.includes(relation) && !rel.shadowClient) {
    throw new DomainError(
      'forbidden',
      `The creditor of case ${c.id} has users of its own, so it takes this decision itself. ` +
        `Support can ${VERB[action]} a case only for a client a managing partner submitted, whose own access is read-only.`,
      { relation, action },
      sentence('refusals4.perm.on_behalf_only', {
        caseId: String(c.id),
        act: { msg: sentence(`refusals4.perm.on_behalf.${action}`) },
      }),
    );
  }
  return relation;
}

export function canView(actor: Actor, c: CaseParties, rel: PartnerRelation = {}): boolean {
  return may('view', relationOf(actor, c, rel));
}

export function assertCanView(
  actor: Actor,
  c: CaseParties & Pick<Case, 'id'>,
  rel: PartnerRelation = {},
): void {
  assertMay('view', actor, c, rel);
}

/** Only the assigned exclusive partner gets the verification actions; the legal network quotes instead. */
export type ExclusiveWork = 'verify' | 'accept' | 'decline' | 'offer custom terms on';

const EXCLUSIVE_WORK_KEY: Record<ExclusiveWork, string> = {
  verify: 'verify',
  accept: 'accept',
  decline: 'decline',
  'offer custom terms on': 'offer_terms',
};

export function assertExclusive(partner: Pick<Partner, 'type'>, caseId: number, what: ExclusiveWork): void {
  if (partner.type === 'exclusive') return;
  throw new DomainError(
    'forbidden',
    `Legal-network partners don't ${what} cases: you receive leads and choose whether to quote. If you don't want case ${caseId}, simply don't quote on it.`,
    {},
    sentence('refusals4.perm.legal_network', {
      caseId: String(caseId),
      what: { msg: sentence(`refusals4.perm.legal_network.${EXCLUSIVE_WORK_KEY[what]}`) },
    }),
  );
}

/**
 * For actions whose own check knows more than the table (quoting: the invitation itself), the table's
 * refusal for anyone related to the case in another way, e.g. the managing partner (read-only). A
 * partner with no relation is left to that check, which answers without revealing the case.
 */
export function refuseOtherRelations(
  action: CasePermission,
  actor: Actor,
  c: CaseParties & Pick<Case, 'id'>,
): void {
  const relation = relationOf(actor, c);
  if (relation === 'stranger' || may(action, relation)) return;
  throw refusal(action, relation, c.id);
}

/** Actions that are not about one case (the manual-review list): support only. */
const SUPPORT_WORK = {
  'issue link codes': 'link_codes',
  'link chat accounts': 'link',
  'unlink chat accounts': 'unlink',
  "see people's chat accounts": 'see_accounts',
  'see the declines waiting for manual review': 'see_reviews',
  'resolve a decline that needs manual review': 'resolve_review',
  'see the notices nobody could receive': 'see_parked',
  'requeue a notice': 'requeue',
} as const;

/** What only support may do, in the words of the refusal (each has its catalogue phrase). */
export type SupportWork = keyof typeof SUPPORT_WORK;

export function assertSupport(actor: Actor, what: SupportWork): void {
  if (actor.role === 'support') return;
  throw new DomainError(
    'forbidden',
    `Only a support agent can ${what}.`,
    {},
    sentence('refusals4.perm.support_only', {
      what: { msg: sentence(`refusals4.perm.support_only.${SUPPORT_WORK[what]}`) },
    }),
  );
}

// A creditor's account settings (network sharing, article "partner declined my case"): not about one case.
// The creditor's own users read and change them; support reads and changes them for a creditor it names.
// Nobody else, and a managing partner's shadow client (name and country only) has no settings of its own.

/** What the actor is to a creditor account. */
export type CreditorRelation = 'own_user' | 'support' | 'other';

export type CreditorPermission = 'view_settings' | 'change_settings';

export const CREDITOR_PERMISSIONS: Readonly<Record<CreditorPermission, readonly CreditorRelation[]>> = {
  view_settings: ['own_user', 'support'],
  change_settings: ['own_user', 'support'],
};

export function creditorRelationOf(actor: Actor, creditorId: number): CreditorRelation {
  if (actor.role === 'support') return 'support';
  if (actor.role === 'creditor' && actor.creditorId !== null && actor.creditorId === creditorId)
    return 'own_user';
  return 'other';
}

/** May this actor read or change this creditor's account settings? Throws the refusal if not. */
export function assertMayOnCreditor(
  action: CreditorPermission,
  actor: Actor,
  creditor: { id: number; name: string },
): CreditorRelation {
  const relation = creditorRelationOf(actor, creditor.id);
  if (CREDITOR_PERMISSIONS[action].includes(relation)) return relation;
  throw new DomainError(
    'forbidden',
    actor.role === 'partner'
      ? "Network sharing is a creditor's own account setting: only the creditor's users (or Debitura support) can see or change it."
      : "You can only see or change your own organisation's account settings.",
    { action },
    sentence(actor.role === 'partner' ? 'refusals4.perm.settings.partner' : 'refusals4.perm.settings.other'),
  );
}
