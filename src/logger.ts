import pino from 'pino';

export type Logger = pino.Logger;

// Logs leave the process (files, log shippers, support screenshots), so they must never carry what would
// let someone act as the bot (Slack xoxb-/xapp- tokens, the Bot Connector's Bearer token) nor what a
// debtor told us (message text, cards, request bodies). A failed HTTP call is the usual leak: axios and
// the Slack Web API attach the whole request, headers and body included, to the error they throw.

const REDACTED = '[REDACTED]';

const SECRET_PATTERNS: RegExp[] = [
  /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi,
  /\bBasic\s+[A-Za-z0-9+/=]{8,}/g,
  /\bxox[abeoprs]-[A-Za-z0-9-]+/g,
  /\bxapp-[A-Za-z0-9-]+/g,
  // A JWT on its own (the Bot Connector token outside its header, an id token in a message).
  /\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
];

/** The text with every token-shaped string replaced; used on error messages, stacks and log messages. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, REDACTED);
  return out;
}

// Keys whose values are secrets or message content wherever they appear (case-insensitive).
const SECRET_KEYS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'bot_token',
  // Bolt's authorize result and @slack/oauth's installation objects (camelCase).
  'bottoken',
  'usertoken',
  'refreshtoken',
  'botrefreshtoken',
  'userrefreshtoken',
  'app_token',
  'client_secret',
  'clientsecret',
  'signing_secret',
  'signingsecret',
  'password',
  'headers',
  'text',
  'blocks',
  'attachments',
  'body',
  'data',
  'values',
  'value',
  'reason',
  'comment',
]);

/**
 * A JSON text of any value for a log line, with the keys above replaced and token-shaped strings
 * scrubbed. The Slack and Teams SDK loggers hand us arbitrary objects; this is how they are written.
 */
export function safeJson(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    const json = JSON.stringify(value, function replacer(key, v: unknown) {
      if (key && SECRET_KEYS.has(key.toLowerCase())) return v === undefined ? v : REDACTED;
      if (v instanceof Error) return safeError(v);
      if (v && typeof v === 'object') {
        if (seen.has(v)) return '[Circular]';
        seen.add(v);
      }
      return v;
    });
    return scrubSecrets(json ?? String(value));
  } catch {
    return '[unserialisable]';
  }
}

type Loose = Record<string, unknown> & {
  message?: unknown;
  stack?: unknown;
  name?: unknown;
  code?: unknown;
  config?: { method?: unknown; url?: unknown };
  response?: { status?: unknown; data?: unknown };
  data?: unknown;
};

const scalar = (v: unknown) =>
  typeof v === 'string' ? scrubSecrets(v) : typeof v === 'number' || typeof v === 'boolean' ? v : undefined;

/** The path of a URL without its query (where some APIs accept a token). */
const withoutQuery = (v: unknown) =>
  typeof v === 'string' ? scrubSecrets(v.split('?')[0] ?? '') : undefined;

/** The machine-readable error code an API answered with (Slack's `error`, the Bot Connector's `error.code`). */
function apiErrorCode(e: Loose): string | undefined {
  for (const data of [e.data, e.response?.data]) {
    if (!data || typeof data !== 'object') continue;
    const error = (data as { error?: unknown }).error;
    if (typeof error === 'string') return scrubSecrets(error);
    const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
    if (typeof code === 'string') return scrubSecrets(code);
  }
  return undefined;
}

/**
 * An error as a log record: what happened and where (type, message, stack, code, HTTP status, method,
 * URL, the API's error code, the cause), and nothing of the request it came from. Only named fields are
 * copied, so an SDK adding a field with the request to its errors cannot leak it.
 */
export function safeError(error: unknown, depth = 0): unknown {
  if (error === null || error === undefined) return error;
  if (typeof error !== 'object') return scalar(error) ?? String(error);
  const e = error as Loose;
  const out: Record<string, unknown> = {
    type: (error as object).constructor?.name ?? 'Object',
    message: scrubSecrets(String(e.message ?? '')),
  };
  if (typeof e.name === 'string' && e.name !== out.type) out.name = e.name;
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = scalar(e.code);
  const status = e.response?.status ?? e.statusCode ?? e.status;
  if (typeof status === 'number') out.status = status;
  if (e.config && typeof e.config === 'object') {
    if (typeof e.config.method === 'string') out.method = e.config.method.toUpperCase();
    out.url = withoutQuery(e.config.url);
  }
  const apiError = apiErrorCode(e);
  if (apiError) out.apiError = apiError;
  if (typeof e.retryAfter === 'number') out.retryAfter = e.retryAfter;
  // PostgreSQL errors: schema names only (their `detail` can quote the row's values).
  for (const key of ['table', 'column', 'constraint'] as const) {
    if (typeof e[key] === 'string') out[key] = e[key];
  }
  if (typeof e.stack === 'string') out.stack = scrubSecrets(e.stack);
  if (depth < 3) {
    // Bolt and the Slack Web API wrap the underlying error as `original`; standard errors use `cause`.
    const cause = e.cause ?? e.original;
    if (cause !== undefined) out.cause = safeError(cause, depth + 1);
    const many = e.errors ?? e.originals;
    if (Array.isArray(many)) out.errors = many.slice(0, 5).map((m) => safeError(m, depth + 1));
  }
  return out;
}

/**
 * Second line of defence, for values logged under other keys than `err`: pino replaces these paths. The
 * `err` serializer already keeps only named fields, so these matter for objects logged as they are.
 */
export const REDACT_PATHS = [
  'headers',
  '*.headers',
  '*.*.headers',
  'err.config.headers.Authorization',
  'err.config.headers.authorization',
  'err.request.headers',
  'err.request._header',
  'err.config.data',
  'err.response.data',
  'err.response.config',
  'err.response.request',
  'err.data',
  'err.body',
  'authorization',
  'Authorization',
  '*.authorization',
  '*.Authorization',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'clientSecret',
  '*.clientSecret',
  'signingSecret',
  '*.signingSecret',
  'text',
  '*.text',
  'blocks',
  '*.blocks',
  'body',
  '*.body',
  'data',
  '*.data',
  'values',
  '*.values',
];

/** The pino options every logger of the app uses: redaction, the safe error serializer, scrubbed messages. */
export function loggerOptions(level: string): pino.LoggerOptions {
  const err = (e: unknown) => safeError(e);
  return {
    level,
    base: { app: 'collections-chatops' },
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: { err, error: err },
    hooks: {
      // The message string and any interpolation arguments: an SDK may format a token into its message.
      logMethod(args, method) {
        const clean = args.map((a) => (typeof a === 'string' ? scrubSecrets(a) : a));
        return method.apply(this, clean as Parameters<typeof method>);
      },
    },
  };
}

/** Structured JSON logs on standard error: standard output belongs to the console chat and `interpret`. */
export function createLogger(
  level: string = process.env.LOG_LEVEL ?? 'info',
  destination: pino.DestinationStream = pino.destination(2),
): Logger {
  return pino(loggerOptions(level), destination);
}
