import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/domain/clock.ts';
import { createLogger } from '../../../src/logger.ts';
import { createHealth } from '../../../src/observability/health.ts';
import { createPartnerApi } from '../../../src/surfaces/api/partner-api.ts';
import { createSlackApp } from '../../../src/surfaces/slack/slack-app.ts';
import { createTeamsApp } from '../../../src/surfaces/teams/teams-app.ts';
import { createApiKey } from '../../../src/use-cases/api/api-keys.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.ts';
import { insertPartner, TEST_NOW } from '../../helpers/world.ts';
import { FakeEngine } from '../helpers/fake-engine.ts';
import { BOT_ID, BOT_USER } from '../helpers/slack-payloads.ts';

/** A JSON answer, read loosely: the tests check its shape. */
// biome-ignore lint/suspicious/noExplicitAny: the tests check the shape of loose JSON answers
const json = (r: Response): Promise<any> => r.json();

// The API rides on the server each mode already runs: Slack's HTTP receiver and the Teams SDK's Express
// app serve it next to their own endpoints and the health endpoints, on the same port.

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

let handle: TestDatabase;
let key: string;
const clock = fixedClock(TEST_NOW);
const logger = createLogger('silent');
const body = {
  clientName: 'Nordlys ApS',
  clientCountry: 'DK',
  debtorName: 'Paris Textiles SA',
  debtorType: 'company',
  debtorCountry: 'FR',
  principal: '900',
  currency: 'EUR',
  debtDate: '2026-01-15',
  disputed: 'no',
};

beforeAll(async () => {
  handle = await createTestDatabase();
  const managing = await insertPartner(handle.db, { name: 'Dansk Inkasso', coverage: [{ country: 'DK' }] });
  await insertPartner(handle.db, { name: 'EU Legal', type: 'legal_network', coverage: [{ country: 'FR' }] });
  ({ key } = await createApiKey(handle.db, clock, { partner: String(managing.id), createdBy: 'test' }));
});
afterAll(async () => handle?.close());

const api = () =>
  createPartnerApi({ db: handle.db, clock, logger, rateLimit: { requestsPerMinute: 100, store: 'memory' } })
    .handle;

async function exercise(base: string) {
  expect((await fetch(`${base}/healthz`)).status).toBe(200);
  expect((await fetch(`${base}/api/v1/openapi.json`)).status).toBe(200);
  const res = await fetch(`${base}/api/v1/cases`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  const created = await json(res);
  expect(created.case.claimType).toBe('unpaid_invoice');
  expect(created.routedTo).toEqual({ kind: 'legal_network' });
  const patch = await fetch(`${base}/api/v1/cases/${created.case.id}`, { method: 'PATCH' });
  expect(patch.status).toBe(405);
  const unauthorized = await fetch(`${base}/api/v1/cases/${created.case.id}`);
  expect(unauthorized.status).toBe(401);
  // The same port's /metrics counts the API's requests by route and status.
  const metrics = await (await fetch(`${base}/metrics`)).text();
  expect(metrics).toMatch(/chatops_api_requests_total\{route="submit",status="201",replayed="false"\} [1-9]/);
  expect(metrics).toMatch(/chatops_api_requests_total\{route="get",status="401",replayed="false"\} [1-9]/);
}

describe('the Collection Partner API on every server', () => {
  it('when the Slack app runs over HTTP, then its port serves the API next to Slack and the health endpoints', async () => {
    const slack = createSlackApp({
      config: {
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_APP_TOKEN: undefined,
        PORT: 0,
      },
      engine: new FakeEngine(),
      logger,
      health: createHealth(),
      botId: BOT_ID,
      botUserId: BOT_USER,
      httpHandler: api(),
    });
    const { port } = await slack.start(0);
    try {
      await exercise(`http://127.0.0.1:${port}`);
      // Slack's own endpoint is still Slack's: an unsigned event is refused by its signature check.
      const event = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '{}' });
      expect(event.status).toBe(401);
    } finally {
      await slack.stop();
    }
  });

  it('when the Teams app runs, then its port serves the API next to /api/messages and the health endpoints', async () => {
    const teams = createTeamsApp({
      config: {
        TEAMS_CLIENT_ID: undefined,
        TEAMS_CLIENT_SECRET: undefined,
        TEAMS_TENANT_ID: undefined,
        PORT: 0,
      },
      engine: new FakeEngine(),
      logger,
      health: createHealth(),
      httpHandler: api(),
    });
    const port = await freePort();
    await teams.start(port);
    try {
      await exercise(`http://127.0.0.1:${port}`);
    } finally {
      await teams.stop();
    }
  });
});
