import { businessHoursBetween, HOURS_PER_BUSINESS_DAY } from './business-time.ts';

// A case left in Pending Verification is a task for its partner ("Decline a case": "Leaving cases
// unattended in Pending Verification creates tasks and may affect your responsiveness metrics"). The
// tasks are read from the cases themselves, not stored: a task ends the moment the case leaves the status.

/** How far back the responsiveness figure looks. */
export const RESPONSIVENESS_WINDOW_DAYS = 90;

/** Whole business days (Mon–Fri, UTC, 24 h each) from `since` to `now`. */
export function businessDaysWaited(since: Date, now: Date): number {
  return Math.floor(businessHoursBetween(since, now) / HOURS_PER_BUSINESS_DAY);
}

/** Business days with one decimal, from `from` to `to`. */
export function businessDaysBetween(from: Date, to: Date): number {
  return businessHoursBetween(from, to) / HOURS_PER_BUSINESS_DAY;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** "less than 1 business day", "1 business day", "3 business days". */
export function waitedText(days: number): string {
  if (days < 1) return 'less than 1 business day';
  return `${days} business day${days === 1 ? '' : 's'}`;
}

/** "0.5", "2", "1.3": business days as a figure, one decimal at most. */
export function daysFigure(days: number): string {
  return String(Math.round(days * 10) / 10);
}
