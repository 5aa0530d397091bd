import type { Reply } from '../../../conversation/reply.ts';
import { conversationKey } from '../conversation-key.ts';
import { mrkdwn } from '../mrkdwn.ts';
import type { HomeView, KnownBlock } from '../slack-types.ts';
import { formButton, replyBlocks } from './reply-blocks.ts';

const HOW_TO =
  'Message me here, mention me in a channel, or use `/case`: `/case 123` shows a case, `/case decline 123 <reason>` declines it, `/case close 123` opens the close form, `/case help` lists everything.';

/** The App Home: the engine's summary of the user's cases, then how to talk to the bot. */
export function homeView(userId: string, replies: Reply[]): HomeView {
  // Buttons on the Home tab answer in the user's DM with the bot.
  const key = conversationKey({ kind: 'dm', channel: userId });
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Your cases', emoji: true } },
  ];
  if (replies.length === 0) {
    blocks.push({ type: 'section', text: mrkdwn('Nothing is waiting for you.') });
  }
  for (const reply of replies) {
    blocks.push(...replyBlocks(reply, key), { type: 'divider' });
  }
  blocks.push(
    { type: 'section', text: mrkdwn(HOW_TO) },
    {
      type: 'actions',
      elements: [formButton({ kind: 'submit_case', title: 'Submit a case for a client' }, key)],
    },
  );
  // A Home view holds at most 100 blocks.
  return { type: 'home', blocks: blocks.slice(0, 100) };
}
