import { findUser } from '../../db/repositories/user.repository.ts';
import { say } from '../../i18n/messages.ts';
import type { ActionName } from '../action-registry.types.ts';
import { outcomeWord } from '../action-words.ts';
import { invalidChoice } from '../choice-check.ts';
import { findPendingByTokenAndCase, usePendingCommand } from '../conversation-memory.repository.ts';
import type { Reply } from '../reply.ts';
import { advance } from './advancing.ts';
import { chosen } from './advising.ts';
import { confirm, planChange } from './confirming.ts';
import { type EngineDeps, type Turn, takeOpening } from './engine-deps.ts';
import { OFFERED, PLAN_SUMMARY } from './pending-state.ts';
import { cancelled, settle } from './presenting.ts';

// A button or a numbered choice: `confirm:<token>`, `cancel:<token>` or `choose:<token>:<option>`, each
// bound to one pending command (pending-state.ts) and so to the person who asked.

/** The pending command a choice's value names. */
export function choiceToken(value: string): string {
  return value.split(':')[1] ?? '';
}

export async function choose(e: EngineDeps, turn: Turn, value: string): Promise<Reply[]> {
  const [verb, token = '', option] = value.split(':');
  // Read with the speaker (speaker.ts), with the conversation's case for channel privacy.
  const opening = takeOpening(turn);
  const { pending, caseId } =
    opening && opening.token === token
      ? opening
      : await findPendingByTokenAndCase(e.db, token, turn.surface, turn.conversationKey);
  turn.ctx.reads?.sawConversationCase(caseId);
  const usedBefore = pending?.usedAt && !(turn.eventId && pending.usedByEvent === turn.eventId);
  if (!pending || usedBefore || pending.expiresAt <= e.clock.now()) {
    return [{ text: say('engine.choice_expired'), private: true }];
  }
  if (pending.userId !== turn.actor.userId) {
    const asker = await findUser(e.db, pending.userId);
    return [
      {
        text: say('engine.choice_not_yours', { known: asker ? 'yes' : 'no', name: asker?.name ?? '' }),
        private: true,
      },
    ];
  }
  if (verb === 'cancel') {
    await usePendingCommand(e.db, pending.token, turn.actor.userId, e.clock.now(), turn.eventId);
    return settle(turn, e.clock.now(), [cancelled()], outcomeWord('cancelled'), pending.args[PLAN_SUMMARY]);
  }
  if (verb === 'confirm' && pending.stage === 'confirm') return confirm(e, turn, pending);
  if (verb === 'choose' && option) {
    const invalid = invalidChoice(pending, option);
    if (invalid) return [{ text: invalid, private: true }];
    if (!(await usePendingCommand(e.db, pending.token, turn.actor.userId, e.clock.now(), turn.eventId))) {
      return [{ text: say('engine.choice_used'), private: true }];
    }
    const action = pending.action as ActionName;
    const { [OFFERED]: _offered, ...asked } = pending.args;
    if (pending.stage === 'ask' && pending.missing) {
      const next = await advance(e, turn, action, { ...asked, [pending.missing]: option });
      return settle(turn, e.clock.now(), next, outcomeWord('chosen'));
    }
    // A choice the command's advice offered (a suggested close code, or keep Other).
    const planned = await planChange(e, turn, action, chosen(action, pending.args, option));
    return settle(turn, e.clock.now(), planned, outcomeWord('chosen'));
  }
  return [{ text: say('engine.choice_unknown'), private: true }];
}
