// What bench/e2e.bench.ts and bench/faults.bench.ts share: a fresh database on the PostgreSQL server
// seeded with linked Slack users and pending cases, signed Slack requests (app_mention events and
// block_actions clicks shaped like Slack's), the bot's Confirm button read from a posted message, and app
// instances (bench/e2e-instance.ts) as child processes.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemoWorld } from '../src/db/seed/seed-demo-world.ts';
import { systemClock } from '../src/domain/clock.ts';

export const BASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const SECRET = 'bench-e2e-signing-secret';
export const FIRST_CASE = 100_001;
export const CHANNEL = 'C0CASES1';

export const now = () => performance.timeOrigin + performance.now();
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

export interface BenchDatabase {
  name: string;
  url: string;
  db: Kysely<Database>;
  drop(): Promise<void>;
}

/**
 * A fresh database: migrated, the demo world, `cases` pending-verification cases of Acme held by Nordic
 * Collect (ids from FIRST_CASE; each can be accepted or declined), and `users` linked partner users
 * (Slack ids U0E2E1…). Every other user of the demo world is on Slack too, so every notice is delivered.
 */
export async function createBenchDatabase(prefix: string, cases: number, users: number) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: urlFor(name), max: 2 }) }),
  });
  await migrateToLatest(db);
  await seedDemoWorld(db, systemClock);
  await sql`
    insert into cases (id, creditor_id, debtor_name, debtor_type, debtor_country, principal, currency,
                       principal_usd, debt_date, description, status, assigned_partner_id, status_changed_at, created_at)
    select ${FIRST_CASE} + g, 1, 'Bench Debtor ' || g || ' ApS', 'company', 'DK', 20000, 'DKK', 2900,
           current_date - 90, 'Invoice ' || g, 'pending_verification', 1, now(), now() - interval '1 day'
    from generate_series(0, ${cases - 1}) g`.execute(db);
  await sql`insert into case_assignments (case_id, partner_id, assigned_at)
            select id, 1, created_at from cases where id >= ${FIRST_CASE}`.execute(db);
  await sql`
    with u as (
      insert into users (handle, name, role, partner_id)
      select 'e2e-partner-' || g, 'Bench Partner ' || g, 'partner', 1 from generate_series(1, ${users}) g
      returning id, handle)
    insert into chat_identities (surface, external_id, user_id)
    select 'slack', 'U0E2E' || substr(handle, 13), id from u`.execute(db);
  // Everyone else the demo world has (creditors' people, the seeded partners' people, support) is on Slack
  // too, as in production, where a partner or creditor on Slack is linked: every notice has a Slack
  // recipient, none is parked for want of an e-mail transport (which a bench run would not measure).
  await sql`insert into chat_identities (surface, external_id, user_id)
            select 'slack', case when role = 'creditor' then 'U0CRED' else 'U0SEED' end || id, id from users u
            where not exists (select from chat_identities c where c.user_id = u.id and c.surface = 'slack')
            on conflict do nothing`.execute(db);
  await sql`select setval('cases_id_seq'::regclass, (select max(id) from cases))`.execute(db);
  await sql`vacuum analyze`.execute(db);
  const bench: BenchDatabase = {
    name,
    url: urlFor(name),
    db,
    async drop() {
      await db.destroy();
      for (let attempt = 0; attempt < 30; attempt++) {
        try {
          await admin(`drop database if exists ${name} with (force)`);
          return;
        } catch {
          await sleep(200);
        }
      }
    },
  };
  return bench;
}

export const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * A signed POST to an instance's /slack/events, as Slack sends it. Resolves with the HTTP status (0 when
 * the connection failed or `timeoutMs` passed, as Slack counts a request not answered in 3 s) and the time.
 */
export function signedPost(
  port: number,
  body: string,
  contentType: string,
  options: { headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<{ status: number; ms: number; reason?: string }> {
  const stamp = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${stamp}:${body}`).digest('hex')}`;
  const t0 = now();
  return new Promise((resolve) => {
    let settled = false;
    const settle = (status: number, reason?: string) => {
      if (settled) return;
      settled = true;
      resolve({ status, ms: now() - t0, ...(reason ? { reason } : {}) });
    };
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
          ...options.headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => settle(res.statusCode ?? 0, res.statusCode === 200 ? undefined : 'http_error'));
        res.on('error', () => settle(0, 'http_error'));
      },
    );
    if (options.timeoutMs) {
      req.setTimeout(options.timeoutMs, () => {
        settle(0, 'http_timeout');
        req.destroy();
      });
    }
    req.on('error', () => settle(0, 'http_error'));
    req.end(body);
  });
}

/** An `app_mention` event callback, as the Events API sends it. */
export function mentionBody(eventId: string, user: string, thread: string, text: string): string {
  return JSON.stringify({
    token: 't',
    team_id: 'T0TEAM1',
    api_app_id: 'A0APP1',
    type: 'event_callback',
    event_id: eventId,
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
    event: { type: 'app_mention', user, text, ts: thread, channel: CHANNEL, event_ts: thread },
  });
}

/** The words of conversation j: accept even cases, decline odd ones with a reason. */
export function commandText(j: number): string {
  return j % 2 === 0
    ? `<@UBOT> accept ${FIRST_CASE + j}`
    : `<@UBOT> decline ${FIRST_CASE + j}, the debtor company went bankrupt last month`;
}

