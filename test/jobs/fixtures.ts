import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.ts';

type Db = Kysely<Database>;

/** A lead row as the lead use cases leave it; only the fields the time-based rules read. */
export async function insertLead(
  db: Db,
  opts: {
    caseId: number;
    origin?: 'decline' | 'custom_terms' | 'legal_escalation' | 'no_exclusive_match';
    status?: 'open' | 'qualified' | 'closed';
    outcome?: 'winner' | 'pullback' | 'expired' | 'declined_options' | null;
    qualifiedAt?: Date | null;
    windowEndsAt?: Date | null;
    quotesReadyAt?: Date | null;
    remindersSent?: number;
    createdAt: Date;
  },
): Promise<number> {
  const row = await db
    .insertInto('leads')
    .values({
      case_id: opts.caseId,
      origin: opts.origin ?? 'decline',
      status: opts.status ?? 'qualified',
      outcome: opts.outcome ?? null,
      qualified_at: opts.qualifiedAt ?? opts.createdAt,
      window_ends_at: opts.windowEndsAt ?? null,
      quotes_ready_at: opts.quotesReadyAt ?? null,
      reminders_sent: opts.remindersSent ?? 0,
      closed_at: opts.status === 'closed' ? opts.createdAt : null,
      created_at: opts.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertQuote(
  db: Db,
  opts: {
    leadId: number;
    partnerId: number;
    successFeePct?: number;
    status?: 'sent' | 'accepted' | 'declined';
    at: Date;
  },
): Promise<number> {
  await db
    .insertInto('lead_invitations')
    .values({ lead_id: opts.leadId, partner_id: opts.partnerId, status: 'quoted', invited_at: opts.at })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const row = await db
    .insertInto('quotes')
    .values({
      lead_id: opts.leadId,
      partner_id: opts.partnerId,
      success_fee_pct: opts.successFeePct ?? 20,
      status: opts.status ?? 'sent',
      created_at: opts.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function noticesOf(db: Db, kind: string) {
  return db.selectFrom('notices').selectAll().where('kind', '=', kind).orderBy('id').execute();
}

/** The human text of a notice row (undefined when there is no row). */
export function textOf(notice: { payload: unknown } | undefined): string | undefined {
  return (notice?.payload as { text?: string } | undefined)?.text;
}
