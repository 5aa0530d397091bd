import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { loadCaseWithParties } from '../../db/repositories/case.repository.ts';
import { type ChatEntry, listChatEntries } from '../../db/repositories/case-chat.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import { enqueueNotices, type NoticeRecipient } from '../../db/repositories/notice.repository.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import type { Case, Creditor } from '../../domain/case.ts';
import { type ChatCounterpart, chatCounterpart, messageText } from '../../domain/case-chat.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { assertMay, type CasePermission, type CaseRelation } from '../../domain/permissions.ts';
import { type MessageSpec, msg, nested, readerLocale, renderFor, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import { dayFor } from '../../i18n/reader-format.ts';
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
  return {
    recipient: { type: 'partner', partnerId: to.partnerId },
    name: partner?.name ?? say('chat4.chat.the_partner'),
  };
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
    const fromSaid = await writerName(trx, ctx.actor, relation, creditor);
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'case.message',
      details: { text, from: relation, to: to.side },
      at: now,
    });
    await enqueueNotices(trx, [
      {
        recipient,
        kind: 'case.message',
        caseId: c.id,
        payload: {
          // The recipient reads it in their language (rendered at delivery); `message` and `from` stay data.
          ...noticeText(
            msg('chat4.chat.notice', {
              caseId: String(c.id),
              debtorName: c.debtorName,
              from: nested(fromSaid),
              text,
              reply: to.side === 'assigned_partner' ? 'yes' : 'no',
            }),
          ),
          // `message` is the catalogue message the outbox renders; the words written are kept as `words`.
          words: text,
          from: renderFor(fromSaid, null),
        },
        at: now,
      },
    ]);
    return {
      caseId: c.id,
      summary: say('chat4.chat.sent', { name, caseId: String(c.id) }),
    };
  });
}

/** "Jonas Weber (Hanse Inkasso GmbH, managing partner)". */
async function writerName(
  db: Db,
  actor: UseCaseContext['actor'],
  relation: CaseRelation,
  creditor: Creditor,
): Promise<MessageSpec> {
  const org =
    actor.partnerId !== null
      ? ((await findPartner(db, actor.partnerId))?.name ?? null)
      : relation === 'creditor'
        ? creditor.name
        : null;
  return msg('chat4.chat.from', {
    name: actor.name,
    hasOrg: org ? 'yes' : 'no',
    org: org ?? '',
    side: relation,
  });
}

/** "7 Dec 2026 21:50 UTC": the day in the reader's words, the time in UTC whatever the server's zone. */
function when(at: Date): string {
  return `${dayFor(at, readerLocale())} ${at.toISOString().slice(11, 16)} UTC`;
}

const ENTRY_ACTION: Record<ChatEntry['action'], string> = {
  'case.message': 'message',
  'case.add_info': 'add_info',
  'case.request_info': 'request_info',
  'case.answer_info': 'answer_info',
};

function entryLine(e: ChatEntry): string {
  const writer = e.writerName ?? say('chat4.chat.platform');
  return say('chat4.chat.entry', {
    when: when(e.at),
    who: `${writer}${e.organisation ? ` (${e.organisation})` : ''}`,
    action: ENTRY_ACTION[e.action],
    hasText: e.text ? 'yes' : 'no',
    text: e.text ?? '',
  });
}

/** The case chat of one case, for its parties and support. */
export async function listCaseChat(
  ctx: UseCaseContext,
  input: { caseId: number },
): Promise<{ summary: string; count: number }> {
  const { case: c, relation } = await loadForChat(ctx.db, ctx.actor, input.caseId, 'read_messages');
  const entries = await listChatEntries(ctx.db, c.id);
  const canWrite = relation !== 'support';
  const how = say('chat4.chat.how', {
    caseId: String(c.id),
    write: relation === 'assigned_partner' ? 'reply' : 'message',
  });
  if (entries.length === 0) {
    return {
      count: 0,
      summary: `${say('chat4.chat.none', { caseId: String(c.id) })}${canWrite ? ` ${how}` : ''}`,
    };
  }
  const head = say('chat4.chat.head', { caseId: String(c.id), debtorName: c.debtorName });
  return {
    count: entries.length,
    summary: `${head}\n${entries.map(entryLine).join('\n')}${canWrite ? `\n${how}` : ''}`,
  };
}
