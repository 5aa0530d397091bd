import type { Actor } from './actor.ts';
import type { Case, Partner } from './case.ts';
import { DomainError } from './errors.ts';

// Who may do what with a case. Decided from the actor and facts about the case alone; the use cases
// load the facts and call these before anything is written.

/** What the actor's partner organisation has to do with a case, when the actor is a partner user. */
export interface PartnerRelation {
  /** It held the case before (declined it, offered terms) or was invited to quote on it. */
  involved: boolean;
}

export function canView(
  actor: Actor,
  c: Pick<Case, 'creditorId' | 'assignedPartnerId' | 'managingPartnerId'>,
  rel?: PartnerRelation,
): boolean {
  switch (actor.role) {
    case 'support':
      return true;
    case 'creditor':
      return actor.creditorId !== null && actor.creditorId === c.creditorId;
    case 'partner':
      return (
        actor.partnerId !== null &&
        (actor.partnerId === c.assignedPartnerId ||
          actor.partnerId === c.managingPartnerId ||
          Boolean(rel?.involved))
      );
  }
}

function notYours(caseId: number): DomainError {
  return new DomainError(
    'forbidden',
    `Case ${caseId} is not one of your cases, so you can't see or change it.`,
  );
}

export function assertCanView(
  actor: Actor,
  c: Pick<Case, 'id' | 'creditorId' | 'assignedPartnerId' | 'managingPartnerId'>,
  rel?: PartnerRelation,
): void {
  if (!canView(actor, c, rel)) throw notYours(c.id);
}

/**
 * Partner actions (accept, decline, request info, offer terms, payments, close) belong to the partner the
 * case is assigned to. A managing partner only reads; creditors and support do not work cases.
 */
export function assertAssignedPartner(
  actor: Actor,
  c: Pick<Case, 'id' | 'creditorId' | 'assignedPartnerId' | 'managingPartnerId'>,
): void {
  if (actor.role === 'partner' && actor.partnerId !== null && actor.partnerId === c.assignedPartnerId) return;
  if (actor.role === 'partner' && actor.partnerId !== null && actor.partnerId === c.managingPartnerId) {
    throw new DomainError(
      'forbidden',
      `You submitted case ${c.id} for your client, so you can follow it but only the partner working it can change it. You can message them from the case.`,
    );
  }
  if (actor.role === 'creditor' && actor.creditorId === c.creditorId) {
    throw new DomainError(
      'forbidden',
      `Only the collection partner working case ${c.id} can do that. As the creditor you can withdraw the case or answer its questions.`,
    );
  }
  if (actor.role === 'support') {
    throw new DomainError(
      'forbidden',
      `Support can read case ${c.id} and resolve decline reviews, but only the assigned partner can work the case.`,
    );
  }
  throw notYours(c.id);
}

/** Only the assigned exclusive partner gets the verification actions; the legal network quotes instead. */
export function assertExclusive(partner: Pick<Partner, 'type'>, caseId: number, what: string): void {
  if (partner.type === 'exclusive') return;
  throw new DomainError(
    'forbidden',
    `Legal-network partners don't ${what} cases: you receive leads and choose whether to quote. If you don't want case ${caseId}, simply don't quote on it.`,
  );
}

/** The creditor's own actions (withdraw). A managing partner acts for its shadow client. */
export function assertCreditorSide(
  actor: Actor,
  c: Pick<Case, 'id' | 'creditorId' | 'assignedPartnerId' | 'managingPartnerId'>,
  opts: { shadowClient: boolean },
): void {
  if (actor.role === 'creditor' && actor.creditorId === c.creditorId) return;
  if (
    opts.shadowClient &&
    actor.role === 'partner' &&
    actor.partnerId !== null &&
    actor.partnerId === c.managingPartnerId
  )
    return;
  if (actor.role === 'partner' && actor.partnerId === c.assignedPartnerId) {
    throw new DomainError('forbidden', `Only the creditor can do that on case ${c.id}.`);
  }
  if (actor.role === 'partner' && actor.partnerId === c.managingPartnerId) {
    throw new DomainError(
      'forbidden',
      `Only the creditor can do that on case ${c.id}; you can follow it read-only.`,
    );
  }
  if (actor.role === 'support') {
    throw new DomainError(
      'forbidden',
      `Only the creditor can do that on case ${c.id}; support reads cases and resolves decline reviews.`,
    );
  }
  throw notYours(c.id);
}

export function assertSupport(actor: Actor, what: string): void {
  if (actor.role === 'support') return;
  throw new DomainError('forbidden', `Only a support agent can ${what}.`);
}
