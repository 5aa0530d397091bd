// npm run bench:e2e — the whole way of a chat command, end to end, under a steady load.
//
// App instances (bench/e2e-instance.ts, one child process each: Bolt's HTTP receiver with its signature
// check, the real conversation engine, the offline interpreter, the use cases and the outbox delivery)
// share one fresh database on the PostgreSQL server. This process plays Slack: it serves the Web API and
// sends signed `app_mention` events carrying real commands ("accept 100123", "decline 100124, the debtor
// went bankrupt") from many linked users on many cases; when the bot's confirmation arrives it clicks
// Confirm (a signed `block_actions` request, sent to another instance than the mention, so a confirmation
// crosses instances). Events (mentions and clicks together) go out at BENCH_RATE per second.
// Measured: ack p50/p99 per event, reply-posted p50/p99 (mention → confirmation, click → outcome), and
// CPU per event: the instances' and the database server backends' CPU (from /proc) divided by the events.
// BENCH_INSTANCES (1), BENCH_RATE (300), BENCH_SECONDS (10), BENCH_USERS (200). BENCH_COUNT_SQL=1 also
// counts the SQL statements the instances run per event; BENCH_CPU_PROF=1 profiles them (--cpu-prof).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import {
  agent,
  CHANNEL,
  clickBody,
  commandText,
  confirmButton,
  createBenchDatabase,
  FIRST_CASE,
  fakeWebApi,
  type Instance,
  mentionBody,
  now,
  signedPost,
  sleep,
  startInstance,
} from './slack-world.ts';

const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);
const RATE = Number(process.env.BENCH_RATE ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const USERS = Number(process.env.BENCH_USERS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 150);
const CONVERSATIONS = Math.ceil((RATE / 2) * SECONDS);

// ── the database ────────────────────────────────────────────────────────────────────────────────────
const bench = await createBenchDatabase('bench_e2e', CONVERSATIONS + WARMUP, USERS);
const { db, name: dbName } = bench;

// ── the fake Slack Web API ──────────────────────────────────────────────────────────────────────────
type Conversation = {
  j: number;
  thread: string;
  user: string;
  mentionAt?: number;
  mentionAck?: number;
  confirmationAt?: number;
  clickAt?: number;
  clickAck?: number;
  outcomeAt?: number;
  outcome?: string;
};
const conversations = new Map<string, Conversation>();
let notices = 0;
const ports: number[] = [];
const ackMs = (r: { status: number; ms: number }) => (r.status === 200 ? r.ms : Number.NaN);

function sendMention(c: Conversation) {
  const body = mentionBody(`Ev0E2E${c.j}`, c.user, c.thread, commandText(c.j));
  c.mentionAt = now();
  void signedPost(ports[c.j % ports.length] as number, body, 'application/json').then((r) => {
    c.mentionAck = ackMs(r);
  });
}

function sendClick(c: Conversation, button: Parameters<typeof clickBody>[3]) {
  const body = clickBody(c.j, c.user, c.thread, button);
  c.clickAt = now();
  // The click goes to another instance than the mention did: any instance must carry the conversation on.
  void signedPost(ports[(c.j + 1) % ports.length] as number, body, 'application/x-www-form-urlencoded').then(
    (r) => {
      c.clickAck = ackMs(r);
    },
  );
}

const api = await fakeWebApi((method, params, at) => {
  const thread = params.get('thread_ts');
  const c = thread && params.get('channel') === CHANNEL ? conversations.get(thread) : undefined;
  if ((method === 'chat.postMessage' || method === 'chat.postEphemeral') && c) {
    const button = c.confirmationAt === undefined ? confirmButton(params.get('blocks')) : undefined;
    if (button) {
      c.confirmationAt = at;
      setImmediate(() => sendClick(c, button));
    } else if (c.confirmationAt !== undefined && c.outcomeAt === undefined) {
      c.outcomeAt = at;
      c.outcome = params.get('text') ?? '';
    } else if (c.confirmationAt === undefined) {
      c.outcomeAt = at; // answered without a confirmation: a refusal or a question
      c.outcome = `no confirmation: ${params.get('text') ?? ''}`;
    }
  } else if (method === 'chat.postMessage') {
    notices++;
  }
});

// ── the instances ───────────────────────────────────────────────────────────────────────────────────
const instances: Instance[] = [];
for (let i = 0; i < INSTANCES; i++) instances.push(await startInstance(bench.url, api.port));
ports.push(...instances.map((x) => x.port));
const pids = instances.map((x) => x.pid);

function conversation(j: number): Conversation {
  const c: Conversation = {
    j,
    thread: `1763900000.${String(j).padStart(6, '0')}`,
    user: `U0E2E${(j % USERS) + 1}`,
  };
  conversations.set(c.thread, c);
  return c;
}
const finished = (list: Conversation[]) => list.filter((c) => c.outcomeAt !== undefined).length;

// ── warm-up (not measured): the hot paths compile, the pools fill ─────────────────────────────────────
const warm = Array.from({ length: WARMUP }, (_, j) => conversation(CONVERSATIONS + j));
for (const c of warm) {
  sendMention(c);
  await sleep(1000 / 30);
}
for (let waited = 0; finished(warm) < warm.length && waited < 20_000; waited += 50) await sleep(50);

// ── the timed run ───────────────────────────────────────────────────────────────────────────────────
const cpuTicks = async () => {
  const backends = await sql<{ pid: number }>`
    select pid from pg_stat_activity where datname = ${dbName} and pid <> pg_backend_pid()`.execute(db);
  const read = (pid: number, which: 'both' | 'kernel' = 'both') => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      // utime + stime, in clock ticks (1/100 s); stime alone is the kernel's share (sockets, wake-ups)
      return (which === 'both' ? Number(fields[11]) : 0) + Number(fields[12]);
    } catch {
      return 0;
    }
  };
  const app = pids.reduce((sum, pid) => sum + read(pid), 0);
  const appKernel = pids.reduce((sum, pid) => sum + read(pid, 'kernel'), 0);
  let statements = Number.NaN;
  if (process.env.BENCH_COUNT_SQL) {
    for (const pid of pids) process.kill(pid, 'SIGUSR2');
    await sleep(200);
    statements = pids.reduce((sum, pid) => sum + Number(readFileSync(`/tmp/e2e-sql-${pid}`, 'utf8')), 0);
  }
  const server = new Map(backends.rows.map((r) => [r.pid, read(r.pid)]));
  return { app, appKernel, server, statements };
};
const before = await cpuTicks();
const timed = Array.from({ length: CONVERSATIONS }, (_, j) => conversation(j));
const interval = 2000 / RATE; // two events per conversation: the mention and the click
const start = now();
await new Promise<void>((resolve) => {
  let i = 0;
  const tick = () => {
    const due = Math.floor((now() - start) / interval) + 1;
    while (i < Math.min(due, timed.length)) sendMention(timed[i++] as Conversation);
    if (i < timed.length) setTimeout(tick, Math.max(0, start + i * interval - now()));
    else resolve();
  };
  tick();
});
for (let waited = 0; finished(timed) < timed.length && waited < 30_000; waited += 50) await sleep(50);
const elapsed = now() - start;
const after = await cpuTicks();
await sleep(1000); // let the last notices go out

