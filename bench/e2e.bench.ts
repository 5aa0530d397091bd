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
// BENCH_INSTANCES (1), BENCH_RATE (300), BENCH_SECONDS (10), BENCH_USERS (200).
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemoWorld } from '../src/db/seed/seed-demo-world.ts';
import { systemClock } from '../src/domain/clock.ts';

const BASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);
const RATE = Number(process.env.BENCH_RATE ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const USERS = Number(process.env.BENCH_USERS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 150);
const SECRET = 'bench-e2e-signing-secret';
const FIRST_CASE = 100_001;
const CONVERSATIONS = Math.ceil((RATE / 2) * SECONDS);

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ── the database ────────────────────────────────────────────────────────────────────────────────────
const dbName = `bench_e2e_${randomBytes(4).toString('hex')}`;
const urlFor = (name: string) => {
  const u = new URL(BASE_URL);
  u.pathname = `/${name}`;
  return u.toString();
};
async function admin(statement: string) {
  const client = new pg.Client({ connectionString: BASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
await admin(`create database ${dbName}`);
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: urlFor(dbName), max: 2 }) }),
});
await migrateToLatest(db);
await seedDemoWorld(db, systemClock);
const totalCases = CONVERSATIONS + WARMUP;
// Pending-verification cases of Acme, held by Nordic Collect (partner 1): each can be accepted or declined.
await sql`
  insert into cases (id, creditor_id, debtor_name, debtor_type, debtor_country, principal, currency,
                     principal_usd, debt_date, description, status, assigned_partner_id, status_changed_at, created_at)
  select ${FIRST_CASE} + g, 1, 'Bench Debtor ' || g || ' ApS', 'company', 'DK', 20000, 'DKK', 2900,
         current_date - 90, 'Invoice ' || g, 'pending_verification', 1, now(), now() - interval '1 day'
  from generate_series(0, ${totalCases - 1}) g`.execute(db);
await sql`insert into case_assignments (case_id, partner_id, assigned_at)
          select id, 1, created_at from cases where id >= ${FIRST_CASE}`.execute(db);
await sql`
  with u as (
    insert into users (handle, name, role, partner_id)
    select 'e2e-partner-' || g, 'Bench Partner ' || g, 'partner', 1 from generate_series(1, ${USERS}) g
    returning id, handle)
  insert into chat_identities (surface, external_id, user_id)
  select 'slack', 'U0E2E' || substr(handle, 13), id from u`.execute(db);
// The demo world's creditors and partners are on Slack too, so their notices are delivered (and counted).
await sql`insert into chat_identities (surface, external_id, user_id)
          select 'slack', 'U0ORG' || id, id from users where role in ('creditor', 'partner')
            and handle not like 'e2e-%'
          on conflict do nothing`.execute(db);
await sql`select setval('cases_id_seq'::regclass, (select max(id) from cases))`.execute(db);
await sql`vacuum analyze`.execute(db);

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
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function signedPost(port: number, body: string, contentType: string, onAck: (ms: number) => void) {
  const stamp = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${stamp}:${body}`).digest('hex')}`;
  const t0 = now();
  const req = http.request(
    {
      host: '127.0.0.1',
      port,
      path: '/slack/events',
      method: 'POST',
      agent,
      headers: {
        'content-type': contentType,
        'content-length': Buffer.byteLength(body),
        'x-slack-request-timestamp': String(stamp),
        'x-slack-signature': sig,
      },
    },
    (res) => {
      res.resume();
      res.on('end', () => onAck(res.statusCode === 200 ? now() - t0 : Number.NaN));
    },
  );
  req.on('error', () => onAck(Number.NaN));
  req.end(body);
}

