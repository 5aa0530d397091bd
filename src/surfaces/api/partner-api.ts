import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Kysely } from 'kysely';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { submissionInput } from '../../commands/chat-commands.ts';
import { kyselyStoreClient, RATE_LIMIT_TABLE } from '../../conversation/rate-limit.ts';
import type { Database } from '../../db/database.ts';
import type { Clock } from '../../domain/clock.ts';
import { isDomainError } from '../../domain/errors.ts';
import type { Logger } from '../../logger.ts';
import { type ApiCaller, authenticateApiKey } from '../../use-cases/api/api-keys.ts';
import {
  getApiCase,
  listApiCases,
  previewApiCase,
  submitApiCase,
} from '../../use-cases/api/partner-api-cases.ts';
import type { LeadSettings } from '../../use-cases/context.ts';
import { apiRequestDuration, apiRequestsTotal } from './api-metrics.ts';
import { apiListQuery, apiSubmitCaseBody, type FieldProblem, fieldProblems } from './api-schemas.ts';
import { openApiDocument } from './openapi-document.ts';

// The Collection Partner API (/api/v1) as one node:http handler, so the Slack receiver's custom routes,
// the Teams SDK's Express server and the console's small server all serve it the same way
// (docs/notes/r-api.md). It only translates: HTTP in, the submission use case, JSON out. Request bodies
// and keys are never logged; a log line names the route, the status and the key's public prefix.

export const API_PREFIX = '/api/v1';
const DEFAULT_BODY_LIMIT = 64 * 1024;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export interface PartnerApiOptions {
  db: Kysely<Database>;
  clock: Clock;
  logger: Logger;
  leadSettings?: LeadSettings;
  /** Requests one key may make per minute; counters in PostgreSQL ('database') or this process. */
  rateLimit: { requestsPerMinute: number; store: 'database' | 'memory' };
  bodyLimitBytes?: number;
}

