import { partnersOnOpenLead } from '../../db/repositories/case-chat.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import { enqueueNotices, type NewNotice } from '../../db/repositories/notice.repository.ts';
import { statusLabel } from '../../domain/case.ts';
import { assertMayAddInformation, messageText } from '../../domain/case-chat.ts';
import { msg, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { UseCaseContext } from '../context.ts';
import { loadForChat } from './case-chat.ts';

// "Partner declined my case — what happens next?": "If you believe you can address the reason for decline,
// you may be able to provide additional information via the case communication thread." Who must see it
// (docs/notes/r-casechat.md): support, which reviews declines and is the article's contact when no quotes
// come or the case was closed; and the partners now considering the case's lead (invited and not passed,
// or quoted), since the information is for them. Not the partner that declined: the article has the
// case re-qualified "excluding the declining partner", and it no longer holds the case.

export interface AddInformationInput {
  caseId: number;
  text?: string | null;
}

/** Before the text is asked for: the writer may add information, and the case is one nobody holds now. */
export async function checkAddCaseInformation(
  ctx: UseCaseContext,
  input: AddInformationInput,
): Promise<void> {
  const { case: c } = await loadForChat(ctx.db, ctx.actor, input.caseId, 'add_info');
  assertMayAddInformation(c);
}

/** Stores the information on the case (history) and tells support and the lead's partners, in one transaction. */
export async function addCaseInformation(
  ctx: UseCaseContext,
  input: AddInformationInput,
): Promise<{ summary: string; caseId: number; partnersTold: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const { case: c, creditor, relation } = await loadForChat(trx, ctx.actor, input.caseId, 'add_info', true);
    assertMayAddInformation(c);
    const text = messageText(input.text, c.id);
    const partnerIds = c.status === 'closed' ? [] : await partnersOnOpenLead(trx, c.id);
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'case.add_info',
      details: { text, toPartnerIds: partnerIds },
      at: now,
    });
    // "The managing partner" for a case a managing partner submitted (itself, or its shadow client's).
    const who =
      relation === 'managing_partner' || creditor.shadowOfPartnerId !== null ? 'managing' : 'creditor';
    const common = { who, caseId: String(c.id), debtorName: c.debtorName, text };
    const notices: NewNotice[] = [
      {
        recipient: { type: 'channel', channel: 'support' },
        kind: 'case.info_added',
        caseId: c.id,
        payload: {
          ...noticeText(
            msg('chat4.info.support', {
              ...common,
              name: ctx.actor.name,
              status: statusLabel(c.status),
              next: c.status === 'closed' ? 'closed' : partnerIds.length > 0 ? 'told' : 'none',
              count: partnerIds.length,
            }),
          ),
          information: text,
        },
        at: now,
      },
      ...partnerIds.map(
        (partnerId): NewNotice => ({
          recipient: { type: 'partner', partnerId },
          kind: 'case.info_added',
          caseId: c.id,
          payload: { ...noticeText(msg('chat4.info.partner', common)), information: text },
          at: now,
        }),
      ),
    ];
    await enqueueNotices(trx, notices);
    return {
      caseId: c.id,
      partnersTold: partnerIds.length,
      summary: say('chat4.info.done', {
        caseId: String(c.id),
        count: partnerIds.length,
        closed: c.status === 'closed' ? 'yes' : 'no',
      }),
    };
  });
}