// ── figures ─────────────────────────────────────────────────────────────────────────────────────────
const quantile = (values: number[], q: number) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
};
const ms = (v: number) => Number(v.toFixed(1));
const acks = timed.flatMap((c) => [c.mentionAck ?? Number.NaN, c.clickAck ?? Number.NaN]);
const replies = timed.flatMap((c) => [
  c.confirmationAt !== undefined && c.mentionAt !== undefined ? c.confirmationAt - c.mentionAt : Number.NaN,
  c.outcomeAt !== undefined && c.clickAt !== undefined ? c.outcomeAt - c.clickAt : Number.NaN,
]);
const events = timed.reduce((n, c) => n + (c.mentionAt ? 1 : 0) + (c.clickAt ? 1 : 0), 0);
const serverTicks = [...after.server.entries()].reduce(
  (sum, [pid, t]) => sum + Math.max(0, t - (before.server.get(pid) ?? 0)),
  0,
);
const appMs = (after.app - before.app) * 10;
const serverMs = serverTicks * 10;
const accepted = await sql<{ status: string; n: number }>`
  select status, count(*)::int as n from cases where id >= ${FIRST_CASE} and id < ${FIRST_CASE + CONVERSATIONS}
  group by status order by status`.execute(db);
const summary = {
  instances: INSTANCES,
  rate_events_per_s: RATE,
  seconds: SECONDS,
  conversations: timed.length,
  events,
  acked: acks.filter((a) => Number.isFinite(a)).length,
  confirmed_and_done: timed.filter((c) => c.confirmationAt !== undefined && c.outcomeAt !== undefined).length,
  without_confirmation: timed.filter((c) => c.outcome?.startsWith('no confirmation')).length,
  first_unexpected: timed.find((c) => c.outcome?.startsWith('no confirmation'))?.outcome?.slice(0, 160),
  case_status_after: Object.fromEntries(accepted.rows.map((r) => [r.status, r.n])),
  notices_posted: notices,
  elapsed_s: ms(elapsed / 1000),
  ack_ms: { p50: ms(quantile(acks, 0.5)), p99: ms(quantile(acks, 0.99)), max: ms(quantile(acks, 1)) },
  reply_posted_ms: {
    p50: ms(quantile(replies, 0.5)),
    p99: ms(quantile(replies, 0.99)),
    max: ms(quantile(replies, 1)),
  },
  cpu_ms_per_event: {
    total: ms((appMs + serverMs) / Math.max(1, events)),
    app: ms(appMs / Math.max(1, events)),
    app_kernel: ms(((after.appKernel - before.appKernel) * 10) / Math.max(1, events)),
    database_server: ms(serverMs / Math.max(1, events)),
  },
  statements_per_event: ms((after.statements - before.statements) / Math.max(1, events)),
  load_average_1m: ms(loadavg()[0] ?? 0),
  goal: 'ack and reply-posted p99 ≤ 100 ms; CPU ≤ 3 ms per event',
};
console.log(JSON.stringify(summary, null, 2));

for (const instance of instances) instance.child.kill('SIGTERM');
await Promise.all(instances.map((x) => x.exited));
agent.destroy();
api.server.close();
await bench.drop();
process.exit(0);
