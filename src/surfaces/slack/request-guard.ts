import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { type Logger as BoltLogger, HTTPModuleFunctions, type HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../logger.ts';

// Two checks Bolt 5.1's HTTPReceiver leaves out, run before it sees the request:
// - its replay window is one-sided: a timestamp more than five minutes in the past is refused, one in
//   the future is not, so a request signed (or captured) with a future timestamp stays replayable until
//   that time comes. Slack's own guidance is "more than five minutes from local time", both ways.
// - a correctly signed body that is not an object (`payload="x"`, `[]`, `null`, a JSON `123`) reaches
//   code that reads `body.ssl_check` outside any try: `null` is an unhandled rejection, the rest are
//   handed to the listeners as events. They are answered 400 here.

const MAX_SKEW_SECONDS = 5 * 60;

export interface RequestGuardOptions {
  signingSecret: string;
  logger: Logger;
  boltLogger: BoltLogger;
  endpoints?: string[];
  bodyLimit?: number;
  /** Milliseconds since the epoch (tests move it). */
  now?: () => number;
}

const pathOf = (url: string | undefined) => (url ?? '/').split('?')[0] ?? '/';

const isObjectBody = (body: unknown) => typeof body === 'object' && body !== null && !Array.isArray(body);

const isJsonSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The first character JSON.parse would read is `{` (so, if it parses, an object). */
function jsonOpensAnObject(text: string | Buffer): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = typeof text === 'string' ? text.charCodeAt(i) : (text[i] as number);
    if (!isJsonSpace(c)) return c === 0x7b;
  }
  return false;
}

/**
 * Whether Bolt's parse of this body (HTTPModuleFunctions.parseHTTPRequestBody, read for 5.1) can only give
 * an object: a form body is its fields unless it has one `payload`, which is parsed as JSON; any other
 * content type is parsed as JSON.
 */
function opensAnObject(buffered: { rawBody: Buffer; headers: IncomingMessage['headers'] }): boolean {
  if (buffered.headers['content-type'] === 'application/x-www-form-urlencoded') {
    const { payload } = parseQuery(buffered.rawBody.toString());
    return typeof payload === 'string' ? jsonOpensAnObject(payload) : true;
  }
  return jsonOpensAnObject(buffered.rawBody);
}

/** Why the request is refused before Bolt, as an HTTP status and a reason for the log; null lets it through. */
async function verdictOn(
  req: IncomingMessage,
  options: RequestGuardOptions,
): Promise<{ status: number; reason: string } | null> {
  const header = req.headers['x-slack-request-timestamp'];
  const timestamp = typeof header === 'string' ? Number(header) : Number.NaN;
  const nowSeconds = Math.floor((options.now ?? Date.now)() / 1000);
  if (Number.isFinite(timestamp) && timestamp > nowSeconds + MAX_SKEW_SECONDS) {
    return { status: 401, reason: 'request timestamp is more than five minutes in the future' };
  }
  let buffered: Awaited<ReturnType<typeof HTTPModuleFunctions.bufferIncomingMessage>>;
  try {
    buffered = await HTTPModuleFunctions.bufferIncomingMessage(
      req,
      options.bodyLimit ?? HTTPModuleFunctions.defaultBodyLimit,
    );
  } catch (error) {
    const tooLarge =
      HTTPModuleFunctions.isRawBodyError(error) && (error as { statusCode?: number }).statusCode === 413;
    return tooLarge
      ? { status: 413, reason: 'body too large' }
      : { status: 400, reason: 'body could not be read' };
  }
  // A body that is an object if it is JSON at all, as every delivery from Slack is, goes straight to Bolt,
  // which verifies its signature and parses it (once: not here too). Only a body that cannot be an object
  // is verified and parsed here, to tell a signed one (400) from one Bolt refuses (401).
  if (opensAnObject(buffered)) return null;
  try {
    // The same verification Bolt makes next, on the buffered body; a failure is Bolt's to answer (401).
    await HTTPModuleFunctions.parseAndVerifyHTTPRequest(
      { enabled: true, signingSecret: options.signingSecret },
      buffered,
    );
  } catch {
    return null;
  }
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch {
    return null; // not JSON: Bolt answers 400 itself
  }
  return isObjectBody(body) ? null : { status: 400, reason: 'signed body is not an object' };
}

/** Puts the checks above in front of an HTTPReceiver's request listener, on its events endpoints. */
export function guardSlackRequests(receiver: HTTPReceiver, options: RequestGuardOptions): HTTPReceiver {
  const endpoints = new Set(options.endpoints ?? ['/slack/events']);
  const inner = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || !endpoints.has(pathOf(req.url))) {
      inner(req, res);
      return;
    }
    void (async () => {
      const verdict = await verdictOn(req, options);
      if (verdict) {
        options.logger.warn({ status: verdict.status, reason: verdict.reason }, 'slack request refused');
        res.writeHead(verdict.status);
        res.end();
        return;
      }
      inner(req, res);
    })().catch((error: unknown) => {
      HTTPModuleFunctions.defaultDispatchErrorHandler({
        error: error as Error,
        logger: options.boltLogger,
        request: req,
        response: res,
      });
    });
  };
  return receiver;
}
