import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import { type Logger, safeJson } from '../../logger.ts';

// Bolt logs through its own Logger interface; this routes it into our pino JSON logs.
export function toBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  let level: LogLevel = LogLevel.INFO;
  // Objects go through safeJson: an SDK logs failed requests whole, token and message body included.
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : safeJson(m))).join(' ');
  return {
    // Bolt logs at debug on every request; format only what will be written.
    debug: (...msg) => child.isLevelEnabled('debug') && child.debug(text(msg)),
    info: (...msg) => child.isLevelEnabled('info') && child.info(text(msg)),
    warn: (...msg) => child.warn(text(msg)),
    error: (...msg) => child.error(text(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
