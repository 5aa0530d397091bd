import { addMonths, format } from 'date-fns';

/** The exclusive partner's collection period: six months from the day it accepts the case. */
export const COLLECTION_PERIOD_MONTHS = 6;

export interface CollectionPeriod {
  startsAt: Date;
  endsAt: Date;
}

export function startCollectionPeriod(acceptedAt: Date): CollectionPeriod {
  return { startsAt: acceptedAt, endsAt: addMonths(acceptedAt, COLLECTION_PERIOD_MONTHS) };
}

/**
 * Whether the period is still running. A case without a period (quote-based cases: the articles say
 * collection periods do not apply to them) is never "within" one.
 */
export function isWithinCollectionPeriod(
  period: { startsAt: Date | null; endsAt: Date | null },
  now: Date,
): boolean {
  return period.startsAt !== null && period.endsAt !== null && now.getTime() < period.endsAt.getTime();
}

export function formatDay(d: Date): string {
  return format(d, 'd MMM yyyy');
}

/**
 * A date that bounds something running, said truthfully at `now`: "collecting quotes until 28 Nov 2026"
 * while it runs, "quote collection ended 28 Nov 2026" once it has passed. Never a past date as if
 * still running.
 */
export function runningOrEnded(end: Date, now: Date, words: { running: string; ended: string }): string {
  return `${now.getTime() < end.getTime() ? words.running : words.ended} ${formatDay(end)}`;
}
