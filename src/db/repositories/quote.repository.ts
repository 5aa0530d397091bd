import type { Kysely, Transaction } from 'kysely';
import type { QuoteStatus } from '../../domain/ids.ts';
import type { Quote } from '../../domain/quote.ts';
import type { Database, QuoteRow } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export function toQuote(r: QuoteRow): Quote {
  return {
    id: r.id,
    leadId: r.lead_id,
    partnerId: r.partner_id,
    submittedByUserId: r.submitted_by_user_id,
    status: r.status as QuoteStatus,
    successFeePct: Number(r.success_fee_pct),
    fixedFee: r.fixed_fee === null ? null : Number(r.fixed_fee),
    terms: r.terms,
    decidedAt: r.decided_at,
    createdAt: r.created_at,
  };
}

export async function insertQuote(
  db: Db,
  q: {
    leadId: number;
    partnerId: number;
    submittedByUserId: number | null;
    successFeePct: number;
    fixedFee?: number | null;
    terms?: string | null;
    at: Date;
  },
): Promise<Quote> {
  const row = await db
    .insertInto('quotes')
    .values({
      lead_id: q.leadId,
      partner_id: q.partnerId,
      submitted_by_user_id: q.submittedByUserId,
      success_fee_pct: q.successFeePct,
      fixed_fee: q.fixedFee ?? null,
      terms: q.terms ?? null,
      created_at: q.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toQuote(row);
}

export interface QuoteWithPartner extends Quote {
  partnerName: string;
}

export async function listQuotesForLead(db: Db, leadId: number): Promise<QuoteWithPartner[]> {
  const rows = await db
    .selectFrom('quotes')
    .innerJoin('partners', 'partners.id', 'quotes.partner_id')
    .selectAll('quotes')
    .select('partners.name as partner_name')
    .where('quotes.lead_id', '=', leadId)
    .orderBy('quotes.id')
    .execute();
  return rows.map((r) => ({ ...toQuote(r), partnerName: r.partner_name }));
}

export async function findQuote(db: Db, quoteId: number): Promise<Quote | undefined> {
  const row = await db.selectFrom('quotes').selectAll().where('id', '=', quoteId).executeTakeFirst();
  return row ? toQuote(row) : undefined;
}

export async function setQuoteStatus(
  db: Db,
  quoteIds: number[],
  status: QuoteStatus,
  at: Date,
): Promise<void> {
  if (quoteIds.length === 0) return;
  await db.updateTable('quotes').set({ status, decided_at: at }).where('id', 'in', quoteIds).execute();
}
