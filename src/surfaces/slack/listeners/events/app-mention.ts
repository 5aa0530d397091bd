import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { conversationKey } from '../../conversation-key.ts';
import type { SlackDeps } from '../../slack-deps.ts';
import { originOf } from '../../slack-origin.ts';
import { intake } from '../intake.ts';
import { speakerTeam } from './speaker-team.ts';

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
    context,
    client,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>) => {
    // Events are acknowledged by Bolt before this runs; the inbox records it right away.
    const eventId = (body as { event_id?: string }).event_id;
    if (!event.user || !eventId) return;
    const key = conversationKey({
      kind: 'thread',
      channel: event.channel,
      threadTs: event.thread_ts ?? event.ts,
    });
    await intake(
      deps,
      {
        eventId,
        kind: 'message',
        input: {
          surface: 'slack',
          userExternalId: event.user,
          conversationKey: key,
          text: withoutBotMention(event.text, context.botUserId),
        },
        target: { conversationKey: key, userId: event.user },
      },
      {
        kind: 'app_mention',
        origin: originOf(deps.workspaces.mode, { context, client }, ...speakerTeam(event, body)),
      },
    );
  };
}
