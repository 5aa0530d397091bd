import { sql } from 'kysely';
import pg from 'pg';
import { connectDatabase } from '../../src/db/connection.ts';
import { platformUnavailable } from '../../src/db/database-unavailable.ts';
import { systemClock } from '../../src/domain/clock.ts';
import { type Jobs, startJobs, TICK_QUEUE } from '../../src/jobs/start-jobs.ts';
import { createLogger } from '../../src/logger.ts';

// Run by connection-loss.test.ts in a process of its own, so that an uncaught error (pg's 'error'
// event with no listener) shows as what it is in production: the process dying.
//   node --import tsx test/db/connection-loss.scenario.ts <url> <idle|busy|jobs> [pooler]
// Prints one JSON line and exits 0 when the process lived through it.

const [url = '', mode = 'idle', pooler] = process.argv.slice(2);
const lost: string[] = [];
const POOL = 4;
const handle = await connectDatabase({
  url,
  poolSize: POOL,
  transactionPooler: pooler === 'pooler',
  statementTimeoutMs: 60_000,
  onConnectionError: (error) => lost.push(error.message),
});
const admin = new pg.Client({ connectionString: url });
await admin.connect();

const others = `from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
async function waitUntil(what: string, check: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`gave up waiting: ${what}`);
}
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'finished',
    (error: Error) => platformUnavailable(error)?.code ?? `other: ${error.message}`,
  );

// Every connection of the pool open, each with this parameterised statement prepared under its name
// (unless behind a pooler), and idle again. The same text runs again after the loss, on new connections
// that have never prepared it: nothing of the dead connections' statements may carry over.
const probe = () =>
  Promise.all(
    Array.from({ length: POOL }, (_, i) =>
      sql<{ n: number }>`select ${i}::int as n, pg_sleep(0.05)`.execute(handle.db),
    ),
  );
await probe();

const report: Record<string, unknown> = { mode };
let jobs: Jobs | null = null;
if (mode === 'jobs') {
  // pg-boss polls and supervises on the same pool; its failed calls come back as 'error' events.
  jobs = await startJobs({
    handle,
    clock: systemClock,
    logger: createLogger('silent'),
    options: { pollingIntervalSeconds: 0.5 },
  });
  const killed = await admin.query<{ pid: number }>(`select pid, pg_terminate_backend(pid) ${others}`);
  report.terminated = killed.rowCount;
  // Once those sessions are gone on the server, their FATAL messages wait in our sockets; a moment of
  // the event loop reads them, so that our own next call does not take a connection already dead.
  const pids = killed.rows.map((r) => r.pid);
  await waitUntil('the terminated sessions are gone', async () => {
    const r = await admin.query('select count(*)::int as n from pg_stat_activity where pid = any($1)', [
      pids,
    ]);
    return r.rows[0].n === 0;
  });
  await new Promise((r) => setTimeout(r, 50));
  // The tick after the loss still runs: pg-boss kept polling through new connections.
  const boss = jobs.boss;
  const tick = await jobs.tickNow();
  await waitUntil('the tick ran after the connections were lost', async () => {
    const job = tick ? await boss.getJobById(TICK_QUEUE, tick) : null;
    return job?.state === 'completed';
  });
  report.tick = 'completed';
} else if (mode === 'idle') {
  const killed = await admin.query(`select pg_terminate_backend(pid) ${others}`);
  report.terminated = killed.rowCount;
  await waitUntil('the pool noticed every lost connection', () => lost.length >= POOL);
} else {
  const running = [
    outcome(sql`select pg_sleep(30)`.execute(handle.db)),
    outcome(sql`select pg_sleep(30)`.execute(handle.db)),
    outcome(
      handle.db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await sql`select pg_sleep(30)`.execute(trx);
      }),
    ),
  ];
  await waitUntil('the statements are running', async () => {
    const r = await admin.query(`select count(*)::int as n ${others} and query like '%pg_sleep(30)%'`);
    return r.rows[0].n >= 3;
  });
  const killed = await admin.query(`select pg_terminate_backend(pid) ${others}`);
  report.terminated = killed.rowCount;
  report.failures = await Promise.all(running);
  // The fourth connection was idle; its end is news that arrives on its own socket, in its own time.
  // A call that takes it before the news arrives fails once like the three above (see docs/notes).
  await waitUntil('the pool noticed the idle connection was lost', () => lost.length >= 1);
}
// The next call opens a new connection; nothing was restarted.
const next = await sql<{ n: number }>`select 1 as n`.execute(handle.db);
const together = await probe();
report.next = next.rows[0]?.n;
report.together = together.map((r) => r.rows[0]?.n);
report.lost = lost.length;
await jobs?.stop();
await handle.close();
await admin.end();
process.stdout.write(`${JSON.stringify(report)}\n`);
