import type { Config } from '../../config.ts';
import type { Interpreter } from '../../conversation/understanding-adapter.ts';
import type { DatabaseHandle } from '../../db/connection.ts';
import type { Logger } from '../../logger.ts';
import type { ConsoleCommand } from './console-chat.ts';
import { DEFAULT_CONSOLE_USER, runConsole } from './run-console.ts';

/** `--as <handle>` or `--as=<handle>` from the command line; the default demo user otherwise. */
export function consoleUserFromArgs(argv: string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--as' && argv[i + 1]) return argv[i + 1] as string;
    if (arg.startsWith('--as=')) return arg.slice('--as='.length);
  }
  return DEFAULT_CONSOLE_USER;
}

/**
 * `npm start` without Slack or Teams credentials: the chat on standard input/output. Interactive on a
 * terminal; otherwise one message per line, replies printed, so a conversation can be scripted.
 */
export async function startConsole(options: {
  handle: DatabaseHandle;
  config: Config;
  logger: Logger;
  argv?: string[];
  commands?: Record<string, ConsoleCommand>;
  interpreter?: Interpreter;
  /** Called once the first prompt is shown (the scheduled rules start then, not before). */
  onReady?: () => void;
}): Promise<void> {
  await runConsole({
    handle: options.handle,
    config: options.config,
    logger: options.logger,
    input: process.stdin,
    output: process.stdout,
    as: consoleUserFromArgs(options.argv ?? process.argv.slice(2)),
    interactive: Boolean(process.stdin.isTTY),
    commands: options.commands,
    interpreter: options.interpreter,
    onReady: options.onReady,
  });
}
