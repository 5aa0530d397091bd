import { PassThrough, Readable } from 'node:stream';
import pino from 'pino';
import { loadConfig } from '../../../src/config.ts';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import type { Clock } from '../../../src/domain/clock.ts';
import { runConsole } from '../../../src/surfaces/console/run-console.ts';

export const silentLogger = pino({ level: 'silent' });

/** Runs a scripted console conversation (one message per line) and returns everything it printed. */
export async function consoleTranscript(
  handle: DatabaseHandle,
  clock: Clock,
  as: string,
  lines: string[],
): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  await runConsole({
    handle,
    config: loadConfig({}),
    input: Readable.from([`${lines.join('\n')}\n`]),
    output,
    as,
    clock,
    logger: silentLogger,
  });
  return chunks.join('');
}
