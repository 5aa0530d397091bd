// One app instance for `npm run bench:e2e` and `npm run bench:faults`: the Slack wiring of src/main.ts —
// the real Slack app (Bolt's HTTP receiver, signature check on), the real conversation engine with the
// offline interpreter, the PostgreSQL inbox (recorded before the 200, swept every 15 s) and the outbox
// delivery — on the PostgreSQL server named by DATABASE_URL, with the settings of src/config.ts read from
// the environment as `npm start` reads them. Differences from src/main.ts, all because this is a bench:
// the Slack Web API is the benchmark's fake (SLACK_API_URL, bot ids known so no auth.test), pg-boss jobs
// are not started, and the inbox lease can be shortened with BENCH_INBOX_LEASE_MS (production has no such
// setting: its lease is the inbox default, 2 minutes) so that `kill -9` recovery fits in a bounded run.
// Prints its port and pid once listening. SIGTERM shuts down in main.ts's order.
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config.ts';
import { createAppConversationEngine } from '../src/conversation/create-app-engine.ts';
import { createInbox } from '../src/conversation/inbox.ts';
import { connectDatabase } from '../src/db/connection.ts';
import { createDeliveryWorker } from '../src/delivery/outbox-worker.ts';
import { systemClock } from '../src/domain/clock.ts';
import { createLogger } from '../src/logger.ts';
import { createSlackNoticeClient, createSlackNoticeSender } from '../src/surfaces/slack/notice-sender.ts';
import { createSlackApp } from '../src/surfaces/slack/slack-app.ts';

const apiUrl = process.env.SLACK_API_URL;
if (!process.env.DATABASE_URL || !apiUrl || !process.env.SLACK_SIGNING_SECRET)
  throw new Error('DATABASE_URL, SLACK_API_URL and SLACK_SIGNING_SECRET are required');
const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-bench', LOG_LEVEL: 'warn', ...process.env });
const inboxLeaseMs = process.env.BENCH_INBOX_LEASE_MS ? Number(process.env.BENCH_INBOX_LEASE_MS) : undefined;

const logger = createLogger(config.LOG_LEVEL);
const clock = systemClock;
const handle = await connectDatabase({
  url: config.DATABASE_URL as string,
  poolSize: Number(process.env.DB_POOL_SIZE ?? 10),
});

// BENCH_COUNT_SQL=1: counts the statements this instance's connections run (one ReadyForQuery each, as
// pg's pipeline mode syncs every statement) and writes the count to /tmp/e2e-sql-<pid> on SIGUSR2.
if (process.env.BENCH_COUNT_SQL) {
  let statements = 0;
  handle.pool?.on('connect', (client) => {
    const connection = (client as unknown as { connection?: NodeJS.EventEmitter }).connection;
    connection?.on('readyForQuery', () => statements++);
    const target = client as unknown as { query: (...args: unknown[]) => unknown };
    const query = target.query.bind(client);
    target.query = (text, ...rest) => {
      const key = typeof text === 'string' ? text.slice(0, 110) : 'config';
      texts.set(key, (texts.get(key) ?? 0) + 1);
      return query(text, ...rest);
    };
  });
  const texts = new Map<string, number>();

  process.on('SIGUSR2', () => {
    writeFileSync(`/tmp/e2e-sql-${process.pid}`, String(statements));
    writeFileSync(`/tmp/e2e-sql-${process.pid}.texts`, [...texts].map(([t, n]) => `${n}\t${t}`).join('\n'));
  });
}

// As in src/main.ts: run in reverse on shutdown — stop the receiver, let the inbox finish what it holds
// (or hand it back), stop the outbox worker, and only then close the database.
const stops: Array<() => Promise<unknown>> = [];
let stopped: Promise<void> | undefined;
async function shutdown(code = 0): Promise<never> {
  stopped ??= (async () => {
    setTimeout(() => process.exit(code === 0 ? 1 : code), config.SHUTDOWN_GRACE_MS + 15_000).unref();
    for (const stop of stops.reverse()) {
      await stop().catch((error: unknown) => logger.error({ err: error }, 'error while stopping'));
    }
    await handle.close().catch(() => {});
  })();
  await stopped;
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
process.on('unhandledRejection', (error) => logger.error({ err: error }, 'unhandled rejection'));

const engine = createAppConversationEngine({
  db: handle.db,
  logger,
  clock,
  maxInFlight: config.MAX_IN_FLIGHT,
  rateLimit: { messagesPerMinute: config.RATE_LIMIT_MESSAGES_PER_MINUTE, store: 'database' },
  pendingTtlMs: config.CONFIRMATION_TTL_MINUTES * 60_000,
});
const inbox = createInbox({
  db: handle.db,
  engine,
  logger,
  clock,
  keepMs: config.INBOX_KEEP_DAYS * 24 * 3600_000,
  ...(inboxLeaseMs ? { leaseMs: inboxLeaseMs } : {}),
});
const clientOptions = { slackApiUrl: apiUrl, retryConfig: { retries: 0 } };
const slack = createSlackApp({
  config: { ...config, SLACK_APP_TOKEN: undefined, PORT: 0 },
  engine,
  logger,
  inbox,
  botId: 'BBOT',
  botUserId: 'UBOT',
  clientOptions,
});
const delivery = createDeliveryWorker({
  db: handle.db,
  sender: createSlackNoticeSender(
    createSlackNoticeClient('xoxb-bench', { ...clientOptions, timeout: config.OUTBOX_SEND_TIMEOUT_MS }),
  ),
  channels: {
    QUOTE_ALERT_CHANNEL: 'quote-alerts',
    CLOSE_CODE_CHANNEL: 'close-codes',
    SUPPORT_CHANNEL: 'support',
  },
  logger,
  clock,
  paceMs: 0,
  sendTimeoutMs: config.OUTBOX_SEND_TIMEOUT_MS,
  leaseMs: config.OUTBOX_LEASE_MS,
  concurrency: config.OUTBOX_CONCURRENCY,
});
delivery.start();
stops.push(
  () => delivery.stop(),
  () => inbox.drain(config.SHUTDOWN_GRACE_MS),
  () => slack.stop(),
);
const { port } = await slack.start(0);
inbox.start();
process.stdout.write(`${JSON.stringify({ port, pid: process.pid })}\n`);
