import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface InfoRequest {
  id: number;
  caseId: number;
  requestedByUserId: number;
  question: string;
  answer: string | null;
  answeredByUserId: number | null;
  answeredAt: Date | null;
  createdAt: Date;
}

export async function insertInfoRequest(
  db: Db,
  r: { caseId: number; requestedByUserId: number; question: string; at: Date },
): Promise<number> {
  const row = await db
    .insertInto('info_requests')
    .values({
      case_id: r.caseId,
      requested_by_user_id: r.requestedByUserId,
      question: r.question,
      created_at: r.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The question still waiting for an answer on a case, if any. */
export async function findOpenInfoRequest(db: Db, caseId: number): Promise<InfoRequest | null> {
  const r = await db
    .selectFrom('info_requests')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('answered_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    caseId: r.case_id,
    requestedByUserId: r.requested_by_user_id,
    question: r.question,
    answer: r.answer,
    answeredByUserId: r.answered_by_user_id,
    answeredAt: r.answered_at,
    createdAt: r.created_at,
  };
}

export async function answerInfoRequest(
  db: Db,
  r: { id: number; answer: string; answeredByUserId: number; at: Date },
): Promise<void> {
  await db
    .updateTable('info_requests')
    .set({ answer: r.answer, answered_by_user_id: r.answeredByUserId, answered_at: r.at })
    .where('id', '=', r.id)
    .execute();
}
