import { DomainError, type SentenceSpec, type SentenceValue, sentence } from './errors.ts';
import type { CaseStatus, ClaimType, CloseCode, DebtorType, PartnerType } from './ids.ts';
import { CASE_STATUS_LABELS } from './ids.ts';

/** A collection case as the rules see it. Amounts are decimal strings (see money.ts). */
export interface Case {
  id: number;
  creditorId: number;
  debtorName: string;
  debtorType: DebtorType;
  debtorCountry: string;
  debtorRegion: string | null;
  claimType: ClaimType;
  principal: string;
  currency: string;
  principalUsd: string;
  disputed: boolean;
  debtDate: Date;
  documentName: string | null;
  description: string | null;
  status: CaseStatus;
  assignedPartnerId: number | null;
  managingPartnerId: number | null;
  commissionRate: string;
  /** Sum of the payments registered so far, in the case's currency. */
  paidTotal: string;
  successFeePct: string | null;
  collectionPeriodStartsAt: Date | null;
  collectionPeriodEndsAt: Date | null;
  closeCode: CloseCode | null;
  closeComment: string | null;
  closedAt: Date | null;
  statusChangedAt: Date;
  createdAt: Date;
}

export interface Partner {
  id: number;
  name: string;
  type: PartnerType;
  minimumThresholdUsd: string;
  sdcaSignedAt: Date | null;
  channel: string | null;
}

export interface Creditor {
  id: number;
  name: string;
  country: string;
  networkSharing: boolean;
  /** Set for a shadow client: the managing partner that created it. */
  shadowOfPartnerId: number | null;
}

/** The case actions of domain.md, with the statuses each may start from. */
export type CaseAction =
  | 'accept'
  | 'decline'
  | 'request_info'
  | 'answer_info'
  | 'offer_terms'
  | 'register_payment'
  | 'close'
  | 'withdraw';

const COLLECTING: CaseStatus[] = ['active', 'paused', 'needs_additional_details'];

export const ALLOWED_FROM: Record<CaseAction, readonly CaseStatus[]> = {
  accept: ['pending_verification'],
  decline: ['pending_verification'],
  request_info: ['pending_verification'],
  offer_terms: ['pending_verification'],
  answer_info: ['needs_additional_details'],
  register_payment: COLLECTING,
  close: COLLECTING,
  // Decision: a creditor may also withdraw a case the partner has not started (pending verification or
  // waiting for details): it closes at once, like a withdrawal after the period.
  withdraw: ['active', 'pending_verification', 'needs_additional_details'],
};

const VERB: Record<CaseAction, string> = {
  accept: 'accepted',
  decline: 'declined',
  request_info: 'sent back for more information',
  offer_terms: 'offered custom terms',
  answer_info: 'answered',
  register_payment: 'given a payment',
  close: 'closed',
  withdraw: 'withdrawn',
};

/** What to do instead, by action and the status that refused it: the English words and their catalogue key. */
const ADVICE = {
  closed: 'Closed cases cannot be changed.',
  close_it: 'To stop working on it, close it with a close code.',
  with_network: 'It is with the partner network for quotes now.',
  verify_first: 'Accept or decline it first.',
  waiting_quotes: 'It is waiting for quotes; the creditor can pull the lead back.',
  paused: 'It is already paused after a withdrawal; the partner closes it now.',
  pull_back: 'To stop it, pull back the lead instead.',
  nobody_waiting: 'Nobody is waiting for more information on it.',
} as const;

function insteadAdvice(action: CaseAction, status: CaseStatus): keyof typeof ADVICE | null {
  if (status === 'closed') return 'closed';
  switch (action) {
    case 'decline':
    case 'request_info':
    case 'offer_terms':
    case 'accept':
      if (COLLECTING.includes(status)) return 'close_it';
      if (status === 'collecting_quotes') return 'with_network';
      return null;
    case 'close':
    case 'register_payment':
      if (status === 'pending_verification') return 'verify_first';
      if (status === 'collecting_quotes') return 'waiting_quotes';
      return null;
    case 'withdraw':
      if (status === 'paused') return 'paused';
      if (status === 'collecting_quotes') return 'pull_back';
      return null;
    case 'answer_info':
      return 'nobody_waiting';
  }
}

