import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Who hears about it: a creditor (its users, by DM), a partner (its users or its channel), one user,
 * or a configured channel by its role ('quote_alerts', 'close_codes', 'support').
 */
export type NoticeRecipient =
  | { type: 'creditor'; creditorId: number }
  | { type: 'partner'; partnerId: number }
  | { type: 'user'; userId: number }
  | { type: 'channel'; channel: 'quote_alerts' | 'close_codes' | 'support' };

export interface NewNotice {
  recipient: NoticeRecipient;
  /** What happened, e.g. 'case.declined', 'lead.quotes_ready'. */
  kind: string;
  caseId: number | null;
  /** `text` is the complete human message; other fields are for richer rendering. */
  payload: { text: string } & Record<string, unknown>;
  /** Set by scheduled rules so that the same reminder is never written twice. */
  dedupeKey?: string;
  at: Date;
}

export interface Notice {
  id: number;
  recipient: NoticeRecipient;
  kind: string;
  caseId: number | null;
  payload: { text: string } & Record<string, unknown>;
  status: 'pending' | 'delivered' | 'parked';
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

function recipientRef(r: NoticeRecipient): string {
  switch (r.type) {
    case 'creditor':
      return String(r.creditorId);
    case 'partner':
      return String(r.partnerId);
    case 'user':
      return String(r.userId);
    case 'channel':
      return r.channel;
  }
}

export function toRecipient(type: string, ref: string): NoticeRecipient {
  switch (type) {
    case 'creditor':
      return { type, creditorId: Number(ref) };
    case 'partner':
      return { type, partnerId: Number(ref) };
    case 'user':
      return { type, userId: Number(ref) };
    default:
      return { type: 'channel', channel: ref as 'quote_alerts' | 'close_codes' | 'support' };
  }
}

/** Writes notices in the caller's transaction; with a dedupe key, a second write of the same notice is a no-op. */
export async function enqueueNotices(db: Db, notices: NewNotice[]): Promise<number> {
  const write = enqueueNoticesWrite(db, notices);
  if (!write) return 0;
  const result = await write.executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** The same write built but not run, for `writeTogether`; null when there is nothing to write. */
export function enqueueNoticesWrite(db: Db, notices: readonly NewNotice[]) {
  if (notices.length === 0) return null;
  return db
    .insertInto('notices')
    .values(
      notices.map((n) => ({
        recipient_type: n.recipient.type,
        recipient_ref: recipientRef(n.recipient),
        kind: n.kind,
        case_id: n.caseId,
        payload: JSON.stringify(n.payload),
        dedupe_key: n.dedupeKey ?? null,
        next_attempt_at: n.at,
        created_at: n.at,
      })),
    )
    .onConflict((oc) => oc.column('dedupe_key').doNothing());
}

/** The columns a Notice is made from, as any query over `notices` returns them. */
export interface NoticeRecord {
  id: number;
  recipient_type: string;
  recipient_ref: string;
  kind: string;
  case_id: number | null;
  payload: unknown;
  status: string;
  attempts: number;
  last_error: string | null;
  created_at: Date;
}

export function toNotice(r: NoticeRecord): Notice {
  return {
    id: r.id,
    recipient: toRecipient(r.recipient_type, r.recipient_ref),
    kind: r.kind,
    caseId: r.case_id,
    payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as Notice['payload'],
    status: r.status as Notice['status'],
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
  };
}

export async function listNotices(db: Db, filter: { caseId?: number } = {}): Promise<Notice[]> {
  let q = db.selectFrom('notices').selectAll().orderBy('id');
  if (filter.caseId !== undefined) q = q.where('case_id', '=', filter.caseId);
  return (await q.execute()).map(toNotice);
}
