import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createServerPool } from '../src/db/connection.ts';
import type { Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { findUserByHandle } from '../src/db/repositories/user.repository.ts';
import { DEMO_CASES } from '../src/db/seed/demo-cases.ts';
import { seedDemoWorld } from '../src/db/seed/seed-demo-world.ts';
import type { Actor } from '../src/domain/actor.ts';
import { systemClock } from '../src/domain/clock.ts';
import { isDomainError } from '../src/domain/errors.ts';
import { acceptCase } from '../src/use-cases/cases/accept-case.ts';
import { closeCase } from '../src/use-cases/cases/close-case.ts';
import { declineCase } from '../src/use-cases/cases/decline-case.ts';
import type { UseCaseContext } from '../src/use-cases/context.ts';

// `npm run bench:core`: the platform's own transactions (accept / decline / close through the real use
// cases: row lock, domain decision, writes, history, outbox) per second on the PostgreSQL server, and
// pgbench's TPC-B-like rate on the same server in the same run, for scale. Each gets a fresh database.

const run = promisify(execFile);
const BASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// Enough that the timed run lasts about as long as pgbench's, so a passing disturbance weighs as little.
const CASES_PER_KIND = Number(process.env.BENCH_CASES_PER_KIND ?? 6000);
/**
 * Transactions of each kind run before the clock starts, not counted: a Node service compiles its hot
 * paths in the first seconds (V8's JIT was ~15 % of a cold run's CPU), and a running bot is past that.
 * pgbench, compiled C, needs no warm-up.
 */
const WARMUP_PER_KIND = Number(process.env.BENCH_WARMUP_PER_KIND ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4); // as many clients as pgbench's -c
const PGBENCH_SECONDS = Number(process.env.BENCH_PGBENCH_SECONDS ?? 20);
const FIRST_BENCH_CASE = 100_001;
/** Closed cases with their history, so the database looks like a platform in use (see seedPastCases). */
const PAST_CASES = Number(process.env.BENCH_PAST_CASES ?? 20_000);
const FIRST_PAST_CASE = 500_001;

type Kind = 'accept' | 'decline' | 'close';
const KINDS: readonly Kind[] = ['accept', 'decline', 'close'];

/** BENCH_MIX=accept (say) runs one kind alone, to see what each costs; the default is the even mix. */
const MIX: Kind[] = (process.env.BENCH_MIX ?? KINDS.join(','))
  .split(',')
  .map((k) => k.trim())
  .filter((k): k is Kind => (KINDS as readonly string[]).includes(k))
  .filter((k, i, all) => all.indexOf(k) === i);
if (MIX.length === 0) throw new Error('BENCH_MIX names none of accept, decline, close');
const M = MIX.length;
const CLOSE_SLOT = MIX.indexOf('close'); // -1: no case is seeded active

const say = (line: string) => process.stdout.write(`${line}\n`);

function urlFor(database: string): string {
  const u = new URL(BASE_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Drops a benchmark database. The pool's connections may take a moment to leave after it ended, and a
 * forced drop would kill them under the pool's feet, so wait for them first.
 */
async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await admin(`drop database if exists ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error; // in use by other sessions
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await admin(`drop database if exists ${name} with (force)`);
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

/** Demo organisations and users, then pending cases (to accept or decline) and active paid cases (to close). */
async function seedBenchCases(db: Kysely<Database>): Promise<void> {
  await seedDemoWorld(db, systemClock);
  const n = CASES_PER_KIND + WARMUP_PER_KIND;
  // Kind by id: MIX[g % M]; the cases to close are active with a payment. All for Acme (network sharing on), held by Nordic Collect.
  await sql`
    insert into cases (id, creditor_id, debtor_name, debtor_type, debtor_country, principal, currency,
                       principal_usd, debt_date, description, status, assigned_partner_id,
                       collection_period_starts_at, collection_period_ends_at, status_changed_at, created_at)
    select ${FIRST_BENCH_CASE} + g, 1, 'Bench Debtor ' || g || ' ApS', 'company', 'DK', 20000, 'DKK', 2900,
           current_date - 90, 'Invoice ' || g,
           case when g % ${M} = ${CLOSE_SLOT} then 'active' else 'pending_verification' end, 1,
           case when g % ${M} = ${CLOSE_SLOT} then now() - interval '30 days' end,
           case when g % ${M} = ${CLOSE_SLOT} then now() + interval '5 months' end,
           now(), now() - interval '31 days'
    from generate_series(0, ${M * n + M - 1}) g`.execute(db);
  await sql`
    insert into case_assignments (case_id, partner_id, assigned_at)
    select id, 1, created_at from cases where id >= ${FIRST_BENCH_CASE}`.execute(db);
  await sql`
    insert into payments (case_id, amount, currency, registered_by_user_id)
    select id, 20000, 'DKK', 3 from cases where id >= ${FIRST_BENCH_CASE} and status = 'active'`.execute(db);
  await seedPastCases(db);
  await sql`select setval('cases_id_seq'::regclass, (select max(id) from cases))`.execute(db);
  await sql`vacuum analyze`.execute(db); // as pgbench -i does for its tables
}

/**
 * A platform that has been running: PAST_CASES closed cases, each declined to the network, with their
 * assignment, decline, expired lead, invitations, history, delivered notices and, for half, a payout.
 * Without them the tables the actions append to start empty, PostgreSQL plans (and caches, per prepared
 * statement and per foreign-key check) sequential scans for them, and every action then scans a table
 * that grows through the run: a benchmark artefact, not how a populated database behaves.
 */
async function seedPastCases(db: Kysely<Database>): Promise<void> {
  const first = FIRST_PAST_CASE;
  const last = FIRST_PAST_CASE + PAST_CASES - 1;
  await sql`
    insert into cases (id, creditor_id, debtor_name, debtor_type, debtor_country, principal, currency,
                       principal_usd, debt_date, description, status, close_code, close_comment, closed_at,
                       status_changed_at, created_at)
    select g, 1, 'Past Debtor ' || g || ' ApS', 'company', 'DK', 15000, 'DKK', 2175, current_date - 400,
           'Invoice ' || g, 'closed', 'case_never_started', 'Declined and expired', now() - interval '200 days',
           now() - interval '200 days', now() - interval '240 days'
    from generate_series(${first}::int, ${last}::int) g`.execute(db);
  await sql`
    insert into case_assignments (case_id, partner_id, assigned_at, ended_at, outcome)
    select id, 1, created_at, created_at + interval '2 days', 'case_never_started'
    from cases where id between ${first} and ${last}`.execute(db);
  await sql`
    insert into declines (case_id, partner_id, declined_by_user_id, reason, category, creditor_message, created_at)
    select id, 1, 3, 'The debtor was declared bankrupt.', 'insolvency_or_ceased',
           'Dear Acme ApS, the partner declined case #' || id || '.', created_at + interval '2 days'
    from cases where id between ${first} and ${last}`.execute(db);
  await sql`
    insert into leads (case_id, origin, status, outcome, excluded_partner_ids, qualified_at, window_ends_at,
                       quotes_ready_at, closed_at, created_at)
    select id, 'decline', 'closed', 'expired', '{1}', created_at + interval '2 days',
           created_at + interval '9 days', created_at + interval '9 days', created_at + interval '23 days',
           created_at + interval '2 days'
    from cases where id between ${first} and ${last}`.execute(db);
  await sql`
    insert into lead_invitations (lead_id, partner_id, status, invited_at)
    select l.id, p.id, 'invited', l.created_at
    from leads l cross join (select id from partners where type = 'legal_network' order by id limit 2) p
    where l.case_id between ${first} and ${last}`.execute(db);
  await sql`
    insert into case_history (case_id, actor_user_id, channel, action, from_status, to_status, details, created_at)
    select c.id, 3, 'slack', a.action, a.from_status, a.to_status, '{}', c.created_at + a.after
    from cases c cross join (values
      ('case.decline', 'pending_verification', 'collecting_quotes', interval '2 days'),
      ('lead.opened', 'collecting_quotes', 'collecting_quotes', interval '2 days'),
      ('lead.expired', 'collecting_quotes', 'closed', interval '23 days')) a(action, from_status, to_status, after)
    where c.id between ${first} and ${last}`.execute(db);
  await sql`
    insert into notices (recipient_type, recipient_ref, kind, case_id, payload, status, attempts,
                         next_attempt_at, delivered_at, created_at)
    select 'creditor', '1', k.kind, c.id, '{"text": "..."}', 'delivered', 1, c.created_at, c.created_at, c.created_at
    from cases c cross join (values ('case.declined'), ('lead.expired'), ('lead.invited')) k(kind)
    where c.id between ${first} and ${last}`.execute(db);
  await sql`
    insert into payouts (case_id, total, creditor_amount, partner_amount, commission_rate, currency, created_at)
    select id, 15000, 12000, 3000, 0.2, 'DKK', closed_at
    from cases where id between ${first} and ${last} and id % 2 = 0`.execute(db);
}

/**
 * Both timed runs start right after a checkpoint, so neither pays for flushing the other's (or its own
 * set-up's) writes: a checkpoint landing inside the short core run made its figure swing by a third.
 */
async function checkpoint(): Promise<void> {
  try {
    await admin('checkpoint');
  } catch (error) {
    say(`(no checkpoint before the run: ${(error as Error).message})`);
  }
}

/** Busy CPU time of the whole machine so far, in ms (Linux /proc/stat; null elsewhere). */
function machineBusyMs(): number | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      ?.trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    if (!fields || fields.length < 8) return null;
    const [user, nice, system, , , irq, softirq, steal] = fields as number[];
    return (
      ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) * (1000 / 100)
    );
  } catch {
    return null;
  }
}

/** Machine CPU per transaction over a phase: client and server together, whoever the client is. */
function cpuPerTx(busyBefore: number | null, transactions: number): number | null {
  const after = machineBusyMs();
  return busyBefore === null || after === null ? null : (after - busyBefore) / Math.max(1, transactions);
}

function shuffled<T>(items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

interface CoreResult {
  transactions: number;
  refused: number;
  seconds: number;
  tps: number;
  p50ms: number;
  p99ms: number;
  /** CPU time this Node process spent per transaction (query building, driver, domain). */
  clientCpuMsPerTx: number;
  /** CPU the whole machine spent per transaction (Node and PostgreSQL together), or null off Linux. */
  machineCpuMsPerTx: number | null;
  /** SQL statements per transaction, begin and commit included (pgbench's TPC-B-like script sends 7). */
  statementsPerTx: number;
  statementsByKind: Record<Kind, number>;
  p50msByKind: Record<Kind, number>;
  byKind: Record<Kind, number>;
}

async function benchCore(): Promise<CoreResult> {
  const name = `bench_core_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  let statements = 0;
  const pool = createServerPool(urlFor(name), CONCURRENCY + 2); // as connectDatabase makes it for the app
  // Counting statements shows how much work one platform transaction is (Kysely logs begin and commit too).
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: () => {
      statements++;
    },
  });
  try {
    await migrateToLatest(db);
    await seedBenchCases(db);
    const actor = (await findUserByHandle(db, 'nordic-partner')) as Actor;
    const ctx: UseCaseContext = { db, clock: systemClock, actor, channel: 'api' };

    const doOne = async (item: { caseId: number; kind: Kind }) => {
      switch (item.kind) {
        case 'accept':
          return acceptCase(ctx, { caseId: item.caseId });
        case 'decline':
          return declineCase(ctx, {
            caseId: item.caseId,
            reason: 'The debtor was declared bankrupt last month.',
            category: 'insolvency_or_ceased',
          });
        case 'close':
          return closeCase(ctx, { caseId: item.caseId, code: 'paid', comment: 'Paid in full.' });
      }
    };

    // One of each kind first, alone: how many statements each sends, and a warm-up for the pool.
    const all = Array.from({ length: M * (CASES_PER_KIND + WARMUP_PER_KIND) + M }, (_, g) => ({
      caseId: FIRST_BENCH_CASE + g,
      kind: MIX[g % M] as Kind,
    }));
    const statementsByKind: Record<Kind, number> = { accept: 0, decline: 0, close: 0 };
    for (const item of all.slice(0, M)) {
      statements = 0;
      await doOne(item);
      statementsByKind[item.kind] = statements;
    }
    const warmup = all.slice(M, M + M * WARMUP_PER_KIND);
    const work = shuffled(all.slice(M + M * WARMUP_PER_KIND));
    const latencies: number[] = [];
    const latenciesByKind: Record<Kind, number[]> = { accept: [], decline: [], close: [] };
    const byKind: Record<Kind, number> = { accept: 0, decline: 0, close: 0 };
    let refused = 0;
    let next = 0;

    const worker = async () => {
      while (next < work.length) {
        const item = work[next++] as { caseId: number; kind: Kind };
        const started = performance.now();
        try {
          await doOne(item);
          latencies.push(performance.now() - started);
          latenciesByKind[item.kind].push(performance.now() - started);
          byKind[item.kind]++;
        } catch (error) {
          if (!isDomainError(error)) throw error;
          refused++;
        }
      }
    };

    let warm = 0;
    const warmer = async () => {
      while (warm < warmup.length) await doOne(warmup[warm++] as { caseId: number; kind: Kind });
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, warmer));
    await checkpoint();

    statements = 0;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const machineBefore = machineBusyMs();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const machineCpuMsPerTx = cpuPerTx(machineBefore, latencies.length + refused);
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const statementsRun = statements;
    const clientCpuMsPerTx = (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length);
    latencies.sort((a, b) => a - b);
    return {
      transactions: latencies.length,
      refused,
      seconds,
      tps: latencies.length / seconds,
      p50ms: percentile(latencies, 50),
      p99ms: percentile(latencies, 99),
      clientCpuMsPerTx,
      machineCpuMsPerTx,
      statementsPerTx: statementsRun / Math.max(1, latencies.length + refused),
      statementsByKind,
      p50msByKind: {
        accept: percentile(
          latenciesByKind.accept.sort((a, b) => a - b),
          50,
        ),
        decline: percentile(
          latenciesByKind.decline.sort((a, b) => a - b),
          50,
        ),
        close: percentile(
          latenciesByKind.close.sort((a, b) => a - b),
          50,
        ),
      },
      byKind,
    };
  } finally {
    await db.destroy();
    await dropDatabase(name);
  }
}

