import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { connectDatabase, type DatabaseHandle } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { fixedClock } from '../src/domain/clock.ts';
import { SCHEDULED_RULES } from '../src/domain/schedule.ts';
import { bossDatabase } from '../src/jobs/boss-database.ts';
import { createQueues, enqueueDue, ruleQueue, startJobs } from '../src/jobs/start-jobs.ts';
import { runTick } from '../src/jobs/tick.ts';
import { createLogger } from '../src/logger.ts';

// `npm run bench:jobs`: on the PostgreSQL server, in a fresh database, 100,000 open cases (in
// verification, active with a collection period) and 100,000 open leads (collecting quotes, or waiting
// for the creditor's selection), spread in time so that a realistic slice is due. Measured:
//   1. one tick: find what is due and enqueue it in pg-boss (the goal: at most 1 s);
//   2. the same tick again while those jobs still wait (nothing is queued twice);
//   3. the workers: due work carried out through the use cases, notices (reminders) written per second;
//   4. steady state: the clock moves on a minute at a time; each tick finds and enqueues what fell due.
// The data is spread so that the first tick meets a backlog (everything due "since yesterday"), the
// worst case after an outage; the minute ticks are what a running system does.

const KEEP = process.env.BENCH_KEEP === '1'; // keep the database to look at query plans
const BASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CASES = Number(process.env.BENCH_OPEN_CASES ?? 100_000);
const LEADS = Number(process.env.BENCH_OPEN_LEADS ?? 100_000);
const WORKERS_PER_QUEUE = Number(process.env.BENCH_WORKERS_PER_QUEUE ?? 4);
const NOW = new Date('2026-03-18T12:00:00Z'); // a Wednesday noon

const say = (line: string) => process.stdout.write(`${line}\n`);

