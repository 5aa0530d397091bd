import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { SCHEDULED_RULE_LABELS, type ScheduledRule } from '../domain/schedule.ts';
import { findDue } from './find-due.ts';

export interface ScheduledEntry {
  rule: ScheduledRule;
  /** The rule in words, e.g. "Reminder to select a quote". */
  label: string;
  caseId: number;
  leadId: number | null;
  dueAt: Date;
  /** due: its time has come (the next tick does it); upcoming: later, before `until`. */
  state: 'due' | 'upcoming';
}

const END_OF_UTC_DAY = (at: Date) =>
  new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1) - 1);

/**
 * What the scheduled rules will do, from what is overdue up to `until` (default: the end of today, UTC),
 * for the console's `/jobs` and support's "what is due today?". Reads the same state the tick reads, so
 * it shows exactly what the next ticks will do.
 */
export async function listDueAndUpcoming(
  db: Kysely<Database>,
  clock: Clock,
  options: { until?: Date; limit?: number } = {},
): Promise<ScheduledEntry[]> {
  const now = clock.now();
  const until = options.until ?? END_OF_UTC_DAY(now);
  const items = await findDue(db, new Date(Math.max(until.getTime(), now.getTime())));
  const entries = items.map<ScheduledEntry>((i) => ({
    rule: i.rule,
    label: SCHEDULED_RULE_LABELS[i.rule],
    caseId: i.caseId,
    leadId: i.leadId,
    dueAt: i.dueAt,
    state: i.dueAt <= now ? 'due' : 'upcoming',
  }));
  return options.limit === undefined ? entries : entries.slice(0, options.limit);
}

/** One line per entry, for a chat reply: "Case 12 · Reminder to select a quote · due since 13 Mar 15:00 UTC". */
export function describeScheduledEntry(e: ScheduledEntry): string {
  const when = e.dueAt.toISOString().slice(0, 16).replace('T', ' ');
  const lead = e.leadId === null ? '' : ` (lead ${e.leadId})`;
  return `Case ${e.caseId}${lead} · ${e.label} · ${e.state === 'due' ? 'due since' : 'at'} ${when} UTC`;
}
