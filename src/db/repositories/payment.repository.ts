import { type Kysely, sql, type Transaction } from 'kysely';
import type { PayoutSplit } from '../../domain/money.ts';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface Payment {
  id: number;
  caseId: number;
  amount: string;
  currency: string;
  registeredByUserId: number;
  receivedOn: Date;
}

export async function insertPayment(
  db: Db,
  p: {
    caseId: number;
    amount: string;
    currency: string;
    registeredByUserId: number;
    receivedOn?: Date;
    at: Date;
  },
): Promise<number> {
  const row = await db
    .insertInto('payments')
    .values({
      case_id: p.caseId,
      amount: p.amount,
      currency: p.currency,
      registered_by_user_id: p.registeredByUserId,
      received_on: p.receivedOn ?? p.at,
      created_at: p.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The sum of a case's registered payments, as a decimal string ('0.00' when none). */
export async function totalPaid(db: Db, caseId: number): Promise<string> {
  const r = await db
    .selectFrom('payments')
    .select(sql<string>`coalesce(sum(amount), 0)::numeric(14, 2)::text`.as('total'))
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  return r.total;
}

export async function listPayments(db: Db, caseId: number): Promise<Payment[]> {
  const rows = await db
    .selectFrom('payments')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    amount: r.amount,
    currency: r.currency,
    registeredByUserId: r.registered_by_user_id,
    receivedOn: r.received_on,
  }));
}

export async function insertPayout(
  db: Db,
  p: { caseId: number; split: PayoutSplit; currency: string; at: Date },
): Promise<number> {
  const row = await insertPayoutWrite(db, p).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The payout insert built but not run, for `writeTogether`. */
export function insertPayoutWrite(
  db: Db,
  p: { caseId: number; split: PayoutSplit; currency: string; at: Date },
) {
  return db.insertInto('payouts').values({
    case_id: p.caseId,
    total: p.split.total,
    creditor_amount: p.split.creditorAmount,
    partner_amount: p.split.partnerAmount,
    commission_rate: p.split.commissionRate,
    currency: p.currency,
    created_at: p.at,
  });
}
