import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { seedDemoWorld } from '../../src/db/seed/seed-demo-world.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { type Jobs, startJobs } from '../../src/jobs/start-jobs.ts';
import { createTestDatabase, truncateAll } from '../helpers/db.ts';

// Old conversation memory (claimed deliveries, questions answered or expired long ago) is forgotten by
// the hourly pg-boss job, and no longer swept on the path of someone's message.

const silent = pino({ level: 'silent' });
const NOW = '2026-11-23T10:00:00Z';
const DAY = 24 * 3600_000;
const clock = fixedClock(NOW);

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});
beforeEach(async () => {
  await sql`drop schema if exists pgboss cascade`.execute(handle.db);
  await truncateAll(handle);
  clock.set(NOW);
  await seedDemoWorld(handle.db, clock);
  await handle.db
    .insertInto('chat_identities')
    .values({ surface: 'slack', external_id: 'U0NORDIC', user_id: 3 })
    .execute();
});

const ago = (days: number) => new Date(clock.now().getTime() - days * DAY);

/** Two weeks old and one hour old: a delivery claimed, and a question answered. */
async function arrangeMemory() {
  await handle.db
    .insertInto('processed_events')
    .values([
      { surface: 'slack', event_id: 'Ev-old', processed_at: ago(14) },
      { surface: 'slack', event_id: 'Ev-recent', processed_at: ago(1 / 24) },
    ])
    .execute();
  const question = (token: string, at: Date) => ({
    token,
    surface: 'slack',
    conversation_key: 'D0NORDIC',
    user_id: 3,
    stage: 'confirm',
    action: 'case.accept',
    args: JSON.stringify({ caseId: '1001' }),
    created_at: at,
    expires_at: new Date(at.getTime() + 30 * 60_000),
    used_at: at,
  });
  await handle.db
    .insertInto('pending_commands')
    .values([question('old-token', ago(14)), question('recent-token', ago(1 / 24))])
    .execute();
}

const remembered = async () => ({
  events: (
    await handle.db.selectFrom('processed_events').select('event_id').orderBy('event_id').execute()
  ).map((r) => r.event_id),
  questions: (await handle.db.selectFrom('pending_commands').select('token').orderBy('token').execute()).map(
    (r) => r.token,
  ),
});

async function waitFor(what: string, check: () => Promise<boolean>, deadlineMs = 25_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('forgetting old conversation memory', () => {
  it('when the housekeeping job runs, then memory older than a week is forgotten and recent memory kept', async () => {
    await arrangeMemory();
    let jobs: Jobs | undefined;
    try {
      jobs = await startJobs({
        handle,
        clock,
        logger: silent,
        options: { pollingIntervalSeconds: 0.5, schedule: false },
      });
      await jobs.forgetMemoryNow();
      await waitFor('the old memory to be forgotten', async () => {
        const { events, questions } = await remembered();
        return !events.includes('Ev-old') && !questions.includes('old-token');
      });
    } finally {
      await jobs?.stop();
    }
    expect(await remembered()).toEqual({ events: ['Ev-recent'], questions: ['recent-token'] });
  });

  it('when someone sends a message, then old memory is left for the job (no sweep on the request path)', async () => {
    await arrangeMemory();
    const engine = createAppConversationEngine({ db: handle.db, logger: silent, clock });

    const replies = await engine.handleMessage({
      surface: 'slack',
      userExternalId: 'U0NORDIC',
      conversationKey: 'D0NORDIC',
      text: 'status of 1001',
      eventId: 'Ev-new',
    });

    expect(replies[0]?.text).toContain('1001');
    const { events, questions } = await remembered();
    expect(events).toEqual(['Ev-new', 'Ev-old', 'Ev-recent']);
    expect(questions).toEqual(['old-token', 'recent-token']);
  });
});
