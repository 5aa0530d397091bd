import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeButtonValue } from '../../choice-value.ts';
import { postReplies } from '../../post-replies.ts';
import { type SlackDeps, SORRY } from '../../slack-deps.ts';

// A click on one of the engine's choices (Confirm, Cancel, a suggested code…) goes back as IncomingChoice.
export function choiceButton(deps: SlackDeps) {
  return async ({
    action,
    ack,
    body,
    client,
    respond,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>) => {
    await ack();
    const decoded = decodeButtonValue(action.value);
    if (!decoded) return;
    // Each click has its own trigger; a redelivered click has the same one.
    const eventId = `action:${body.trigger_id}:${action.action_ts}`;
    if (!deps.recent.firstTime(eventId)) return;
    const ephemeral = (body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral === true;
    const target = { conversationKey: decoded.k, userId: body.user.id, ...(ephemeral ? { respond } : {}) };
    try {
      const replies = await deps.engine.handleChoice({
        surface: 'slack',
        userExternalId: body.user.id,
        conversationKey: decoded.k,
        value: decoded.v,
        eventId,
      });
      await postReplies(client, target, replies);
      deps.logger.info(
        { kind: 'block_actions', eventId, conversationKey: target.conversationKey, replies: replies.length },
        'slack interaction answered',
      );
    } catch (error) {
      deps.logger.error({ err: error, eventId }, 'choice failed');
      await postReplies(client, target, [{ text: SORRY }]).catch(() => {});
    }
  };
}
