import { z } from 'zod';

// Every environment variable the bot reads, parsed once. .env.example documents the same list.
const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const int = (fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(fallback));
const nonNegative = (fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().nonnegative().default(fallback));
const flag = z.preprocess(
  emptyAsUndefined,
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default('false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes'),
);
const number = (fallback: number) => z.preprocess(emptyAsUndefined, z.coerce.number().default(fallback));

/** The bot scopes of manifest.yml (a test keeps the two lists equal). */
export const DEFAULT_SLACK_SCOPES =
  'app_mentions:read,channels:history,groups:history,chat:write,chat:write.public,commands,im:history,im:write,files:read,users:read,users:read.email';

const schema = z.object({
  DATABASE_URL: optionalString,
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('.data/pglite')),
  DB_POOL_SIZE: int(10),
  DB_STATEMENT_TIMEOUT_MS: nonNegative(5000),
  DB_CONNECT_TIMEOUT_MS: int(2000),
  DB_TRANSACTION_POOLER: flag,
  MAX_IN_FLIGHT: int(64),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  PORT: int(3000),
  /** The worker's /healthz, /readyz and /metrics port (default: PORT); 0 picks a free one. */
  HEALTH_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).optional()),

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: z.preprocess(emptyAsUndefined, z.string().default('gpt-4o-mini')),
  LLM_TIMEOUT_MS: int(4000),
  LLM_BREAKER_MIN_CALLS: int(3),
  LLM_BREAKER_ERROR_PERCENT: number(50),
  LLM_BREAKER_WINDOW_MS: int(60_000),
  LLM_BREAKER_RESET_MS: int(30_000),

  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,

  // Slack as a distributed app: many workspaces installed through OAuth (docs/notes/slack-multi.md).
  // Set instead of SLACK_BOT_TOKEN; SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN is still needed.
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  /** Signs the OAuth state (and the browser cookie that must carry it back): the same on every instance. */
  SLACK_STATE_SECRET: optionalString,
  /** Bot scopes asked for at install; the default is manifest.yml's list. */
  SLACK_SCOPES: z.preprocess(emptyAsUndefined, z.string().default(DEFAULT_SLACK_SCOPES)),
  /** The redirect URL registered with Slack, when more than one is (else Slack uses the only one). */
  SLACK_REDIRECT_URI: optionalString,
  /** 32 bytes (base64 or 64 hex digits): stored bot and refresh tokens are sealed with AES-256-GCM. */
  SLACK_TOKEN_ENCRYPTION_KEY: optionalString,
  /** Team (or enterprise) id whose installation posts to the configured channels; default: the first installed. */
  SLACK_HOME_TEAM_ID: optionalString,

  TEAMS_CLIENT_ID: optionalString,
  TEAMS_CLIENT_SECRET: optionalString,
  TEAMS_TENANT_ID: optionalString,
  /**
   * Comma list of Entra tenant ids whose activities are served; defaults to TEAMS_TENANT_ID. `*`: any
   * tenant that installs the app (multi-tenant); people are still only who they are linked as in their tenant.
   */
  TEAMS_ALLOWED_TENANTS: optionalString,
  // Slack and Teams in one process (docs/notes/teams-multi.md, one-server.md): both on one server on PORT
  // unless TEAMS_PORT opts in to a port of Teams' own, and the Teams channels (19:…@thread.tacv2) of the channel roles (default: the shared
  // *_CHANNEL settings when Teams runs alone; none next to Slack).
  TEAMS_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).optional()),
  TEAMS_QUOTE_ALERT_CHANNEL: optionalString,
  TEAMS_CLOSE_CODE_CHANNEL: optionalString,
  TEAMS_SUPPORT_CHANNEL: optionalString,

  QUOTE_ALERT_CHANNEL: z.preprocess(emptyAsUndefined, z.string().default('quote-alerts')),
  CLOSE_CODE_CHANNEL: z.preprocess(emptyAsUndefined, z.string().default('close-codes')),
  SUPPORT_CHANNEL: z.preprocess(emptyAsUndefined, z.string().default('support')),

  /** How long a confirmation (or a question) of the bot stays usable. */
  CONFIRMATION_TTL_MINUTES: int(30),
  /** On SIGTERM, how long work in hand may still run before it is handed back to another instance. */
  SHUTDOWN_GRACE_MS: int(10_000),
  /** Finished inbox rows are deleted after this many days. */
  INBOX_KEEP_DAYS: int(7),

  // Notice delivery (the outbox): one send's time limit, how long a claim holds, recipients at once.
  OUTBOX_SEND_TIMEOUT_MS: int(10_000),
  OUTBOX_LEASE_MS: int(60_000),
  OUTBOX_CONCURRENCY: int(8),

  // E-mail for notices to people linked on no chat surface (docs/notes/email.md). Without SMTP_URL or
  // SMTP_HOST such notices are parked with 'no e-mail transport configured', for support to see.
  SMTP_URL: optionalString,
  SMTP_HOST: optionalString,
  SMTP_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).optional()),
  SMTP_SECURE: flag,
  SMTP_USER: optionalString,
  SMTP_PASS: optionalString,
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default('Debitura <notices@debitura.local>')),

  QUOTE_WINDOW_BUSINESS_HOURS: int(120),
  EXPECTED_QUOTES: int(3),

  RATE_LIMIT_MESSAGES_PER_MINUTE: int(30),
  /** Collection Partner API: requests one API key may make per minute (docs/notes/r-api.md). */
  API_REQUESTS_PER_MINUTE: int(120),

  // Self-service linking (docs/notes/linking.md): how long a link code lasts, and how many wrong codes
  // one chat account, and everybody together, may try per hour.
  LINK_CODE_TTL_HOURS: int(24),
  LINK_CODE_FAILURES_PER_ACCOUNT: int(5),
  LINK_CODE_FAILURES_GLOBAL: int(100),
});

