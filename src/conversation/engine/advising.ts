import type { Advice } from '../../commands/command-spec.ts';
import { isDomainError } from '../../domain/errors.ts';
import { refusalText } from '../../i18n/messages.ts';
import type { ActionName, CommandArgs } from '../action-registry.types.ts';
import type { Reply } from '../reply.ts';
import { ask } from './asking.ts';
import { commandSpec, type EngineDeps, type Turn } from './engine-deps.ts';
import { openPending } from './pending-state.ts';
import { adviceReply } from './presenting.ts';

// Advising: what the platform says about a command before its plan is shown. What the advice is belongs
// to the command (`prepare`, `advice`, `askOnRefusal` in src/commands/*): a vague decline reason asked
// again, Other with a more specific close code, the payment words of a close comment, the amount a close
// as Paid needs. The engine runs the hooks in order and knows no command by name.

/** Refusals the user must hear before being asked anything more. */
const BLOCKING_CODES = new Set([
  'forbidden',
  'not_found',
  'invalid_state',
  'sdca_not_signed',
  'already_done',
  'conflict',
]);

/** The command's own tidying of its arguments, each time it moves forward. */
export async function prepare(e: EngineDeps, action: ActionName, args: CommandArgs): Promise<CommandArgs> {
  const hook = commandSpec(action)?.prepare;
  return hook ? hook(args, e.understanding) : args;
}

/** Whether the command has advice for these arguments (and so its refusals come before it). */
export function hasAdvice(action: ActionName, args: CommandArgs): boolean {
  return commandSpec(action)?.advice?.when(args) ?? false;
}

/** Refusals come first: a check with what is known so far, before asking for what is missing. */
export async function refusalBeforeAsking(
  e: EngineDeps,
  turn: Turn,
  action: ActionName,
  args: CommandArgs,
): Promise<Reply[] | null> {
  const handler = e.registry[action];
  const check = handler?.kind === 'change' ? (handler.precheck ?? handler.check) : handler?.precheck;
  if (!check || !args.caseId) return null;
  try {
    await check(turn.ctx, args);
    return null;
  } catch (error) {
    if (isDomainError(error) && BLOCKING_CODES.has(error.code)) return [{ text: refusalText(error) }];
    return null; // a missing or invalid argument: that is what we are about to ask for
  }
}

/**
 * The command's advice once every argument is given: the arguments to plan with, or the replies that
 * come first (the argument asked again, or a choice offered as a pending 'choose').
 */
export async function advise(
  e: EngineDeps,
  turn: Turn,
  action: ActionName,
  args: CommandArgs,
): Promise<{ args: CommandArgs } | { replies: Reply[] }> {
  const advice = commandSpec(action)?.advice;
  if (!advice?.when(args)) return { args };
  const given: Advice = await advice.give(args, e.understanding);
  if (given.kind === 'go') return { args: given.args };
  if (given.kind === 'ask')
    return { replies: await ask(e, turn, action, given.args, given.missing, given.note) };
  const pending = await openPending(e, turn, { stage: 'choose', action, args: given.args });
  return { replies: [adviceReply(pending.token, given)] };
}

/** The arguments once an option the advice offered is picked. */
export function chosen(action: ActionName, args: CommandArgs, option: string): CommandArgs {
  const pick = commandSpec(action)?.advice?.chosen;
  return pick ? pick(args, option) : args;
}

/** A refusal of the check that the command resolves by asking one more argument; null when it is final. */
export async function askAfterRefusal(
  e: EngineDeps,
  turn: Turn,
  action: ActionName,
  args: CommandArgs,
  error: unknown,
): Promise<Reply[] | null> {
  if (!isDomainError(error)) return null;
  const more = commandSpec(action)?.askOnRefusal?.(error, args);
  return more ? ask(e, turn, action, args, more.missing, more.note) : null;
}
