import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import {
  type CaseWithParties,
  findCase,
  loadCaseWithParties,
  lockCase,
  partnerRelationFacts,
} from '../../db/repositories/case.repository.ts';
import { findDeclineByPartner } from '../../db/repositories/decline.repository.ts';
import type { LeadRouting } from '../../db/repositories/lead.repository.ts';
import type { NoticeRecipient } from '../../db/repositories/notice.repository.ts';
import type { Actor } from '../../domain/actor.ts';
import {
  assertStatusAllows,
  type Case,
  type CaseAction,
  type Creditor,
  inferDone,
  type Partner,
  statusLabel,
} from '../../domain/case.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import {
  assertExclusive,
  assertMay,
  type CasePermission,
  type ExclusiveWork,
  type PartnerRelation,
} from '../../domain/permissions.ts';
import { assertSdcaSigned } from '../../domain/sdca.ts';
import type { TurnReads } from '../turn-reads.ts';

// Loading a case for an action, shared by the case use cases: the same checks run in `checkX` (no
// lock, to refuse at once or show the plan) and again in `x` under the row lock.

type Db = Kysely<Database> | Transaction<Database>;

export interface LoadOptions {
  /** Lock the case row (inside the action's transaction). */
  lock?: Transaction<Database>;
  /** The chat turn's reads (ctx.reads): the case is noted there, and an unlocked read shared. */
  reads?: TurnReads;
}

/** The case with its parties; noted in the turn's reads, and read once per sharing stretch unless locked. */
async function caseWithParties(
  db: Db,
  caseId: number,
  opts: Parameters<typeof loadCaseWithParties>[2],
  reads: TurnReads | undefined,
): Promise<CaseWithParties | null> {
  const loaded =
    reads && !opts.lock && !opts.leadRouting
      ? await reads.share(`caseWithParties:${caseId}:${opts.partnerId}`, () =>
          loadCaseWithParties(db, caseId, opts),
        )
      : await loadCaseWithParties(db, caseId, opts);
  if (loaded) reads?.sawCase(loaded.case);
  return loaded;
}

/** Case numbers come from chat: refuse anything that is not one before it reaches SQL. */
export function assertCaseNumber(caseId: number): void {
  if (Number.isSafeInteger(caseId) && caseId > 0 && caseId <= 2_147_483_647) return;
  throw new DomainError(
    'invalid_input',
    'Which case? Give the case number, for example "case 123".',
    { missing: ['caseId'] },
    sentence('case.which'),
  );
}

export async function loadCase(db: Db, caseId: number, opts: LoadOptions = {}): Promise<Case> {
  assertCaseNumber(caseId);
  const c = opts.lock ? await lockCase(opts.lock, caseId) : await findCase(db, caseId);
  if (!c)
    throw new DomainError(
      'not_found',
      `There is no case ${caseId}. Check the case number.`,
      {},
      sentence('case.not_found', { caseId: String(caseId) }),
    );
  return c;
}

export interface PartnerActionContext {
  case: Case;
  partner: Partner;
  creditor: Creditor;
  /** Read with the lock when asked for (`withLeadRouting`) and the creditor shares with the network. */
  leadRouting: LeadRouting | null;
}

/**
 * A partner action on a case: the case exists, the actor's organisation is the assigned partner (a
 * second click after its own decline is "already declined"), the SDCA is signed, the status allows it.
 */
