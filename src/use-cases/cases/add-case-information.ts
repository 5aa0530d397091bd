import { partnersOnOpenLead } from '../../db/repositories/case-chat.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import { enqueueNotices, type NewNotice } from '../../db/repositories/notice.repository.ts';
import { caseTitle, statusLabel } from '../../domain/case.ts';
import { assertMayAddInformation, messageText } from '../../domain/case-chat.ts';
import type { UseCaseContext } from '../context.ts';
import { creditorWordAtStart } from './case-access.ts';
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
    const side = relation === 'managing_partner' ? 'The managing partner' : creditorWordAtStart(creditor);
    const who = `${side} (${ctx.actor.name})`;
    const notices: NewNotice[] = [
      {
        recipient: { type: 'channel', channel: 'support' },
        kind: 'case.info_added',
        caseId: c.id,
        payload: {
          text: `${who} added information to ${caseTitle(c)}, ${statusLabel(c.status)}: “${text}”${
            c.status === 'closed'
              ? ' The case is closed after a decline: they may want it resubmitted.'
              : partnerIds.length > 0
                ? ` The ${partnerIds.length === 1 ? 'partner' : `${partnerIds.length} partners`} considering its lead ${partnerIds.length === 1 ? 'was' : 'were'} told.`
                : ' No partner is considering it now.'
          }`,
          information: text,
        },
        at: now,
      },
      ...partnerIds.map(
        (partnerId): NewNotice => ({
          recipient: { type: 'partner', partnerId },
          kind: 'case.info_added',
          caseId: c.id,
          payload: {
            text: `${side} added information to ${caseTitle(c)}, whose lead you are on: “${text}” "status ${c.id}" shows the case.`,
            information: text,
          },
          at: now,
        }),
      ),
    ];
    await enqueueNotices(trx, notices);
    const told =
      partnerIds.length > 0
        ? `support and the ${partnerIds.length === 1 ? 'partner' : `${partnerIds.length} partners`} considering it ${partnerIds.length === 1 ? 'has' : 'have'} been told`
        : 'support has been told';
    return {
      caseId: c.id,
      partnersTold: partnerIds.length,
      summary: `Added to case ${c.id}: ${told}.${c.status === 'closed' ? ' The case is closed; support will get back to you about resubmitting it.' : ''} Say "messages on ${c.id}" to see it on the case.`,
    };
  });
}
