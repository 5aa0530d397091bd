import type { Kysely } from 'kysely';
import { forgetOldConversationMemory } from '../conversation/conversation-memory.repository.ts';
import type { Database } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';

// Forgetting old conversation memory (claimed events, questions long closed or expired) is housekeeping:
// it runs as a scheduled job (start-jobs.ts, hourly) rather than on a user's message, so no one waits for
// a sweep of the whole table in the middle of a reply.

/** Slack and Teams redeliver within minutes; a week of memory is plenty. */
export const CONVERSATION_MEMORY_KEEP_MS = 7 * 24 * 3600_000;

/** The job's queue, and when it runs (pg-boss cron, UTC): hourly, off the minute tick's hour mark. */
export const MEMORY_QUEUE = 'conversation-memory-forget';
export const MEMORY_CRON = '17 * * * *';

export async function forgetConversationMemory(
  db: Kysely<Database>,
  clock: Clock,
  keepMs = CONVERSATION_MEMORY_KEEP_MS,
): Promise<void> {
  await forgetOldConversationMemory(db, new Date(clock.now().getTime() - keepMs));
}
