import { endAssignmentWrite, updateCaseWrite } from '../../db/repositories/case.repository.ts';
import {
  insertDeclineWrite,
  loadDeclineFacts,
  type NewDecline,
} from '../../db/repositories/decline.repository.ts';
import { appendHistoryWrite, type HistoryEntry } from '../../db/repositories/history.repository.ts';
import { enqueueNoticesWrite, type NewNotice } from '../../db/repositories/notice.repository.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import { type Write, writeLast, writeTogether } from '../../db/write-together.ts';
import { type Case, type Creditor, requireText } from '../../domain/case.ts';
import { type CheckedDecline, checkDeclineReason } from '../../domain/decline-check.ts';
import { sentence } from '../../domain/errors.ts';
import type { DeclineCategory } from '../../domain/ids.ts';
import {
  type MessageKey,
  type MessageSpec,
  type MessageValue,
  msg,
  nested,
  refusalText,
  renderFor,
  say,
} from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { UseCaseContext } from '../context.ts';
import { leadCaseFacts, type PlannedLead, planLead } from '../leads/open-lead.ts';
import { type DeclineAddressee, type DeclineNext, declineNoticeMessage } from '../notices/decline-notice.ts';
import type { ActionResult, Plan } from '../plan.ts';
import { sharedRead } from '../turn-reads.ts';
import { creditorRecipient, loadForPartnerAction } from './case-access.ts';

export interface DeclineCaseInput {
  caseId: number;
  /** The partner's own words; required. */
  reason: string;
  /** The category the reason fits, or null when it fits none (a support agent reviews it by hand). */
  category: DeclineCategory | null;
}

const REASON = 'a reason for declining (for example "the debtor is bankrupt")';
const REASON_SAID = sentence('refusals4.give.decline_reason');

export async function checkDeclineCase(ctx: UseCaseContext, input: DeclineCaseInput): Promise<Plan> {
  const {
    case: c,
    creditor,
    partner,
  } = await loadForPartnerAction(ctx.db, ctx.actor, input.caseId, 'decline', ctx.clock.now(), {
    exclusiveOnly: 'decline',
    reads: ctx.reads,
  });
  requireText(input.reason, REASON, REASON_SAID);
  // The early check and the plan read the same facts (turn-reads.ts).
  const facts = await sharedRead(ctx.reads, `declineFacts:${c.id}:${partner.id}`, () =>
    loadDeclineFacts(ctx.db, c, partner),
  );
  const checked = checkDeclineReason(input.category, facts);
  const who = whoWord(creditor);
  return {
    summary: say('decline.plan', {
      caseId: String(c.id),
      ...categoryValues(checked.category),
      who,
      sharing: creditor.networkSharing ? 'yes' : 'no',
    }),
    effects: [
      ...(checked.doubt ? [say('decline.plan.doubt', { doubt: doubtText(checked), who })] : []),
      say('decline.plan.told', { who }),
      say('decline.plan.assignment'),
      creditor.networkSharing ? say('decline.plan.lead') : say('decline.plan.closed'),
      ...(checked.category === null ? [say('decline.plan.review')] : []),
    ],
  };
}

/** The category and its label as the help centre lists it, for the catalogue (`none`: manual review). */
function categoryValues(category: DeclineCategory | null): Record<string, MessageValue> {
  return category
    ? { category, label: nested(msg(`category.label.${category}` as MessageKey)) }
    : { category: 'none', label: '' };
}

const whoWord = (creditor: Creditor) => (creditor.shadowOfPartnerId !== null ? 'managing' : 'creditor');

/** The checker's doubt in the partner's language (its English sentence where the catalogue lacks it). */
const doubtText = (checked: CheckedDecline) =>
  refusalText({ message: checked.doubt ?? '', ...(checked.doubtSaid ? { said: checked.doubtSaid } : {}) });

/** Who reads the decline message: the creditor, or the managing partner of a shadow client, by name. */
async function addresseeOf(db: UseCaseContext['db'], c: Case, creditor: Creditor): Promise<DeclineAddressee> {
  const managerId =
    creditor.shadowOfPartnerId !== null ? (c.managingPartnerId ?? creditor.shadowOfPartnerId) : null;
  const manager = managerId !== null ? await findPartner(db, managerId) : null;
  return manager
    ? { kind: 'managing_partner', name: manager.name, clientName: creditor.name }
    : { kind: 'creditor', name: creditor.name };
}

/**
 * The assigned exclusive partner declines a case it has not accepted. The decline and the creditor's
 * message are recorded, the partner's holding ends as case_never_started (no scoring penalty), and the
 * case either goes to the network as a lead that excludes every partner that declined it, or, when
 * the creditor turned network sharing off, closes.
 */
