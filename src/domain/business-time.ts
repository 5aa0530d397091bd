import { addHours, differenceInMilliseconds } from 'date-fns';
import { isPublicHoliday } from './holidays.ts';

// Business time for quote windows and follow-ups.
//
// Time zone: UTC. The platform serves creditors and partners in many countries, and a lead's window
// must end at one instant everybody agrees on, whoever reads it; so business days are Monday to Friday
// in UTC, and every hour of such a day counts (120 business hours = 5 business days, as the articles
// put it). Given a jurisdiction (the debtor's country, see holidays.ts), its public holidays do not count
// either; without one only weekends are skipped.
//
// date-fns' calendar helpers (isWeekend, startOfDay, addBusinessDays) read the process's local time
// zone; only the zone-free ones (addHours, differenceInMilliseconds) are used here, and the calendar is
// read with getUTC*, so the result is the same on any machine.

const HOUR_MS = 3_600_000;
export const HOURS_PER_BUSINESS_DAY = 24;
export const DEFAULT_QUOTE_WINDOW_BUSINESS_HOURS = 120;

/** Monday to Friday, in UTC, and not a public holiday of `jurisdiction` (ISO country) when one is given. */
export function isBusinessDay(at: Date, jurisdiction?: string): boolean {
  const day = at.getUTCDay();
  if (day === 0 || day === 6) return false;
  return !jurisdiction || !isPublicHoliday(at, jurisdiction);
}

function startOfNextUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1));
}

/**
 * The instant when `hours` business hours have passed since `start`. Hours on Saturday and Sunday do
 * not count: a window opened on a weekend starts counting on Monday 00:00 UTC, and Friday 10:00 plus
 * 120 business hours is the next Friday 10:00.
 */
export function addBusinessHours(start: Date, hours: number, jurisdiction?: string): Date {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`business hours must be ≥ 0, got ${hours}`);
  let at = new Date(start);
  let remainingMs = hours * HOUR_MS;
  while (remainingMs > 0) {
    const nextDay = startOfNextUtcDay(at);
    if (!isBusinessDay(at, jurisdiction)) {
      at = nextDay;
      continue;
    }
    const leftToday = differenceInMilliseconds(nextDay, at);
    if (remainingMs <= leftToday) return addHours(at, remainingMs / HOUR_MS);
    remainingMs -= leftToday;
    at = nextDay;
  }
  return at;
}

/** `days` business days after `start`, counted as 24 business hours each (Friday 10:00 + 1 = Monday 10:00). */
export function addBusinessDays(start: Date, days: number, jurisdiction?: string): Date {
  return addBusinessHours(start, days * HOURS_PER_BUSINESS_DAY, jurisdiction);
}

/** Business hours between two instants (0 when `to` is not after `from`). */
export function businessHoursBetween(from: Date, to: Date, jurisdiction?: string): number {
  let at = new Date(from);
  let ms = 0;
  while (at < to) {
    const nextDay = startOfNextUtcDay(at);
    const end = nextDay < to ? nextDay : to;
    if (isBusinessDay(at, jurisdiction)) ms += differenceInMilliseconds(end, at);
    at = end;
  }
  return ms / HOUR_MS;
}
