import { sql } from 'kysely';
import PgBoss from 'pg-boss';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { DEMO_CASE_IDS } from '../../src/db/seed/demo-cases.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { bossDatabase } from '../../src/jobs/boss-database.ts';
import { createQueues, ruleQueue } from '../../src/jobs/start-jobs.ts';
import { createLogger } from '../../src/logger.ts';
import { createHealth, databaseCheck } from '../../src/observability/health.ts';
import { registry, watchDatabase } from '../../src/observability/metrics.ts';
import { createSlackApp, type SlackApp } from '../../src/surfaces/slack/slack-app.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';
import { eventually, fakeSlackApi } from '../surfaces/helpers/slack-api.ts';
import { appMentionEvent, BOT_ID, BOT_USER, PARTNER } from '../surfaces/helpers/slack-payloads.ts';
import { signedHeaders } from '../surfaces/helpers/slack-signature.ts';
import { sampleValue, scrapeOver } from './scrape.ts';

const SECRET = 'test-signing-secret';
const config = {
  SLACK_BOT_TOKEN: 'xoxb-test-token',
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_APP_TOKEN: undefined,
  PORT: 0,
};

async function startSlack(handle: DatabaseHandle, clock = fixedClock('2026-11-23T10:00:00Z')) {
  const slack = createSlackApp({
    config,
    engine: createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock }),
    logger: createLogger('silent'),
    health: createHealth([databaseCheck(handle.db)]),
    botId: BOT_ID,
    botUserId: BOT_USER,
    clientOptions: { retryConfig: { retries: 0 } },
  });
  const { port } = await slack.start(0);
  return { slack, base: `http://127.0.0.1:${port}` };
}

