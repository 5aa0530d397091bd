import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeButtonValue } from '../../choice-value.ts';
import type { SlackDeps } from '../../slack-deps.ts';
import { originOf } from '../../slack-origin.ts';
import { intake } from '../intake.ts';

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
    const ephemeral = (body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral === true;
    const responseUrl = ephemeral ? (body as { response_url?: string }).response_url : undefined;
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
        target: { conversationKey: decoded.k, userId: body.user.id, ...(responseUrl ? { responseUrl } : {}) },
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