export type Button = {
  type: string;
  action_id: string;
  value: string;
  block_id?: string;
  text?: { text: string };
};

/** A `block_actions` click on the bot's Confirm button in a thread (form-encoded, as Slack sends it). */
export function clickBody(j: number, user: string, thread: string, button: Button): string {
  const payload = {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0TEAM1' },
    api_app_id: 'A0APP1',
    token: 't',
    container: { type: 'message', message_ts: `${thread}1`, channel_id: CHANNEL, is_ephemeral: false },
    trigger_id: `${j}.1.${randomBytes(8).toString('hex')}`,
    team: { id: 'T0TEAM1', domain: 'bench' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: CHANNEL, name: 'cases' },
    message: { type: 'message', user: 'UBOT', ts: `${thread}1`, thread_ts: thread, text: 'confirm?' },
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
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** The Confirm button of a posted message's blocks, if it has one. */
export function confirmButton(blocksJson: string | null): Button | undefined {
  if (!blocksJson) return undefined;
  const blocks = JSON.parse(blocksJson) as Array<{ type: string; elements?: Button[] }>;
  for (const block of blocks) {
    for (const el of block.elements ?? []) {
      if (el.type === 'button' && /^confirm/i.test(el.text?.text ?? '')) return el;
    }
  }
  return undefined;
}

/** What the fake keeps of a posted message, to answer conversations.replies / history as Slack would. */
interface KeptMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  metadata?: unknown;
}

/**
 * A fake Slack Web API: every call's method and parameters go to `onCall`; it answers ok. It keeps the
 * messages posted with chat.postMessage and answers conversations.replies (a thread) and
 * conversations.history (a channel's top level, newest first) from them, with their metadata when
 * `include_all_metadata` is asked for, bounded by `oldest` and `limit` (the inbox's recovery look-up).
 */
export async function fakeWebApi(onCall: (method: string, params: URLSearchParams, at: number) => void) {
  const kept: KeptMessage[] = [];
  const read = (params: URLSearchParams, thread: string | null) => {
    const oldest = Number(params.get('oldest') ?? 0);
    const limit = Number(params.get('limit') ?? 100);
    const all = params.get('include_all_metadata') === 'true';
    const found = kept.filter(
      (m) =>
        m.channel === params.get('channel') &&
        (thread ? m.thread_ts === thread : !m.thread_ts) &&
        Number(m.ts) > oldest,
    );
    const ordered = thread ? found : found.reverse();
    return ordered.slice(0, limit).map((m) => ({
      type: 'message',
      user: 'UBOTBENCH',
      bot_id: 'BBOTBENCH',
      ts: m.ts,
      ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
      ...(all && m.metadata ? { metadata: m.metadata } : {}),
    }));
  };
  let seq = 0;
  const server = http.createServer((req, res) => {
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
      const method = req.url?.split('/').pop() ?? '';
      onCall(method, params, at);
      res.writeHead(200, { 'content-type': 'application/json' });
      if (method === 'conversations.replies' || method === 'conversations.history') {
        const thread = method === 'conversations.replies' ? params.get('ts') : null;
        res.end(JSON.stringify({ ok: true, messages: read(params, thread), has_more: false }));
        return;
      }
      // Unique and increasing, as Slack's message timestamps are in a channel.
      const ts = `${Math.floor(Date.now() / 1000)}.${String(++seq % 1_000_000).padStart(6, '0')}`;
      if (method === 'chat.postMessage') {
        const metadata = params.get('metadata');
        kept.push({
          channel: params.get('channel') ?? '',
          ts,
          ...(params.get('thread_ts') ? { thread_ts: params.get('thread_ts') as string } : {}),
          ...(metadata ? { metadata: JSON.parse(metadata) } : {}),
        });
      }
      // conversations.open answers with the direct-message channel of the person (notices to people).
      const channel =
        method === 'conversations.open' ? { id: `D${params.get('users') ?? ''}` } : params.get('channel');
      res.end(JSON.stringify({ ok: true, channel, ts }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, port: (server.address() as { port: number }).port };
}

export interface Instance {
  child: ChildProcess;
  port: number;
  pid: number;
  exited: Promise<number | null>;
}

/** Starts bench/e2e-instance.ts on the database; resolves once it listens. */
export async function startInstance(dbUrl: string, apiPort: number, env: Record<string, string> = {}) {
  // BENCH_CPU_PROF=1 writes a V8 CPU profile per instance into BENCH_CPU_PROF_DIR (/tmp/prof) on exit.
  const prof = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR ?? '/tmp/prof'}`]
    : [];
  // BENCH_INSTANCE_JS: the instance compiled to JavaScript (as production runs dist/), instead of tsx.
  const entry = process.env.BENCH_INSTANCE_JS
    ? [process.env.BENCH_INSTANCE_JS]
    : ['--import', 'tsx', 'bench/e2e-instance.ts'];
  const child = spawn(process.execPath, [...prof, ...entry], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      SLACK_API_URL: `http://127.0.0.1:${apiPort}/api/`,
      SLACK_SIGNING_SECRET: SECRET,
      NODE_ENV: 'production',
      ...env,
    },
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const first = await createInterface({ input: child.stdout as NodeJS.ReadableStream })
    [Symbol.asyncIterator]()
    .next();
  const started = JSON.parse(String(first.value)) as { port: number; pid: number };
  const instance: Instance = { child, port: started.port, pid: started.pid, exited };
  return instance;
}
