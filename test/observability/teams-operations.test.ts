import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { createHealth } from '../../src/observability/health.ts';
import { registry } from '../../src/observability/metrics.ts';
import { createTeamsApp } from '../../src/surfaces/teams/teams-app.ts';
import { FakeEngine } from '../surfaces/helpers/fake-engine.ts';
import { scrapeOver } from './scrape.ts';

/** The Teams SDK takes port 0 for "no port given" and falls back to 3978: ask the system for a free one. */
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

describe('Operating the Teams app: the operations endpoints on its port', () => {
  it('when the Teams app runs, then /healthz, /readyz and /metrics answer next to its messaging endpoint; once stopped, it is no longer ready', async () => {
    const health = createHealth([{ name: 'database', check: () => {} }]);
    const teams = createTeamsApp({
      config: {
        TEAMS_CLIENT_ID: undefined,
        TEAMS_CLIENT_SECRET: undefined,
        TEAMS_TENANT_ID: undefined,
        PORT: 0,
      },
      engine: new FakeEngine(),
      logger: createLogger('silent'),
      health,
    });
    const port = await freePort();
    await teams.start(port);
    const base = `http://127.0.0.1:${port}`;
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        ready: true,
        checks: { database: { ok: true }, teams: { ok: true } },
      });
      const samples = await scrapeOver(base);
      expect(samples.some((s) => s.name === 'chatops_outbox_pending')).toBe(true);
      expect((await fetch(`${base}/metrics`)).headers.get('content-type')).toBe(registry.contentType);
    } finally {
      await teams.stop();
    }
    const after = await health.ready();
    expect(after.ready).toBe(false);
    expect(after.checks.teams?.error).toMatch(/not listening/);
  });
});
