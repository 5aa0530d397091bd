import { sql } from 'kysely';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { SCHEDULED_RULES } from '../../src/domain/schedule.ts';
import { bossDatabase } from '../../src/jobs/boss-database.ts';
import { type DueItem, findDue } from '../../src/jobs/find-due.ts';
import { runDueItem } from '../../src/jobs/run-due-item.ts';
import {
  createQueues,
  enqueueDue,
  type Jobs,
  ruleQueue,
  startJobs,
  TICK_QUEUE,
} from '../../src/jobs/start-jobs.ts';
import { runTick } from '../../src/jobs/tick.ts';
import { createLogger } from '../../src/logger.ts';
import { createTestDatabase, truncateAll } from '../helpers/db.ts';
import { insertCase, insertWorld, type World } from '../helpers/world.ts';
import { insertLead, insertQuote, noticesOf } from './fixtures.ts';

// Through pg-boss for real: the queue lives in the same database (embedded by default, the server when
// DATABASE_URL is set). Waiting is by condition with a deadline, never by asserting on durations.

const logger = createLogger('silent');
type DueItemRef = Pick<DueItem, 'rule' | 'caseId' | 'leadId'>;
const NOW = '2026-03-23T12:00:00Z'; // a Monday

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let world: World;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});
beforeEach(async () => {
  await sql`drop schema if exists pgboss cascade`.execute(handle.db);
  await truncateAll(handle);
  world = await insertWorld(handle.db);
});

async function waitFor(what: string, check: () => Promise<boolean>, deadlineMs = 25_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Nothing waiting or running in any of our queues, and the given tick finished. */
async function idle(boss: PgBoss, tickId?: string | null): Promise<boolean> {
  if (tickId) {
    const tick = await boss.getJobById(TICK_QUEUE, tickId);
    if (tick && tick.state !== 'completed') return false;
  }
  for (const rule of SCHEDULED_RULES) {
    if ((await boss.getQueueSize(ruleQueue(rule), { before: 'completed' })) > 0) return false;
  }
  return true;
}

/** Three kinds of due work: a verification reminder, a collection period end, a quote reminder. */
async function arrangeDueWork(count = 1) {
  for (let i = 0; i < count; i++) {
    await insertCase(handle.db, {
      creditorId: world.creditor.id,
      assignedPartnerId: world.partner.id,
      at: new Date('2026-03-18T09:00:00Z'),
    });
    await insertCase(handle.db, {
      creditorId: world.creditor.id,
      assignedPartnerId: world.otherPartner.id,
      status: 'active',
      collectionPeriodStartsAt: new Date('2025-09-20T10:00:00Z'),
      collectionPeriodEndsAt: new Date('2026-03-20T10:00:00Z'),
    });
    const quoting = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      status: 'collecting_quotes',
    });
    const leadId = await insertLead(handle.db, {
      caseId: quoting.id,
      origin: 'no_exclusive_match',
      createdAt: new Date('2026-03-02T10:00:00Z'),
      windowEndsAt: new Date('2026-03-09T10:00:00Z'),
      quotesReadyAt: new Date('2026-03-09T10:00:00Z'),
    });
    await insertQuote(handle.db, {
      leadId,
      partnerId: world.networkPartner.id,
      at: new Date('2026-03-04T10:00:00Z'),
    });
  }
}

const noticeCounts = async () => ({
  verification: (await noticesOf(handle.db, 'case.verification_reminder')).length,
  periodEnd: (await noticesOf(handle.db, 'case.collection_period_ended')).length,
  reminders: (await noticesOf(handle.db, 'lead.reminder')).length,
});

