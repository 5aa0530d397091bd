import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import {
  LEAD_EXPIRY_DAYS,
  leadExpiresAt,
  NO_QUOTE_ALERT_BUSINESS_DAYS,
  nextQuoteReminder,
  noQuoteAlertDueAt,
  QUOTE_REMINDER_DAYS,
  type ScheduledRule,
  VERIFICATION_FIRST_REMINDER_BUSINESS_DAYS,
  verificationReminderDueAt,
} from '../domain/schedule.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** One thing a rule will do (or should have done) for one lead or case. */
export interface DueItem {
  rule: ScheduledRule;
  caseId: number;
  leadId: number | null;
  dueAt: Date;
  /** The job's identity: two ticks that find the same thing enqueue it once (pg-boss singletonKey). */
  key: string;
}

const DAY_MS = 86_400_000;
const ago = (at: Date, days: number) => new Date(at.getTime() - days * DAY_MS);

// Marks store instants as JavaScript has them (milliseconds), so anchors are compared at that precision.
// Each query narrows with an index to the rows that can be due by `until` (calendar days are never more
// than business days, so "2 calendar days ago" is a safe pre-filter for "2 business days"); the exact
// instant is then computed by src/domain/schedule.ts, the one place that knows the rules.

async function quoteWindowsEnding(db: Db, until: Date): Promise<DueItem[]> {
  const rows = await sql<{ id: number; case_id: number; window_ends_at: Date }>`
    select id, case_id, window_ends_at from leads
    where status = 'qualified' and quotes_ready_at is null and window_ends_at <= ${until}`.execute(db);
  return rows.rows.map((r) => ({
    rule: 'quote_window_end',
    caseId: r.case_id,
    leadId: r.id,
    dueAt: new Date(r.window_ends_at),
    key: `quote-window:${r.id}`,
  }));
}

async function quoteRemindersAndExpiry(db: Db, until: Date): Promise<DueItem[]> {
  const firstCutoff = ago(until, QUOTE_REMINDER_DAYS[0]);
  // After the first reminder nothing is due before the second one (and the expiry, on the same day).
  const lastCutoff = ago(until, Math.min(QUOTE_REMINDER_DAYS[1], LEAD_EXPIRY_DAYS));
  const rows = await sql<{ id: number; case_id: number; quotes_ready_at: Date; reminders_sent: number }>`
    select id, case_id, quotes_ready_at, reminders_sent from leads
    where status = 'qualified' and quotes_ready_at is not null and quotes_ready_at <= ${firstCutoff}
      and (reminders_sent = 0 or quotes_ready_at <= ${lastCutoff})`.execute(db);
  const items: DueItem[] = [];
  for (const r of rows.rows) {
    const readyAt = new Date(r.quotes_ready_at);
    const reminder = nextQuoteReminder(readyAt, r.reminders_sent);
    if (reminder && reminder.dueAt <= until) {
      items.push({
        rule: 'quote_reminder',
        caseId: r.case_id,
        leadId: r.id,
        dueAt: reminder.dueAt,
        key: `quote-reminder:${r.id}:${reminder.number}`,
      });
    }
    // Expiry follows the last reminder, so the creditor hears "reminder" before "expired".
    const expiresAt = leadExpiresAt(readyAt);
    if (expiresAt <= until && (reminder === null || reminder.number === QUOTE_REMINDER_DAYS.length)) {
      items.push({
        rule: 'lead_expiry',
        caseId: r.case_id,
        leadId: r.id,
        dueAt: expiresAt,
        key: `lead-expiry:${r.id}`,
      });
    }
  }
  return items;
}

