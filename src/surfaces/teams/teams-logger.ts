import type { ILogger } from '@microsoft/teams.common/logging';
import { type Logger, safeJson } from '../../logger.ts';

// The Teams SDK logs to the console by default; this routes it into our pino JSON logs on standard error.
export function toTeamsLogger(logger: Logger): ILogger {
  // Objects go through safeJson: an SDK logs failed requests whole, token and message body included.
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : safeJson(m))).join(' ');
  const make = (l: Logger): ILogger => ({
    debug: (...msg) => l.isLevelEnabled('debug') && l.debug(text(msg)),
    trace: (...msg) => l.isLevelEnabled('trace') && l.trace(text(msg)),
    info: (...msg) => l.isLevelEnabled('info') && l.info(text(msg)),
    warn: (...msg) => l.warn(text(msg)),
    error: (...msg) => l.error(text(msg)),
    log: (level, ...msg) => l.isLevelEnabled(level) && l[level](text(msg)),
    child: (name) => make(l.child({ component: name })),
  });
  return make(logger.child({ component: 'teams-sdk' }));
}
