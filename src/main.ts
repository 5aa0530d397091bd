import { chooseSurface, loadConfig, slackMode } from './config.ts';
import { openAppDatabase } from './db/open-app-database.ts';
import { systemClock } from './domain/clock.ts';
import { loadDotEnv } from './dot-env.ts';
import type { startJobs } from './jobs/start-jobs.ts';
import { createLogger } from './logger.ts';
import { recordLlmCall } from './observability/metrics.ts';
import { createInterpreter } from './understanding/interpreter.ts';

// The composition root: configuration → database → engine → surface → delivery and jobs → start.
// Slack credentials run the Slack app, Teams credentials the Teams app, neither the local console.
// Each surface's modules (Bolt, the Teams SDK, pg-boss) are loaded only when that surface runs, so the
// console's prompt is not kept waiting for code it never uses.

loadDotEnv();
const config = loadConfig();
const surface = chooseSurface(config);
// In the console the logs share the terminal with the chat: only warnings, unless LOG_LEVEL says otherwise.
const logger = createLogger(surface === 'console' && !process.env.LOG_LEVEL ? 'warn' : config.LOG_LEVEL);
const clock = systemClock;

const handle = await openAppDatabase(config, {
  seedIfEmpty: !config.DATABASE_URL,
  log: (line) => logger.info(line),
  onConnectionError: (err) => logger.warn({ err }, 'database connection lost; the next call reconnects'),
});
const interpreter = createInterpreter(config, { logger, onLlmCall: recordLlmCall });
const leadSettings = {
  windowBusinessHours: config.QUOTE_WINDOW_BUSINESS_HOURS,
  expectedQuotes: config.EXPECTED_QUOTES,
};
const rateLimit = {
  messagesPerMinute: config.RATE_LIMIT_MESSAGES_PER_MINUTE,
  store: handle.kind === 'server' ? ('database' as const) : ('memory' as const),
};
type Jobs = Awaited<ReturnType<typeof startJobs>>;
let jobsStarting: Promise<Jobs> | undefined;
/** The scheduled rules (pg-boss): before a chat surface takes traffic, after the console's first prompt. */
function startScheduledRules(): Promise<Jobs> {
  jobsStarting ??= import('./jobs/start-jobs.ts').then((m) => m.startJobs({ handle, clock, config, logger }));
  return jobsStarting;
}
const outboxSettings = {
  sendTimeoutMs: config.OUTBOX_SEND_TIMEOUT_MS,
  leaseMs: config.OUTBOX_LEASE_MS,
  concurrency: config.OUTBOX_CONCURRENCY,
};

