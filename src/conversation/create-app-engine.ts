import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { type Clock, systemClock } from '../domain/clock.ts';
import type { Logger } from '../logger.ts';
import { measureActions, measureEngine, measureUnderstanding } from '../observability/instrumentation.ts';
import { interpretOffline } from '../understanding/offline-interpreter.ts';
import type { LeadSettings } from '../use-cases/context.ts';
import { actionRegistry } from './action-registry.ts';
import { withChannelPrivacy } from './channel-privacy.ts';
import { createConversationEngine } from './conversation-engine.ts';
import type { LocaleDirectory } from './engine/engine-deps.ts';
import type { ConversationEngine } from './engine-contract.ts';
import { limitInFlight } from './in-flight-limit.ts';
import {
  createLinkCodeGuard,
  DEFAULT_LINK_CODE_GUARD,
  type LinkCodeGuardSettings,
} from './linking/link-code-guard.ts';
import { createSelfLinking, type EmailDirectory } from './linking/self-linking.ts';
import { type MessageRateLimit, withMessageRateLimit } from './rate-limit.ts';
import { type Interpreter, understandingFrom } from './understanding-adapter.ts';

/**
 * The engine every surface talks to, wired to the platform's use cases. Pass the configured interpreter
 * (offline, LLM or hybrid); without one the offline interpreter is used.
 */
export function createAppConversationEngine(options: {
  db: Kysely<Database>;
  logger: Logger;
  clock?: Clock;
  interpreter?: Interpreter;
  leadSettings?: LeadSettings;
  /** Messages handled at once (MAX_IN_FLIGHT); beyond it people are told the bot is busy. Default 64. */
  maxInFlight?: number;
  /** How long a confirmation stays usable (CONFIRMATION_TTL_MINUTES). */
  pendingTtlMs?: number;
  /** Messages per user per minute; without it, no limit (tests, the console). */
  rateLimit?: MessageRateLimit;
  /** Self-service linking of the unlinked; without it, in-memory code-guess limits and no e-mail offer. */
  linking?: { guard?: LinkCodeGuardSettings; emailDirectory?: EmailDirectory };
  /** The surface's locale of a person (Slack users.info), asked once per person who has none stored. */
  localeDirectory?: LocaleDirectory;
}): ConversationEngine {
  const unlinked = createSelfLinking({
    db: options.db,
    clock: options.clock ?? systemClock,
    logger: options.logger,
    guard: createLinkCodeGuard({
      ...(options.linking?.guard ?? { ...DEFAULT_LINK_CODE_GUARD, store: 'memory' }),
      db: options.db,
      logger: options.logger,
    }),
    emailDirectory: options.linking?.emailDirectory,
  });
  // Wrapped for the metrics (messages, interpretation latency, actions); the engine itself knows none.
  // Channel privacy: look-ups stay with the asker and private persons go unnamed where a channel reads.
  const core = createConversationEngine({
    db: options.db,
    understanding: measureUnderstanding(
      understandingFrom(options.interpreter ?? { interpret: interpretOffline }),
    ),
    registry: measureActions(actionRegistry),
    logger: options.logger,
    clock: options.clock,
    leadSettings: options.leadSettings,
    pendingTtlMs: options.pendingTtlMs,
    unlinked,
    localeDirectory: options.localeDirectory,
  });
  const engine = withChannelPrivacy(core, { db: options.db, logger: options.logger });
  const limited = options.rateLimit
    ? withMessageRateLimit(engine, { ...options.rateLimit, db: options.db, logger: options.logger })
    : engine;
  return measureEngine(limitInFlight(limited, { max: options.maxInFlight, logger: options.logger }));
}
