import type { Kysely } from 'kysely';
import type { CommandSpec } from '../../commands/command-spec.ts';
import { COMMANDS } from '../../commands/command-table.ts';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../domain/actor.ts';
import type { Clock } from '../../domain/clock.ts';
import type { Logger } from '../../logger.ts';
import type { LeadSettings, UseCaseContext } from '../../use-cases/context.ts';
import type { ActionRegistry, Understanding } from '../action-registry.types.ts';
import type { PendingCommand } from '../conversation-memory.repository.ts';
import type { ChatSurface } from '../engine-contract.ts';
import type { UnlinkedHandler } from '../linking/self-linking.ts';

// What every part of the engine is given (see docs/notes/engine-split.md): the database, the
// understanding, the handlers, the clock, and how long a question stays open.

export interface EngineDeps {
  db: Kysely<Database>;
  understanding: Understanding;
  registry: ActionRegistry;
  logger: Logger;
  clock: Clock;
  /** How long a question or a confirmation stays open (CONFIRMATION_TTL_MINUTES). */
  pendingTtlMs: number;
  leadSettings?: LeadSettings;
  /** Someone not linked yet: self-service linking (src/conversation/linking); without it, notLinkedText. */
  unlinked?: UnlinkedHandler;
  /** The surface's locale of a person (Slack users.info), asked once when the user has none stored. */
  localeDirectory?: LocaleDirectory;
}

/** The locale a chat surface knows for a person ('da-DK'), or null. */
export type LocaleDirectory = (who: {
  surface: ChatSurface;
  userExternalId: string;
  workspaceId?: string;
}) => Promise<string | null>;

/** Where a message comes from, once the speaker is known. */
export interface Turn {
  surface: ChatSurface;
  conversationKey: string;
  actor: Actor;
  ctx: UseCaseContext;
  /** The delivery being handled: what it used and asked is marked with it (see findOpenQuestion). */
  eventId?: string;
  /** The speaker's locale ('da-DK'); the turn's replies are said in it (src/i18n/messages.ts). */
  locale?: string;
  /**
   * What the step reads first, read with the speaker (speaker.ts `begin`): the open question (or, for a
   * click, the pending command of `token`) and the conversation's case. Taken once (`takeOpening`).
   */
  opening?: { pending: PendingCommand | null; caseId: number | null; token?: string };
}

/** The turn's opening read, once: a later read in the same turn must go to the database. */
export function takeOpening(turn: Turn): Turn['opening'] {
  const opening = turn.opening;
  turn.opening = undefined;
  return opening;
}

/** The command table's entry for an action, or undefined for a name it does not know. */
export function commandSpec(action: string): CommandSpec | undefined {
  return Object.hasOwn(COMMANDS, action)
    ? (COMMANDS[action as keyof typeof COMMANDS] as CommandSpec)
    : undefined;
}

/** Every command of the table, for the hooks read before the interpreter (a form opened by its words). */
export const ALL_COMMANDS: readonly CommandSpec[] = Object.values(COMMANDS) as CommandSpec[];
