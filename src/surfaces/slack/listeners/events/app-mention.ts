import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { conversationKey } from '../../conversation-key.ts';
import { postReplies } from '../../post-replies.ts';
import { type SlackDeps, SORRY } from '../../slack-deps.ts';

/** Strips the bot's own mention so the interpreter reads only what was said to it. */
export function withoutBotMention(text: string, botUserId: string | undefined): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(\\|[^<>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/;
  return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

// A mention in a channel: the answer goes in the thread, and the thread carries its case.
export function appMention(deps: SlackDeps) {
  return async ({
    event,
    body,
    client,
    context,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>) => {
    // Events are acknowledged by Bolt before this runs; everything here happens after the ack.
    const eventId = (body as { event_id?: string }).event_id;
    if (!deps.recent.firstTime(eventId)) {
      deps.logger.info({ eventId, retryNum: context.retryNum }, 'slack retry ignored: already handled');
      return;
    }
    if (!event.user) return;
    const key = conversationKey({
      kind: 'thread',
      channel: event.channel,
      threadTs: event.thread_ts ?? event.ts,
    });
    const target = { conversationKey: key, userId: event.user };
    try {
      const replies = await deps.engine.handleMessage({
        surface: 'slack',
        userExternalId: event.user,
        conversationKey: key,
        text: withoutBotMention(event.text, context.botUserId),
        eventId,
      });
      await postReplies(client, target, replies, deps.awaiting);
      deps.logger.info(
        { kind: 'app_mention', eventId, conversationKey: target.conversationKey, replies: replies.length },
        'slack interaction answered',
      );
    } catch (error) {
      deps.logger.error({ err: error, eventId }, 'app_mention failed');
      await postReplies(client, target, [{ text: SORRY }]).catch(() => {});
    }
  };
}
