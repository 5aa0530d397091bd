import { loadConfig } from './config.ts';
import { openAppDatabase } from './db/open-app-database.ts';
import { systemClock } from './domain/clock.ts';
import { loadDotEnv } from './dot-env.ts';
import { startJobs } from './jobs/start-jobs.ts';
import { createLogger } from './logger.ts';
import { createHealth, databaseCheck, jobsCheck } from './observability/health.ts';
import { watchDatabase } from './observability/metrics.ts';
import { startOpsServer } from './observability/ops-endpoints.ts';

// `npm run worker`: the time-based rules alone, without a chat surface. Any number of workers and bot
// instances may share one PostgreSQL server (DATABASE_URL): pg-boss hands each job to one of them. The
// embedded database lives in one process's files, so without DATABASE_URL run either this or `npm start`.

loadDotEnv();
const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const handle = await openAppDatabase(config, {
  log: (line) => logger.info(line),
  onConnectionError: (err) => logger.warn({ err }, 'database connection lost; the next call reconnects'),
});
if (!config.DATABASE_URL) {
  logger.warn(
    'no DATABASE_URL: running on the embedded database; do not run `npm start` on it at the same time',
  );
}
const jobs = await startJobs({ handle, clock: systemClock, config, logger });
// The pid is logged so an operator (and the stop test) can tell the worker from its npm and tsx parents.
logger.info({ pid: process.pid }, 'worker running');

// The worker has no chat surface, so a small server of its own answers /healthz, /readyz and /metrics.
watchDatabase(handle);
const health = createHealth([databaseCheck(handle.db), jobsCheck(jobs.boss)]);
const ops = await startOpsServer(health, config.HEALTH_PORT ?? config.PORT);
logger.info({ port: ops.port }, 'worker health and metrics listening');

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'worker stopping: finishing the jobs in hand');
  // pg-boss's timers or a pool socket may keep the event loop alive after a stop: the process ends
  // itself, within the grace period, rather than lingering as an orphan of its supervisor.
  setTimeout(() => {
    logger.warn({ graceMs: config.SHUTDOWN_GRACE_MS }, 'worker did not stop in time; exiting anyway');
    process.exit(1);
  }, config.SHUTDOWN_GRACE_MS).unref();
  let code = 0;
  try {
    await jobs.stop();
  } catch (error) {
    code = 1;
    logger.error({ err: error }, 'error while stopping the jobs');
  } finally {
    await ops.close().catch(() => {});
  }
  await handle.close().catch((error: unknown) => {
    code = 1;
    logger.error({ err: error }, 'error while closing the database');
  });
  logger.info({ signal, code }, 'worker stopped');
  process.exit(code);
}
// As in the bot: a stray rejection (a job-queue call during a database outage) is logged, not fatal.
process.on('unhandledRejection', (error) => logger.error({ err: error }, 'unhandled rejection'));
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
