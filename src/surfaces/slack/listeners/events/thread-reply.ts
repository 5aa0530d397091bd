import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { conversationKey } from '../../conversation-key.ts';
import { postReplies } from '../../post-replies.ts';
import { type SlackDeps, SORRY } from '../../slack-deps.ts';

// A plain reply in a channel thread where the bot just asked something: the answer to its question.
// Messages that mention the bot are left to app_mention, so nothing is handled twice.
export function threadReply(deps: SlackDeps) {
  return async ({
    event,
    body,
    client,
    context,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>) => {
    if (event.channel_type !== 'channel' && event.channel_type !== 'group') return;
    if (event.subtype !== undefined) return;
    const message = event as { user?: string; text?: string; thread_ts?: string; bot_id?: string };
    if (!message.thread_ts || !message.user || message.bot_id || !message.text) return;
    if (context.botUserId && message.text.includes(`<@${context.botUserId}`)) return;
    const key = conversationKey({ kind: 'thread', channel: event.channel, threadTs: message.thread_ts });
    if (!deps.awaiting.isAwaiting(key)) return;
    const eventId = (body as { event_id?: string }).event_id;
    if (!deps.recent.firstTime(eventId)) return;
    const target = { conversationKey: key, userId: message.user };
    try {
      const replies = await deps.engine.handleMessage({
        surface: 'slack',
        userExternalId: message.user,
        conversationKey: key,
        text: message.text,
        eventId,
      });
      await postReplies(client, target, replies, deps.awaiting);
      deps.logger.info(
        { kind: 'thread_reply', eventId, conversationKey: target.conversationKey, replies: replies.length },
        'slack interaction answered',
      );
    } catch (error) {
      deps.logger.error({ err: error, eventId }, 'thread reply failed');
      await postReplies(client, target, [{ text: SORRY }]).catch(() => {});
    }
  };
}
