import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { ScheduledRule } from '../../domain/schedule.ts';

// What a rule remembers about a subject (migration 2026-11-23-003-jobs). Raw SQL on purpose: the
// table belongs to the scheduler alone, so it stays out of the shared Database interface.

export interface ScheduledMark {
  anchor: Date;
  firedCount: number;
  lastFiredAt: Date;
  nextDueAt: Date | null;
}

/** Reads the mark with a row lock (when it exists); the caller has locked the subject row already. */
export async function lockMark(
  trx: Transaction<Database>,
  rule: ScheduledRule,
  subjectId: number,
): Promise<ScheduledMark | undefined> {
  const r = await sql<{ anchor: Date; fired_count: number; last_fired_at: Date; next_due_at: Date | null }>`
    select anchor, fired_count, last_fired_at, next_due_at from scheduled_marks
    where rule = ${rule} and subject_id = ${subjectId} for update`.execute(trx);
  const row = r.rows[0];
  if (!row) return undefined;
  return {
    anchor: new Date(row.anchor),
    firedCount: row.fired_count,
    lastFiredAt: new Date(row.last_fired_at),
    nextDueAt: row.next_due_at ? new Date(row.next_due_at) : null,
  };
}

export async function saveMark(
  trx: Transaction<Database>,
  rule: ScheduledRule,
  subjectId: number,
  mark: ScheduledMark,
): Promise<void> {
  await sql`
    insert into scheduled_marks (rule, subject_id, anchor, fired_count, last_fired_at, next_due_at)
    values (${rule}, ${subjectId}, ${mark.anchor}, ${mark.firedCount}, ${mark.lastFiredAt}, ${mark.nextDueAt})
    on conflict (rule, subject_id) do update set
      anchor = excluded.anchor, fired_count = excluded.fired_count,
      last_fired_at = excluded.last_fired_at, next_due_at = excluded.next_due_at`.execute(trx);
}

export const sameInstant = (a: Date, b: Date) => a.getTime() === b.getTime();
