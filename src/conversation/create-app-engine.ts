import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import type { Logger } from '../logger.ts';
import { interpretOffline } from '../understanding/offline-interpreter.ts';
import type { LeadSettings } from '../use-cases/context.ts';
import { actionRegistry, argumentOptions } from './action-registry.ts';
import { createConversationEngine } from './conversation-engine.ts';
import type { ConversationEngine } from './engine-contract.ts';
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
  /** How long a confirmation stays usable (CONFIRMATION_TTL_MINUTES). */
  pendingTtlMs?: number;
}): ConversationEngine {
  return createConversationEngine({
    db: options.db,
    understanding: understandingFrom(options.interpreter ?? { interpret: interpretOffline }),
    registry: actionRegistry,
    argumentOptions,
    logger: options.logger,
    clock: options.clock,
    leadSettings: options.leadSettings,
    pendingTtlMs: options.pendingTtlMs,
  });
}
