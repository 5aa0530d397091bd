import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { loadCaseWithParties } from '../../db/repositories/case.repository.ts';
import { type ChatEntry, listChatEntries } from '../../db/repositories/case-chat.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import { enqueueNotices, type NoticeRecipient } from '../../db/repositories/notice.repository.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import { type Case, type Creditor, caseTitle } from '../../domain/case.ts';
import { type ChatCounterpart, chatCounterpart, messageText, sideWord } from '../../domain/case-chat.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { assertMay, type CasePermission, type CaseRelation } from '../../domain/permissions.ts';
import type { UseCaseContext } from '../context.ts';
import { assertCaseNumber, creditorRecipient, relationFacts } from './case-access.ts';

// The case chat: the managing partner (or the creditor of a case it did not submit) and the partner working
// the case write to each other; the message is kept in the case history, the other side is told by a
// notice (the outbox: every linked surface, else e-mail), and both, and support, read it back with
// "messages on 1005". A message changes nothing on the case, so it is sent at once (no confirmation), as
// the command table has it for commands that do not change state.

type Db = UseCaseContext['db'] | Transaction<Database>;

export interface CaseMessageInput {
  caseId: number;
  text?: string | null;
}

interface Loaded {
  case: Case;
  creditor: Creditor;
  relation: CaseRelation;
}

/** The case and the writer's relation to it, refused by the permission table when it does not allow. */
export async function loadForChat(
  db: Db,
  actor: UseCaseContext['actor'],
  caseId: number,
  permission: CasePermission,
  lock = false,
): Promise<Loaded> {
  assertCaseNumber(caseId);
  const loaded = await loadCaseWithParties(db, caseId, { partnerId: null, lock });
  if (!loaded)
    throw new DomainError(
      'not_found',
      `There is no case ${caseId}. Check the case number.`,
      {},
      sentence('case.not_found', { caseId: String(caseId) }),
    );
  const { case: c, creditor } = loaded;
  const relation = assertMay(permission, actor, c, await relationFacts(db, actor, c));
  return { case: c, creditor, relation };
}

/** Who the message is for, as a notice recipient and by name. */
async function addressee(
  db: Db,
  c: Case,
  creditor: Creditor,
  to: ChatCounterpart,
): Promise<{ recipient: NoticeRecipient; name: string }> {
  if (to.side === 'creditor') return { recipient: creditorRecipient(c, creditor), name: creditor.name };
  const partner = await findPartner(db, to.partnerId);
  return { recipient: { type: 'partner', partnerId: to.partnerId }, name: partner?.name ?? 'the partner' };
}

/**
 * Before the text is asked for: the writer may write on this case, and there is someone to write to.
 * Refuses (forbidden, not found, nobody holds the case) with the sentence the person reads.
 */
export async function checkCaseMessage(ctx: UseCaseContext, input: CaseMessageInput): Promise<void> {
  const { case: c, relation } = await loadForChat(ctx.db, ctx.actor, input.caseId, 'message');
  chatCounterpart(relation, c);
}

/** Sends a message on the case: history and notice in one transaction, under the case row lock. */
export async function sendCaseMessage(
  ctx: UseCaseContext,
  input: CaseMessageInput,
): Promise<{ summary: string; caseId: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const { case: c, creditor, relation } = await loadForChat(trx, ctx.actor, input.caseId, 'message', true);
    const to = chatCounterpart(relation, c);
    const text = messageText(input.text, c.id);
    const { recipient, name } = await addressee(trx, c, creditor, to);
    const from = await writerName(trx, ctx.actor, relation, creditor);
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'case.message',
      details: { text, from: relation, to: to.side },
      at: now,
    });
    const replyWords = to.side === 'assigned_partner' ? 'reply on' : 'message the partner on';
    await enqueueNotices(trx, [
      {
        recipient,
        kind: 'case.message',
        caseId: c.id,
        payload: {
          text: `Message on ${caseTitle(c)} from ${from}: “${text}” To answer, say "${replyWords} ${c.id}: …"; "messages on ${c.id}" shows the case chat.`,
          message: text,
          from,
        },
        at: now,
      },
    ]);
    return {
      caseId: c.id,
      summary: `Sent to ${name} on case ${c.id}; they are told now. Say "messages on ${c.id}" to see the case chat.`,
    };
  });
}

/** "Jonas Weber (Hanse Inkasso GmbH, managing partner)". */
async function writerName(
  db: Db,
  actor: UseCaseContext['actor'],
  relation: CaseRelation,
  creditor: Creditor,
): Promise<string> {
  const org =
    actor.partnerId !== null
      ? ((await findPartner(db, actor.partnerId))?.name ?? null)
      : relation === 'creditor'
        ? creditor.name
        : null;
  return `${actor.name} (${org ? `${org}, ` : ''}${sideWord(relation)})`;
}

const CHAT_VERB: Record<ChatEntry['action'], string> = {
  'case.message': '',
  'case.add_info': 'added information: ',
  'case.request_info': 'asked for more information',
  'case.answer_info': 'answered the information request: ',
};

/** "7 Dec 2026 21:50 UTC": the same for every reader, whatever the server's time zone. */
function when(at: Date): string {
  const iso = at.toISOString();
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(iso.slice(8, 10))} ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)} ${iso.slice(11, 16)} UTC`;
}

function entryLine(e: ChatEntry): string {
  const who = `${e.writerName ?? 'The platform'}${e.organisation ? ` (${e.organisation})` : ''}`;
  const verb = CHAT_VERB[e.action];
  const words =
    e.action === 'case.request_info'
      ? `${verb}${e.text ? `: “${e.text}”` : ''}`
      : `${verb}${e.text ? `“${e.text}”` : ''}`;
  return `• ${when(e.at)}, ${who}: ${words}`;
}

/** The case chat of one case, for its parties and support. */
export async function listCaseChat(
  ctx: UseCaseContext,
  input: { caseId: number },
): Promise<{ summary: string; count: number }> {
  const { case: c, relation } = await loadForChat(ctx.db, ctx.actor, input.caseId, 'read_messages');
  const entries = await listChatEntries(ctx.db, c.id);
  const canWrite = relation !== 'support';
  const how =
    relation === 'assigned_partner'
      ? `To write, say "reply on ${c.id}: …".`
      : `To write, say "message the partner on ${c.id}: …".`;
  if (entries.length === 0) {
    return {
      count: 0,
      summary: `No messages on case ${c.id} yet.${canWrite ? ` ${how}` : ''}`,
    };
  }
  return {
    count: entries.length,
    summary: `Case chat of ${caseTitle(c)}, oldest first:\n${entries.map(entryLine).join('\n')}${canWrite ? `\n${how}` : ''}`,
  };
}
