import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { findCase, lockCase, updateCase } from '../../db/repositories/case.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import { enqueueNotices } from '../../db/repositories/notice.repository.ts';
import {
  loadClientOverrides,
  loadMatchingRules,
  loadRoutingPartners,
} from '../../db/repositories/routing.repository.ts';
import type { Actor } from '../../domain/actor.ts';
import type { Case } from '../../domain/case.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import type { Channel } from '../../domain/ids.ts';
import { type CaseFacts, type RoutingDecision, routeCase } from '../../domain/routing.ts';
import { type MessageSpec, money, msg, renderFor } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { LeadSettings, UseCaseContext } from '../context.ts';
import { caseNotFound } from '../leads/lead-steps.ts';
import { openLead } from '../leads/open-lead.ts';
import type { ActionResult, Plan } from '../plan.ts';

export type RoutedTo =
  | { kind: 'exclusive'; partnerId: number; partnerName: string; via: 'client_override' | 'matching_rule' }
  | { kind: 'lead'; leadId: number; invitedPartnerIds: number[] };

export function caseFacts(c: Case): CaseFacts {
  return {
    creditorId: c.creditorId,
    debtorCountry: c.debtorCountry.trim(),
    debtorRegion: c.debtorRegion,
    debtorType: c.debtorType,
    claimType: c.claimType,
    principalUsd: Number(c.principalUsd),
  };
}

/** Loads overrides, rules and partners for the debtor's country and decides (pure) who gets the case. */
export async function decideRouting(
  db: Transaction<Database> | UseCaseContext['db'],
  c: Case,
  excludedPartnerIds: readonly number[],
): Promise<{ decision: RoutingDecision; partnerName: (id: number) => string }> {
  const facts = caseFacts(c);
  const [overrides, rules, partners] = await Promise.all([
    loadClientOverrides(db, c.creditorId),
    loadMatchingRules(db, facts.debtorCountry),
    loadRoutingPartners(db),
  ]);
  const decision = routeCase(facts, { overrides, rules, partners, excludedPartnerIds });
  const names = new Map(partners.map((p) => [p.id, p.name]));
  return { decision, partnerName: (id) => names.get(id) ?? `partner ${id}` };
}

/** Who submitted a case for a client (a commission case), named in the new-case notice. */
export interface SubmittedBy {
  partnerName: string;
  clientName: string;
}

/** The notice to the exclusive partner that a case waits for verification, read in the partner's language. */
export function newCaseMessage(c: Case, submittedBy?: SubmittedBy | null): MessageSpec {
  const where = c.debtorRegion ? `${c.debtorCountry.trim()}, ${c.debtorRegion}` : c.debtorCountry.trim();
  return msg('notices3.new_to_verify', {
    caseId: String(c.id),
    submitted: submittedBy ? 'yes' : 'no',
    partnerName: submittedBy?.partnerName ?? '',
    clientName: submittedBy?.clientName ?? '',
    debtorName: c.debtorName,
    debtorType: c.debtorType,
    where,
    claimType: c.claimType,
    claimText: c.claimType.replace('_', ' '),
    amount: money(c.principal, c.currency),
  });
}

export function newCaseText(c: Case, submittedBy?: SubmittedBy | null): string {
  return renderFor(newCaseMessage(c, submittedBy), null);
}

/**
 * Routes a locked, unassigned case: to the exclusive partner the overrides or matching rules name
 * (pending verification, an assignment, a notice to verify), or else to the legal network as a lead
 * (collecting quotes). Runs inside the caller's transaction.
 */
