import { isCaseNumber } from '../../domain/ids.ts';
import type { ActionName, CommandArgs } from '../action-registry.types.ts';
import {
  type ConversationMemoryWrites,
  findOpenQuestion,
  findOpenQuestionAndCase,
  type PendingCommand,
  type PendingStage,
  writeConversationMemory,
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

// Closing the speaker's questions and remembering the thread's case are held back until the turn opens
// a pending command, and written with it in one statement (a mention asking for confirmation did three
// round trips). A turn that opens none writes them at its end (`writeHeldBack`, called by the engine's
// turnOf on success and on failure alike). Nothing a turn reads in between depends on them: the turn read
// the open question and the thread's case before it decided to close or remember, and the use cases
// read cases, not the conversation's memory.
type HeldBack = Pick<ConversationMemoryWrites, 'closeAt' | 'remember'>;
const heldBack = new WeakMap<Turn, HeldBack>();

function holdBack(turn: Turn): HeldBack {
  let held = heldBack.get(turn);
  if (!held) {
    held = {};
    heldBack.set(turn, held);
  }
  return held;
}

function takeHeldBack(turn: Turn): HeldBack {
  const held = heldBack.get(turn) ?? {};
  heldBack.delete(turn);
  return held;
}

/** A failed write gives back what it took, so the end of the turn still writes it, as before. */
function giveBack(turn: Turn, held: HeldBack): void {
  const now = holdBack(turn);
  now.closeAt ??= held.closeAt;
  now.remember ??= held.remember;
}

function memoryOf(turn: Turn, held: HeldBack): ConversationMemoryWrites {
  return {
    surface: turn.surface,
    conversationKey: turn.conversationKey,
    userId: turn.actor.userId,
    eventId: turn.eventId,
    ...held,
  };
}

/** Opens a pending command of the speaker's in this conversation (with what the turn held back). */
export async function openPending(
  e: EngineDeps,
  turn: Turn,
  p: { stage: PendingStage; action: ActionName; args: CommandArgs; missing?: string },
  /** Case numbers the reply that offers it names: their private-person debtors are read with the write. */
  named: number[] = [],
): Promise<PendingCommand> {
  const held = takeHeldBack(turn);
  const reads = turn.ctx.reads;
  const debtorsOf = reads?.unknownDebtors(named) ?? [];
  const pending = await writeConversationMemory(e.db, {
    ...memoryOf(turn, held),
    ...(reads && debtorsOf.length > 0 ? { debtorsOf } : {}),
    pending: {
      stage: p.stage,
      action: p.action,
      args: p.args,
      missing: p.missing,
      now: e.clock.now(),
      ttlMs: e.pendingTtlMs,
    },
  }).catch((error: unknown) => {
    giveBack(turn, held);
    throw error;
  });
  if (!pending) throw new Error('the pending command was not written');
  if (pending.personDebtors) reads?.sawPersonDebtors(debtorsOf, pending.personDebtors);
  return pending;
}

/** Writes what the turn held back and no pending command carried: once, at the end of the turn. */
export async function writeHeldBack(e: EngineDeps, turn: Turn): Promise<void> {
  const held = takeHeldBack(turn);
  await writeConversationMemory(e.db, memoryOf(turn, held));
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

/**
 * The speaker's open questions in this conversation end: a new command or a cancel replaces them.
 * Written with the turn's next pending command, or at the end of the turn.
 */
export function closeQuestionsOf(_e: EngineDeps, turn: Turn, now: Date): void {
  holdBack(turn).closeAt = now;
}

/**
 * The case a conversation is about, so that "and the status?" in the thread needs no number.
 * Written with the turn's next pending command, or at the end of the turn.
 */
export function rememberCase(e: EngineDeps, turn: Turn, caseId: unknown): void {
  const id = Number(caseId);
  // Only a number that can be a case: "status of case 3000000000" must not reach an integer column.
  if (isCaseNumber(String(caseId ?? '').trim())) {
    holdBack(turn).remember = { caseId: id, at: e.clock.now() };
    turn.ctx.reads?.rememberedCase(id);
  }
}
