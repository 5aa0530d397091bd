import { STATUS_CODES } from 'node:http';
import { Agent, request } from 'undici';
import type { WebClientOptions } from './slack-types.ts';

// How the Slack Web API client sends its calls. @slack/web-api 8 sends every call through `fetch`, which
// in Node builds a Request, web streams for the body and the answer, and makes each stream transferable:
// about an eighth of the app's CPU per event in `npm run bench:e2e` (docs/notes/perf.md). undici's own
// `request` API (the HTTP client Node's fetch is built on, without the fetch layer) sends the same POST of a
// string over kept-alive connections and reads the answer into a buffer. WebClient asks a fetch for little
// (its `FetchFunction`: status, headers.get/entries, text/json/arrayBuffer, url), and that is all this gives.
// Anything else it might send (a FormData upload) still goes through the global fetch.
//
// SLACK_WEB_API_FETCH=global sends every call through the global fetch instead (what interceptors such as
// nock and fetch instrumentation see; the test set-up uses it).

type FetchFunction = NonNullable<WebClientOptions['fetch']>;
type FetchInit = Parameters<FetchFunction>[1];
type FetchAnswer = Awaited<ReturnType<FetchFunction>>;

/** Connections are kept for 4 s when idle (undici's default) and closed on the server's hint sooner. */
const agent = new Agent({ keepAliveTimeout: 4_000 });

class AnswerHeaders {
  constructor(private readonly raw: Record<string, string | string[] | undefined>) {}
  get(name: string): string | null {
    const v = this.raw[name.toLowerCase()];
    if (v === undefined) return null;
    return Array.isArray(v) ? v.join(', ') : v;
  }
  *entries(): IterableIterator<[string, string]> {
    for (const [k, v] of Object.entries(this.raw)) {
      if (v !== undefined) yield [k, Array.isArray(v) ? v.join(', ') : v];
    }
  }
}

function answer(url: string, status: number, headers: AnswerHeaders, body: Buffer): FetchAnswer {
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: STATUS_CODES[status] ?? '',
    url,
    headers,
    text: async () => body.toString('utf8'),
    json: async () => JSON.parse(body.toString('utf8')) as unknown,
    arrayBuffer: async () =>
      body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
  };
}

/**
 * A `fetch` for WebClient over undici's `request`. Same outcomes as WebClient sees them with fetch: the
 * status (non-200 → WebClient's HTTP error, 429 → its rate limiting with Retry-After), a timeout
 * (`AbortSignal.timeout`) or connection failure → its request error. Redirects are not followed, as
 * WebClient's `redirect: 'error'` asks (a 3xx comes back as an HTTP error).
 */
export const undiciFetch: FetchFunction = async (input, init?: FetchInit) => {
  if (
    process.env.SLACK_WEB_API_FETCH === 'global' ||
    (init?.body !== undefined && typeof init.body !== 'string')
  ) {
    return (await fetch(input, init as RequestInit)) as unknown as FetchAnswer;
  }
  const url = String(input);
  const res = await request(url, {
    method: (init?.method ?? 'GET') as 'POST',
    headers: init?.headers,
    body: init?.body as string | undefined,
    signal: init?.signal,
    dispatcher: agent,
  });
  const chunks: Buffer[] = [];
  for await (const chunk of res.body) chunks.push(chunk as Buffer);
  return answer(url, res.statusCode, new AnswerHeaders(res.headers), Buffer.concat(chunks));
};

/** WebClient options with this transport, unless the caller gave its own `fetch`. */
export function withWebApiTransport(options: WebClientOptions = {}): WebClientOptions {
  return { fetch: undiciFetch, ...options };
}
