// CPU per delivered notice: this process (the outbox worker) plus the database server backends, with a sender
// that accepts at once (no HTTP), so that only the outbox's own work is measured: the claim, the recipient's
// facts, the place's turn, the hold, the mark and the finish. BENCH_NOTICES (2000) notices for BENCH_USERS
// (200) linked users of one creditor, DMs, pace 0, concurrency 8, on a fresh database on the PostgreSQL
// server (DATABASE_URL). Run it against an older tree (a `git archive` copy) for a before/after pair.
// `npx tsx bench/outbox-cpu.bench.ts`
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { connectDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { enqueueNotices, type NewNotice } from '../src/db/repositories/notice.repository.ts';
import { createDeliveryWorker } from '../src/delivery/outbox-worker.ts';

const NOTICES = Number(process.env.BENCH_NOTICES ?? 2000);
const USERS = Number(process.env.BENCH_USERS ?? 200);
const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const name = `bench_outbox_cpu_${randomBytes(3).toString('hex')}`;

const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(base);
url.pathname = `/${name}`;
const handle = await connectDatabase({ url: url.toString(), poolSize: 10 });
const db = handle.db;
try {
  await migrateToLatest(db);
  await sql`insert into creditors (id, name, country) values (1, 'Acme ApS', 'DK')`.execute(db);
  await sql`insert into users (handle, name, role, creditor_id)
            select 'u' || g, 'User ' || g, 'creditor', 1 from generate_series(1, ${USERS}) g`.execute(db);
  await sql`insert into chat_identities (surface, external_id, user_id)
            select 'slack', 'U' || id, id from users`.execute(db);
  const ids = (await sql<{ id: number }>`select id from users order by id`.execute(db)).rows.map((r) => r.id);
  const at = new Date();
  const notices: NewNotice[] = Array.from({ length: NOTICES }, (_, i) => ({
    recipient: { type: 'user', userId: ids[i % ids.length] as number },
    kind: 'bench.notice',
    caseId: null,
    payload: { text: `notice ${i}` },
    at,
  }));
  await enqueueNotices(db, notices);
  await sql`vacuum analyze`.execute(db);

  let sent = 0;
  const worker = createDeliveryWorker({
    db,
    sender: {
      surface: 'slack',
      async send() {
        sent++;
      },
    },
    channels: { QUOTE_ALERT_CHANNEL: 'q', CLOSE_CODE_CHANNEL: 'c', SUPPORT_CHANNEL: 's' },
    logger: pino({ level: 'silent' }),
    paceMs: 0,
    concurrency: 8,
  });
  // The pool's connections open before the measure.
  await Promise.all(Array.from({ length: 10 }, () => sql`select 1`.execute(db)));

  const backends = async () =>
    (
      await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name])
    ).rows.map((r) => r.pid);
  const ticks = (pid: number) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return Number(fields[11]) + Number(fields[12]); // utime + stime, 1/100 s
    } catch {
      return 0;
    }
  };
  const before = new Map((await backends()).map((pid) => [pid, ticks(pid)]));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let delivered = 0;
  while (sent < NOTICES) delivered += (await worker.runOnce()).delivered;
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  let dbTicks = 0;
  for (const pid of await backends()) dbTicks += Math.max(0, ticks(pid) - (before.get(pid) ?? 0));
  const appMs = (cpu.user + cpu.system) / 1000;
  const per = (ms: number) => Number((ms / NOTICES).toFixed(2));
  console.log(
    JSON.stringify(
      {
        notices: NOTICES,
        delivered,
        sent,
        wall_s: Number((wallMs / 1000).toFixed(1)),
        cpu_ms_per_notice: {
          total: per(appMs + dbTicks * 10),
          app: per(appMs),
          database_server: per(dbTicks * 10),
        },
      },
      null,
      2,
    ),
  );
} finally {
  await handle.close();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
