import { chooseSurface, loadConfig } from './config.ts';
import { createAppConversationEngine } from './conversation/create-app-engine.ts';
import type { NoticeSender } from './conversation/engine-contract.ts';
import { openAppDatabase } from './db/open-app-database.ts';
import { createDeliveryWorker, defaultPaceMs } from './delivery/outbox-worker.ts';
import { systemClock } from './domain/clock.ts';
import { describeScheduledEntry, listDueAndUpcoming } from './jobs/list-due.ts';
import { startJobs } from './jobs/start-jobs.ts';
import { createLogger } from './logger.ts';
import { startConsole } from './surfaces/console/start-console.ts';
import { createCaseHome } from './surfaces/slack/home/case-home.ts';
import { createSlackNoticeClient, createSlackNoticeSender } from './surfaces/slack/notice-sender.ts';
import { createSlackApp } from './surfaces/slack/slack-app.ts';
import { createTeamsNoticeSender } from './surfaces/teams/notice-sender.ts';
import { createTeamsApp } from './surfaces/teams/teams-app.ts';
import { createInterpreter } from './understanding/interpreter.ts';

// The composition root: configuration → database → engine → surface → delivery and jobs → start.
// Slack credentials run the Slack app, Teams credentials the Teams app, neither the local console.

const config = loadConfig();
const surface = chooseSurface(config);
// In the console the logs share the terminal with the chat: only warnings, unless LOG_LEVEL says otherwise.
const logger = createLogger(surface === 'console' && !process.env.LOG_LEVEL ? 'warn' : config.LOG_LEVEL);
const clock = systemClock;

const handle = await openAppDatabase(config, {
  seedIfEmpty: !config.DATABASE_URL,
  log: (line) => logger.info(line),
});
const interpreter = createInterpreter(config);
const leadSettings = {
  windowBusinessHours: config.QUOTE_WINDOW_BUSINESS_HOURS,
  expectedQuotes: config.EXPECTED_QUOTES,
};
const rateLimit = {
  messagesPerMinute: config.RATE_LIMIT_MESSAGES_PER_MINUTE,
  store: handle.kind === 'server' ? ('database' as const) : ('memory' as const),
};
const jobs = await startJobs({ handle, clock, config, logger });

const stops: Array<() => Promise<void>> = [() => jobs.stop()];
let stopping = false;
async function shutdown(code = 0): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const stop of stops.reverse()) {
      await stop().catch((error: unknown) => logger.error({ err: error }, 'error while stopping'));
    }
    await handle.close().catch(() => {});
  }
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
process.on('unhandledRejection', (error) => logger.error({ err: error }, 'unhandled rejection'));

if (surface === 'console') {
  await startConsole({
    handle,
    config,
    logger,
    interpreter,
    commands: {
      jobs: async () => {
        const entries = await listDueAndUpcoming(handle.db, clock, { limit: 20 });
        return entries.length === 0
          ? 'Nothing is due today.'
          : ['Due and upcoming today:', ...entries.map(describeScheduledEntry)].join('\n');
      },
    },
  });
  await shutdown(0);
} else if (surface === 'slack') {
  const engine = createAppConversationEngine({
    db: handle.db,
    logger,
    clock,
    interpreter,
    leadSettings,
    rateLimit,
  });
  const slack = createSlackApp({ config, engine, logger, home: createCaseHome({ db: handle.db, clock }) });
  const sender: NoticeSender = createSlackNoticeSender(createSlackNoticeClient(config.SLACK_BOT_TOKEN ?? ''));
  const delivery = createDeliveryWorker({
    db: handle.db,
    sender,
    channels: config,
    logger,
    clock,
    paceMs: defaultPaceMs('slack'),
  });
  delivery.start();
  stops.push(
    () => delivery.stop(),
    () => slack.stop(),
  );
  const { port } = await slack.start(config.PORT);
  logger.info({ mode: slack.mode, port }, 'Slack app running');
} else {
  const engine = createAppConversationEngine({
    db: handle.db,
    logger,
    clock,
    interpreter,
    leadSettings,
    rateLimit,
  });
  const teams = createTeamsApp({ config, engine, logger });
  const delivery = createDeliveryWorker({
    db: handle.db,
    sender: createTeamsNoticeSender(teams.app, { tenantId: config.TEAMS_TENANT_ID }),
    channels: config,
    logger,
    clock,
    paceMs: defaultPaceMs('teams'),
  });
  delivery.start();
  stops.push(
    () => delivery.stop(),
    () => teams.stop(),
  );
  await teams.start(config.PORT);
  logger.info({ port: config.PORT }, 'Teams app running');
}
