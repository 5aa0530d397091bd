import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { conversationKey } from '../../conversation-key.ts';
import { postReplies } from '../../post-replies.ts';
import { type SlackDeps, SORRY } from '../../slack-deps.ts';

// A direct message to the bot. A plain DM is one conversation; a reply inside a DM thread is its own.
export function directMessage(deps: SlackDeps) {
  return async ({
    event,
    body,
    client,
    context,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>) => {
    if (event.channel_type !== 'im') return;
    // Edits, deletions, bot posts and joins are not something a person said to us.
    if (event.subtype !== undefined && event.subtype !== 'file_share') return;
    const message = event as {
      user?: string;
      text?: string;
      ts: string;
      thread_ts?: string;
      bot_id?: string;
    };
    if (!message.user || message.bot_id || !message.text) return;
    const eventId = (body as { event_id?: string }).event_id;
    if (!deps.recent.firstTime(eventId)) {
      deps.logger.info({ eventId, retryNum: context.retryNum }, 'slack retry ignored: already handled');
      return;
    }
    const key = message.thread_ts
      ? conversationKey({ kind: 'thread', channel: event.channel, threadTs: message.thread_ts })
      : conversationKey({ kind: 'dm', channel: event.channel });
    const target = { conversationKey: key, userId: message.user };
    try {
      const replies = await deps.engine.handleMessage({
        surface: 'slack',
        userExternalId: message.user,
        conversationKey: key,
        text: message.text,
        eventId,
      });
      await postReplies(client, target, replies);
      deps.logger.info(
        { kind: 'message.im', eventId, conversationKey: target.conversationKey, replies: replies.length },
        'slack interaction answered',
      );
    } catch (error) {
      deps.logger.error({ err: error, eventId }, 'direct message failed');
      await postReplies(client, target, [{ text: SORRY }]).catch(() => {});
    }
  };
}
