import { loadConfig } from './config.ts';
import { openAppDatabase } from './db/open-app-database.ts';
import { systemClock } from './domain/clock.ts';
import { startJobs } from './jobs/start-jobs.ts';
import { createLogger } from './logger.ts';

// `npm run worker`: the time-based rules alone, without a chat surface. Any number of workers and bot
// instances may share one PostgreSQL server (DATABASE_URL): pg-boss hands each job to one of them. The
// embedded database lives in one process's files, so without DATABASE_URL run either this or `npm start`.

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const handle = await openAppDatabase(config, { log: (line) => logger.info(line) });
if (!config.DATABASE_URL) {
  logger.warn(
    'no DATABASE_URL: running on the embedded database; do not run `npm start` on it at the same time',
  );
}
const jobs = await startJobs({ handle, clock: systemClock, config, logger });
// The pid is logged so an operator (and the stop test) can tell the worker from its npm and tsx parents.
logger.info({ pid: process.pid }, 'worker running');

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
  }
  await handle.close().catch((error: unknown) => {
    code = 1;
    logger.error({ err: error }, 'error while closing the database');
  });
  logger.info({ signal, code }, 'worker stopped');
  process.exit(code);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
