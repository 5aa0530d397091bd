import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import type { ScheduledOutcome } from '../use-cases/scheduled/scheduled-outcome.ts';
import { type DueItem, findDue } from './find-due.ts';
import { runDueItem } from './run-due-item.ts';

export interface TickResult {
  due: DueItem[];
  /** With an enqueue function: how many jobs were handed to the queue; without: the outcome of each. */
  outcomes: { item: DueItem; outcome: ScheduledOutcome }[];
}

/**
 * One tick: finds what is due at the clock's now and either enqueues one job per item (pg-boss, from
 * the scheduled tick job) or, without a queue, runs each at once, one transaction each (tests, scripts).
 */
export async function runTick(
  db: Kysely<Database>,
  clock: Clock,
  options: { enqueue?: (items: DueItem[]) => Promise<void> } = {},
): Promise<TickResult> {
  const due = await findDue(db, clock.now());
  if (options.enqueue) {
    await options.enqueue(due);
    return { due, outcomes: [] };
  }
  const outcomes: TickResult['outcomes'] = [];
  for (const item of due) outcomes.push({ item, outcome: await runDueItem({ db, clock }, item) });
  return { due, outcomes };
}
