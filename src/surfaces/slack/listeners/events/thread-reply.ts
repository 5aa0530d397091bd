import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { conversationKey } from '../../conversation-key.ts';
import type { SlackDeps } from '../../slack-deps.ts';
import { originOf } from '../../slack-origin.ts';
import { intake } from '../intake.ts';
import { speakerTeam } from './speaker-team.ts';

// A plain reply in a channel thread where the bot asked this person something: the answer to its
// question. Whether a question is open is asked of the database, so the answer may reach any instance.
// Messages that mention the bot are left to app_mention, so nothing is handled twice.
export function threadReply(deps: SlackDeps) {
  return async ({
    event,
    body,
    context,
    client,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>) => {
    if (event.channel_type !== 'channel' && event.channel_type !== 'group') return;
    if (event.subtype !== undefined) return;
    const message = event as { user?: string; text?: string; thread_ts?: string; bot_id?: string };
    if (!message.thread_ts || !message.user || message.bot_id || !message.text) return;
    if (context.botUserId && message.text.includes(`<@${context.botUserId}`)) return;
    const eventId = (body as { event_id?: string }).event_id;
    if (!eventId) return;
    const key = conversationKey({ kind: 'thread', channel: event.channel, threadTs: message.thread_ts });
    const origin = originOf(deps.workspaces.mode, { context, client }, ...speakerTeam(event, body));
    try {
      if (!(await deps.engine.awaitsAnswer?.('slack', key, message.user, origin.workspaceId))) return;
    } catch (error) {
      deps.logger.error({ err: error, eventId }, 'could not tell whether a question is open');
      return;
    }
    await intake(
      deps,
      {
        eventId,
        kind: 'message',
        input: { surface: 'slack', userExternalId: message.user, conversationKey: key, text: message.text },
        target: { conversationKey: key, userId: message.user },
      },
      { kind: 'thread_reply', origin },
    );
  };
}