export async function declineCase(ctx: UseCaseContext, input: DeclineCaseInput): Promise<ActionResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    // The routing a lead needs comes with the lock (when the creditor shares with the network).
    const {
      case: c,
      partner,
      creditor,
      leadRouting,
    } = await loadForPartnerAction(trx, ctx.actor, input.caseId, 'decline', now, {
      lock: trx,
      exclusiveOnly: 'decline',
      withLeadRouting: { reserveDeclineId: true },
      reads: ctx.reads,
    });
    const reason = requireText(input.reason, REASON, REASON_SAID);
    // The reason is checked against the case: a category the facts contradict goes to manual review.
    const checked: CheckedDecline = checkDeclineReason(
      input.category,
      await loadDeclineFacts(trx, c, partner),
    );
    const category = checked.category;
    const addressee = await addresseeOf(trx, c, creditor);
    const letterFor = (next: DeclineNext) =>
      declineNoticeMessage({ caseId: c.id, debtorName: c.debtorName, category, next, addressee });
    let letter: MessageSpec | undefined;
    const messageFor = (next: DeclineNext) => {
      letter = letterFor(next);
      return renderFor(letter, null);
    };
    const toStatus = creditor.networkSharing ? 'collecting_quotes' : 'closed';
    const caseWrites: Write[] = [
      endAssignmentWrite(trx, c.id, 'case_never_started', now),
      updateCaseWrite(
        trx,
        c.id,
        creditor.networkSharing
          ? { status: 'collecting_quotes', assignedPartnerId: null }
          : {
              status: 'closed',
              assignedPartnerId: null,
              closeCode: 'case_never_started',
              closeComment: reason,
              closedAt: now,
            },
        now,
      ),
    ];
    const declineWith = (creditorMessage: string): NewDecline => ({
      caseId: c.id,
      partnerId: partner.id,
      declinedByUserId: ctx.actor.userId,
      reason,
      category,
      creditorMessage,
      at: now,
    });
    let creditorMessage: string;

    // To the network: the lead is planned from the routing read with the lock (it also reserved the
    // decline's id), so that the decline, the case, the lead and all history and notices are written in
    // ONE statement below. The planning keeps out every partner that declined this case before.
    let lead: PlannedLead | null = null;
    let declineId: number;
    if (creditor.networkSharing) {
      lead = await planLead(trx, {
        caseId: c.id,
        origin: 'decline',
        excludedPartnerIds: [partner.id],
        at: now,
        ...ctx.leadSettings,
        actor: ctx.actor,
        channel: ctx.channel,
        leadCase: leadCaseFacts(c),
        reserveDeclineId: true,
        ...(leadRouting ? { routing: leadRouting } : {}),
      });
      if (lead.declineId === null) throw new Error('planLead reserved no decline id');
      declineId = lead.declineId;
      // Say what really happens: invited partners, or nobody matched (support is alerted by the lead).
      creditorMessage = messageFor(lead.invitedPartnerIds.length > 0 ? 'network' : 'no_partners');
      caseWrites.push(insertDeclineWrite(trx, { ...declineWith(creditorMessage), id: declineId }));
    } else {
      // Closed: the decline's id comes back from its insert, written with the case.
      creditorMessage = messageFor('closed');
      const [inserted] = await writeTogether<{ id: number }>(
        trx,
        caseWrites.splice(0),
        insertDeclineWrite(trx, declineWith(creditorMessage)).returning('id'),
      );
      if (!inserted) throw new Error(`the decline of case ${c.id} was not written`);
      declineId = inserted.id;
    }
    const history: HistoryEntry[] = [
      {
        caseId: c.id,
        actor: ctx.actor,
        channel: ctx.channel,
        action: 'case.decline',
        fromStatus: c.status,
        toStatus,
        details: {
          declineId,
          partnerId: partner.id,
          reason,
          category,
          manualReview: category === null,
          ...(checked.doubt ? { claimedCategory: input.category, doubt: checked.doubt } : {}),
          networkSharing: creditor.networkSharing,
        },
        at: now,
      },
    ];

    if (lead) history.push(lead.history);
    const leadId = lead?.lead.id ?? null;

    const notices: NewNotice[] = [
      ...(lead?.notices ?? []),
      {
        recipient: creditorRecipient(c, creditor),
        kind: 'case.declined',
        caseId: c.id,
        payload: {
          text: creditorMessage,
          // Rendered again in each reader's language at delivery (src/i18n/notice-text.ts).
          ...(letter ? { message: letter } : {}),
          category,
          networkSharing: creditor.networkSharing,
          ...(leadId !== null ? { leadId } : {}),
        },
        at: now,
      },
    ];
    if (category === null) {
      notices.push({
        recipient: { type: 'channel', channel: 'support' },
        kind: 'decline.needs_review',
        caseId: c.id,
        payload: {
          // Read in support's language when support all read one (src/delivery/notice-addresses.ts).
          ...noticeText(
            msg(checked.doubt ? 'decline.needs_review.doubt' : 'decline.needs_review', {
              partnerName: partner.name,
              caseId: String(c.id),
              debtorName: c.debtorName,
              reason,
              ...(checked.doubt ? { doubt: checked.doubt } : {}),
            }),
          ),
          declineId,
          reason,
        },
        at: now,
      });
    }
    // (Decline, case, assignment,) lead, invitations, both history entries and every notice: one statement.
    await writeLast(trx, [
      ...caseWrites,
      ...(lead?.writes ?? []),
      appendHistoryWrite(trx, history),
      enqueueNoticesWrite(trx, notices),
    ]);

    const next = !creditor.networkSharing
      ? 'closed'
      : lead && lead.invitedPartnerIds.length === 0
        ? 'searching'
        : leadId !== null
          ? 'lead'
          : 'network';
    return {
      caseId: c.id,
      status: toStatus,
      summary: say('decline.done', {
        caseId: String(c.id),
        ...categoryValues(category),
        who: whoWord(creditor),
        next,
        leadId: String(leadId),
        doubt: checked.doubt ? ` ${doubtText(checked)}` : '',
      }),
    };
  });
}
