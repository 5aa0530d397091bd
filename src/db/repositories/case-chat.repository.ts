import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

// The case chat is read from the case history (append-only): the messages, the information added after a
// decline, and the information request and its answer, each with who wrote it and when. No table of its
// own, so what the chat shows is what the history keeps (index case_history_case: case_id, id).

/** The history actions the case chat shows, oldest first. */
export const CHAT_ACTIONS = [
  'case.message',
  'case.add_info',
  'case.request_info',
  'case.answer_info',
] as const;
export type ChatAction = (typeof CHAT_ACTIONS)[number];

export interface ChatEntry {
  id: number;
  action: ChatAction;
  /** The words written (a message, added information, a question, an answer); null for a bare request. */
  text: string | null;
  writerName: string | null;
  /** The writer's organisation: a partner's or a creditor's name; null for support or the platform. */
  organisation: string | null;
  at: Date;
}

const WORDS_OF: Record<ChatAction, string> = {
  'case.message': 'text',
  'case.add_info': 'text',
  'case.request_info': 'question',
  'case.answer_info': 'answer',
};

/** The last `limit` entries of the case chat, oldest first. */
export async function listChatEntries(db: Db, caseId: number, limit = 30): Promise<ChatEntry[]> {
  const rows = await db
    .selectFrom('case_history as h')
    .leftJoin('users as u', 'u.id', 'h.actor_user_id')
    .leftJoin('partners as p', 'p.id', 'u.partner_id')
    .leftJoin('creditors as c', 'c.id', 'u.creditor_id')
    .select([
      'h.id',
      'h.action',
      'h.details',
      'h.created_at',
      'u.name as writer',
      'p.name as partner',
      'c.name as creditor',
    ])
    .where('h.case_id', '=', caseId)
    .where('h.action', 'in', [...CHAT_ACTIONS])
    .orderBy('h.id', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse().map((r) => {
    const action = r.action as ChatAction;
    const details = (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Record<
      string,
      unknown
    > | null;
    const words = details?.[WORDS_OF[action]];
    return {
      id: r.id,
      action,
      text: typeof words === 'string' && words.trim() ? words : null,
      writerName: r.writer,
      organisation: r.partner ?? r.creditor ?? null,
      at: r.created_at,
    };
  });
}

/**
 * The partners considering the case's open lead (invited and not passed, or quoted): those who must see
 * information the creditor adds after a decline. None when the case has no lead still running.
 */
export async function partnersOnOpenLead(db: Db, caseId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('leads as l')
    .innerJoin('lead_invitations as i', 'i.lead_id', 'l.id')
    .select('i.partner_id')
    .where('l.case_id', '=', caseId)
    .where('l.status', '<>', 'closed')
    .where('i.status', 'in', ['invited', 'quoted'])
    .union((eb) =>
      eb
        .selectFrom('leads as l2')
        .innerJoin('quotes as q', 'q.lead_id', 'l2.id')
        .select('q.partner_id')
        .where('l2.case_id', '=', caseId)
        .where('l2.status', '<>', 'closed'),
    )
    .execute();
  return [...new Set(rows.map((r) => r.partner_id))].sort((a, b) => a - b);
}
