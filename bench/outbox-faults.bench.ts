// npm run bench:outbox — notice delivery when Slack misbehaves.
//
// 1,000 notices (BENCH_NOTICES) for 200 creditors (BENCH_RECIPIENTS), each with one Slack user, go through
// the real outbox workers (BENCH_INSTANCES of them, each with its own database pool, as separate bot
// processes would be) and the real Slack client to a fake Slack Web API on 127.0.0.1. The fake answers
// after BENCH_LATENCY_MS, enforces Slack's one message per second per channel (a post sooner than 900 ms
// after the last one in the same channel is refused with 429, Retry-After: 1), and in the fault scenario
// refuses 30 % of posts at random: half with 500, half with 429 and Retry-After: 1. Scenarios:
//   none   — no faults;
//   faults — 30 % of posts answered 500 or 429;
//   slow   — one creditor's first post is answered only after 75 s (the client gives up at 10 s).
// Measured per scenario: seconds until every notice is delivered; posts Slack accepted, twice-accepted
// notices (must be 0), out-of-order posts per channel (must be 0), pace refusals; in `slow`, when the last
// notice of the other creditors arrived. BENCH_SCENARIOS=none,faults,slow picks; BENCH_DB=embedded uses
// PGlite instead of a fresh database on the server (DATABASE_URL, default the local one).
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { enqueueNotices, type NewNotice } from '../src/db/repositories/notice.repository.ts';
import { createDeliveryWorker } from '../src/delivery/outbox-worker.ts';
import { createLogger } from '../src/logger.ts';
import { createSlackNoticeClient, createSlackNoticeSender } from '../src/surfaces/slack/notice-sender.ts';

const NOTICES = Number(process.env.BENCH_NOTICES ?? 1000);
const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 200);
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 2);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const FAULT_RATE = Number(process.env.BENCH_FAULT_RATE ?? 0.3);
const SLOW_MS = Number(process.env.BENCH_SLOW_MS ?? 75_000);
const SEND_TIMEOUT_MS = Number(process.env.OUTBOX_SEND_TIMEOUT_MS ?? 10_000);
const CONCURRENCY = Number(process.env.OUTBOX_CONCURRENCY ?? 8);
const LIMIT_S = Number(process.env.BENCH_LIMIT_S ?? 300);
const SCENARIOS = (process.env.BENCH_SCENARIOS ?? 'none,faults,slow').split(',') as Scenario[];
const EMBEDDED = process.env.BENCH_DB === 'embedded';
const BASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

type Scenario = 'none' | 'faults' | 'slow';
const say = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Slack's Web API as far as notices use it, on a loopback port. */
function fakeSlack(scenario: Scenario, slowChannel: string) {
  const stats = { calls: 0, accepted: 0, faults: 0, paceRefusals: 0, twice: 0, outOfOrder: 0 };
  const lastPostAt = new Map<string, number>();
  const seen = new Set<string>();
  const lastSeq = new Map<string, number>();
  const arrivals = new Map<string, number>();
  let slowAnswered = false;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', async () => {
      const args = new URLSearchParams(body);
      const answer = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(typeof json === 'string' ? json : JSON.stringify(json));
      };
      await sleep(LATENCY_MS);
      if (req.url?.endsWith('/conversations.open')) {
        answer(200, { ok: true, channel: { id: `D${args.get('users')}` } });
        return;
      }
      if (!req.url?.endsWith('/chat.postMessage')) {
        answer(200, { ok: true });
        return;
      }
      stats.calls++;
      const channel = String(args.get('channel'));
      const text = String(args.get('text'));
      if (scenario === 'slow' && channel === slowChannel && !slowAnswered) {
        slowAnswered = true;
        // A stuck request that Slack never carries out (the client gives up at its timeout; the outbox
        // posts the notice again). Had Slack posted it late, it would show twice: see the notes.
        await sleep(SLOW_MS);
        answer(200, { ok: true, channel, ts: '1763900000.000001' });
        return;
      } else if (scenario === 'faults' && Math.random() < FAULT_RATE) {
        stats.faults++;
        if (Math.random() < 0.5) answer(500, 'Internal Server Error');
        else answer(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '1' });
        return;
      }
      const now = Date.now();
      const last = lastPostAt.get(channel);
      if (last !== undefined && now - last < 900) {
        stats.paceRefusals++;
        answer(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '1' });
        return;
      }
      lastPostAt.set(channel, now);
      stats.accepted++;
      if (seen.has(text)) stats.twice++;
      seen.add(text);
      const seq = Number(text.split(' ').at(-1));
      if (seq < (lastSeq.get(channel) ?? -1)) stats.outOfOrder++;
      lastSeq.set(channel, seq);
      arrivals.set(text, now);
      answer(200, {
        ok: true,
        channel,
        ts: `${Math.floor(now / 1000)}.${String(stats.accepted).padStart(6, '0')}`,
      });
    });
  });
  return { server, stats, arrivals };
}

