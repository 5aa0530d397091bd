import { addBusinessDays, addBusinessHours, businessHoursBetween } from './business-time.ts';
// The lead's own numbers (lead.ts) are the one source; this module adds when each falls due.
import { EXPIRY_DAYS, REMINDER_DAYS } from './lead.ts';

// What is due when; business days follow the case's jurisdiction (its debtor's country, holidays.ts). Pure: every function takes the instants it needs and returns an instant, so the
// same answers serve the scheduler (is it due now?), the console (/jobs: when will it be due?) and tests
// that move a fixed clock across weekends.

const DAY_MS = 86_400_000;

/** The rules that fire on time, without anybody asking. */
export const SCHEDULED_RULES = [
  'quote_window_end',
  'quote_reminder',
  'lead_expiry',
  'collection_period_end',
  'verification_reminder',
  'no_quote_alert',
] as const;
export type ScheduledRule = (typeof SCHEDULED_RULES)[number];

export const SCHEDULED_RULE_LABELS: Record<ScheduledRule, string> = {
  quote_window_end: 'Quote window ends',
  quote_reminder: 'Reminder to select a quote',
  lead_expiry: 'Lead expires',
  collection_period_end: 'Collection period ends',
  verification_reminder: 'Reminder to verify the case',
  no_quote_alert: 'No quotes after a decline: support follows up',
};

/** Reminders to the creditor, in calendar days after quote collection ended (the articles: 7 and 14 days). */
export const QUOTE_REMINDER_DAYS = REMINDER_DAYS;
/** The lead expires this many calendar days after quote collection ended without a winner. */
export const LEAD_EXPIRY_DAYS = EXPIRY_DAYS;
/** Decision (domain.md): a case left in pending_verification is a reminder after 2 business days, then daily. */
export const VERIFICATION_FIRST_REMINDER_BUSINESS_DAYS = 2;
/** The articles: no quotes within 5 business days after a decline → support follows up. */
export const NO_QUOTE_ALERT_BUSINESS_DAYS = 5;

const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);

/** When a qualified lead's quote window ends: `windowBusinessHours` business hours after qualification. */
export function quoteWindowEndsAt(
  qualifiedAt: Date,
  windowBusinessHours: number,
  jurisdiction?: string,
): Date {
  return addBusinessHours(qualifiedAt, windowBusinessHours, jurisdiction);
}

/** The window closes early once the expected number of quotes has arrived. */
export function quoteWindowFilled(quoteCount: number, expectedQuotes: number): boolean {
  return expectedQuotes > 0 && quoteCount >= expectedQuotes;
}

/**
 * The next reminder to select a quote, given how many were already sent; null when both were sent.
 * `number` is 1 for the 7-day reminder and 2 for the 14-day one.
 */
export function nextQuoteReminder(
  quotesReadyAt: Date,
  remindersSent: number,
): { number: number; dueAt: Date } | null {
  const days = QUOTE_REMINDER_DAYS[remindersSent];
  if (days === undefined) return null;
  return { number: remindersSent + 1, dueAt: addDays(quotesReadyAt, days) };
}

/**
 * Which reminder is the one to send at `now`: the latest one already due that was not sent. After a
 * long outage only the latest is sent (a creditor gets one reminder, not two at once).
 */
export function quoteReminderDueNow(quotesReadyAt: Date, remindersSent: number, now: Date): number | null {
  let due: number | null = null;
  QUOTE_REMINDER_DAYS.forEach((days, i) => {
    if (i + 1 > remindersSent && addDays(quotesReadyAt, days) <= now) due = i + 1;
  });
  return due;
}

/** When a lead without a winner expires. */
export function leadExpiresAt(quotesReadyAt: Date): Date {
  return addDays(quotesReadyAt, LEAD_EXPIRY_DAYS);
}

/**
 * Pending-verification reminders: the first after 2 business days in the status, then one per
 * business day. `pendingSince` is when the case (last) entered pending_verification.
 */
export function verificationReminderDueAt(
  pendingSince: Date,
  occurrence: number,
  jurisdiction?: string,
): Date {
  return addBusinessDays(
    pendingSince,
    VERIFICATION_FIRST_REMINDER_BUSINESS_DAYS + occurrence - 1,
    jurisdiction,
  );
}

/**
 * Which verification reminder is due at `now` (1 for the first), or null when none is yet. After an
 * outage the count jumps to the current day, so a partner gets one reminder rather than a backlog.
 */
export function verificationReminderOccurrence(
  pendingSince: Date,
  now: Date,
  jurisdiction?: string,
): number | null {
  const businessDays = Math.floor(businessHoursBetween(pendingSince, now, jurisdiction) / 24);
  const occurrence = businessDays - VERIFICATION_FIRST_REMINDER_BUSINESS_DAYS + 1;
  return occurrence >= 1 ? occurrence : null;
}

/** When support is alerted about a declined case that got no quote. */
export function noQuoteAlertDueAt(declinedAt: Date, jurisdiction?: string): Date {
  return addBusinessDays(declinedAt, NO_QUOTE_ALERT_BUSINESS_DAYS, jurisdiction);
}

export function isDue(dueAt: Date, now: Date): boolean {
  return dueAt.getTime() <= now.getTime();
}
