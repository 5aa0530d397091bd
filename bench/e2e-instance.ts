// One app instance for `npm run bench:e2e`: the real Slack app (Bolt's HTTP receiver, signature check on),
// the real conversation engine with the offline interpreter, and the outbox delivery, on the PostgreSQL
// server named by DATABASE_URL. The Slack Web API is the benchmark's fake (SLACK_API_URL). Prints its port.
import { createAppConversationEngine } from '../src/conversation/create-app-engine.ts';
import { createInbox } from '../src/conversation/inbox.ts';
import { connectDatabase } from '../src/db/connection.ts';
import { createDeliveryWorker } from '../src/delivery/outbox-worker.ts';
import { systemClock } from '../src/domain/clock.ts';
import { createLogger } from '../src/logger.ts';
import { createSlackNoticeClient, createSlackNoticeSender } from '../src/surfaces/slack/notice-sender.ts';
import { createSlackApp } from '../src/surfaces/slack/slack-app.ts';

const url = process.env.DATABASE_URL;
const apiUrl = process.env.SLACK_API_URL;
const secret = process.env.SLACK_SIGNING_SECRET;
if (!url || !apiUrl || !secret)
  throw new Error('DATABASE_URL, SLACK_API_URL and SLACK_SIGNING_SECRET are required');

const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
const handle = await connectDatabase({ url, poolSize: Number(process.env.DB_POOL_SIZE ?? 10) });
// As src/main.ts wires the Slack surface: the same wrappers, the PostgreSQL inbox, the outbox settings.
const engine = createAppConversationEngine({
  db: handle.db,
  logger,
  clock: systemClock,
  maxInFlight: 64,
  rateLimit: { messagesPerMinute: 30, store: 'database' },
  pendingTtlMs: 30 * 60_000,
});
const inbox = createInbox({ db: handle.db, engine, logger, clock: systemClock });
const clientOptions = { slackApiUrl: apiUrl, retryConfig: { retries: 0 } };
const slack = createSlackApp({
  config: {
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: secret,
    SLACK_APP_TOKEN: undefined,
    PORT: 0,
  },
  engine,
  logger,
  botId: 'BBOT',
  botUserId: 'UBOT',
  clientOptions,
  inbox,
});
const delivery = createDeliveryWorker({
  db: handle.db,
  sender: createSlackNoticeSender(createSlackNoticeClient('xoxb-bench', clientOptions)),
  channels: {
    QUOTE_ALERT_CHANNEL: 'quote-alerts',
    CLOSE_CODE_CHANNEL: 'close-codes',
    SUPPORT_CHANNEL: 'support',
  },
  logger,
  clock: systemClock,
  paceMs: 0,
});
delivery.start();
const { port } = await slack.start(0);
inbox.start();
process.stdout.write(`${JSON.stringify({ port, pid: process.pid })}\n`);

process.once('SIGTERM', async () => {
  await slack.stop().catch(() => {});
  await inbox.drain(5000).catch(() => {});
  await delivery.stop().catch(() => {});
  await handle.close().catch(() => {});
  process.exit(0);
});
