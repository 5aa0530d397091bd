import { subDays } from 'date-fns';
import { type Kysely, sql, type Transaction } from 'kysely';
import { addBusinessHours, DEFAULT_QUOTE_WINDOW_BUSINESS_HOURS } from '../../domain/business-time.ts';
import type { Clock } from '../../domain/clock.ts';
import { startCollectionPeriod } from '../../domain/collection-period.ts';
import type { CaseStatus } from '../../domain/ids.ts';
import { expiresAt, reminderDueAt } from '../../domain/lead.ts';
import { splitPayout } from '../../domain/money.ts';
import { renderDeclineMessage } from '../../understanding/decline-message.ts';
import type { Database } from '../database.ts';
import { DEMO_CASES, type DemoCase } from './demo-cases.ts';
import {
  COVERAGE,
  CREDITOR_EMAILS,
  CREDITORS,
  type CreditorKey,
  MATCHING_RULES,
  OVERRIDES,
  PARTNERS,
  type PartnerKey,
  USD_PER_UNIT,
  USERS,
  type UserHandle,
} from './demo-organisations.ts';

type Trx = Transaction<Database>;

/** The schema's default commission rate, which every demo case keeps. */
const DEMO_COMMISSION_RATE = '0.2000';

export interface SeedResult {
  seeded: boolean;
  cases: number;
  users: number;
}

