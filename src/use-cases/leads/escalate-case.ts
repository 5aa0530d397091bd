import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import {
  endAssignmentWrite,
  loadCaseWithParties,
  updateCaseWrite,
} from '../../db/repositories/case.repository.ts';
import { appendHistoryWrite } from '../../db/repositories/history.repository.ts';
import { findCurrentLeadForCase } from '../../db/repositories/lead.repository.ts';
import { enqueueNoticesWrite, type NewNotice } from '../../db/repositories/notice.repository.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import { writeLast } from '../../db/write-together.ts';
import type { Actor } from '../../domain/actor.ts';
import type { Case, Creditor, Partner } from '../../domain/case.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { assertEscalatable, type EscalationFrom } from '../../domain/escalation.ts';
import { assertMay } from '../../domain/permissions.ts';
import { type MessageSpec, msg, renderFor, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import { assertCaseNumber, relationFacts } from '../cases/case-access.ts';
import type { UseCaseContext } from '../context.ts';
import type { ActionResult, Plan } from '../plan.ts';
import { leadCaseFacts, planLead } from './open-lead.ts';

// The creditor takes a case to legal (domain.md, "Further decisions"; article "leads and quotes"): a lead
// for the legal network, matched by the debtor's country with the current partner excluded; the case is
// Collecting Quotes; an Active case's assignment ends as Pre-Legal Exhausted in the same confirmed step.

type Db = Kysely<Database> | Transaction<Database>;

export interface EscalateCaseInput {
  caseId: number;
}

interface Loaded {
  case: Case;
  creditor: Creditor;
  /** The partner that worked the case pre-legally (still assigned, or the one that closed it). */
  partner: Partner | null;
  from: EscalationFrom;
}

async function load(db: Db, actor: Actor, caseId: number, now: Date, lock?: Transaction<Database>) {
  assertCaseNumber(caseId);
  const loaded = await loadCaseWithParties(lock ?? db, caseId, { partnerId: null, lock: Boolean(lock) });
  if (!loaded)
    throw new DomainError(
      'not_found',
      `There is no case ${caseId}. Check the case number.`,
      {},
      sentence('case.not_found', { caseId: String(caseId) }),
    );
  const { case: c, creditor } = loaded;
  // Who: the permission table alone (the creditor of the case).
  assertMay('escalate', actor, c, await relationFacts(db, actor, c));
  const lead = c.status === 'collecting_quotes' ? await findCurrentLeadForCase(db, c.id) : undefined;
  const from = assertEscalatable(c, now, lead && lead.status !== 'closed' ? lead.origin : null);
  const partner = c.assignedPartnerId !== null ? await findPartner(db, c.assignedPartnerId) : null;
  return { case: c, creditor, partner, from } satisfies Loaded;
}

export function stopForLegalMessage(c: Pick<Case, 'id' | 'debtorName'>): string {
  return renderFor(stopForLegal(c), null);
}

function stopForLegal(c: Pick<Case, 'id' | 'debtorName'>): MessageSpec {
  return msg('escalate.stop_for_legal', { caseId: String(c.id), debtorName: c.debtorName });
}

export async function checkEscalateCase(ctx: UseCaseContext, input: EscalateCaseInput): Promise<Plan> {
  const { case: c, partner, from } = await load(ctx.db, ctx.actor, input.caseId, ctx.clock.now());
  const country = c.debtorCountry.trim();
  const partnerName = partner?.name ?? '';
  return {
    summary: say('refusals4.escalate.plan', { caseId: String(c.id), debtorName: c.debtorName }),
    effects: [
      from === 'active_after_period'
        ? say('refusals4.escalate.plan.ends', { partnerName, named: partner ? 'yes' : 'no' })
        : say('refusals4.escalate.plan.reopens'),
      say('refusals4.escalate.plan.lead', { country, partnerName, named: partner ? 'yes' : 'no' }),
      say('refusals4.escalate.plan.collecting'),
    ],
  };
}

export async function escalateCase(ctx: UseCaseContext, input: EscalateCaseInput): Promise<ActionResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const { case: c, partner, from } = await load(trx, ctx.actor, input.caseId, now, trx);
    const lead = await planLead(trx, {
      caseId: c.id,
      origin: 'legal_escalation',
      excludedPartnerIds: partner ? [partner.id] : [],
      at: now,
      ...ctx.leadSettings,
      actor: ctx.actor,
      channel: ctx.channel,
      leadCase: leadCaseFacts(c),
    });
    const notices: NewNotice[] = [...lead.notices];
    if (from === 'active_after_period' && partner) {
      notices.push({
        recipient: { type: 'partner', partnerId: partner.id },
        kind: 'case.escalated',
        caseId: c.id,
        payload: { ...noticeText(stopForLegal(c)), leadId: lead.lead.id },
        at: now,
      });
    }
    await writeLast(trx, [
      updateCaseWrite(
        trx,
        c.id,
        {
          status: 'collecting_quotes',
          assignedPartnerId: null,
          closeCode: null,
          closeComment: null,
          closedAt: null,
        },
        now,
      ),
      from === 'active_after_period' ? endAssignmentWrite(trx, c.id, 'prelegal_exhausted', now) : null,
      ...lead.writes,
      appendHistoryWrite(trx, [
        {
          caseId: c.id,
          actor: ctx.actor,
          channel: ctx.channel,
          action: 'case.escalate',
          fromStatus: c.status,
          toStatus: 'collecting_quotes',
          details: {
            from,
            leadId: lead.lead.id,
            formerPartnerId: partner?.id ?? null,
            ...(c.closeCode ? { closeCode: c.closeCode, closedAt: c.closedAt?.toISOString() } : {}),
          },
          at: now,
        },
        lead.history,
      ]),
      enqueueNoticesWrite(trx, notices),
    ]);
    const told = from === 'active_after_period' && partner ? partner.name : 'none';
    return {
      caseId: c.id,
      status: 'collecting_quotes',
      summary: say('escalate.done', {
        caseId: String(c.id),
        invited: lead.invitedPartnerIds.length,
        country: c.debtorCountry.trim(),
        leadId: String(lead.lead.id),
        told,
      }),
    };
  });
}
