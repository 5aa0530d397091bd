import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs on standard error: standard output belongs to the console chat and `interpret`. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { app: 'collections-chatops' } }, pino.destination(2));
}