describe('time-based rules on pg-boss', () => {
  it('when the process stops after a tick enqueued the work and another starts, then everything is done once', async () => {
    await arrangeDueWork();
    const clock = fixedClock(NOW);

    // The first process ticks (what the cron job does), then stops before any worker ran.
    const first = new PgBoss({
      db: bossDatabase(handle),
      schema: 'pgboss',
      schedule: false,
      supervise: false,
    });
    await first.start();
    await createQueues(first);
    await enqueueDue(first, await findDue(handle.db, clock.now()));
    await first.stop({ graceful: false, wait: true });
    expect(await noticeCounts()).toEqual({ verification: 0, periodEnd: 0, reminders: 0 });

    // A new process picks the waiting jobs up.
    let second: Jobs | undefined;
    try {
      second = await startJobs({
        handle,
        clock,
        logger,
        options: { pollingIntervalSeconds: 0.5, schedule: false },
      });
      const jobs = second;
      await waitFor(
        'the waiting jobs to run',
        async () => (await noticeCounts()).reminders === 1 && (await idle(jobs.boss)),
      );
      // And its own tick finds nothing left to do.
      const tickId = await second.tickNow();
      await waitFor('the tick to finish', () => idle(jobs.boss, tickId));
      await runTick(handle.db, clock);
    } finally {
      await second?.stop();
    }
    expect(await noticeCounts()).toEqual({ verification: 1, periodEnd: 2, reminders: 1 });
  });

  it('when a process dies in the middle of a job, then the next tick does it once and the stale job finds nothing left', async () => {
    await arrangeDueWork();
    const clock = fixedClock(NOW);

    // The first process ticks and takes the quote reminder's job (now active), then dies before finishing.
    const first = new PgBoss({
      db: bossDatabase(handle),
      schema: 'pgboss',
      schedule: false,
      supervise: false,
    });
    await first.start();
    await createQueues(first);
    await enqueueDue(first, await findDue(handle.db, clock.now()));
    const [taken] = await first.fetch<{ rule: 'quote_reminder'; caseId: number; leadId: number }>(
      ruleQueue('quote_reminder'),
    );
    await first.stop({ graceful: false, wait: true });
    expect(taken).toBeDefined();

    let second: Jobs | undefined;
    try {
      second = await startJobs({
        handle,
        clock,
        logger,
        options: { pollingIntervalSeconds: 0.5, schedule: false },
      });
      const jobs = second;
      const tickId = await second.tickNow();
      await waitFor('the next tick and its work', async () => {
        // The dead process's job stays active until pg-boss expires it, so wait on the effects.
        const tick = tickId ? await jobs.boss.getJobById(TICK_QUEUE, tickId) : null;
        const counts = await noticeCounts();
        return (
          tick?.state === 'completed' &&
          counts.reminders === 1 &&
          counts.verification === 1 &&
          counts.periodEnd === 2
        );
      });
    } finally {
      await second?.stop();
    }
    // When pg-boss later expires and retries the dead process's job, the use case re-checks and skips.
    const stale = await runDueItem({ db: handle.db, clock }, taken?.data as DueItemRef);
    expect(stale.status).toBe('skipped');
    expect(await noticeCounts()).toEqual({ verification: 1, periodEnd: 2, reminders: 1 });
  });

  it('when a tick runs twice before the workers catch up, then each item is queued once and done once', async () => {
    await arrangeDueWork();
    const clock = fixedClock(NOW);
    const jobs = await startJobs({
      handle,
      clock,
      logger,
      options: { pollingIntervalSeconds: 0.5, schedule: false },
    });
    try {
      const ticks = [await jobs.tickNow(), await jobs.tickNow()];
      await waitFor('both ticks and their work', async () => {
        for (const id of ticks) if (!(await idle(jobs.boss, id))) return false;
        return (await noticeCounts()).reminders === 1;
      });
    } finally {
      await jobs.stop();
    }
    expect(await noticeCounts()).toEqual({ verification: 1, periodEnd: 2, reminders: 1 });
  });
});

describe.skipIf(!process.env.DATABASE_URL)('two workers on the PostgreSQL server', () => {
  let other: DatabaseHandle | undefined;

  afterAll(async () => {
    await other?.close();
  });

  it('when two worker processes tick and work the same database, then no reminder is sent twice', async () => {
    // A second connection pool on the same database, as a second `npm run worker` would have.
    other = await connectDatabase({ url: handle.url, poolSize: 20 });
    await arrangeDueWork(30);
    const clock = fixedClock(NOW);

    const options = { pollingIntervalSeconds: 0.5, schedule: false, workersPerQueue: 3, batchSize: 5 };
    const a = await startJobs({ handle, clock, logger, options });
    const b = await startJobs({ handle: other, clock, logger, options });
    try {
      const ticks = await Promise.all([a.tickNow(), b.tickNow(), a.tickNow(), b.tickNow()]);
      // Meanwhile both also run the rules directly, racing the queue's workers.
      await Promise.all([runTick(handle.db, clock), runTick(other.db, clock)]);
      await waitFor('all ticks and their work', async () => {
        for (const id of ticks) if (!(await idle(a.boss, id))) return false;
        return true;
      });
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    expect(await noticeCounts()).toEqual({ verification: 30, periodEnd: 60, reminders: 30 });
    const keys = await handle.db
      .selectFrom('notices')
      .select('dedupe_key')
      .where('dedupe_key', 'is not', null)
      .execute();
    expect(new Set(keys.map((k) => k.dedupe_key)).size).toBe(keys.length);
  });
});

if (!process.env.DATABASE_URL) {
  console.info('Skipped "two workers on the PostgreSQL server": set DATABASE_URL to run it (CI does).');
}