async function benchPgbench(): Promise<{ tps: number; line: string; machineCpuMsPerTx: number | null }> {
  const name = `bench_pgbench_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  try {
    await run('pgbench', ['-i', '-q', urlFor(name)]);
    await checkpoint();
    const machineBefore = machineBusyMs();
    const { stdout } = await run('pgbench', [
      '-T',
      String(PGBENCH_SECONDS),
      '-c',
      '4',
      '-j',
      '2',
      urlFor(name),
    ]);
    const line = stdout.split('\n').find((l) => l.startsWith('tps =')) ?? '';
    const tps = Number(/tps = ([\d.]+)/.exec(line)?.[1]);
    if (!Number.isFinite(tps)) throw new Error(`could not read pgbench's tps from:\n${stdout}`);
    const processed = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1]);
    return { tps, line: line.trim(), machineCpuMsPerTx: cpuPerTx(machineBefore, processed) };
  } finally {
    await dropDatabase(name);
  }
}

const server = new URL(BASE_URL);
say(
  `bench:core on PostgreSQL ${server.host} — ${M * CASES_PER_KIND} cases (${CASES_PER_KIND} each to ${MIX.join(', ')}), ${CONCURRENCY} concurrent clients, after ${WARMUP_PER_KIND} of each kind to warm up`,
);
say(`(the demo world's ${DEMO_CASES.length} cases are loaded too, untouched)`);
// pgbench runs before and after the core workload and the two rates are averaged: on a machine shared
// with other work, the load drifts, and bracketing the core run keeps the comparison fair.
say(`pgbench (before): pgbench -i, then -T ${PGBENCH_SECONDS} -c 4 -j 2 (TPC-B-like, scale 1) ...`);
const before = await benchPgbench();
say(`pgbench (before): ${before.line}`);
const core = await benchCore();
say(
  `core use cases: ${core.transactions} transactions in ${core.seconds.toFixed(1)} s = ${core.tps.toFixed(0)} tx/s ` +
    `(accept ${core.byKind.accept}, decline ${core.byKind.decline}, close ${core.byKind.close}; refused ${core.refused}); ` +
    `latency p50 ${core.p50ms.toFixed(1)} ms, p99 ${core.p99ms.toFixed(1)} ms; client CPU ${core.clientCpuMsPerTx.toFixed(2)} ms/tx`,
);
const after = await benchPgbench();
say(`pgbench (after): ${after.line}`);
const bench = { tps: (before.tps + after.tps) / 2 };
say(`pgbench: ${bench.tps.toFixed(0)} tps (mean of before and after)`);
say(
  `work per transaction, begin and commit included: core ${core.statementsPerTx.toFixed(1)} SQL statements ` +
    `(${MIX.map((k) => `${k} ${core.statementsByKind[k]}`).join(', ')}), pgbench 7. ` +
    `Statements/s: core ${(core.tps * core.statementsPerTx).toFixed(0)}, pgbench ${(bench.tps * 7).toFixed(0)}. ` +
    `Latency p50 by kind: ${MIX.map((k) => `${k} ${core.p50msByKind[k].toFixed(1)} ms`).join(', ')}`,
);
const fmt = (ms: number | null) => (ms === null ? 'n/a' : `${ms.toFixed(2)} ms`);
const pgbenchCpu =
  before.machineCpuMsPerTx !== null && after.machineCpuMsPerTx !== null
    ? (before.machineCpuMsPerTx + after.machineCpuMsPerTx) / 2
    : null;
say(
  `machine CPU per transaction (client and server together): core ${fmt(core.machineCpuMsPerTx)} ` +
    `(Node ${core.clientCpuMsPerTx.toFixed(2)} ms of it), pgbench ${fmt(pgbenchCpu)}`,
);
const ratio = core.tps / bench.tps;
say(`ratio core / pgbench = ${ratio.toFixed(2)} (goal ≥ 0.50: ${ratio >= 0.5 ? 'met' : 'NOT met'})`);