/** True when the database already holds people: the demo world is never loaded over real data. */
export async function hasUsers(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Loads the demo world in one transaction, with dates relative to the clock. Does nothing when the
 * database already has users, so running it twice never duplicates anything.
 */
export async function seedDemoWorld(db: Kysely<Database>, clock: Clock): Promise<SeedResult> {
  return db.transaction().execute(async (trx) => {
    // Two seeders starting at once on the server: the second waits here, then sees the users.
    await sql`select pg_advisory_xact_lock(20261123)`.execute(trx);
    if (await hasUsers(trx)) return { seeded: false, cases: 0, users: 0 };
    const now = clock.now();
    await insertOrganisations(trx, now);
    for (const c of DEMO_CASES) await insertCase(trx, c, now);
    await moveSequencesPastFixedIds(trx);
    return { seeded: true, cases: DEMO_CASES.length, users: Object.keys(USERS).length };
  });
}

/** Empties every table of the application (not the migration bookkeeping), keeping the schema. */
export async function emptyDatabase(db: Kysely<Database>): Promise<void> {
  const tables = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = 'public' and tablename not like 'kysely_%'`.execute(
    db,
  );
  if (tables.rows.length === 0) return;
  const list = tables.rows.map((t) => `"${t.tablename}"`).join(', ');
  await sql.raw(`truncate ${list} restart identity cascade`).execute(db);
}

async function insertOrganisations(trx: Trx, now: Date): Promise<void> {
  const longAgo = subDays(now, 400);
  await trx
    .insertInto('partners')
    .values(
      Object.values(PARTNERS).map((p) => ({
        id: p.id,
        name: p.name,
        type: p.type,
        minimum_threshold_usd: p.minUsd,
        sdca_signed_at: p.sdca ? subDays(now, 365) : null,
        channel: null,
        created_at: longAgo,
      })),
    )
    .execute();
  await trx
    .insertInto('partner_coverage')
    .values(
      COVERAGE.map((c) => ({
        partner_id: PARTNERS[c.partner].id,
        country: c.country,
        region: c.region ?? null,
      })),
    )
    .execute();
  await trx
    .insertInto('matching_rules')
    .values(
      MATCHING_RULES.map((r) => ({
        partner_id: PARTNERS[r.partner].id,
        priority: r.priority,
        country: r.country,
        region: r.region ?? null,
        min_amount_usd: r.minUsd ?? null,
        max_amount_usd: r.maxUsd ?? null,
        debtor_type: r.debtorType ?? null,
        claim_type: r.claimType ?? null,
      })),
    )
    .execute();
  await trx
    .insertInto('creditors')
    .values(
      Object.entries(CREDITORS).map(([key, c]) => ({
        id: c.id,
        name: c.name,
        country: c.country,
        network_sharing: c.networkSharing,
        shadow_of_partner_id: c.shadowOf ? PARTNERS[c.shadowOf].id : null,
        created_at: c.shadowOf ? subDays(now, 100) : longAgo,
        email: CREDITOR_EMAILS[key as CreditorKey] ?? null,
      })),
    )
    .execute();
  await trx
    .insertInto('client_partner_overrides')
    .values(
      OVERRIDES.map((o) => ({
        creditor_id: CREDITORS[o.creditor].id,
        partner_id: PARTNERS[o.partner].id,
        country: o.country,
        priority: o.priority,
      })),
    )
    .execute();
  await trx
    .insertInto('users')
    .values(
      Object.entries(USERS).map(([handle, u]) => ({
        id: u.id,
        handle,
        name: u.name,
        role: u.role,
        partner_id: 'partner' in u.org ? PARTNERS[u.org.partner].id : null,
        creditor_id: 'creditor' in u.org ? CREDITORS[u.org.creditor].id : null,
        email: u.email,
        created_at: longAgo,
      })),
    )
    .execute();
  // In the console, people are who they say they are: `--as acme-creditor`.
  await trx
    .insertInto('chat_identities')
    .values(
      Object.entries(USERS).map(([handle, u]) => ({
        surface: 'console',
        external_id: handle,
        user_id: u.id,
      })),
    )
    .execute();
}

const userId = (handle: UserHandle) => USERS[handle].id;

/** The person who acts for a partner in the stories: its first demo user. */
function partnerUser(partner: PartnerKey): UserHandle {
  const entry = Object.entries(USERS).find(([, u]) => 'partner' in u.org && u.org.partner === partner);
  if (!entry) throw new Error(`demo world: no user for partner ${partner}`);
  return entry[0] as UserHandle;
}

function partnerOfUser(handle: UserHandle): PartnerKey {
  const org = USERS[handle].org;
  if (!('partner' in org)) throw new Error(`demo world: ${handle} is not a partner user`);
  return org.partner;
}

/** The creditor's message is the one a real decline writes, from the same templates. */
function declineMessage(c: DemoCase, sharingOn: boolean): string {
  return renderDeclineMessage({
    caseId: c.id,
    debtorName: c.debtor.name,
    creditorName: CREDITORS[c.creditor].name,
    category: c.decline?.category ?? null,
    networkSharing: sharingOn,
  });
}

interface HistoryRow {
  at: Date;
  by: UserHandle | null;
  channel: 'slack' | 'console' | 'api' | 'system';
  action: string;
  from: CaseStatus | null;
  to: CaseStatus | null;
  details?: Record<string, unknown>;
}

async function insertCase(trx: Trx, c: DemoCase, now: Date): Promise<void> {
  const at = (days: number) => subDays(now, days);
  const creditor = CREDITORS[c.creditor];
  const createdAt = at(c.createdDaysAgo);
  const initialPartner: PartnerKey | null = c.partner ?? (c.decline ? partnerOfUser(c.decline.by) : null);
  const history: HistoryRow[] = [];
  let status: CaseStatus = initialPartner ? 'pending_verification' : 'collecting_quotes';
  let statusChangedAt = createdAt;
  const move = (row: Omit<HistoryRow, 'from' | 'to'>, to: CaseStatus | null) => {
    history.push({ ...row, from: status, to: to ?? status });
    if (to && to !== status) {
      status = to;
      statusChangedAt = row.at;
    }
  };

  history.push({
    at: createdAt,
    by: c.createdBy,
    channel: 'api',
    action: c.managingPartner ? 'case.submit' : 'case.created',
    from: null,
    to: status,
    details: {
      principal: c.principal,
      currency: c.currency,
      assignedPartner: initialPartner ? PARTNERS[initialPartner].name : null,
      ...(c.managingPartner ? { managingPartner: PARTNERS[c.managingPartner].name } : {}),
    },
  });

  let collectionStart: Date | null = null;
  let collectionEnd: Date | null = null;
  let assignmentEnd: { at: Date; outcome: string } | null = null;
  let closed: { code: string; comment: string | null; at: Date } | null = null;
  const actingPartner = initialPartner ? partnerUser(initialPartner) : null;
  // Rows that refer to the case are written after it; the story decides them first.
  const later: (() => Promise<unknown>)[] = [];

  if (c.infoRequest && actingPartner) {
    const { question } = c.infoRequest;
    const askedAt = at(c.infoRequest.daysAgo);
    later.push(() =>
      trx
        .insertInto('info_requests')
        .values({
          case_id: c.id,
          requested_by_user_id: userId(actingPartner),
          question,
          created_at: askedAt,
        })
        .execute(),
    );
    move(
      {
        at: askedAt,
        by: actingPartner,
        channel: 'slack',
        action: 'case.request_info',
        details: { question },
      },
      'needs_additional_details',
    );
  }

  if (c.acceptedDaysAgo !== undefined && actingPartner) {
    ({ startsAt: collectionStart, endsAt: collectionEnd } = startCollectionPeriod(at(c.acceptedDaysAgo)));
    move({ at: collectionStart, by: actingPartner, channel: 'slack', action: 'case.accept' }, 'active');
  }

  if (c.payment && actingPartner) {
    const { amount } = c.payment;
    const paidAt = at(c.payment.daysAgo);
    later.push(() =>
      trx
        .insertInto('payments')
        .values({
          case_id: c.id,
          amount,
          currency: c.currency,
          registered_by_user_id: userId(actingPartner),
          received_on: isoDate(paidAt),
          created_at: paidAt,
        })
        .execute(),
    );
    move(
      {
        at: paidAt,
        by: actingPartner,
        channel: 'slack',
        action: 'payment.register',
        details: { amount, currency: c.currency },
      },
      null,
    );
  }

  if (c.withdrawnDaysAgo !== undefined) {
    move(
      { at: at(c.withdrawnDaysAgo), by: c.createdBy, channel: 'slack', action: 'case.withdraw' },
      collectionEnd && collectionEnd > at(c.withdrawnDaysAgo) ? 'paused' : 'closed',
    );
  }

  if (c.decline) {
    const d = c.decline;
    const declinedAt = at(d.daysAgo);
    const sharingOn = creditor.networkSharing;
    later.push(() =>
      trx
        .insertInto('declines')
        .values({
          case_id: c.id,
          partner_id: PARTNERS[partnerOfUser(d.by)].id,
          declined_by_user_id: userId(d.by),
          reason: d.reason,
          category: d.category,
          creditor_message: declineMessage(c, sharingOn),
          created_at: declinedAt,
        })
        .execute(),
    );
    assignmentEnd = { at: declinedAt, outcome: 'case_never_started' };
    if (!sharingOn) closed = { code: 'case_never_started', comment: d.reason, at: declinedAt };
    move(
      {
        at: declinedAt,
        by: d.by,
        channel: 'slack',
        action: 'case.decline',
        details: { reason: d.reason, category: d.category, manualReview: d.category === null },
      },
      sharingOn ? 'collecting_quotes' : 'closed',
    );
  }

  if (c.lead) later.push(planLead(trx, c, now, (row) => move(row, null)));

  if (c.close) {
    const closedAt = at(c.close.daysAgo);
    closed = { code: c.close.code, comment: c.close.comment, at: closedAt };
    assignmentEnd = { at: closedAt, outcome: c.close.code };
    move(
      {
        at: closedAt,
        by: c.close.by,
        channel: 'slack',
        action: c.close.code === 'withdrawn_by_client' ? 'case.withdraw' : 'case.close',
        details: { code: c.close.code, comment: c.close.comment },
      },
      'closed',
    );
    if (c.payment && (c.close.code === 'paid' || c.close.code === 'partially_paid')) {
      later.push(() => insertPayout(trx, c, closedAt));
    }
  }

  if (status !== c.status) {
    throw new Error(`demo world: case ${c.id} story ends in ${status}, expected ${c.status}`);
  }

  await trx
    .insertInto('cases')
    .values({
      id: c.id,
      creditor_id: creditor.id,
      debtor_name: c.debtor.name,
      debtor_type: c.debtor.type,
      debtor_country: c.debtor.country,
      debtor_region: c.debtor.region ?? null,
      claim_type: c.claimType ?? 'unpaid_invoice',
      principal: c.principal,
      currency: c.currency,
      principal_usd: usd(c.principal, c.currency),
      disputed: false,
      debt_date: isoDate(at(c.debtDaysAgo)),
      document_name: c.document ?? null,
      description: c.description ?? null,
      status: c.status,
      // A decline ends the holding, whatever happens to the case next.
      assigned_partner_id: c.partner && !c.decline ? PARTNERS[c.partner].id : null,
      managing_partner_id: c.managingPartner ? PARTNERS[c.managingPartner].id : null,
      success_fee_pct: c.successFeePct ?? null,
      collection_period_starts_at: collectionStart,
      collection_period_ends_at: collectionEnd,
      close_code: closed?.code ?? null,
      close_comment: closed?.comment ?? null,
      closed_at: closed?.at ?? null,
      status_changed_at: statusChangedAt,
      created_at: createdAt,
    })
    .execute();

  for (const write of later) await write();

  if (initialPartner) {
    await trx
      .insertInto('case_assignments')
      .values({
        case_id: c.id,
        partner_id: PARTNERS[initialPartner].id,
        assigned_at: createdAt,
        ended_at: assignmentEnd?.at ?? null,
        outcome: assignmentEnd?.outcome ?? null,
      })
      .execute();
  }

  await trx
    .insertInto('case_history')
    .values(
      history.map((h) => ({
        case_id: c.id,
        actor_user_id: h.by ? userId(h.by) : null,
        channel: h.channel,
        action: h.action,
        from_status: h.from,
        to_status: h.to,
        details: JSON.stringify(h.details ?? {}),
        created_at: h.at,
      })),
    )
    .execute();
}

function planLead(
  trx: Trx,
  c: DemoCase,
  now: Date,
  record: (row: Omit<HistoryRow, 'from' | 'to'>) => void,
): () => Promise<void> {
  const lead = c.lead;
  if (!lead) return async () => {};
  const at = (days: number) => subDays(now, days);
  const openedAt = c.decline ? at(c.decline.daysAgo) : at(c.createdDaysAgo);
  const qualifiedAt = lead.qualifiedDaysAgo !== undefined ? at(lead.qualifiedDaysAgo) : null;
  const windowEndsAt = qualifiedAt
    ? addBusinessHours(qualifiedAt, DEFAULT_QUOTE_WINDOW_BUSINESS_HOURS, c.debtor.country)
    : null;
  // Collection ends at the window's end, or earlier when the expected number of quotes is in.
  const quoteTimes = lead.quotes.map((q) => at(q.daysAgo)).sort((a, b) => a.getTime() - b.getTime());
  const everyoneQuoted =
    lead.invited.length > 0 && lead.invited.every((p) => lead.quotes.some((q) => q.partner === p));
  const enoughAt =
    quoteTimes.length >= lead.expectedQuotes
      ? quoteTimes[lead.expectedQuotes - 1]
      : everyoneQuoted
        ? quoteTimes.at(-1)
        : undefined;
  const endedAt = enoughAt ?? windowEndsAt;
  const quotesReadyAt = endedAt && endedAt <= now && lead.quotes.length > 0 ? endedAt : null;
  const remindersSent = quotesReadyAt
    ? ([1, 2] as const).filter((n) => (reminderDueAt({ quotesReadyAt }, n) ?? now) < now).length
    : 0;
  const expiry = quotesReadyAt ? expiresAt({ quotesReadyAt }) : null;
  const closedAt = lead.outcome === 'expired' ? expiry : null;
  if (lead.outcome === 'expired' && !(expiry && expiry <= now)) {
    throw new Error(`demo world: lead ${lead.id} cannot have expired yet`);
  }
  if (quotesReadyAt && quoteTimes.some((t) => t > quotesReadyAt)) {
    throw new Error(`demo world: lead ${lead.id} has a quote after its collection ended`);
  }
  const quotedBy = new Map(lead.quotes.map((q) => [q.partner, q]));

  record({
    at: openedAt,
    by: null,
    channel: 'system',
    action: 'lead.opened',
    details: { leadId: lead.id, origin: lead.origin },
  });
  if (qualifiedAt) {
    record({
      at: qualifiedAt,
      by: 'support-agent',
      channel: 'system',
      action: 'lead.qualified',
      details: { leadId: lead.id, invited: lead.invited.map((p) => PARTNERS[p].name) },
    });
  }
  for (const q of lead.quotes) {
    record({
      at: at(q.daysAgo),
      by: q.by,
      channel: 'slack',
      action: 'quote.submit',
      details: { quoteId: q.id, successFeePct: q.successFeePct, fixedFee: q.fixedFee ?? null },
    });
  }
  if (quotesReadyAt) {
    record({
      at: quotesReadyAt,
      by: null,
      channel: 'system',
      action: 'lead.quotes_ready',
      details: { leadId: lead.id },
    });
  }
  if (lead.outcome === 'expired' && closedAt) {
    record({
      at: closedAt,
      by: null,
      channel: 'system',
      action: 'lead.expired',
      details: { leadId: lead.id },
    });
  }

  return async () => {
    await trx
      .insertInto('leads')
      .values({
        id: lead.id,
        case_id: c.id,
        origin: lead.origin,
        status: lead.status,
        outcome: lead.outcome ?? null,
        window_business_hours: 120,
        expected_quotes: lead.expectedQuotes,
        excluded_partner_ids: lead.excluded.map((p) => PARTNERS[p].id),
        qualified_at: qualifiedAt,
        window_ends_at: windowEndsAt,
        quotes_ready_at: quotesReadyAt,
        reminders_sent: remindersSent,
        closed_at: closedAt,
        created_at: openedAt,
      })
      .execute();
    if (qualifiedAt && lead.invited.length > 0) {
      await trx
        .insertInto('lead_invitations')
        .values(
          lead.invited.map((p) => {
            const quote = quotedBy.get(p);
            return {
              lead_id: lead.id,
              partner_id: PARTNERS[p].id,
              status: quote ? 'quoted' : 'invited',
              invited_at: qualifiedAt,
              responded_at: quote ? at(quote.daysAgo) : null,
            };
          }),
        )
        .execute();
    }
    for (const q of lead.quotes) {
      await trx
        .insertInto('quotes')
        .values({
          id: q.id,
          lead_id: lead.id,
          partner_id: PARTNERS[q.partner].id,
          submitted_by_user_id: userId(q.by),
          status: 'sent',
          success_fee_pct: q.successFeePct,
          fixed_fee: q.fixedFee ?? null,
          terms: q.terms ?? null,
          created_at: at(q.daysAgo),
        })
        .execute();
    }
  };
}

async function insertPayout(trx: Trx, c: DemoCase, at: Date): Promise<void> {
  if (!c.payment) return;
  const split = splitPayout(c.payment.amount, DEMO_COMMISSION_RATE);
  await trx
    .insertInto('payouts')
    .values({
      case_id: c.id,
      total: split.total,
      creditor_amount: split.creditorAmount,
      partner_amount: split.partnerAmount,
      commission_rate: split.commissionRate,
      currency: c.currency,
      created_at: at,
    })
    .execute();
}

/** Rows were inserted with fixed ids; new rows must continue after them. */
async function moveSequencesPastFixedIds(trx: Trx): Promise<void> {
  for (const table of ['partners', 'creditors', 'users', 'cases', 'leads', 'quotes']) {
    await sql
      .raw(
        `select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`,
      )
      .execute(trx);
  }
}

function usd(amount: number, currency: string): number {
  const rate = USD_PER_UNIT[currency];
  if (rate === undefined) throw new Error(`demo world: no USD rate for ${currency}`);
  return Math.round(amount * rate * 100) / 100;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