// What an operator's load balancer and Prometheus see on the Slack app's own port, with the real engine.
describe('Operating the Slack app: /metrics after real traffic', () => {
  let handle: DatabaseHandle;
  let slack: SlackApp;
  let base: string;
  let api: ReturnType<typeof fakeSlackApi>;
  let unwatch: () => void;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeAll(async () => {
    ({ slack, base } = await startSlack(handle, clock));
    unwatch = watchDatabase(handle);
  });
  afterAll(async () => {
    unwatch();
    await slack.stop();
  });
  beforeEach(async () => {
    registry.resetMetrics();
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'slack', external_id: PARTNER, user_id: 3 })
      .execute();
    api = fakeSlackApi();
  });
  afterEach(() => api.done());

  const mention = (text: string, ts: string) => {
    const raw = JSON.stringify(appMentionEvent({ text: `<@${BOT_USER}> ${text}`, ts }));
    return fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(SECRET, raw) },
      body: raw,
    });
  };

  it('when a partner asks for a case through Slack, then /metrics counts the message by surface and decision, its interpretation and the action', async () => {
    const caseId = DEMO_CASE_IDS.toDeclineSharingOn;

    expect((await mention(`status of case ${caseId}`, '1763900000.000100')).status).toBe(200);
    // A look-up in a channel is answered to the asker only.
    await eventually(() => api.of('chat.postEphemeral')[0]);

    const samples = await scrapeOver(base);
    expect(
      sampleValue(samples, 'chatops_messages_total', { surface: 'slack', decision: 'case.status' }),
    ).toBe(1);
    expect(sampleValue(samples, 'chatops_interpret_duration_seconds_count', { source: 'offline' })).toBe(1);
    expect(sampleValue(samples, 'chatops_actions_total', { action: 'case.status', outcome: 'ok' })).toBe(1);
    expect(
      sampleValue(samples, 'chatops_turn_duration_seconds_count', { surface: 'slack', kind: 'message' }),
    ).toBe(1);
    // Node's own series come along (memory, event loop), for the same dashboards.
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('when a refused action is asked, then it is counted as refused, not as a failure', async () => {
    // No such case: the use case refuses with a sentence for the user (a DomainError), nothing broke.
    expect((await mention('list quotes on case 999999', '1763900000.000101')).status).toBe(200);
    await eventually(() => api.of('chat.postMessage')[0] ?? api.of('chat.postEphemeral')[0]);

    const samples = await scrapeOver(base);
    expect(sampleValue(samples, 'chatops_messages_total', { surface: 'slack', decision: 'quote.list' })).toBe(
      1,
    );
    expect(sampleValue(samples, 'chatops_actions_total', { action: 'quote.list', outcome: 'refused' })).toBe(
      1,
    );
    expect(sampleValue(samples, 'chatops_actions_total', { action: 'quote.list', outcome: 'failed' })).toBe(
      undefined,
    );
  });

  it('when notices wait in the outbox and one is parked, then the backlog, the oldest age and the parked count are scraped from the database', async () => {
    await handle.db.deleteFrom('notices').execute();
    const now = new Date();
    const notice = (minutesAgo: number, status: string) => ({
      recipient_type: 'channel',
      recipient_ref: 'support',
      kind: 'test',
      case_id: null,
      payload: JSON.stringify({ text: 'x' }),
      status,
      next_attempt_at: now,
      created_at: new Date(now.getTime() - minutesAgo * 60_000),
    });
    await handle.db
      .insertInto('notices')
      .values([notice(10, 'pending'), notice(2, 'pending'), notice(30, 'parked'), notice(60, 'delivered')])
      .execute();

    const samples = await scrapeOver(base);
    expect(sampleValue(samples, 'chatops_database_up')).toBe(1);
    expect(sampleValue(samples, 'chatops_outbox_pending')).toBe(2);
    expect(sampleValue(samples, 'chatops_outbox_parked')).toBe(1);
    const age = sampleValue(samples, 'chatops_outbox_oldest_pending_age_seconds') ?? 0;
    expect(age).toBeGreaterThanOrEqual(10 * 60 - 5);
    expect(age).toBeLessThan(30 * 60);
  });

  it('when the app runs on the PostgreSQL server, then the pool use is on /metrics', async () => {
    const samples = await scrapeOver(base);
    const total = sampleValue(samples, 'chatops_db_pool_connections', { state: 'total' });
    if (handle.pool) expect(total).toBeGreaterThan(0);
    else expect(total).toBeUndefined(); // the embedded database has no pool
  });

  it('when a rule job waits in the queue past its time, then the waiting count and the lag of that rule are on /metrics', async () => {
    const boss = new PgBoss({
      db: bossDatabase(handle),
      schema: 'pgboss',
      schedule: false,
      supervise: false,
    });
    await boss.start();
    try {
      await createQueues(boss);
      // No worker runs here, so the job stays where a stuck or overloaded worker would leave it.
      await boss.send(
        ruleQueue('verification_reminder'),
        { rule: 'verification_reminder', caseId: 1, leadId: null, key: 'k1', dueAt: '2026-11-23T09:00:00Z' },
        { startAfter: new Date(Date.now() - 5 * 60_000) },
      );

      const samples = await scrapeOver(base);
      expect(sampleValue(samples, 'chatops_jobs_waiting', { rule: 'verification_reminder' })).toBe(1);
      const lag = sampleValue(samples, 'chatops_job_lag_seconds', { rule: 'verification_reminder' }) ?? 0;
      expect(lag).toBeGreaterThanOrEqual(5 * 60 - 5);
      expect(sampleValue(samples, 'chatops_jobs_waiting', { rule: 'lead_expiry' })).toBeUndefined();
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await sql`drop schema if exists pgboss cascade`.execute(handle.db);
    }
  });
});

describe('Operating the Slack app: readiness', () => {
  it('when the database is fine, then /readyz says ready; once it is closed, /readyz answers 503 naming the database while /healthz stays 200', async () => {
    // Readiness asks only `select 1`: an unmigrated database of its own will do, and closing it harms no one.
    const own = await connectDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : {});
    const { slack, base } = await startSlack(own);
    try {
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        ready: true,
        checks: { database: { ok: true }, slack: { ok: true } },
      });

      await own.close();

      const notReady = await fetch(`${base}/readyz`);
      expect(notReady.status).toBe(503);
      const body = (await notReady.json()) as {
        ready: boolean;
        checks: Record<string, { ok: boolean; error?: string }>;
      };
      expect(body.ready).toBe(false);
      expect(body.checks.database?.ok).toBe(false);
      expect(body.checks.database?.error).toMatch(/database does not answer/);
      expect(body.checks.slack).toEqual({ ok: true });
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await slack.stop();
    }
  });
});
