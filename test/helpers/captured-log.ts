import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.ts';

/** The app's real logger (same options as in production) writing into memory. */
export function capturedLogger(level = 'debug'): { logger: Logger; lines: string[]; text(): string } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(level, sink), lines, text: () => lines.join('') };
}