async function collectionPeriodsEnding(db: Db, until: Date): Promise<DueItem[]> {
  const rows = await sql<{ id: number; collection_period_ends_at: Date }>`
    select c.id, c.collection_period_ends_at from cases c
    where c.status in ('active', 'paused') and c.collection_period_ends_at is not null
      and c.collection_period_ends_at <= ${until}
      and not exists (
        select 1 from scheduled_marks m
        where m.rule = 'collection_period_end' and m.subject_id = c.id
          and m.anchor = date_trunc('milliseconds', c.collection_period_ends_at))`.execute(db);
  return rows.rows.map((r) => ({
    rule: 'collection_period_end',
    caseId: r.id,
    leadId: null,
    dueAt: new Date(r.collection_period_ends_at),
    key: `period-end:${r.id}`,
  }));
}

async function verificationReminders(db: Db, until: Date): Promise<DueItem[]> {
  const cutoff = ago(until, VERIFICATION_FIRST_REMINDER_BUSINESS_DAYS);
  const rows = await sql<{
    id: number;
    status_changed_at: Date;
    debtor_country: string;
    next_due_at: Date | null;
    marked: boolean;
  }>`
    select c.id, c.status_changed_at, c.debtor_country, m.next_due_at, (m.subject_id is not null) as marked
    from cases c
    left join scheduled_marks m
      on m.rule = 'verification_reminder' and m.subject_id = c.id
      and m.anchor = date_trunc('milliseconds', c.status_changed_at)
    where c.status = 'pending_verification' and c.status_changed_at <= ${cutoff}
      and (m.subject_id is null or m.next_due_at <= ${until})`.execute(db);
  const items: DueItem[] = [];
  for (const r of rows.rows) {
    const dueAt =
      r.marked && r.next_due_at
        ? new Date(r.next_due_at)
        : verificationReminderDueAt(new Date(r.status_changed_at), 1, r.debtor_country.trim());
    if (dueAt > until) continue;
    items.push({
      rule: 'verification_reminder',
      caseId: r.id,
      leadId: null,
      dueAt,
      key: `verification-reminder:${r.id}`,
    });
  }
  return items;
}

async function noQuoteAlerts(db: Db, until: Date): Promise<DueItem[]> {
  const cutoff = ago(until, NO_QUOTE_ALERT_BUSINESS_DAYS);
  // 5 business days from a weekday are at least 7 calendar days (more over a holiday, computed exactly
  // below); only weekend starts can be due sooner. This keeps the rows read per tick to the ones that are due.
  const weekAgo = ago(until, 7);
  const rows = await sql<{ id: number; case_id: number; created_at: Date; debtor_country: string }>`
    select l.id, l.case_id, l.created_at, c.debtor_country from leads l
    join cases c on c.id = l.case_id
    where l.origin = 'decline' and l.created_at <= ${cutoff}
      and (l.created_at <= ${weekAgo} or extract(isodow from l.created_at at time zone 'UTC') >= 6)
      and (l.status <> 'closed' or l.outcome = 'declined_options')
      and not exists (select 1 from quotes q where q.lead_id = l.id)
      and not exists (
        select 1 from scheduled_marks m where m.rule = 'no_quote_alert' and m.subject_id = l.id)`.execute(db);
  const items: DueItem[] = [];
  for (const r of rows.rows) {
    const dueAt = noQuoteAlertDueAt(new Date(r.created_at), r.debtor_country.trim());
    if (dueAt > until) continue;
    items.push({
      rule: 'no_quote_alert',
      caseId: r.case_id,
      leadId: r.id,
      dueAt,
      key: `no-quote-alert:${r.id}`,
    });
  }
  return items;
}

/**
 * Everything that is due at or before `until`: with the clock's now, what a tick must do; with a later
 * instant, also what is coming. Sorted by when it is (or was) due.
 */
export async function findDue(db: Db, until: Date): Promise<DueItem[]> {
  const groups = await Promise.all([
    quoteWindowsEnding(db, until),
    quoteRemindersAndExpiry(db, until),
    collectionPeriodsEnding(db, until),
    verificationReminders(db, until),
    noQuoteAlerts(db, until),
  ]);
  const byTimeThenKey = (a: DueItem, b: DueItem) =>
    a.dueAt.getTime() - b.dueAt.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return groups.flat().sort(byTimeThenKey);
}
