import type { RespondFn } from '@slack/bolt';
import type { Reply } from '../../conversation/reply.ts';
import { replyBlocks } from './blocks/reply-blocks.ts';
import { isDirectMessageChannel, parseConversationKey } from './conversation-key.ts';
import type { KnownBlock, WebClient } from './slack-types.ts';

/** Where the engine's replies go: derived from the conversation key, plus what the interaction offers. */
export interface ReplyTarget {
  conversationKey: string;
  userId: string;
  /** Present for slash commands and clicks on ephemeral messages: the bot may not be in that channel. */
  respond?: RespondFn;
}

/**
 * In channels the bot reads only messages that mention it (no message.channels subscription, see
 * manifest.yml), so a question asked there in words says how to answer it.
 */
const asksInWords = (reply: Reply) => !reply.choices?.length && reply.text.includes('?');
const MENTION_HINT: KnownBlock = {
  type: 'context',
  elements: [
    { type: 'mrkdwn', text: 'Answer here in the thread with a mention: _@case-assistant <your answer>_' },
  ],
};

/**
 * Posts each reply where the conversation lives: in the thread for channel conversations, in the DM, or
 * through the response URL for slash commands. A private reply in a channel is ephemeral.
 */
export async function postReplies(client: WebClient, target: ReplyTarget, replies: Reply[]): Promise<void> {
  const place = parseConversationKey(target.conversationKey);
  const inChannelThread = place?.kind === 'thread' && !isDirectMessageChannel(place.channel);
  for (const reply of replies) {
    const blocks = replyBlocks(reply, target.conversationKey);
    if (inChannelThread && asksInWords(reply)) blocks.push(MENTION_HINT);
    if (target.respond && (place === undefined || place.kind === 'command')) {
      await target.respond({ response_type: 'ephemeral', replace_original: false, text: reply.text, blocks });
      continue;
    }
    if (!place) {
      // No channel known (a modal opened from the App Home): the bot's DM with the user.
      await client.chat.postMessage({ channel: target.userId, text: reply.text, blocks });
      continue;
    }
    const channel = place.channel;
    const threadTs = place.kind === 'thread' ? place.threadTs : undefined;
    if (reply.private && !isDirectMessageChannel(channel)) {
      await client.chat.postEphemeral({
        channel,
        user: target.userId,
        text: reply.text,
        blocks,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
    } else if (place.kind === 'command') {
      // After a modal opened by /case there is no response URL; the bot may not be in that channel, so an
      // ephemeral post can be refused: then the answer goes to the user's DM with the bot.
      await client.chat
        .postEphemeral({ channel, user: target.userId, text: reply.text, blocks })
        .catch(() => client.chat.postMessage({ channel: target.userId, text: reply.text, blocks }));
    } else {
      await client.chat.postMessage({
        channel,
        text: reply.text,
        blocks,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
    }
  }
}