async function freshDatabase(): Promise<{ open: () => Promise<DatabaseHandle>; drop: () => Promise<void> }> {
  if (EMBEDDED) {
    const handle = await connectDatabase({});
    await migrateToLatest(handle.db);
    // PGlite lives in this process: the "instances" share it (its own pool of one connection).
    return { open: async () => ({ ...handle, close: async () => {} }), drop: () => handle.close() };
  }
  const name = `bench_outbox_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: BASE_URL });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  const first = await connectDatabase({ url: url.toString(), poolSize: 2 });
  await migrateToLatest(first.db);
  await first.close();
  return {
    open: () => connectDatabase({ url: url.toString(), poolSize: CONCURRENCY + 4 }),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

async function run(scenario: Scenario) {
  const database = await freshDatabase();
  const setup = await database.open();
  const creditors = await setup.db
    .insertInto('creditors')
    .values(
      Array.from({ length: RECIPIENTS }, (_, i) => ({
        name: `Creditor ${i}`,
        country: 'DK',
        shadow_of_partner_id: null,
      })),
    )
    .returning('id')
    .execute();
  const users = await setup.db
    .insertInto('users')
    .values(
      creditors.map((c, i) => ({
        handle: `creditor-${i}`,
        name: `User ${i}`,
        role: 'creditor',
        partner_id: null,
        creditor_id: c.id,
      })),
    )
    .returning('id')
    .execute();
  await setup.db
    .insertInto('chat_identities')
    .values(
      users.map((u, i) => ({
        surface: 'slack',
        external_id: `U${String(i).padStart(6, '0')}`,
        user_id: u.id,
      })),
    )
    .execute();
  const now = new Date();
  const notices: NewNotice[] = Array.from({ length: NOTICES }, (_, i) => ({
    recipient: { type: 'creditor', creditorId: creditors[i % RECIPIENTS]?.id as number },
    kind: 'bench.notice',
    caseId: null,
    payload: { text: `creditor ${i % RECIPIENTS} notice ${Math.floor(i / RECIPIENTS)}` },
    at: now,
  }));
  await enqueueNotices(setup.db, notices);

  const slowChannel = 'DU000000'; // creditor 0's DM
  const fake = fakeSlack(scenario, slowChannel);
  await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
  const port = (fake.server.address() as AddressInfo).port;
  const logger = createLogger(process.env.LOG_LEVEL ?? 'silent');
  const handles = await Promise.all(Array.from({ length: INSTANCES }, () => database.open()));
  const workers = handles.map((h) =>
    createDeliveryWorker({
      db: h.db,
      sender: createSlackNoticeSender(
        createSlackNoticeClient('xoxb-bench', {
          slackApiUrl: `http://127.0.0.1:${port}/api/`,
          timeout: SEND_TIMEOUT_MS,
        }),
      ),
      channels: { QUOTE_ALERT_CHANNEL: 'q', CLOSE_CODE_CHANNEL: 'c', SUPPORT_CHANNEL: 's' },
      logger,
      sendTimeoutMs: SEND_TIMEOUT_MS,
      concurrency: CONCURRENCY,
    }),
  );

  const started = Date.now();
  for (const w of workers) w.start();
  let left = NOTICES;
  let parked = 0;
  while (Date.now() - started < LIMIT_S * 1000) {
    const rows = await setup.db
      .selectFrom('notices')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    left = Number(rows.find((r) => r.status === 'pending')?.n ?? 0);
    parked = Number(rows.find((r) => r.status === 'parked')?.n ?? 0);
    if (left === 0) break;
    await sleep(100);
  }
  const seconds = (Date.now() - started) / 1000;
  await Promise.all(workers.map((w) => w.stop()));
  const s = fake.stats;
  let others = '';
  if (scenario === 'slow') {
    const otherArrivals = [...fake.arrivals]
      .filter(([text]) => !text.startsWith('creditor 0 '))
      .map(([, at]) => at);
    const slowArrival = fake.arrivals.get('creditor 0 notice 0');
    others = `; other creditors all delivered after ${((Math.max(...otherArrivals) - started) / 1000).toFixed(1)} s, the slow creditor's first notice after ${slowArrival ? ((slowArrival - started) / 1000).toFixed(1) : '—'} s`;
  }
  say(
    `${scenario.padEnd(6)}: ${NOTICES - left - parked}/${NOTICES} delivered in ${seconds.toFixed(1)} s (${parked} parked, ${left} pending); ` +
      `${s.calls} posts, ${s.accepted} accepted, ${s.faults} faults injected, ${s.paceRefusals} pace refusals, ` +
      `${s.twice} accepted twice, ${s.outOfOrder} out of order${others}`,
  );
  fake.server.closeAllConnections();
  await new Promise<void>((r) => fake.server.close(() => r()));
  for (const h of handles) await h.close();
  await setup.close();
  await database.drop();
}

say(
  `outbox bench: ${NOTICES} notices, ${RECIPIENTS} creditors, ${INSTANCES} instances, concurrency ${CONCURRENCY}, ` +
    `latency ${LATENCY_MS} ms, ${EMBEDDED ? 'embedded PGlite' : 'PostgreSQL server'}`,
);
for (const scenario of SCENARIOS) await run(scenario);
