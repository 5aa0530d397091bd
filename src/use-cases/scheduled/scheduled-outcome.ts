import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Clock } from '../../domain/clock.ts';

/** What a scheduled rule is given: the platform acts, so there is no person and no chat channel. */
export interface ScheduledContext {
  db: Kysely<Database>;
  clock: Clock;
}

/** A rule either did what was due, or found on re-checking that nothing (more) was due, and says why. */
export type ScheduledOutcome = { status: 'done'; detail: string } | { status: 'skipped'; reason: string };

export const done = (detail: string): ScheduledOutcome => ({ status: 'done', detail });
export const skipped = (reason: string): ScheduledOutcome => ({ status: 'skipped', reason });

/** "13 Mar 2026", in UTC like every instant the rules compute. */
export function formatUtcDay(at: Date): string {
  return at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