export async function loadForPartnerAction(
  db: Db,
  actor: Actor,
  caseId: number,
  action: CaseAction,
  now: Date,
  opts: LoadOptions & {
    exclusiveOnly?: ExclusiveWork;
    /** Under the lock only: also read what opening a lead needs, in the same statement. */
    withLeadRouting?: { reserveDeclineId: boolean };
  } = {},
): Promise<PartnerActionContext> {
  assertCaseNumber(caseId);
  const loaded = await caseWithParties(
    opts.lock ?? db,
    caseId,
    {
      partnerId: actor.role === 'partner' ? actor.partnerId : null,
      lock: Boolean(opts.lock),
      ...(opts.lock && opts.withLeadRouting ? { leadRouting: opts.withLeadRouting } : {}),
    },
    opts.reads,
  );
  if (!loaded)
    throw new DomainError(
      'not_found',
      `There is no case ${caseId}. Check the case number.`,
      {},
      sentence('case.not_found', { caseId: String(caseId) }),
    );
  const { case: c, creditor, partner } = loaded;
  if (actor.role === 'partner' && actor.partnerId !== null && actor.partnerId !== c.assignedPartnerId) {
    const declined = await findDeclineByPartner(db, c.id, actor.partnerId);
    if (declined) {
      throw new DomainError(
        'already_done',
        `Case ${c.id} was already declined by your organisation and is ${statusLabel(c.status)} now, so there is nothing more for you to do on it.`,
        { status: c.status },
      );
    }
  }
  assertMay(action satisfies CasePermission, actor, c, await relationFacts(db, actor, c));
  if (!partner) throw new Error(`partner ${actor.partnerId} of user ${actor.userId} does not exist`);
  if (opts.exclusiveOnly) assertExclusive(partner, c.id, opts.exclusiveOnly);
  assertSdcaSigned(partner, now);
  assertStatusAllows(c, action, inferDone(c, { declinedByActorPartner: false }));
  return { case: c, partner, creditor, leadRouting: loaded.leadRouting };
}

export interface CreditorActionContext {
  case: Case;
  creditor: Creditor;
}

/** A creditor action (withdraw, answer a question); a managing partner acts for its shadow client. */
export async function loadForCreditorAction(
  db: Db,
  actor: Actor,
  caseId: number,
  action: CaseAction,
  opts: LoadOptions = {},
): Promise<CreditorActionContext> {
  assertCaseNumber(caseId);
  const loaded = await caseWithParties(
    opts.lock ?? db,
    caseId,
    { partnerId: null, lock: Boolean(opts.lock) },
    opts.reads,
  );
  if (!loaded)
    throw new DomainError(
      'not_found',
      `There is no case ${caseId}. Check the case number.`,
      {},
      sentence('case.not_found', { caseId: String(caseId) }),
    );
  const { case: c, creditor } = loaded;
  assertMay(action satisfies CasePermission, actor, c, await relationFacts(db, actor, c));
  assertStatusAllows(c, action, inferDone(c, { declinedByActorPartner: false }));
  return { case: c, creditor };
}

/** Reading a case: support all, a creditor its own, a partner what it holds, held, submitted or quotes on. */
export async function loadForReading(db: Db, actor: Actor, caseId: number): Promise<Case> {
  const c = await loadCase(db, caseId);
  assertMay('view', actor, c, await relationFacts(db, actor, c));
  return c;
}

/**
 * The facts the permission table needs beyond the case row: for a partner that neither works nor
 * submitted the case, whether it is on the case's lead or held the case before. Nothing for anyone else.
 */
export async function relationFacts(
  db: Db,
  actor: Actor,
  c: Pick<Case, 'id' | 'assignedPartnerId' | 'managingPartnerId'>,
): Promise<PartnerRelation> {
  if (
    actor.role !== 'partner' ||
    actor.partnerId === null ||
    actor.partnerId === c.assignedPartnerId ||
    actor.partnerId === c.managingPartnerId
  )
    return {};
  return partnerRelationFacts(db, c.id, actor.partnerId);
}

/**
 * Who hears what the creditor must hear: the creditor's users, or, for a shadow client (which has no
 * users of its own), the managing partner that submitted the case.
 */
export function creditorRecipient(c: Case, creditor: Creditor): NoticeRecipient {
  if (creditor.shadowOfPartnerId !== null) {
    return { type: 'partner', partnerId: c.managingPartnerId ?? creditor.shadowOfPartnerId };
  }
  return { type: 'creditor', creditorId: creditor.id };
}

export const creditorWord = (creditor: Creditor) =>
  creditor.shadowOfPartnerId !== null ? 'the managing partner' : 'the creditor';

/** "The creditor", at the start of a sentence. */
export const creditorWordAtStart = (creditor: Creditor) => {
  const w = creditorWord(creditor);
  return `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
};
