import type { Readable, Writable } from 'node:stream';
import type { Config } from '../../config.ts';
import { createAppConversationEngine } from '../../conversation/create-app-engine.ts';
import type { Interpreter } from '../../conversation/understanding-adapter.ts';
import type { DatabaseHandle } from '../../db/connection.ts';
import { createDeliveryWorker, unconfiguredEmailSender } from '../../delivery/outbox-worker.ts';
import { type Clock, systemClock } from '../../domain/clock.ts';
import { createLogger, type Logger } from '../../logger.ts';
import { createInterpreter } from '../../understanding/interpreter.ts';
import { createEmailNoticeSender, smtpSettingsFromConfig } from '../email/email-notice-sender.ts';
import { type ConsoleCommand, runConsoleChat } from './console-chat.ts';
import { createConsoleNoticeSender, formatWouldEmail } from './console-notice-sender.ts';

export interface RunConsoleOptions {
  handle: DatabaseHandle;
  config: Config;
  input: Readable;
  output: Writable;
  /** The console user to start as, e.g. `nordic-partner`. */
  as?: string;
  interactive?: boolean;
  clock?: Clock;
  logger?: Logger;
  /** Defaults to the configured interpreter (offline, or hybrid when an LLM is configured). */
  interpreter?: Interpreter;
  /** Extra slash commands, e.g. `/jobs`. */
  commands?: Record<string, ConsoleCommand>;
  /** Called once the first prompt is shown. */
  onReady?: () => void;
}

export const DEFAULT_CONSOLE_USER = 'nordic-partner';

/** The whole local product on one database: the engine, the chat, and notices delivered to the terminal. */
export async function runConsole(options: RunConsoleOptions): Promise<void> {
  const { handle, config, input, output } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const engine = createAppConversationEngine({
    db: handle.db,
    logger,
    clock,
    interpreter: options.interpreter ?? createInterpreter(config),
    leadSettings: {
      windowBusinessHours: config.QUOTE_WINDOW_BUSINESS_HOURS,
      expectedQuotes: config.EXPECTED_QUOTES,
    },
  });
  // E-mail for the people linked on no surface: real SMTP when configured; otherwise shown here as
  // "would e-mail" and parked with 'no e-mail transport configured', so support sees it (never lost).
  const smtp = smtpSettingsFromConfig(config);
  const delivery = (print: (line: string) => void) =>
    createDeliveryWorker({
      db: handle.db,
      sender: createConsoleNoticeSender(print),
      email: smtp
        ? createEmailNoticeSender(smtp)
        : unconfiguredEmailSender(logger, (notice, address) => print(formatWouldEmail(notice, address))),
      channels: config,
      logger,
      clock,
    });
  await runConsoleChat({
    db: handle.db,
    engine,
    delivery,
    input,
    output,
    as: options.as ?? DEFAULT_CONSOLE_USER,
    interactive: options.interactive ?? false,
    commands: options.commands,
    onReady: options.onReady,
  });
}
