import { firstMissing } from '../../commands/command-table.ts';
import type { Actor } from '../../domain/actor.ts';
import type { ActionName, CommandArgs, ReadHandler } from '../action-registry.types.ts';
import { COMPLETION_NOTE } from '../action-registry.types.ts';
import type { Reply } from '../reply.ts';
import { advise, hasAdvice, prepare, refusalBeforeAsking } from './advising.ts';
import { ask } from './asking.ts';
import { planChange } from './confirming.ts';
import { ALL_COMMANDS, type EngineDeps, type Turn } from './engine-deps.ts';
import { rememberCase, SAID } from './pending-state.ts';
import { presentAnswer } from './presenting.ts';

// Moving a command forward, one step per message: tidy the arguments, fill in what the case tells,
// refuse early, ask for what is missing, advise, then plan the change (or answer the question).
//
//   advance ─▶ prepare ─▶ complete ─▶ read? answer
//                                  └▶ refusal? ─▶ missing? ask ─▶ advice? ─▶ planChange (confirming.ts)

/** Moves a command forward: refuse, ask, advise, or offer the confirmation. */
export async function advance(
  e: EngineDeps,
  turn: Turn,
  action: ActionName,
  given: CommandArgs,
): Promise<Reply[]> {
  // Nothing here writes a case (only the conversation's memory): the early check and the plan share
  // their reads (src/use-cases/turn-reads.ts), which were two round trips each for the same rows.
  const reads = turn.ctx.reads;
  return reads
    ? reads.sharing(() => advanceOnce(e, turn, action, given))
    : advanceOnce(e, turn, action, given);
}

async function advanceOnce(
  e: EngineDeps,
  turn: Turn,
  action: ActionName,
  given: CommandArgs,
): Promise<Reply[]> {
  rememberCase(e, turn, given.caseId);
  const handler = e.registry[action];
  let args = await prepare(e, action, given);
  // What the registry can fill in from the case itself (a quote named by its partner's name).
  if (handler?.kind === 'change' && handler.complete && args.caseId) {
    args = await handler.complete(turn.ctx, args).catch(() => args);
  }
  const { [SAID]: _said, [COMPLETION_NOTE]: note, ...rest } = args;
  args = rest;
  if (handler?.kind === 'read') {
    const missing = firstMissing(action, args)?.name;
    if (missing) {
      const refusal = await refusalBeforeAsking(e, turn, action, args);
      if (refusal) return refusal;
      return ask(e, turn, action, args, missing);
    }
    return [await answerRead(turn, action, handler, args)];
  }
  const missing = firstMissing(action, args)?.name;
  // With everything given, planChange checks anyway; the early check is for what comes before it.
  if (missing || hasAdvice(action, args)) {
    const refusal = await refusalBeforeAsking(e, turn, action, args);
    if (refusal) return refusal;
  }
  if (missing) return ask(e, turn, action, args, missing, typeof note === 'string' ? note : undefined);
  const advised = await advise(e, turn, action, args);
  if ('replies' in advised) return advised.replies;
  return planChange(e, turn, action, advised.args);
}

/** A read command's answer, through the one place that decides who sees it. */
export async function answerRead(
  turn: Turn,
  action: ActionName,
  handler: ReadHandler,
  args: CommandArgs,
): Promise<Reply> {
  return presentAnswer(turn, action, await handler.answer(turn.ctx, args));
}

/** A command whose words open its form at once ("submit a case"), or null. */
export function opensForm(text: string): { reply(actor: Actor): Reply } | null {
  return ALL_COMMANDS.find((spec) => spec.opensForm?.words.test(text))?.opensForm ?? null;
}
