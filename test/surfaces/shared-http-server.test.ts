import type { RequestListener } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startSharedServer } from '../../src/surfaces/shared-http-server.ts';

const answer =
  (who: string): RequestListener =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(who);
  };

describe('the one server shared by Slack and Teams', () => {
  it('when Slack runs in Socket Mode (no listener of its own), then Teams serves every path', async () => {
    const server = await startSharedServer({ teamsPath: '/api/messages', teams: answer('teams') }, 0);
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect(await (await fetch(`${base}/api/messages`, { method: 'POST' })).text()).toBe('teams');
      expect(await (await fetch(`${base}/healthz`)).text()).toBe('teams');
    } finally {
      await server.close(1000);
    }
  });

  it('when Slack runs over HTTP, then only the messaging endpoint goes to Teams', async () => {
    const server = await startSharedServer(
      { teamsPath: '/api/messages', teams: answer('teams'), slack: answer('slack') },
      0,
    );
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect(await (await fetch(`${base}/api/messages?x=1`, { method: 'POST' })).text()).toBe('teams');
      expect(await (await fetch(`${base}/slack/events`, { method: 'POST' })).text()).toBe('slack');
      expect(await (await fetch(`${base}/api/v1/openapi.json`)).text()).toBe('slack');
    } finally {
      await server.close(1000);
    }
  });

  it('when it closes during a request, then that request still gets its answer and new ones are refused', async () => {
    let reached!: () => void;
    const inside = new Promise<void>((done) => {
      reached = done;
    });
    let release!: () => void;
    const released = new Promise<void>((done) => {
      release = done;
    });
    const slow: RequestListener = (_req, res) => {
      reached();
      void released.then(() => {
        res.writeHead(200);
        res.end('finished');
      });
    };
    const server = await startSharedServer({ teamsPath: '/api/messages', teams: slow }, 0);
    const base = `http://127.0.0.1:${server.port}`;
    const inFlight = fetch(`${base}/api/messages`, { method: 'POST' });
    await inside;

    const closed = server.close(60_000);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    release();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('finished');
    await closed;
    expect(server.listening()).toBe(false);
  });
});
