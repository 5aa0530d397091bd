import type { Kysely } from 'kysely';
import type { Reply } from '../conversation/reply.ts';
import type { Database } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { listDueAndUpcoming, type ScheduledEntry } from './list-due.ts';

const SHOWN = 20;

const hhmm = (at: Date) => at.toISOString().slice(11, 16);
const day = (at: Date) => at.toISOString().slice(0, 10);

function whenText(e: ScheduledEntry, now: Date): string {
  if (e.state === 'upcoming') return `at ${hhmm(e.dueAt)} UTC`;
  return day(e.dueAt) === day(now) ? `due since ${hhmm(e.dueAt)} UTC` : `overdue since ${day(e.dueAt)}`;
}

/**
 * Support's "what is due today?" (and the console's /jobs) as a surface-neutral reply: what the
 * scheduled rules will do from now to the end of the day (UTC), overdue first.
 */
export async function dueTodayReply(db: Kysely<Database>, clock: Clock): Promise<Reply> {
  const now = clock.now();
  const entries = await listDueAndUpcoming(db, clock);
  if (entries.length === 0) {
    return { text: 'Nothing is due today: no reminders, window ends, expiries or alerts are waiting.' };
  }
  const due = entries.filter((e) => e.state === 'due').length;
  const shown = entries.slice(0, SHOWN);
  const lines = shown.map(
    (e) =>
      `Case ${e.caseId}${e.leadId === null ? '' : ` (lead ${e.leadId})`}: ${e.label}, ${whenText(e, now)}`,
  );
  const more = entries.length > SHOWN ? [`…and ${entries.length - SHOWN} more.`] : [];
  const summary =
    `${entries.length} scheduled ${entries.length === 1 ? 'item' : 'items'} today: ` +
    `${due} due now (the scheduler handles them within a minute), ${entries.length - due} later today.`;
  return {
    title: 'Due today',
    text: [summary, ...lines, ...more].join('\n'),
  };
}
