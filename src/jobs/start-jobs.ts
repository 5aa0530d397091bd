import PgBoss from 'pg-boss';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import type { Clock } from '../domain/clock.ts';
import { SCHEDULED_RULES, type ScheduledRule } from '../domain/schedule.ts';
import type { Logger } from '../logger.ts';
import { measureJobRun } from '../observability/instrumentation.ts';
import { forgetOldIdempotencyKeys } from '../use-cases/api/partner-api-cases.ts';
import { bossDatabase } from './boss-database.ts';
import type { DueItem } from './find-due.ts';
import { forgetConversationMemory, MEMORY_CRON, MEMORY_QUEUE } from './forget-conversation-memory.ts';
import { runDueItem } from './run-due-item.ts';
import { runTick } from './tick.ts';

/** The job that looks for due work; scheduled by cron, one running at a time across all instances. */
export const TICK_QUEUE = 'rules-tick';
/** One queue per rule, so a slow rule never holds back another. */
export const ruleQueue = (rule: ScheduledRule) => `rule-${rule}`;

type JobData = Pick<DueItem, 'rule' | 'caseId' | 'leadId' | 'key'> & { dueAt: string };

export interface JobsOptions {
  /** When the tick runs (pg-boss cron, UTC). Default: every minute. */
  cron?: string;
  /** How often an idle worker asks the queue for jobs. Default 2 s. */
  pollingIntervalSeconds?: number;
  /** Jobs fetched per poll, per worker. Default 20. */
  batchSize?: number;
  /** Workers per rule queue in this process. Default 1. */
  workersPerQueue?: number;
  /** Whether this instance takes part in cron (any number may; pg-boss sends each minute's tick once). */
  schedule?: boolean;
}

export interface Jobs {
  /** Asks for a tick now rather than at the next minute (tests, the console); the tick job's id. */
  tickNow(): Promise<string | null>;
  /** Asks for the conversation-memory housekeeping now rather than at the next hour; the job's id. */
  forgetMemoryNow(): Promise<string | null>;
  stop(): Promise<void>;
  boss: PgBoss;
}

/** Enqueues one job per due item; a job already waiting for the same item (its key) is not duplicated. */
export async function enqueueDue(boss: PgBoss, items: DueItem[]): Promise<void> {
  // Chunks go side by side on the pool's connections: a backlog of thousands enqueues in one round.
  const CHUNK = 1_000;
  const chunks: DueItem[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
  await Promise.all(
    chunks.map((chunk) =>
      boss.insert(
        chunk.map((item) => ({
          name: ruleQueue(item.rule),
          data: {
            rule: item.rule,
            caseId: item.caseId,
            leadId: item.leadId,
            key: item.key,
            dueAt: item.dueAt.toISOString(),
          } satisfies JobData,
          singletonKey: item.key,
        })),
      ),
    ),
  );
}

/** Creates the queues (idempotent: every instance does it on start). */
export async function createQueues(boss: PgBoss): Promise<void> {
  await boss.createQueue(TICK_QUEUE, {
    name: TICK_QUEUE,
    policy: 'singleton',
    retryLimit: 0,
    expireInSeconds: 300,
  });
  await boss.createQueue(MEMORY_QUEUE, {
    name: MEMORY_QUEUE,
    policy: 'singleton',
    retryLimit: 0,
    expireInSeconds: 300,
  });
  for (const rule of SCHEDULED_RULES) {
    const name = ruleQueue(rule);
    // 'short': at most one waiting job per item key, however many ticks found it.
    await boss.createQueue(name, {
      name,
      policy: 'short',
      retryLimit: 5,
      retryDelay: 30,
      retryBackoff: true,
    });
  }
}

/**
 * Runs the time-based rules on pg-boss in this process: the minute tick (cron) that enqueues what is
 * due, and the workers that carry each item out through its use case; and the hourly forgetting of old
 * conversation memory. Every set-up that serves chat (console, Slack, Teams: src/main.ts) and
 * `npm run worker` runs this. Any number of processes (bot
 * instances, `npm run worker`) may run this against one database: pg-boss hands each job to one worker,
 * and each use case re-checks the state under a row lock, so nothing is done twice.
 */
export async function startJobs(deps: {
  handle: DatabaseHandle;
  clock: Clock;
  config?: Config;
  logger: Logger;
  options?: JobsOptions;
}): Promise<Jobs> {
  const { handle, clock, logger } = deps;
  const options = deps.options ?? {};
  const log = logger.child({ component: 'jobs' });
  const boss = new PgBoss({
    db: bossDatabase(handle),
    schema: 'pgboss',
    schedule: options.schedule ?? true,
    supervise: true,
    ...(options.pollingIntervalSeconds === undefined
      ? {}
      : { pollingIntervalSeconds: options.pollingIntervalSeconds }),
  });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  await createQueues(boss);

  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const batchSize = options.batchSize ?? 20;

  await boss.work(TICK_QUEUE, { pollingIntervalSeconds, batchSize: 1 }, async () => {
    const startedAt = Date.now();
    const { due } = await runTick(handle.db, clock, { enqueue: (items) => enqueueDue(boss, items) });
    if (due.length > 0) log.info({ due: due.length, ms: Date.now() - startedAt }, 'tick enqueued due work');
  });

  // Housekeeping: what the conversation no longer needs (missed runs are caught up at the next hour).
  await boss.work(MEMORY_QUEUE, { pollingIntervalSeconds, batchSize: 1 }, async () => {
    await forgetConversationMemory(handle.db, clock);
    await forgetOldIdempotencyKeys(handle.db, clock); // the Partner API's (docs/notes/r-api.md)
  });

  for (const rule of SCHEDULED_RULES) {
    for (let i = 0; i < (options.workersPerQueue ?? 1); i++) {
      await boss.work<JobData>(ruleQueue(rule), { pollingIntervalSeconds, batchSize }, async (jobs) => {
        // The batch's items run side by side, each in its own transaction (the pool bounds them).
        const results = await Promise.allSettled(
          jobs.map(async (job) => {
            const outcome = await measureJobRun(rule, job.data.dueAt, () =>
              runDueItem({ db: handle.db, clock }, job.data),
            );
            if (outcome.status === 'done')
              log.info({ rule, key: job.data.key, ...outcome }, 'scheduled rule ran');
            else log.debug({ rule, key: job.data.key, ...outcome }, 'scheduled rule had nothing to do');
          }),
        );
        let failed: unknown = null;
        results.forEach((r, i) => {
          if (r.status === 'fulfilled') return;
          // Every rule is idempotent, so retrying the whole batch is safe; the others only skip.
          failed = r.reason;
          log.error(
            { err: r.reason, rule, key: jobs[i]?.data.key },
            'scheduled rule failed; it will be retried',
          );
        });
        if (failed) throw failed;
      });
    }
  }

  if (options.schedule ?? true) {
    await boss.schedule(TICK_QUEUE, options.cron ?? '* * * * *');
    // Catch up at once after a start or restart rather than at the next minute.
    await boss.send(TICK_QUEUE, {});
    await boss.schedule(MEMORY_QUEUE, MEMORY_CRON);
    await boss.send(MEMORY_QUEUE, {});
  }
  log.info({ cron: options.cron ?? '* * * * *' }, 'time-based rules running');

  return {
    boss,
    tickNow: () => boss.send(TICK_QUEUE, {}),
    forgetMemoryNow: () => boss.send(MEMORY_QUEUE, {}),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