/** How the case got where it is, as the catalogue names it ("already accepted"). */
const DONE_KEY = {
  accepted: 'accepted',
  declined: 'declined',
  closed: 'closed',
  withdrawn: 'withdrawn',
  'offered custom terms': 'offered_terms',
  'sent back for more information': 'sent_back',
} as const;

export const statusLabel = (s: CaseStatus) => CASE_STATUS_LABELS[s];

/**
 * Refuses an action the case's status does not allow, in words a user understands. `done` says how the
 * case got where it is when the same organisation already acted on it (e.g. a second click), so the
 * answer is "already …" rather than a lecture about statuses.
 */
export function assertStatusAllows(
  c: Pick<Case, 'id' | 'status'>,
  action: CaseAction,
  done?: {
    action:
      | 'accepted'
      | 'declined'
      | 'closed'
      | 'withdrawn'
      | 'offered custom terms'
      | 'sent back for more information';
  } | null,
): void {
  if (ALLOWED_FROM[action].includes(c.status)) return;
  const label = statusLabel(c.status);
  const adviceKey = insteadAdvice(action, c.status);
  const advice = adviceKey ? ADVICE[adviceKey] : '';
  const adviceSaid: Record<string, SentenceValue> = {
    hasAdvice: adviceKey ? 'yes' : 'no',
    advice: adviceKey ? { msg: sentence(`refusals4.case.advice.${adviceKey}`) } : '',
  };
  const verbSaid = { msg: sentence(`refusals4.case.verb.${action}`) };
  if (done) {
    throw new DomainError(
      'already_done',
      `Case ${c.id} was already ${done.action}: it is ${label}, so it can no longer be ${VERB[action]}.${advice ? ` ${advice}` : ''}`,
      { status: c.status },
      sentence('refusals4.case.already', {
        caseId: String(c.id),
        done: { msg: sentence(`refusals4.case.done.${DONE_KEY[done.action]}`) },
        status: label,
        verb: verbSaid,
        ...adviceSaid,
      }),
    );
  }
  // "no longer" only when the case is past the point where the action was possible.
  const notYet =
    (action === 'close' || action === 'register_payment') &&
    (c.status === 'pending_verification' || c.status === 'collecting_quotes');
  const can = notYet ? "can't be" : action === 'answer_info' ? "can't be" : 'can no longer be';
  throw new DomainError(
    'invalid_state',
    `Case ${c.id} is ${label}, so it ${can} ${VERB[action]}${notYet ? ' yet' : ''}.${advice ? ` ${advice}` : ''}`,
    { status: c.status },
    sentence('refusals4.case.status', {
      caseId: String(c.id),
      status: label,
      can: notYet ? 'not_yet' : action === 'answer_info' ? 'cannot' : 'no_longer',
      verb: verbSaid,
      ...adviceSaid,
    }),
  );
}

/** How the case got to its present status, when the actor's own side caused it; used for "already …". */
export function inferDone(
  c: Pick<Case, 'status' | 'collectionPeriodStartsAt' | 'closeCode'>,
  facts: { declinedByActorPartner: boolean },
): Parameters<typeof assertStatusAllows>[2] {
  if (facts.declinedByActorPartner) return { action: 'declined' };
  if (c.status === 'active' && c.collectionPeriodStartsAt) return { action: 'accepted' };
  if (c.status === 'closed')
    return { action: c.closeCode === 'withdrawn_by_client' ? 'withdrawn' : 'closed' };
  if (c.status === 'paused') return { action: 'withdrawn' };
  if (c.status === 'needs_additional_details') return { action: 'sent back for more information' };
  return null;
}

/** "case 12 (Nordic Parts ApS, USD 1,500.00)" — how notices name a case. */
export function caseTitle(c: Pick<Case, 'id' | 'debtorName'>): string {
  return `case ${c.id} (${c.debtorName})`;
}

/** `whatSaid` is `what` as a catalogue phrase (said in the reader's language). */
export function requireText(value: string | null | undefined, what: string, whatSaid?: SentenceSpec): string {
  const text = value?.trim() ?? '';
  if (!text)
    throw new DomainError(
      'invalid_input',
      `Please give ${what}.`,
      {},
      sentence('refusals4.give', { what: whatSaid ? { msg: whatSaid } : what }),
    );
  return text;
}
