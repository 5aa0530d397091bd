import type { RespondFn } from '@slack/bolt';
import type { Reply } from '../../conversation/reply.ts';
import { slackMarkup, withoutMarkers } from '../../i18n/messages.ts';
import { outcomePlainText, replyBlocks, settledBlocks } from './blocks/reply-blocks.ts';
import { isDirectMessageChannel, parseConversationKey } from './conversation-key.ts';
import { escapeMrkdwn } from './mrkdwn.ts';
import { replyMetadata } from './posted-replies.ts';
import type { KnownBlock, WebClient } from './slack-types.ts';

/** Where the engine's replies go: derived from the conversation key, plus what the interaction offers. */
export interface ReplyTarget {
  conversationKey: string;
  userId: string;
  /** Present for slash commands and clicks on ephemeral messages: the bot may not be in that channel. */
  respond?: RespondFn;
  /** The message whose button was pressed, when the replies answer a click. */
  pressed?: {
    channel: string;
    ts: string;
    ephemeral: boolean;
    respond?: RespondFn;
    blocks?: unknown[];
  };
}

/**
 * Days said in a Slack turn carry date markers (src/i18n/messages.ts `say`): after the escaping, mrkdwn
 * texts get Slack's `<!date^…>` token (each reader sees the day in their own time zone), plain_text ones
 * (headers, buttons, which parse nothing) the day as written. Like the notice sender's slackMarkup.
 */
function withDateTokens<T>(value: T, mrkdwn = false): T {
  if (typeof value === 'string') return (mrkdwn ? slackMarkup(value) : withoutMarkers(value)) as T;
  if (Array.isArray(value)) return value.map((v) => withDateTokens(v)) as T;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const isMrkdwn = o.type === 'mrkdwn';
    return Object.fromEntries(
      Object.entries(o).map(([k, v]) => [k, withDateTokens(v, isMrkdwn && k === 'text')]),
    ) as T;
  }
  return value;
}

/**
 * The pressed message now says what happened instead of offering its buttons: an ephemeral message through
 * the click's response URL (replace_original), a posted one with chat.update (no 30-minute limit). A failure
 * is left at that: the buttons then stay, and pressing one again is refused by the engine, privately.
 */
async function settlePressed(
  client: WebClient,
  pressed: NonNullable<ReplyTarget['pressed']>,
  settles: { text: string; at: string; atWord?: string },
): Promise<void> {
  const blocks = withDateTokens(settledBlocks(pressed.blocks as KnownBlock[] | undefined, settles));
  const text = withoutMarkers(outcomePlainText(settles));
  if (pressed.ephemeral) {
    await pressed.respond?.({ replace_original: true, text, blocks });
    return;
  }
  await client.chat.update({ channel: pressed.channel, ts: pressed.ts, text, blocks });
}

/**
 * Posts each reply where the conversation lives: in the thread for channel conversations, in the DM, or
 * through the response URL for slash commands. A private reply in a channel is ephemeral.
 */
export async function postReplies(
  client: WebClient,
  target: ReplyTarget,
  replies: Reply[],
  /** The inbox delivery: each posted answer carries it (metadata); `skip`: replies already posted. */
  delivery?: { id: string; skip?: ReadonlySet<number> },
): Promise<void> {
  const place = parseConversationKey(target.conversationKey);
  for (const [index, reply] of replies.entries()) {
    if (delivery?.skip?.has(index)) continue;
    const metadata = delivery ? { metadata: replyMetadata(delivery.id, index) } : {};
    if (reply.settles && target.pressed) {
      await settlePressed(client, target.pressed, reply.settles).catch(() => undefined);
    }
    const blocks = withDateTokens(replyBlocks(reply, target.conversationKey));
    // The message's own `text` (notifications, fallback) is mrkdwn too: escaped like the blocks.
    const text = slackMarkup(escapeMrkdwn(reply.text));
    if (target.respond && (place === undefined || place.kind === 'command')) {
      await target.respond({ response_type: 'ephemeral', replace_original: false, text, blocks });
      continue;
    }
    if (!place) {
      // No channel known (a modal opened from the App Home): the bot's DM with the user.
      await client.chat.postMessage({ channel: target.userId, text, blocks, ...metadata });
      continue;
    }
    const channel = place.channel;
    const threadTs = place.kind === 'thread' ? place.threadTs : undefined;
    // A look-up's answer (case data) stays with the asker in a channel, like a private reply.
    if ((reply.private || reply.audience === 'asker') && !isDirectMessageChannel(channel)) {
      await client.chat.postEphemeral({
        channel,
        user: target.userId,
        text,
        blocks,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
    } else if (place.kind === 'command') {
      // After a modal opened by /case there is no response URL; the bot may not be in that channel, so an
      // ephemeral post can be refused: then the answer goes to the user's DM with the bot.
      await client.chat
        .postEphemeral({ channel, user: target.userId, text, blocks })
        .catch(() => client.chat.postMessage({ channel: target.userId, text, blocks, ...metadata }));
    } else {
      await client.chat.postMessage({
        channel,
        text,
        blocks,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        ...metadata,
      });
    }
  }
}
