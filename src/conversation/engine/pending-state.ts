import { isCaseNumber } from '../../domain/ids.ts';
import type { ActionName, CommandArgs } from '../action-registry.types.ts';
import {
  closeOpenQuestions,
  createPendingCommand,
  findOpenQuestion,
  findOpenQuestionAndCase,
  type PendingCommand,
  type PendingStage,
  rememberConversationCase,
} from '../conversation-memory.repository.ts';
import type { EngineDeps, Turn } from './engine-deps.ts';

// What is open between the bot and one person in one conversation: at most one pending command, in
// one of three stages, stored in pending_commands (conversation-memory.repository.ts) so that any
// instance carries on after a restart.
//
//   ask      a question: one argument (`missing`) the command still needs; answered in words or by a choice
//   choose   a choice the command's advice offered (a more specific close code, or keep Other)
//   confirm  the plan of a state change, run once when the asker confirms
//
// Each is used once (usePendingCommand), by the person who asked, before it expires; a new command or
// "cancel" closes the speaker's open questions.

/** Marks an acknowledged 'needs confirmation': confirming it shows the plan rather than running it. */
export const THEN_PLAN = '__thenPlan';
/** The plan the user confirmed, kept to tell them it was done if a crash cost the first answer. */
export const PLAN_SUMMARY = '__summary';
/** The options a question offered, in order: "2" answers it with the second, and only while it is open. */
export const OFFERED = '__offered';
/** The words of the message, for an argument the registry reads from them (a quote named by its partner). */
export const SAID = 'said';

/** Opens a pending command of the speaker's in this conversation. */
export function openPending(
  e: EngineDeps,
  turn: Turn,
  p: { stage: PendingStage; action: ActionName; args: CommandArgs; missing?: string },
): Promise<PendingCommand> {
  return createPendingCommand(e.db, {
    surface: turn.surface,
    conversationKey: turn.conversationKey,
    userId: turn.actor.userId,
    stage: p.stage,
    action: p.action,
    args: p.args,
    missing: p.missing,
    now: e.clock.now(),
    ttlMs: e.pendingTtlMs,
    eventId: turn.eventId,
  });
}

/** The speaker's open question or confirmation in this conversation, if any. */
export function openPendingOf(e: EngineDeps, turn: Turn, now: Date): Promise<PendingCommand | null> {
  return findOpenQuestion(e.db, turn.surface, turn.conversationKey, turn.actor.userId, now, turn.eventId);
}

/** The same, and the case the conversation is about, read together (one round trip; a typed message needs both). */
export function openPendingAndCaseOf(
  e: EngineDeps,
  turn: Turn,
  now: Date,
): Promise<{ pending: PendingCommand | null; caseId: number | null }> {
  return findOpenQuestionAndCase(
    e.db,
    turn.surface,
    turn.conversationKey,
    turn.actor.userId,
    now,
    turn.eventId,
  );
}

/** The speaker's open questions in this conversation end: a new command or a cancel replaces them. */
export function closeQuestionsOf(e: EngineDeps, turn: Turn, now: Date): Promise<unknown> {
  return closeOpenQuestions(e.db, turn.surface, turn.conversationKey, turn.actor.userId, now, turn.eventId);
}

/** The case a conversation is about, so that "and the status?" in the thread needs no number. */
export async function rememberCase(e: EngineDeps, turn: Turn, caseId: unknown): Promise<void> {
  const id = Number(caseId);
  // Only a number that can be a case: "status of case 3000000000" must not reach an integer column.
  if (isCaseNumber(String(caseId ?? '').trim())) {
    await rememberConversationCase(e.db, turn.surface, turn.conversationKey, id, e.clock.now());
  }
}
