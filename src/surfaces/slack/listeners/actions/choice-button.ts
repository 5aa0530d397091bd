import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeButtonValue } from '../../choice-value.ts';
import type { SlackDeps } from '../../slack-deps.ts';
import { originOf } from '../../slack-origin.ts';
import { intake, type PressedMessage } from '../intake.ts';

// A click on one of the engine's choices (Confirm, Cancel, a suggested code…) goes back as IncomingChoice.
export function choiceButton(deps: SlackDeps) {
  return async ({
    action,
    ack,
    body,
    respond,
    context,
    client,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>) => {
    const decoded = decodeButtonValue(action.value);
    if (!decoded) {
      await ack();
      return;
    }
    // Each click has its own trigger; a redelivered click has the same one.
    const eventId = `action:${body.trigger_id}:${action.action_ts}`;
    const container = body.container as
      | { is_ephemeral?: boolean; channel_id?: string; message_ts?: string }
      | undefined;
    const ephemeral = container?.is_ephemeral === true;
    const anyResponseUrl = (body as { response_url?: string }).response_url;
    const responseUrl = ephemeral ? anyResponseUrl : undefined;
    // The message whose button was pressed: replaced by the outcome once the engine has answered, so that
    // its buttons cannot be pressed again. Only the bot's own message blocks are kept.
    const message = (body as { message?: { bot_id?: string; blocks?: unknown[] } }).message;
    const pressed: PressedMessage | undefined =
      container?.channel_id && container.message_ts
        ? {
            channel: container.channel_id,
            ts: container.message_ts,
            ephemeral,
            ...(anyResponseUrl ? { responseUrl: anyResponseUrl } : {}),
            ...(message?.blocks && message.bot_id ? { blocks: message.blocks } : {}),
          }
        : undefined;
    await intake(
      deps,
      {
        eventId,
        kind: 'choice',
        input: {
          surface: 'slack',
          userExternalId: body.user.id,
          conversationKey: decoded.k,
          value: decoded.v,
        },
        target: {
          conversationKey: decoded.k,
          userId: body.user.id,
          ...(responseUrl ? { responseUrl } : {}),
          ...(pressed ? { pressed } : {}),
        },
      },
      {
        ack: () => ack(),
        live: ephemeral ? { respond } : {},
        kind: 'block_actions',
        origin: originOf(deps.workspaces.mode, { context, client }, body.user.team_id),
      },
    );
  };
}