export type Config = Readonly<z.infer<typeof schema>>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`The environment is not valid: ${problems}. See .env.example.`);
  }
  const config = parsed.data;
  if (config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP) is. Set one of them.',
    );
  }
  if (config.SLACK_CLIENT_ID || config.SLACK_CLIENT_SECRET) checkSlackOAuth(config);
  return Object.freeze(config);
}

function checkSlackOAuth(config: z.infer<typeof schema>): void {
  if (config.SLACK_BOT_TOKEN) {
    throw new ConfigError(
      'Both SLACK_BOT_TOKEN (one workspace) and SLACK_CLIENT_ID/SLACK_CLIENT_SECRET (installed through OAuth in many) are set. Set one of them.',
    );
  }
  const missing = (['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const).filter(
    (name) => !config[name],
  );
  if (missing.length > 0) throw new ConfigError(`Slack OAuth needs ${missing.join(', ')} too.`);
  if (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    throw new ConfigError('Slack OAuth needs SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode).');
  }
  const key = config.SLACK_TOKEN_ENCRYPTION_KEY?.trim();
  if (key) {
    const bytes = /^[0-9a-fA-F]{64}$/.test(key) ? Buffer.from(key, 'hex') : Buffer.from(key, 'base64');
    if (bytes.length !== 32) {
      throw new ConfigError(
        'SLACK_TOKEN_ENCRYPTION_KEY must be 32 bytes, as base64 or 64 hex digits (openssl rand -base64 32).',
      );
    }
  }
}

/** One workspace with one bot token, or the distributed app installed through OAuth; none: no Slack. */
export function slackMode(config: Config): 'single' | 'oauth' | undefined {
  if (config.SLACK_CLIENT_ID && config.SLACK_CLIENT_SECRET) return 'oauth';
  if (config.SLACK_BOT_TOKEN) return 'single';
  return undefined;
}

export type Surface = 'slack' | 'teams' | 'console';

/**
 * The console, or the first chat surface whose credentials are set (both Slack and Teams run when both
 * are: src/surfaces/chat-surfaces.ts).
 */
export function chooseSurface(config: Config): Surface {
  if (slackMode(config)) return 'slack';
  if (config.TEAMS_CLIENT_ID && config.TEAMS_CLIENT_SECRET) return 'teams';
  return 'console';
}
