import { DomainError } from '../domain/errors.ts';

/** What people are told when the database is down or cut off: nothing was done, and when to try again. */
export const PLATFORM_UNREACHABLE =
  "I can't reach the case platform right now; nothing was changed. Please try again in a minute.";
/** What people are told when the database answers too slowly (statement timeout, every connection busy). */
export const PLATFORM_TOO_SLOW =
  'The case platform is too slow to answer right now; nothing was changed. Please try again in a minute.';

// SQLSTATEs that mean the session is gone or could not be had: admin/crash shutdown, starting up,
// too many connections, and the whole connection-exception class 08.
const GONE_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
// 57014 is query_canceled: our statement_timeout (DB_STATEMENT_TIMEOUT_MS), or a cancel by an operator.
const SLOW_CODES = new Set(['57014']);
// Socket errors from Node while connecting or talking to the server.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// pg and pg-pool report these as plain Errors without a code.
const GONE_MESSAGES = [
  /connection terminated/i, // "… unexpectedly", "… due to connection timeout"
  /is not queryable/i, // a client whose connection already broke
];

/**
 * The database's own failures, as the domain error people should hear ('platform_unavailable'), or null
 * for every other error (a bug, a constraint: those stay what they are). Looks through `cause` and
 * AggregateError (Node's connect attempts to several addresses) because pg wraps some of them.
 */
export function platformUnavailable(error: unknown): DomainError | null {
  const kind = classify(error, 0);
  if (kind === null) return null;
  const sentence = kind === 'slow' ? PLATFORM_TOO_SLOW : PLATFORM_UNREACHABLE;
  return new DomainError(
    'platform_unavailable',
    sentence,
    { reason: kind, cause: error },
    { key: kind === 'slow' ? 'platform.too_slow' : 'platform.unreachable' },
  );
}

function classify(error: unknown, depth: number): 'unreachable' | 'slow' | null {
  if (!(error instanceof Error) || depth > 4) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (SLOW_CODES.has(code)) return 'slow';
    if (GONE_CODES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code)) return 'unreachable';
  }
  // Our own bound on an unanswered statement (query_timeout: a network cut, a hung server), and on the
  // wait for a free connection when all of the pool's are busy (DB_CONNECT_TIMEOUT_MS): slow, not down.
  if (error.message === 'Query read timeout') return 'slow';
  if (/timeout exceeded when trying to connect/i.test(error.message)) return 'slow';
  if (GONE_MESSAGES.some((m) => m.test(error.message))) return 'unreachable';
  const nested = [error.cause, ...(error instanceof AggregateError ? (error.errors as unknown[]) : [])];
  for (const inner of nested) {
    const kind = classify(inner, depth + 1);
    if (kind !== null) return kind;
  }
  return null;
}
