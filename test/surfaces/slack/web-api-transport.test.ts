import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { noticeClientOptions } from '../../../src/surfaces/slack/notice-sender.ts';
import { undiciFetch, withWebApiTransport } from '../../../src/surfaces/slack/web-api-transport.ts';

// The Slack Web API client's transport (undici's request, not fetch) against a real local HTTP server,
// as Slack's Web API answers: the call arrives as WebClient sends it, and each outcome reaches the
// caller as it did through fetch.
describe('the Slack Web API transport', () => {
  let server: Server;
  let url: string;
  let handler: (req: IncomingMessage, body: string, res: ServerResponse) => void;
  const seen: Array<{ path: string; auth?: string; type?: string; body: string }> = [];
  const savedSwitch = process.env.SLACK_WEB_API_FETCH;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString();
      });
      req.on('end', () => {
        seen.push({
          path: req.url ?? '',
          auth: req.headers.authorization,
          type: req.headers['content-type'],
          body,
        });
        handler(req, body, res);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });
  beforeEach(() => {
    seen.length = 0;
    delete process.env.SLACK_WEB_API_FETCH; // production's default: undici's request
  });
  afterEach(() => {
    process.env.SLACK_WEB_API_FETCH = savedSwitch;
    vi.restoreAllMocks();
  });
  const client = (extra: webApi.WebClientOptions = {}) =>
    new webApi.WebClient(
      'xoxb-test',
      withWebApiTransport({ slackApiUrl: url, retryConfig: { retries: 0 }, ...extra }),
    );

  it('when a message is posted, then Slack receives the form with the token and the caller gets the answer, without the global fetch', async () => {
    const globalFetch = vi.spyOn(globalThis, 'fetch');
    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write, im:write' });
      res.end(JSON.stringify({ ok: true, channel: 'C1', ts: '1.2', message: { text: 'Grüße "ok" 😀' } }));
    };

    const result = await client().chat.postMessage({ channel: 'C1', text: 'Case 1001 & <b> ✓' });

    expect(result).toMatchObject({ ok: true, ts: '1.2', message: { text: 'Grüße "ok" 😀' } });
    expect(result.response_metadata?.scopes).toEqual(['chat:write', 'im:write']);
    expect(seen[0]).toMatchObject({
      path: '/api/chat.postMessage',
      auth: 'Bearer xoxb-test',
      type: 'application/x-www-form-urlencoded',
    });
    expect(new URLSearchParams(seen[0]?.body).get('text')).toBe('Case 1001 & <b> ✓');
    expect(globalFetch).not.toHaveBeenCalled();
  });

  it('when Slack answers 503, then the caller gets the Web API HTTP error with the status', async () => {
    handler = (_req, _body, res) => {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('down');
    };
    const error = await client()
      .chat.postMessage({ channel: 'C1', text: 'x' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: webApi.ErrorCode.HTTPError, statusCode: 503, body: 'down' });
  });

  it('when Slack rate-limits a notice, then the notice client gets the rate-limit error with Retry-After', async () => {
    handler = (_req, _body, res) => {
      res.writeHead(429, { 'retry-after': '7' });
      res.end();
    };
    const notices = new webApi.WebClient('xoxb-test', noticeClientOptions({ slackApiUrl: url }));
    const error = await notices.chat.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: webApi.ErrorCode.RateLimitedError, retryAfter: 7 });
  });

  it('when Slack does not answer in time, then the call fails as a request error', async () => {
    handler = () => {}; // never answers
    const error = await client({ timeout: 200 })
      .chat.postMessage({ channel: 'C1', text: 'x' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: webApi.ErrorCode.RequestError });
  });

  it('when the switch says global, then the call goes through the global fetch (what nock sees)', async () => {
    process.env.SLACK_WEB_API_FETCH = 'global';
    const globalFetch = vi.spyOn(globalThis, 'fetch');
    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    };
    await undiciFetch(`${url}auth.test`, { method: 'POST', body: 'a=1' });
    expect(globalFetch).toHaveBeenCalledTimes(1);
  });
});