// Run in reverse on shutdown: stop taking deliveries, let the work in hand finish (or hand it back), stop
// the workers, and only then close the database, so nothing in flight finds it closed.
const stops: Array<() => Promise<unknown>> = [
  async () => {
    const jobs = await jobsStarting?.catch(() => undefined);
    await jobs?.stop();
  },
];
let stopped: Promise<void> | undefined;
async function shutdown(code = 0): Promise<never> {
  // A second signal (Ctrl-C, then the supervisor's SIGTERM) waits for the same drain, not cut it short.
  stopped ??= (async () => {
    logger.info({ graceMs: config.SHUTDOWN_GRACE_MS }, 'shutting down: finishing the work in hand');
    // Whatever hangs, the process ends: a supervisor's SIGKILL would be worse than our own exit.
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

/** What both chat surfaces share: the wrapped engine, the inbox, readiness, the scheduled rules. */
async function chatSurfaceParts() {
  const { createAppConversationEngine } = await import('./conversation/create-app-engine.ts');
  const { createInbox } = await import('./conversation/inbox.ts');
  const { createDeliveryWorker, defaultPaceMs } = await import('./delivery/outbox-worker.ts');
  const { createHealth, databaseCheck, jobsCheck } = await import('./observability/health.ts');
  const { measureNoticeSender } = await import('./observability/instrumentation.ts');
  const { watchDatabase } = await import('./observability/metrics.ts');
  const jobs = await startScheduledRules();
  // /readyz on the chat surface's port: the database answers, the job queue runs, the surface is connected.
  const health = createHealth([databaseCheck(handle.db), jobsCheck(jobs.boss)]);
  watchDatabase(handle);
  const engine = createAppConversationEngine({
    db: handle.db,
    logger,
    clock,
    interpreter,
    leadSettings,
    maxInFlight: config.MAX_IN_FLIGHT,
    rateLimit,
    pendingTtlMs: config.CONFIRMATION_TTL_MINUTES * 60_000,
  });
  const inbox = createInbox({
    db: handle.db,
    engine,
    logger,
    clock,
    keepMs: config.INBOX_KEEP_DAYS * 24 * 3600_000,
  });
  return { engine, inbox, health, createDeliveryWorker, defaultPaceMs, measureNoticeSender };
}

if (surface === 'console') {
  const { startConsole } = await import('./surfaces/console/start-console.ts');
  const { describeScheduledEntry, listDueAndUpcoming } = await import('./jobs/list-due.ts');
  await startConsole({
    handle,
    config,
    logger,
    interpreter,
    onReady: () => {
      startScheduledRules().catch((error: unknown) =>
        logger.error({ err: error }, 'the scheduled rules could not start'),
      );
    },
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
  const { engine, inbox, health, createDeliveryWorker, defaultPaceMs, measureNoticeSender } =
    await chatSurfaceParts();
  const { createCaseHome } = await import('./surfaces/slack/home/case-home.ts');
  const { createSlackNoticeClient, createSlackNoticeSender, noticeClientOptions } = await import(
    './surfaces/slack/notice-sender.ts'
  );
  const { createSlackApp } = await import('./surfaces/slack/slack-app.ts');
  // Many workspaces (OAuth) or one SLACK_BOT_TOKEN: docs/notes/slack-multi.md.
  const { createSlackInstallations } = await import('./surfaces/slack/oauth/slack-installations.ts');
  const { installedWorkspaces } = await import('./surfaces/slack/slack-workspaces.ts');
  const installations =
    slackMode(config) === 'oauth'
      ? createSlackInstallations({ db: handle.db, config, logger, clock })
      : undefined;
  const slack = createSlackApp({
    config,
    engine,
    logger,
    health,
    inbox,
    home: createCaseHome({ db: handle.db, clock }),
    installations,
  });
  const noticeOptions = { timeout: config.OUTBOX_SEND_TIMEOUT_MS };
  const sender = measureNoticeSender(
    createSlackNoticeSender(
      installations
        ? installedWorkspaces(installations, noticeClientOptions(noticeOptions))
        : createSlackNoticeClient(config.SLACK_BOT_TOKEN ?? '', noticeOptions),
    ),
  );
  const delivery = createDeliveryWorker({
    db: handle.db,
    sender,
    channels: config,
    logger,
    clock,
    paceMs: defaultPaceMs('slack'),
    ...outboxSettings,
  });
  delivery.start();
  stops.push(
    () => delivery.stop(),
    () => inbox.drain(config.SHUTDOWN_GRACE_MS),
    () => slack.stop(),
  );
  const { port } = await slack.start(config.PORT);
  // Work recorded but not finished by an instance that died (or was stopped) is taken up from now on.
  inbox.start();
  logger.info({ mode: slack.mode, port }, 'Slack app running');
} else {
  const { engine, inbox, health, createDeliveryWorker, defaultPaceMs, measureNoticeSender } =
    await chatSurfaceParts();
  const { createTeamsNoticeSender } = await import('./surfaces/teams/notice-sender.ts');
  const { createTeamsApp } = await import('./surfaces/teams/teams-app.ts');
  const teams = createTeamsApp({ config, engine, logger, health, inbox });
  const delivery = createDeliveryWorker({
    db: handle.db,
    sender: measureNoticeSender(
      createTeamsNoticeSender(teams.app, {
        tenantId: config.TEAMS_TENANT_ID,
        timeoutMs: config.OUTBOX_SEND_TIMEOUT_MS,
      }),
    ),
    channels: config,
    logger,
    clock,
    paceMs: defaultPaceMs('teams'),
    ...outboxSettings,
  });
  delivery.start();
  stops.push(
    () => delivery.stop(),
    () => inbox.drain(config.SHUTDOWN_GRACE_MS),
    () => teams.stop(),
  );
  await teams.start(config.PORT);
  inbox.start();
  logger.info({ port: config.PORT }, 'Teams app running');
}