export interface PartnerApi {
  /** Answers a request under /api/v1; false (nothing written) for any other path. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

type Route = 'submit' | 'preview' | 'list' | 'get' | 'openapi' | 'other';

class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

const DOMAIN_STATUS: Record<string, number> = {
  not_found: 404,
  forbidden: 403,
  sdca_not_signed: 403,
  invalid_input: 422,
  invalid_state: 409,
  already_done: 409,
  conflict: 422,
  platform_unavailable: 503,
};

/** The body as text, refused past the limit (413) without reading the rest. */
async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const tooLarge = (limit: number) =>
  new ApiProblem(413, 'body_too_large', `The body is larger than ${limit} bytes.`, [], {
    connection: 'close',
  });

/** The same JSON, whatever the order of its keys: what an idempotent retry is compared by. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const UNAUTHORIZED = () =>
  new ApiProblem(
    401,
    'unauthorized',
    'Send your API key as "Authorization: Bearer <key>". The key is missing, wrong or revoked.',
    [],
    { 'www-authenticate': 'Bearer realm="debitura-partner-api"' },
  );

export function createPartnerApi(options: PartnerApiOptions): PartnerApi {
  const { db, clock } = options;
  const logger = options.logger.child({ surface: 'api' });
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const common = { keyPrefix: 'api_requests', points: options.rateLimit.requestsPerMinute, duration: 60 };
  const limiter =
    options.rateLimit.store === 'database'
      ? new RateLimiterPostgres({
          ...common,
          storeClient: kyselyStoreClient(db),
          storeType: 'pool',
          tableName: RATE_LIMIT_TABLE,
          tableCreated: true,
        })
      : new RateLimiterMemory(common);

  async function authenticate(req: IncomingMessage): Promise<ApiCaller> {
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) throw UNAUTHORIZED();
    const caller = await authenticateApiKey(db, clock, match[1] as string);
    if (!caller) throw UNAUTHORIZED();
    try {
      await limiter.consume(`key:${caller.keyId}`);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new ApiProblem(429, 'rate_limited', `Too many requests: retry in ${seconds} s.`, [], {
          'retry-after': String(seconds),
        });
      }
      // The limit is a guard, not a gate: a failing store lets the request through.
      logger.warn({ err: rejection }, 'api rate limit unavailable; request let through');
    }
    return caller;
  }

  /** The JSON body, checked by the submission's schema: the form's values and the body as sent. */
  async function readSubmission(req: IncomingMessage) {
    const contentType = String(req.headers['content-type'] ?? '');
    if (!/^application\/json\s*(;|$)/i.test(contentType)) {
      throw new ApiProblem(
        415,
        'unsupported_media_type',
        'Send the case as JSON (Content-Type: application/json).',
      );
    }
    const text = await readBody(req, bodyLimit);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiProblem(400, 'invalid_json', 'The body is not valid JSON.');
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw new ApiProblem(400, 'invalid_body', 'The body must be a JSON object with the fields of a case.');
    }
    const parsed = apiSubmitCaseBody.safeParse(body);
    if (!parsed.success) {
      throw new ApiProblem(
        400,
        'invalid_fields',
        'Some fields are missing or invalid; nothing was submitted.',
        fieldProblems(parsed.error, body as Record<string, unknown>),
      );
    }
    const values = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
    return { input: submissionInput(values), body: body as Record<string, unknown> };
  }

  async function submit(req: IncomingMessage, res: ServerResponse, caller: ApiCaller): Promise<boolean> {
    const idempotencyHeader = req.headers['idempotency-key'];
    const idempotencyKey = Array.isArray(idempotencyHeader) ? idempotencyHeader[0] : idempotencyHeader;
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new ApiProblem(
        400,
        'invalid_idempotency_key',
        'The Idempotency-Key must be 1–255 visible ASCII characters.',
        [{ path: 'Idempotency-Key', message: 'The Idempotency-Key must be 1–255 visible ASCII characters.' }],
      );
    }
    const { input, body } = await readSubmission(req);
    const answer = await submitApiCase(
      { db, clock, leadSettings: options.leadSettings },
      caller,
      input,
      idempotencyKey === undefined
        ? undefined
        : {
            key: idempotencyKey,
            requestHash: createHash('sha256')
              .update(`POST ${API_PREFIX}/cases\n${canonical(body)}`)
              .digest('hex'),
          },
    );
    send(res, answer.status, answer.body, {
      location: `${API_PREFIX}/cases/${(answer.body.case as { id: number }).id}`,
      ...(answer.replayed ? { 'idempotent-replayed': 'true' } : {}),
    });
    return answer.replayed;
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
    const method = (req.method ?? 'GET').toUpperCase();
    const allow = (methods: string, route: Route) => {
      if (!methods.split(', ').includes(method)) {
        throw Object.assign(
          new ApiProblem(405, 'method_not_allowed', `${method} is not allowed here; use ${methods}.`, [], {
            allow: methods,
          }),
          { route },
        );
      }
    };
    if (path === `${API_PREFIX}/openapi.json`) {
      allow('GET, HEAD', 'openapi');
      send(res, 200, openApiDocument());
      return { route: 'openapi' as Route, replayed: false };
    }
    if (path === `${API_PREFIX}/cases`) {
      allow('GET, HEAD, POST', method === 'POST' ? 'submit' : 'list');
      const caller = await authenticate(req);
      if (method === 'POST') return { route: 'submit' as Route, replayed: await submit(req, res, caller) };
      const parsed = apiListQuery.safeParse(Object.fromEntries(query));
      if (!parsed.success) {
        throw new ApiProblem(
          400,
          'invalid_query',
          'A query parameter is invalid.',
          fieldProblems(parsed.error, {}),
        );
      }
      send(res, 200, await listApiCases(db, caller, parsed.data));
      return { route: 'list' as Route, replayed: false };
    }
    if (path === `${API_PREFIX}/cases/preview`) {
      allow('POST', 'preview');
      const caller = await authenticate(req);
      const { input } = await readSubmission(req);
      send(res, 200, await previewApiCase({ db, clock, leadSettings: options.leadSettings }, caller, input));
      return { route: 'preview' as Route, replayed: false };
    }
    const one = new RegExp(`^${API_PREFIX}/cases/([^/]+)$`).exec(path);
    if (one) {
      allow('GET, HEAD', 'get');
      const caller = await authenticate(req);
      const id = /^\d{1,10}$/.test(one[1] as string) ? Number(one[1]) : Number.NaN;
      send(res, 200, await getApiCase(db, caller, id));
      return { route: 'get' as Route, replayed: false };
    }
    throw new ApiProblem(404, 'not_found', `There is no ${path}. See ${API_PREFIX}/openapi.json.`);
  }

  return {
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname.replace(/\/+$/, '') || '/';
      if (path !== API_PREFIX && !path.startsWith(`${API_PREFIX}/`)) return false;
      const started = performance.now();
      let label: Route = 'other';
      let replayed = false;
      try {
        const done = await route(req, res, path, url.searchParams);
        label = done.route;
        replayed = done.replayed;
      } catch (error) {
        if ((error as { route?: Route }).route) label = (error as { route: Route }).route;
        else if (path.startsWith(`${API_PREFIX}/cases`))
          label =
            path === `${API_PREFIX}/cases/preview`
              ? 'preview'
              : req.method === 'POST'
                ? 'submit'
                : path === `${API_PREFIX}/cases`
                  ? 'list'
                  : 'get';
        const problem =
          error instanceof ApiProblem
            ? error
            : isDomainError(error)
              ? new ApiProblem(DOMAIN_STATUS[error.code] ?? 422, error.code, error.message)
              : null;
        if (problem) {
          if (!res.headersSent) {
            send(
              res,
              problem.status,
              { error: { code: problem.code, message: problem.message, fields: problem.fields } },
              problem.headers,
            );
          }
        } else {
          logger.error({ err: error, route: label }, 'api request failed');
          if (!res.headersSent) {
            send(res, 500, {
              error: {
                code: 'internal',
                message:
                  'Something went wrong on our side and nothing was submitted. Retry later, with the same Idempotency-Key.',
                fields: [],
              },
            });
          } else res.end();
        }
      } finally {
        const status = String(res.statusCode);
        apiRequestsTotal.inc({ route: label, status, replayed: String(replayed) });
        apiRequestDuration.observe({ route: label }, (performance.now() - started) / 1000);
        logger.info({ route: label, method: req.method, status: res.statusCode, replayed }, 'api request');
      }
      return true;
    },
  };
}
