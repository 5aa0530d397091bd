import { type Kysely, sql } from 'kysely';
import type pg from 'pg';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.ts';

// Every Prometheus series of the bot, in one registry served on /metrics by each process (Slack app,
// Teams app, worker). Counters and histograms are fed by one-line hooks and decorators
// (./instrumentation.ts); the outbox, job-queue and pool gauges are read from their source when scraped,
// so no code path has to remember to update them. docs/notes/ops.md lists every series.

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const PREFIX = 'chatops_';

export const messagesTotal = new Counter({
  name: `${PREFIX}messages_total`,
  help: 'Chat messages handled by the conversation engine, by surface and what the bot made of them (the interpreted action, follow_up, ignored or error).',
  labelNames: ['surface', 'decision'] as const,
  registers: [registry],
});

export const interactionsTotal = new Counter({
  name: `${PREFIX}interactions_total`,
  help: 'Button choices and submitted forms handled by the conversation engine, by surface and kind.',
  labelNames: ['surface', 'kind'] as const,
  registers: [registry],
});

export const turnDuration = new Histogram({
  name: `${PREFIX}turn_duration_seconds`,
  help: 'Time the conversation engine took to answer a message, choice or form, by surface and kind.',
  labelNames: ['surface', 'kind'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const interpretDuration = new Histogram({
  name: `${PREFIX}interpret_duration_seconds`,
  help: 'Time to interpret one message, by the path that answered (offline or llm).',
  labelNames: ['source'] as const,
  buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8],
  registers: [registry],
});

export const llmCallsTotal = new Counter({
  name: `${PREFIX}llm_calls_total`,
  help: 'Messages that wanted the LLM, by outcome (ok, invalid_answer, timeout, http_error, auth_failure, network_error, short_circuited: breaker open, no request).',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const llmFallbacksTotal = new Counter({
  name: `${PREFIX}llm_fallbacks_total`,
  help: 'LLM calls whose answer was not used: the offline interpretation stood in. Fallback rate = this / llm_calls_total.',
  registers: [registry],
});

export const llmBreakerOpen = new Gauge({
  name: `${PREFIX}llm_breaker_open`,
  help: 'Whether the LLM circuit breaker was open (or half open) after the last call: 1, else 0.',
  registers: [registry],
});

export const llmTokensTotal = new Counter({
  name: `${PREFIX}llm_tokens_total`,
  help: 'Tokens spent on LLM calls, by kind (prompt or completion).',
  labelNames: ['kind'] as const,
  registers: [registry],
});

export const llmCallDuration = new Histogram({
  name: `${PREFIX}llm_call_duration_seconds`,
  help: 'Duration of one LLM call, by outcome.',
  labelNames: ['outcome'] as const,
  buckets: [0.1, 0.25, 0.5, 1, 2, 4, 8, 16],
  registers: [registry],
});

export const actionsTotal = new Counter({
  name: `${PREFIX}actions_total`,
  help: 'Actions run from chat (a change executed after its confirmation, or a question answered), by action and outcome (ok, refused: a domain refusal told to the user, failed).',
  labelNames: ['action', 'outcome'] as const,
  registers: [registry],
});

export const noticesSentTotal = new Counter({
  name: `${PREFIX}notices_sent_total`,
  help: 'Notice deliveries attempted by the outbox worker, by surface and outcome (ok, rate_limited, failed).',
  labelNames: ['surface', 'outcome'] as const,
  registers: [registry],
});

export const resumedRepliesTotal = new Counter({
  name: `${PREFIX}resumed_replies_total`,
  help: 'Replies of a delivery taken over from an earlier run (a crash after posting began), by surface and outcome: already_posted (found in the conversation, not posted again), posted (looked, not there), lookup_failed (the look-up failed: posted, possibly twice), not_checkable (ephemeral or response URL: posted, possibly twice).',
  labelNames: ['surface', 'outcome'] as const,
  registers: [registry],
});

export const jobRunsTotal = new Counter({
  name: `${PREFIX}job_runs_total`,
  help: 'Scheduled-rule jobs run, by rule and outcome (done, skipped: nothing left to do, failed: retried).',
  labelNames: ['rule', 'outcome'] as const,
  registers: [registry],
});

export const jobDelay = new Histogram({
  name: `${PREFIX}job_delay_seconds`,
  help: 'Time from when a scheduled rule was due to when a worker ran it, by rule.',
  labelNames: ['rule'] as const,
  buckets: [1, 5, 15, 30, 60, 120, 300, 900, 3600],
  registers: [registry],
});

// --- Gauges read on scrape -------------------------------------------------------------------------

/** What the gauges read from when scraped: the process's database and, on a server, its pool. */
interface Watched {
  db: Kysely<Database>;
  pool?: pg.Pool;
}
let watched: Watched | undefined;

/**
 * Points the scrape-time gauges (outbox, job queue, pool) at this process's database. Returns the undo,
 * for tests and shutdown. One database per process; a second call replaces the first.
 */
export function watchDatabase(source: Watched): () => void {
  watched = source;
  return () => {
    if (watched === source) watched = undefined;
  };
}

/** A scrape asks every gauge at once: they share the round of queries in flight, and the next scrape reads afresh. */
const SCRAPE_QUERY_TIMEOUT_MS = 2000;
let inFlight: { source: Watched; result: Promise<DatabaseReading | null> } | undefined;

interface DatabaseReading {
  pending: number;
  parked: number;
  oldestPendingAgeSeconds: number | null;
  queues: Array<{ rule: string; waiting: number; lagSeconds: number | null }>;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function readDatabase(db: Kysely<Database>): Promise<DatabaseReading | null> {
  try {
    // Both use partial indexes (notices_due; pg-boss's job_i5 on waiting jobs), so a scrape stays cheap
    // however many delivered notices and completed jobs the tables keep.
    const outbox = await withTimeout(
      sql<{ pending: string; parked: string; oldest_age: number | null }>`
        select count(*) filter (where status = 'pending') as pending,
               count(*) filter (where status = 'parked') as parked,
               extract(epoch from now() - min(created_at) filter (where status = 'pending'))::float8 as oldest_age
        from notices where status in ('pending', 'parked')`.execute(db),
      SCRAPE_QUERY_TIMEOUT_MS,
    );
    const row = outbox.rows[0];
    let queues: DatabaseReading['queues'] = [];
    try {
      const jobs = await withTimeout(
        sql<{ name: string; waiting: string; lag: number | null }>`
          select name, count(*) as waiting,
                 extract(epoch from now() - min(start_after) filter (where start_after <= now()))::float8 as lag
          from pgboss.job where state < 'active' and name like 'rule-%' group by name`.execute(db),
        SCRAPE_QUERY_TIMEOUT_MS,
      );
      queues = jobs.rows.map((r) => ({
        rule: r.name.replace(/^rule-/, ''),
        waiting: Number(r.waiting),
        lagSeconds: r.lag === null ? null : Math.max(0, Number(r.lag)),
      }));
    } catch {
      // No job queue yet (pg-boss creates its schema when the jobs start): no job gauges this time.
    }
    return {
      pending: Number(row?.pending ?? 0),
      parked: Number(row?.parked ?? 0),
      oldestPendingAgeSeconds:
        row?.oldest_age === null || row?.oldest_age === undefined ? null : Math.max(0, row.oldest_age),
      queues,
    };
  } catch {
    return null;
  }
}

function reading(): Promise<DatabaseReading | null> {
  const source = watched;
  if (!source) return Promise.resolve(null);
  if (inFlight?.source !== source) {
    const result: Promise<DatabaseReading | null> = readDatabase(source.db).finally(() => {
      if (inFlight?.result === result) inFlight = undefined;
    });
    inFlight = { source, result };
  }
  return inFlight.result;
}

export const databaseUp = new Gauge({
  name: `${PREFIX}database_up`,
  help: 'Whether the scrape-time queries reached the database (1) or not (0).',
  registers: [registry],
  async collect() {
    this.set((await reading()) ? 1 : 0);
  },
});

export const outboxPending = new Gauge({
  name: `${PREFIX}outbox_pending`,
  help: 'Notices waiting in the outbox to be delivered (including those waiting for a retry).',
  registers: [registry],
  async collect() {
    const r = await reading();
    if (r) this.set(r.pending);
  },
});

export const outboxOldestPendingAge = new Gauge({
  name: `${PREFIX}outbox_oldest_pending_age_seconds`,
  help: 'Age of the oldest notice still waiting to be delivered; 0 when none waits.',
  registers: [registry],
  async collect() {
    const r = await reading();
    if (r) this.set(r.oldestPendingAgeSeconds ?? 0);
  },
});

export const outboxParked = new Gauge({
  name: `${PREFIX}outbox_parked`,
  help: 'Notices parked after repeated delivery failures: kept with their error, waiting for a person.',
  registers: [registry],
  async collect() {
    const r = await reading();
    if (r) this.set(r.parked);
  },
});

export const jobsWaiting = new Gauge({
  name: `${PREFIX}jobs_waiting`,
  help: 'Scheduled-rule jobs queued and not yet started (including retries waiting for their time), by rule.',
  labelNames: ['rule'] as const,
  registers: [registry],
  async collect() {
    const r = await reading();
    this.reset();
    for (const q of r?.queues ?? []) this.set({ rule: q.rule }, q.waiting);
  },
});

export const jobLag = new Gauge({
  name: `${PREFIX}job_lag_seconds`,
  help: 'How long the oldest job that could run now has been waiting, by rule (0 or absent: none waits).',
  labelNames: ['rule'] as const,
  registers: [registry],
  async collect() {
    const r = await reading();
    this.reset();
    for (const q of r?.queues ?? []) this.set({ rule: q.rule }, q.lagSeconds ?? 0);
  },
});

export const dbPoolConnections = new Gauge({
  name: `${PREFIX}db_pool_connections`,
  help: 'PostgreSQL server pool connections, by state: total (open), idle, waiting (callers queued for one).',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    const pool = watched?.pool;
    this.reset();
    if (!pool) return;
    this.set({ state: 'total' }, pool.totalCount);
    this.set({ state: 'idle' }, pool.idleCount);
    this.set({ state: 'waiting' }, pool.waitingCount);
  },
});

// --- Hooks others call ------------------------------------------------------------------------------

/**
 * One message's LLM call as the LLM interpreter reports it (its `onLlmCall` callback): the same shape,
 * restated here so that metrics depend on no interpreter code. Outcomes: ok, invalid_answer, timeout,
 * http_error, auth_failure, network_error, short_circuited (the breaker was open: no request made).
 */
export interface LlmCallEvent {
  outcome: string;
  durationMs?: number;
  tokens?: { prompt: number; completion: number; total?: number };
  breaker?: 'closed' | 'open' | 'half_open';
}

/** Feeds the LLM series; pass it as the interpreter's `onLlmCall`. Anything but `ok` is a fallback. */
export function recordLlmCall(event: LlmCallEvent): void {
  llmCallsTotal.inc({ outcome: event.outcome });
  if (event.outcome !== 'ok') llmFallbacksTotal.inc();
  if (event.tokens?.prompt) llmTokensTotal.inc({ kind: 'prompt' }, event.tokens.prompt);
  if (event.tokens?.completion) llmTokensTotal.inc({ kind: 'completion' }, event.tokens.completion);
  if (event.durationMs !== undefined && event.outcome !== 'short_circuited') {
    llmCallDuration.observe({ outcome: event.outcome }, event.durationMs / 1000);
  }
  if (event.breaker) llmBreakerOpen.set(event.breaker === 'closed' ? 0 : 1);
}

/** The Prometheus text exposition of every series, with its content type. */
export async function scrape(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}