function sendMention(c: Conversation) {
  const text =
    c.j % 2 === 0
      ? `<@UBOT> accept ${FIRST_CASE + c.j}`
      : `<@UBOT> decline ${FIRST_CASE + c.j}, the debtor company went bankrupt last month`;
  const body = JSON.stringify({
    token: 't',
    team_id: 'T0TEAM1',
    api_app_id: 'A0APP1',
    type: 'event_callback',
    event_id: `Ev0E2E${c.j}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: 'T0TEAM1',
        user_id: 'UBOT',
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    event: { type: 'app_mention', user: c.user, text, ts: c.thread, channel: 'C0CASES1', event_ts: c.thread },
  });
  c.mentionAt = now();
  signedPost(ports[c.j % ports.length] as number, body, 'application/json', (ms) => {
    c.mentionAck = ms;
  });
}

function sendClick(c: Conversation, button: { action_id: string; value: string; block_id?: string }) {
  const payload = {
    type: 'block_actions',
    user: { id: c.user, username: c.user.toLowerCase(), name: c.user.toLowerCase(), team_id: 'T0TEAM1' },
    api_app_id: 'A0APP1',
    token: 't',
    container: { type: 'message', message_ts: `${c.thread}1`, channel_id: 'C0CASES1', is_ephemeral: false },
    trigger_id: `${c.j}.1.${randomBytes(8).toString('hex')}`,
    team: { id: 'T0TEAM1', domain: 'bench' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: 'C0CASES1', name: 'cases' },
    message: { type: 'message', user: 'UBOT', ts: `${c.thread}1`, thread_ts: c.thread, text: 'confirm?' },
    response_url: 'https://hooks.slack.com/actions/T0TEAM1/1/x',
    actions: [
      {
        action_id: button.action_id,
        block_id: button.block_id ?? 'b',
        text: { type: 'plain_text', text: 'Confirm', emoji: true },
        value: button.value,
        style: 'primary',
        type: 'button',
        action_ts: String(Date.now() / 1000),
      },
    ],
  };
  const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
  c.clickAt = now();
  // The click goes to another instance than the mention did: any instance must carry the conversation on.
  signedPost(ports[(c.j + 1) % ports.length] as number, body, 'application/x-www-form-urlencoded', (ms) => {
    c.clickAck = ms;
  });
}

type Button = { type: string; action_id: string; value: string; text?: { text: string } };
function confirmButton(blocksJson: string | null): Button | undefined {
  if (!blocksJson) return undefined;
  const blocks = JSON.parse(blocksJson) as Array<{ type: string; elements?: Button[] }>;
  for (const block of blocks) {
    for (const el of block.elements ?? []) {
      if (el.type === 'button' && /^confirm/i.test(el.text?.text ?? '')) return el;
    }
  }
  return undefined;
}

const api = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    const at = now();
    const params = req.headers['content-type']?.includes('json')
      ? new URLSearchParams(
          Object.entries(JSON.parse(body || '{}') as Record<string, unknown>).map(
            ([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)],
          ),
        )
      : new URLSearchParams(body);
    const thread = params.get('thread_ts');
    const c = thread ? conversations.get(thread) : undefined;
    if (req.url?.endsWith('chat.postMessage') && c) {
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
    } else if (req.url?.endsWith('chat.postMessage')) {
      notices++;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url?.endsWith('conversations.open')) {
      // The DM a notice goes to, as Slack answers it: a channel object with the D… id.
      const user = params.get('users') ?? 'U0';
      res.end(JSON.stringify({ ok: true, channel: { id: `D${user.slice(1)}` } }));
      return;
    }
    res.end(JSON.stringify({ ok: true, channel: params.get('channel'), ts: `${Date.now() / 1000}` }));
  });
});
await new Promise<void>((r) => api.listen(0, '127.0.0.1', () => r()));
const apiPort = (api.address() as { port: number }).port;

// ── the instances ───────────────────────────────────────────────────────────────────────────────────
const children: ChildProcess[] = [];
const pids: number[] = [];
for (let i = 0; i < INSTANCES; i++) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/e2e-instance.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: urlFor(dbName),
      SLACK_API_URL: `http://127.0.0.1:${apiPort}/api/`,
      SLACK_SIGNING_SECRET: SECRET,
      NODE_ENV: 'production',
    },
  });
  children.push(child);
  const first = await createInterface({ input: child.stdout as NodeJS.ReadableStream })
    [Symbol.asyncIterator]()
    .next();
  const started = JSON.parse(String(first.value)) as { port: number; pid: number };
  ports.push(started.port);
  pids.push(started.pid);
}

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
  const read = (pid: number) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (1/100 s)
    } catch {
      return 0;
    }
  };
  const app = pids.reduce((sum, pid) => sum + read(pid), 0);
  const server = new Map(backends.rows.map((r) => [r.pid, read(r.pid)]));
  return { app, server };
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
    database_server: ms(serverMs / Math.max(1, events)),
  },
  load_average_1m: ms(loadavg()[0] ?? 0),
  goal: 'ack and reply-posted p99 ≤ 100 ms; CPU ≤ 3 ms per event',
};
console.log(JSON.stringify(summary, null, 2));

for (const child of children) child.kill('SIGTERM');
await Promise.all(
  children.map((child) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)))),
);
agent.destroy();
api.close();
await db.destroy();
for (let attempt = 0; attempt < 30; attempt++) {
  try {
    await admin(`drop database if exists ${dbName} with (force)`);
    break;
  } catch {
    await sleep(200);
  }
}
process.exit(0);