export async function routeLockedCase(
  trx: Transaction<Database>,
  args: {
    c: Case;
    excludedPartnerIds: number[];
    at: Date;
    actor: Actor;
    channel: Channel;
    submittedBy?: SubmittedBy | null;
    leadSettings?: LeadSettings;
  },
): Promise<RoutedTo> {
  const { c, at } = args;
  const { decision, partnerName } = await decideRouting(trx, c, args.excludedPartnerIds);
  if (decision.kind === 'exclusive') {
    await updateCase(
      trx,
      c.id,
      { status: 'pending_verification', assignedPartnerId: decision.partnerId },
      at,
    );
    await trx
      .insertInto('case_assignments')
      .values({ case_id: c.id, partner_id: decision.partnerId, assigned_at: at })
      .execute();
    await appendHistory(trx, {
      caseId: c.id,
      actor: args.actor,
      channel: args.channel,
      action: 'case.routed',
      fromStatus: c.status,
      toStatus: 'pending_verification',
      details: { partnerId: decision.partnerId, via: decision.via, ruleId: decision.ruleId ?? null },
      at,
    });
    await enqueueNotices(trx, [
      {
        recipient: { type: 'partner', partnerId: decision.partnerId },
        kind: 'case.new_to_verify',
        caseId: c.id,
        payload: { ...noticeText(newCaseMessage(c, args.submittedBy)), status: 'pending_verification' },
        at,
      },
    ]);
    return {
      kind: 'exclusive',
      partnerId: decision.partnerId,
      partnerName: partnerName(decision.partnerId),
      via: decision.via,
    };
  }
  await updateCase(trx, c.id, { status: 'collecting_quotes', assignedPartnerId: null }, at);
  await appendHistory(trx, {
    caseId: c.id,
    actor: args.actor,
    channel: args.channel,
    action: 'case.routed',
    fromStatus: c.status,
    toStatus: 'collecting_quotes',
    details: { legalNetworkLead: true, reason: decision.reason },
    at,
  });
  const lead = await openLead(trx, {
    caseId: c.id,
    origin: 'no_exclusive_match',
    excludedPartnerIds: args.excludedPartnerIds,
    at,
    ...args.leadSettings,
    actor: args.actor,
    channel: args.channel,
  });
  return { kind: 'lead', ...lead };
}

function assertRoutable(actor: Actor, c: Case): void {
  if (actor.role !== 'support') {
    throw new DomainError(
      'forbidden',
      `Only support (or the platform itself) can route case ${c.id}.`,
      {},
      sentence('refusals4.route.support_only', { caseId: String(c.id) }),
    );
  }
  if (c.status !== 'pending_verification' || c.assignedPartnerId !== null) {
    throw new DomainError(
      'invalid_state',
      `Case ${c.id} is already with a partner or in another state, so it cannot be routed again.`,
      {},
      sentence('refusals4.route.again', { caseId: String(c.id) }),
    );
  }
}

export interface RouteCaseInput {
  caseId: number;
  excludedPartnerIds?: number[];
}

export async function checkRouteCase(ctx: UseCaseContext, input: RouteCaseInput): Promise<Plan> {
  const c = await findCase(ctx.db, input.caseId);
  if (!c) throw caseNotFound(input.caseId);
  assertRoutable(ctx.actor, c);
  const { decision, partnerName } = await decideRouting(ctx.db, c, input.excludedPartnerIds ?? []);
  return decision.kind === 'exclusive'
    ? {
        summary: `Route case ${c.id} to ${partnerName(decision.partnerId)}.`,
        effects: [
          `Found by ${decision.via === 'client_override' ? "the client's partner override" : 'a matching rule'}.`,
          `${partnerName(decision.partnerId)} sees it in Pending Verification and is told.`,
        ],
      }
    : {
        summary: `No exclusive partner matches case ${c.id}: send it to the legal network as a lead.`,
        effects: [
          'The case becomes Collecting Quotes; matching legal-network partners are invited to quote.',
        ],
      };
}

/** Routes an unassigned case: overrides → matching rules → a legal-network lead. */
export async function routeCaseToPartner(ctx: UseCaseContext, input: RouteCaseInput): Promise<ActionResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const at = ctx.clock.now();
    const c = await lockCase(trx, input.caseId);
    if (!c) throw caseNotFound(input.caseId);
    assertRoutable(ctx.actor, c);
    const routed = await routeLockedCase(trx, {
      c,
      excludedPartnerIds: input.excludedPartnerIds ?? [],
      at,
      actor: ctx.actor,
      channel: ctx.channel,
      leadSettings: ctx.leadSettings,
    });
    return routed.kind === 'exclusive'
      ? {
          caseId: c.id,
          status: 'pending_verification' as const,
          summary: `Case ${c.id} is routed to ${routed.partnerName}, who will verify it.`,
        }
      : {
          caseId: c.id,
          status: 'collecting_quotes' as const,
          summary: `Case ${c.id} went to the legal network as lead ${routed.leadId} (${routed.invitedPartnerIds.length} partners invited).`,
        };
  });
}
