import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { conversationKey } from '../../conversation-key.ts';
import type { SlackDeps } from '../../slack-deps.ts';
import { originOf } from '../../slack-origin.ts';
import { intake } from '../intake.ts';
import { withoutBotMention } from './app-mention.ts';
import { speakerTeam } from './speaker-team.ts';

// A direct message to the bot. A plain DM is one conversation; a reply inside a DM thread is its own.
export function directMessage(deps: SlackDeps) {
  return async ({
    event,
    body,
    context,
    client,
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
    if (!eventId) return;
    const key = message.thread_ts
      ? conversationKey({ kind: 'thread', channel: event.channel, threadTs: message.thread_ts })
      : conversationKey({ kind: 'dm', channel: event.channel });
    await intake(
      deps,
      {
        eventId,
        kind: 'message',
        input: {
          surface: 'slack',
          userExternalId: message.user,
          conversationKey: key,
          text: withoutBotMention(message.text, context.botUserId),
        },
        target: { conversationKey: key, userId: message.user },
      },
      {
        kind: 'message.im',
        origin: originOf(deps.workspaces.mode, { context, client }, ...speakerTeam(event, body)),
      },
    );
  };
}
