import { joinTransaction } from '../../db/join-transaction.ts';
import { isDomainError } from '../../domain/errors.ts';
import { refusalText, say } from '../../i18n/messages.ts';
import type { ActionName, CommandArgs, PlanView } from '../action-registry.types.ts';
import { actionDone, outcomeWord } from '../action-words.ts';
import { caseNumbersOfReplies, sharedChannelOf } from '../channel-privacy.ts';
import {
  findPendingByToken,
  type PendingCommand,
  usePendingCommand,
} from '../conversation-memory.repository.ts';
import type { Reply } from '../reply.ts';
import { answerRead } from './advancing.ts';
import { askAfterRefusal } from './advising.ts';
import type { EngineDeps, Turn } from './engine-deps.ts';
import { openPending, PLAN_SUMMARY, THEN_PLAN } from './pending-state.ts';
import { alreadyConfirmed, confirmationReply, settle } from './presenting.ts';

// Confirming a state change: plan (the use case's check) → the asker confirms → executed once, in the
// same transaction that uses the confirmation up. A 'needs confirmation' refusal ("are you sure?") is
// confirmed first, then the plan itself.

/** Opens the confirmation of a plan (stage 'confirm') and shows it. */
export async function offerConfirmation(
  e: EngineDeps,
  turn: Turn,
  action: ActionName,
  args: CommandArgs,
  plan: PlanView,
  title = say('chat4.engine.confirm_title'),
): Promise<Reply[]> {
  // The reply names the same numbers whatever its token: their debtors come with the write, for channel
  // privacy (one round trip fewer per confirmation offered in a channel).
  const named = sharedChannelOf(turn.surface, turn.conversationKey)
    ? caseNumbersOfReplies([confirmationReply('', plan, title, e.pendingTtlMs, action, args)])
    : [];
  const pending = await openPending(
    e,
    turn,
    { stage: 'confirm', action, args: { ...args, [PLAN_SUMMARY]: plan.summary } },
    named,
  );
  return [confirmationReply(pending.token, plan, title, e.pendingTtlMs, action, args)];
}

/** A state change with all its arguments: check it, then ask for the confirmation of exactly that. */
export async function planChange(
  e: EngineDeps,
  turn: Turn,
  action: ActionName,
  args: CommandArgs,
): Promise<Reply[]> {
  const handler = e.registry[action];
  if (!handler) return [{ text: say('engine.cannot_do', { action }) }];
  if (handler.kind === 'read') return [await answerRead(turn, action, handler, args)];
  try {
    const plan = await handler.check(turn.ctx, args);
    return await offerConfirmation(e, turn, action, args, plan);
  } catch (error) {
    // A refusal one more argument resolves (a close as Paid with no payment: its amount).
    const asked = await askAfterRefusal(e, turn, action, args, error);
    if (asked) return asked;
    if (isDomainError(error) && error.code === 'needs_confirmation' && handler.acknowledge) {
      // First why it is unusual; once confirmed, the plan itself is shown for a second confirmation.
      return offerConfirmation(
        e,
        turn,
        action,
        { ...handler.acknowledge(args), [THEN_PLAN]: true },
        { summary: refusalText(error) },
        say('chat4.engine.sure_title'),
      );
    }
    throw error;
  }
}

/** The asker confirmed: run the plan once (or show the plan, after an "are you sure?"). */
export async function confirm(e: EngineDeps, turn: Turn, pending: PendingCommand): Promise<Reply[]> {
  const already = [alreadyConfirmed()];
  const { [THEN_PLAN]: thenPlan, [PLAN_SUMMARY]: summary, ...args } = pending.args;
  const action = pending.action as ActionName;
  const handler = e.registry[action];
  // The pressed message is settled: its buttons replaced by what happened to the plan (`summary`).
  const settled = (replies: Reply[], outcome: string) =>
    settle(turn, e.clock.now(), replies, outcome, summary);
  if (thenPlan || handler?.kind !== 'change') {
    if (!(await usePendingCommand(e.db, pending.token, turn.actor.userId, e.clock.now(), turn.eventId)))
      return already;
    if (handler?.kind !== 'change') return [{ text: say('engine.no_longer') }];
    return settled(await planChange(e, turn, action, args), outcomeWord('confirmed'));
  }
  // This very delivery carried the action out before a crash cost its answer: tell it, do not redo it.
  const carriedOut = [
    {
      text: say('engine.carried_out', {
        has: summary ? 'yes' : 'no',
        summary: summary ? String(summary) : '',
      }),
    },
  ];
  if (turn.eventId && pending.usedByEvent === turn.eventId) return settled(carriedOut, actionDone(action));
  try {
    // The confirmation is used up in the action's own transaction: both commit, or neither does, and
    // a second click waits on the first's row lock and then finds it used.
    const reply = await e.db.transaction().execute(async (trx) => {
      const now = e.clock.now();
      if (!(await usePendingCommand(trx, pending.token, turn.actor.userId, now, turn.eventId, false)))
        return null;
      return handler.execute({ ...turn.ctx, db: joinTransaction(trx) }, args);
    });
    if (reply) return settled([reply], actionDone(action));
    // Used meanwhile: by another click, or by a run of this same delivery (one taken up after a crash).
    const latest = await findPendingByToken(e.db, pending.token);
    return turn.eventId && latest?.usedByEvent === turn.eventId
      ? settled(carriedOut, actionDone(action))
      : already;
  } catch (error) {
    if (!isDomainError(error)) throw error; // rolled back with the action: the confirmation still works
    // A refusal is the answer to this confirmation, as final as the action would have been.
    await usePendingCommand(e.db, pending.token, turn.actor.userId, e.clock.now());
    if (error.code === 'needs_confirmation' && handler.acknowledge) {
      const again = await offerConfirmation(
        e,
        turn,
        action,
        handler.acknowledge(args),
        { summary: refusalText(error) },
        say('chat4.engine.sure_title'),
      );
      return settled(again, outcomeWord('confirmed'));
    }
    return settled([{ text: refusalText(error) }], outcomeWord('refused'));
  }
}
