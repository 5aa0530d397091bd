import { chooseSurface, loadConfig, slackMode } from './config.ts';
import type { LocaleDirectory } from './conversation/engine/engine-deps.ts';
import type { EmailDirectory } from './conversation/linking/self-linking.ts';
import { openAppDatabase } from './db/open-app-database.ts';
import { systemClock } from './domain/clock.ts';
import { loadDotEnv } from './dot-env.ts';
import type { startJobs } from './jobs/start-jobs.ts';
import { createLogger } from './logger.ts';
import { recordLlmCall } from './observability/metrics.ts';
import { createInterpreter } from './understanding/interpreter.ts';

// The composition root: configuration → database → engine → surface → delivery and jobs → start.
// Slack credentials run the Slack app, Teams credentials the Teams app, both run both in this one process
// (one engine, inbox, outbox and readiness: src/surfaces/chat-surfaces.ts), neither the local console.
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
/** The Collection Partner API (/api/v1), one handler for whichever server this process runs. */
async function partnerApiHandler() {
  const { createPartnerApi } = await import('./surfaces/api/partner-api.ts');
  const api = createPartnerApi({
    db: handle.db,
    clock,
    logger,
    leadSettings,
    rateLimit: { requestsPerMinute: config.API_REQUESTS_PER_MINUTE, store: rateLimit.store },
  });
  return api.handle;
}
type Jobs = Awaited<ReturnType<typeof startJobs>>;
let jobsStarting: Promise<Jobs> | undefined;
/** The scheduled rules (pg-boss): before a chat surface takes traffic, after the console's first prompt. */
function startScheduledRules(): Promise<Jobs> {
  jobsStarting ??= import('./jobs/start-jobs.ts').then((m) => m.startJobs({ handle, clock, config, logger }));
  return jobsStarting;
}
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
async function chatSurfaceParts(emailDirectory?: EmailDirectory, localeDirectory?: LocaleDirectory) {
  const { createAppConversationEngine } = await import('./conversation/create-app-engine.ts');
  const { createInbox } = await import('./conversation/inbox.ts');
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
    linking: {
      guard: {
        failuresPerAccount: config.LINK_CODE_FAILURES_PER_ACCOUNT,
        failuresGlobal: config.LINK_CODE_FAILURES_GLOBAL,
        store: rateLimit.store,
      },
      emailDirectory,
    },
    localeDirectory,
  });
  const inbox = createInbox({
    db: handle.db,
    engine,
    logger,
    clock,
    keepMs: config.INBOX_KEEP_DAYS * 24 * 3600_000,
  });
  return { engine, inbox, health, measureNoticeSender };
}

if (surface === 'console') {
  // PORT set: the Collection Partner API and /healthz, /readyz, /metrics on it, next to the console.
  if (process.env.PORT) {
    const { createHealth, databaseCheck } = await import('./observability/health.ts');
    const { startOpsServer } = await import('./observability/ops-endpoints.ts');
    const server = await startOpsServer(
      createHealth([databaseCheck(handle.db)]),
      config.PORT,
      undefined,
      await partnerApiHandler(),
    );
    logger.info({ port: server.port }, 'partner API listening');
    stops.push(() => server.close());
  }
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
} else {
  // Every chat surface with credentials (Slack, Teams, or both) in this one process.
  const { configuredSurfaces, startChatSurfaces } = await import('./surfaces/chat-surfaces.ts');
  const surfaces = configuredSurfaces(config);
  // Self-linking asks the speaker's own surface for their e-mail. Teams' member lookup needs the Teams
  // app, which needs the engine: bound once the app exists.
  const directories: Partial<Record<string, EmailDirectory>> = {};
  // The person's locale (issue 12): Slack tells it through users.info; Teams sends it with each activity.
  const localeDirectories: Partial<Record<string, LocaleDirectory>> = {};
  // Slack: many workspaces (OAuth installations in PostgreSQL) or one SLACK_BOT_TOKEN (docs: README).
  let slackInstallations:
    | import('./surfaces/slack/oauth/installation-store.ts').PgInstallationStore
    | undefined;
  if (surfaces.includes('slack')) {
    const { createSlackNoticeClient, noticeClientOptions } = await import(
      './surfaces/slack/notice-sender.ts'
    );
    const { slackEmailDirectory } = await import('./surfaces/slack/email-directory.ts');
    const { installedWorkspaces, singleWorkspace } = await import('./surfaces/slack/slack-workspaces.ts');
    if (slackMode(config) === 'oauth') {
      const { createSlackInstallations } = await import('./surfaces/slack/oauth/slack-installations.ts');
      slackInstallations = createSlackInstallations({ db: handle.db, config, logger, clock });
    }
    // The e-mail is asked of the speaker's own workspace, with that workspace's token.
    const lookups = slackInstallations
      ? installedWorkspaces(slackInstallations, noticeClientOptions({ timeout: 3000 }))
      : singleWorkspace(createSlackNoticeClient(config.SLACK_BOT_TOKEN ?? '', { timeout: 3000 }));
    directories.slack = async (who) => slackEmailDirectory(await lookups.forWorkspace(who.workspaceId))(who);
    const { slackLocaleDirectory } = await import('./surfaces/slack/locale-directory.ts');
    localeDirectories.slack = async (who) =>
      slackLocaleDirectory(await lookups.forWorkspace(who.workspaceId))(who);
  }
  const { engine, inbox, health, measureNoticeSender } = await chatSurfaceParts(
    async (who) => (await directories[who.surface]?.(who)) ?? null,
    async (who) => (await localeDirectories[who.surface]?.(who)) ?? null,
  );
  const { teamsEmailDirectory } = await import('./surfaces/teams/email-directory.ts');
  // E-mail for the people linked on no chat surface (docs/notes/email.md). Without SMTP_URL/SMTP_HOST their
  // notices are parked with 'no e-mail transport configured' for support to see, never dropped. Loaded
  // here only: the console builds its own (run-console.ts), and its start need not wait for nodemailer.
  const { createEmailNoticeSender, smtpSettingsFromConfig } = await import(
    './surfaces/email/email-notice-sender.ts'
  );
  const smtp = smtpSettingsFromConfig(config);
  const chat = await startChatSurfaces({
    config,
    db: handle.db,
    engine,
    inbox,
    health,
    logger,
    clock,
    measure: measureNoticeSender,
    email: smtp ? createEmailNoticeSender(smtp) : undefined,
    slackInstallations,
    httpHandler: await partnerApiHandler(),
    onTeamsApp: (app) => {
      directories.teams = teamsEmailDirectory(app);
    },
  });
  stops.push(...chat.stops);
}