function urlFor(database: string): string {
  const u = new URL(BASE_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: BASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Drops the benchmark database once the pool's connections have left: a forced drop would kill them
 * under the closed pool's feet and crash the process with an unhandled error.
 */
async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await admin(`drop database if exists ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error; // still in use
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await admin(`drop database if exists ${name} with (force)`);
}

/** 200,000 rows by generate_series: fast, and the spread in time decides how much is due at NOW. */
async function seed(handle: DatabaseHandle): Promise<void> {
  const db = handle.db;
  const now = NOW.toISOString();
  await sql`insert into creditors (name, country) select 'Creditor ' || g, 'DK' from generate_series(1, 200) g`.execute(
    db,
  );
  await sql`insert into partners (name, type, sdca_signed_at)
    select 'Partner ' || g, case when g % 2 = 0 then 'exclusive' else 'legal_network' end, '2025-01-01'
    from generate_series(1, 100) g`.execute(db);
  const half = Math.floor(CASES / 2);
  // Cases in verification for up to 2.2 days (those past 2 business days are due a reminder).
  await sql`insert into cases (creditor_id, debtor_name, debtor_type, debtor_country, principal, currency,
      principal_usd, debt_date, status, assigned_partner_id, status_changed_at, created_at)
    select 1 + g % 200, 'Debtor ' || g, 'company', 'DK', 1500, 'USD', 1500, '2025-10-01',
      'pending_verification', 2 + 2 * (g % 50),
      ${now}::timestamptz - random() * interval '2.2 days', ${now}::timestamptz - interval '3 days'
    from generate_series(1, ${half}) g`.execute(db);
  // Active cases whose 6-month period ends between yesterday and six months from now.
  await sql`insert into cases (creditor_id, debtor_name, debtor_type, debtor_country, principal, currency,
      principal_usd, debt_date, status, assigned_partner_id, collection_period_starts_at,
      collection_period_ends_at, status_changed_at)
    select 1 + g % 200, 'Debtor A' || g, 'company', 'DK', 2500, 'EUR', 2700, '2025-06-01', 'active',
      2 + 2 * (g % 50), ends - interval '6 months', ends, ends - interval '6 months'
    from (select g, ${now}::timestamptz + (random() * 181 - 1) * interval '1 day' as ends
          from generate_series(1, ${CASES - half}) g) s`.execute(db);
  // Cases collecting quotes, one qualified lead each.
  await sql`insert into cases (creditor_id, debtor_name, debtor_type, debtor_country, principal, currency,
      principal_usd, debt_date, status, status_changed_at)
    select 1 + g % 200, 'Debtor L' || g, 'person', 'DK', 900, 'USD', 900, '2025-08-01', 'collecting_quotes',
      ${now}::timestamptz - interval '20 days'
    from generate_series(1, ${LEADS}) g`.execute(db);
  const leadHalf = Math.floor(LEADS / 2);
  // Half still collecting: qualified up to 7.2 days ago (after a decline), window of 120 business hours.
  await sql`insert into leads (case_id, origin, status, qualified_at, window_ends_at, created_at)
    select id, 'decline', 'qualified', q, q + interval '7 days', q
    from (select id, row_number() over (order by id) as n,
            ${now}::timestamptz - random() * interval '7.2 days' as q
          from cases where status = 'collecting_quotes') c
    where c.n <= ${leadHalf}`.execute(db);
  // Half waiting for the creditor: quotes ready up to 14 days and an hour ago, reminders sent so far.
  await sql`insert into leads (case_id, origin, status, qualified_at, window_ends_at, quotes_ready_at,
      reminders_sent, created_at)
    select id, 'no_exclusive_match', 'qualified', r - interval '7 days', r, r,
      case when r < ${now}::timestamptz - interval '14 days 1 hour' then 2
           when r < ${now}::timestamptz - interval '7 days 1 hour' then 1 else 0 end,
      r - interval '7 days'
    from (select id, row_number() over (order by id) as n,
            ${now}::timestamptz - random() * interval '14 days 1 hour' as r
          from cases where status = 'collecting_quotes') c
    where c.n > ${leadHalf}`.execute(db);
  await sql`insert into quotes (lead_id, partner_id, success_fee_pct, created_at)
    select id, 1 + 2 * (id % 50), 20, quotes_ready_at - interval '1 day' from leads
    where quotes_ready_at is not null`.execute(db);
  await sql`analyze`.execute(db);
}

async function pending(boss: PgBoss): Promise<number> {
  let n = 0;
  for (const rule of SCHEDULED_RULES) n += await boss.getQueueSize(ruleQueue(rule), { before: 'completed' });
  return n;
}

async function main(): Promise<void> {
  const name = `bench_jobs_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  let handle: DatabaseHandle | undefined;
  try {
    handle = await connectDatabase({ url: urlFor(name), poolSize: 30 });
    await migrateToLatest(handle.db);
    const seedStart = performance.now();
    await seed(handle);
    say(
      `seeded ${CASES.toLocaleString('en')} open cases and ${LEADS.toLocaleString('en')} open leads in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    const clock = fixedClock(NOW);
    const boss = new PgBoss({
      db: bossDatabase(handle),
      schema: 'pgboss',
      schedule: false,
      supervise: false,
    });
    await boss.start();
    await createQueues(boss);

    const t1 = performance.now();
    let enqueueMs = 0;
    const first = await runTick(handle.db, clock, {
      enqueue: async (items) => {
        const e0 = performance.now();
        await enqueueDue(boss, items);
        enqueueMs = performance.now() - e0;
      },
    });
    const tickMs = performance.now() - t1;
    const byRule = Object.fromEntries(
      SCHEDULED_RULES.map((r) => [r, first.due.filter((i) => i.rule === r).length]),
    );
    say(
      `tick 1 (find + enqueue): ${first.due.length} due items in ${tickMs.toFixed(0)} ms (find ${(tickMs - enqueueMs).toFixed(0)} ms, enqueue ${enqueueMs.toFixed(0)} ms)  ${JSON.stringify(byRule)}`,
    );
    const queued = await pending(boss);
    const t2 = performance.now();
    await runTick(handle.db, clock, { enqueue: (items) => enqueueDue(boss, items) });
    const tick2Ms = performance.now() - t2;
    say(
      `tick 2 while the jobs wait: ${tick2Ms.toFixed(0)} ms; jobs waiting ${queued} → ${await pending(boss)} (nothing queued twice)`,
    );
    await boss.stop({ graceful: false, wait: true });

    const logger = createLogger('silent');
    const noticesBefore = Number(
      (await sql<{ n: string }>`select count(*) as n from notices`.execute(handle.db)).rows[0]?.n,
    );
    const w0 = performance.now();
    const jobs = await startJobs({
      handle,
      clock,
      logger,
      options: {
        schedule: false,
        pollingIntervalSeconds: 0.5,
        batchSize: 50,
        workersPerQueue: WORKERS_PER_QUEUE,
      },
    });
    while ((await pending(jobs.boss)) > 0) await new Promise((r) => setTimeout(r, 200));
    const workMs = performance.now() - w0;
    await jobs.stop();
    const noticesAfter = Number(
      (await sql<{ n: string }>`select count(*) as n from notices`.execute(handle.db)).rows[0]?.n,
    );
    const written = noticesAfter - noticesBefore;
    say(
      `work: ${first.due.length} jobs → ${written} notices in ${(workMs / 1000).toFixed(1)} s = ` +
        `${((first.due.length / workMs) * 1000).toFixed(0)} jobs/s, ${((written / workMs) * 1000).toFixed(0)} notices/s ` +
        `(${WORKERS_PER_QUEUE} workers per rule queue, one process)`,
    );

    // Normal operation: the clock moves a minute at a time, and each tick finds what fell due in it.
    const minuteTicks: { due: number; ms: number }[] = [];
    const steadyBoss = new PgBoss({
      db: bossDatabase(handle),
      schema: 'pgboss',
      schedule: false,
      supervise: false,
    });
    await steadyBoss.start();
    for (let minute = 0; minute < 10; minute++) {
      clock.advance(60_000);
      const t = performance.now();
      const tick = await runTick(handle.db, clock, { enqueue: (items) => enqueueDue(steadyBoss, items) });
      minuteTicks.push({ due: tick.due.length, ms: performance.now() - t });
      await runTick(handle.db, clock); // the work itself, untimed, so the next minute starts clean
    }
    await steadyBoss.stop({ graceful: false, wait: true });
    const worst = Math.max(...minuteTicks.map((t) => t.ms));
    const median = [...minuteTicks].sort((a, b) => a.ms - b.ms)[Math.floor(minuteTicks.length / 2)]?.ms ?? 0;
    say(
      `steady state, 10 ticks a minute apart: ${minuteTicks.map((t) => t.due).join('/')} items due; ` +
        `median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms per tick (find + enqueue)`,
    );
    say(
      `goal ≤ 1 s per tick: ${worst <= 1000 ? 'met' : 'NOT met'} in steady state (worst ${worst.toFixed(0)} ms); ` +
        `backlog tick of ${first.due.length} items: ${tickMs.toFixed(0)} ms (${tickMs <= 1000 ? 'met' : 'over'})`,
    );
  } finally {
    await handle?.close();
    if (KEEP) say(`kept database ${name}`);
    else await dropDatabase(name);
  }
}

await main();
