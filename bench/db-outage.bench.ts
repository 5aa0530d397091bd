import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { createAppConversationEngine } from '../src/conversation/create-app-engine.ts';
import { connectDatabase } from '../src/db/connection.ts';
import { PLATFORM_TOO_SLOW, PLATFORM_UNREACHABLE } from '../src/db/database-unavailable.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemoWorld } from '../src/db/seed/seed-demo-world.ts';
import { systemClock } from '../src/domain/clock.ts';
import { databaseRelay } from '../test/helpers/database-relay.ts';

// `npx tsx bench/db-outage.bench.ts`: chat traffic through the real engine while the database goes
// away and comes back, while the network goes silent, and while it is too slow (a table locked). Between the bot and PostgreSQL sits a TCP relay that can
// reset every connection and refuse new ones (a restart, a failover), or drop everything silently. Reports, per phase,
// what people were told and how long each answer took, and whether the process lived through it.

const BASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8); // messages in flight at any time
const HEALTHY_MS = 3_000;
const OUTAGE_MS = Number(process.env.BENCH_OUTAGE_MS ?? 10_000);
const SLOW_MS = 8_000;
const AFTER_MS = 3_000;
const say = (line: string) => process.stdout.write(`${line}\n`);

type Heard = 'answer' | 'unreachable' | 'too slow' | 'busy' | 'other';
const heard = (text: string | undefined): Heard =>
  text === PLATFORM_UNREACHABLE
    ? 'unreachable'
    : text === PLATFORM_TOO_SLOW
      ? 'too slow'
      : text?.startsWith("I'm handling a lot")
        ? 'busy'
        : text?.includes('1001')
          ? 'answer'
          : 'other';

const name = `bench_outage_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: BASE_URL });
await admin.connect();
await admin.query(`create database ${name}`);
const target = new URL(BASE_URL);
target.pathname = `/${name}`;
let uncaught = 0;
process.on('uncaughtException', (error) => {
  uncaught++;
  say(`UNCAUGHT: ${error.message}`);
});

const direct = await connectDatabase({ url: target.toString(), poolSize: 2, statementTimeoutMs: 0 });
await migrateToLatest(direct.db);
await seedDemoWorld(direct.db, systemClock);
await direct.db
  .insertInto('chat_identities')
  .values({ surface: 'slack', external_id: 'U0NORDIC', user_id: 3 })
  .execute();

const relay = databaseRelay(target.toString());
await relay.open();
const lost: number[] = [];
const app = await connectDatabase({
  url: relay.url(),
  poolSize: 10,
  onConnectionError: () => lost.push(Date.now()),
});
const engine = createAppConversationEngine({ db: app.db, logger: pino({ level: 'silent' }) });

let phase = 'healthy';
const samples: Array<{ phase: string; heard: Heard; ms: number; at: number }> = [];
let running = true;
let n = 0;
async function client(): Promise<void> {
  while (running) {
    const started = Date.now();
    const replies = await engine
      .handleMessage({
        surface: 'slack',
        userExternalId: 'U0NORDIC',
        conversationKey: `C0BENCH:${n++}`,
        text: 'status 1001',
      })
      .catch(() => [{ text: 'THROWN' }]);
    samples.push({ phase, heard: heard(replies[0]?.text), ms: Date.now() - started, at: Date.now() });
    await new Promise((r) => setTimeout(r, 20));
  }
}
const clients = Array.from({ length: CONCURRENCY }, () => client());
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

await pause(HEALTHY_MS);
phase = 'outage';
await relay.cut();
await pause(OUTAGE_MS);
phase = 'restored';
await relay.open();
const restoredAt = Date.now();
await pause(AFTER_MS);
phase = 'silent';
relay.hang(); // a partition: nothing answers, nothing is reset
await pause(SLOW_MS);
relay.resume();
phase = 'resumed';
await pause(AFTER_MS);
phase = 'slow';
let release = () => {};
const holder = direct.db.transaction().execute(async (trx) => {
  await sql`lock table users in access exclusive mode`.execute(trx);
  await new Promise<void>((r) => {
    release = r;
  });
});
await pause(SLOW_MS);
release();
await holder;
phase = 'after';
await pause(AFTER_MS);
running = false;
await Promise.all(clients);

const pct = (xs: number[], p: number) =>
  xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
say(`database outage bench: ${CONCURRENCY} chat clients, outage ${OUTAGE_MS} ms, slow phase ${SLOW_MS} ms`);
for (const p of ['healthy', 'outage', 'restored', 'silent', 'resumed', 'slow', 'after']) {
  const inPhase = samples.filter((s) => s.phase === p);
  const counts = new Map<Heard, number>();
  for (const s of inPhase) counts.set(s.heard, (counts.get(s.heard) ?? 0) + 1);
  const ms = inPhase.map((s) => s.ms);
  say(
    `${p.padEnd(9)} replies ${String(inPhase.length).padStart(5)}  ${[...counts].map(([k, v]) => `${k}: ${v}`).join(', ')}  p50 ${pct(ms, 0.5)} ms  p99 ${pct(ms, 0.99)} ms  max ${Math.max(0, ...ms)} ms`,
  );
}
const firstAnswer = samples.find((s) => s.at >= restoredAt && s.heard === 'answer');
say(
  `first normal answer ${firstAnswer ? firstAnswer.at - restoredAt : 'never'} ms after the database came back`,
);
say(`connection losses reported: ${lost.length}; uncaught exceptions: ${uncaught}; process alive: yes`);

await app.close();
await relay.cut();
await direct.close();
await admin.query(`drop database if exists ${name} with (force)`);
await admin.end();
