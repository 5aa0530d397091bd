import type { Reply } from '../../../conversation/reply.ts';
import { say, withReader } from '../../../i18n/messages.ts';
import { conversationKey } from '../conversation-key.ts';
import { mrkdwn } from '../mrkdwn.ts';
import type { HomeView, KnownBlock } from '../slack-types.ts';
import { formButton, replyBlocks } from './reply-blocks.ts';

/** The English of `chat4.home.how_to`. */
export const HOW_TO =
  'Message me here, mention me in a channel, or use `/case`: `/case 123` shows a case, `/case decline 123 <reason>` declines it, `/case close 123` opens the close form, `/case help` lists everything.';

/** The App Home: the engine's summary of the user's cases, then how to talk to the bot (in their language). */
export function homeView(userId: string, replies: Reply[], locale?: string): HomeView {
  return withReader(locale, () => homeBlocks(userId, replies));
}

function homeBlocks(userId: string, replies: Reply[]): HomeView {
  // Buttons on the Home tab answer in the user's DM with the bot.
  const key = conversationKey({ kind: 'dm', channel: userId });
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: say('chat4.home.header'), emoji: true } },
  ];
  if (replies.length === 0) {
    blocks.push({ type: 'section', text: mrkdwn(say('chat4.home.nothing')) });
  }
  for (const reply of replies) {
    blocks.push(...replyBlocks(reply, key), { type: 'divider' });
  }
  blocks.push(
    { type: 'section', text: mrkdwn(say('chat4.home.how_to')) },
    {
      type: 'actions',
      elements: [formButton({ kind: 'submit_case', title: say('chat4.home.submit_button') }, key)],
    },
  );
  // A Home view holds at most 100 blocks.
  return { type: 'home', blocks: blocks.slice(0, 100) };
}
