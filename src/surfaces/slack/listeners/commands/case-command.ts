import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { CaseCommand } from '../../../../commands/command-spec.ts';
import { SLASH_FORMS } from '../../../../commands/command-table.ts';
import { knownLocale } from '../../../../i18n/known-locales.ts';
import { modalFor } from '../../blocks/modals.ts';
import { conversationKey } from '../../conversation-key.ts';
import { type SlackDeps, SORRY } from '../../slack-deps.ts';
import { originOf } from '../../slack-origin.ts';
import { intake } from '../intake.ts';

export type { CaseCommand };

/**
 * `/case` syntax → what to do, from the `slash` forms of the command table. Forms open when their
 * argument is missing (a decline without a reason, a close, a submission); everything else is said to
 * the engine as a sentence.
 */
export function parseCaseCommand(raw: string): CaseCommand {
  const text = raw.trim().replace(/\s+/g, ' ');
  for (const slash of SLASH_FORMS) {
    const parsed = slash.parse(text);
    if (parsed) return parsed;
  }
  return { kind: 'message', text };
}

export function caseCommand(deps: SlackDeps) {
  return async ({
    command,
    ack,
    client,
    respond,
    body,
    context,
  }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    const key = conversationKey({ kind: 'command', channel: command.channel_id, userId: command.user_id });
    const parsed = parseCaseCommand(command.text);
    if (parsed.kind === 'form') {
      // trigger_id is valid for 3 s, so the modal opens right away, without the engine or the inbox.
      await ack();
      // No turn before the modal (3 s): the language the last turn of this person here found, else English.
      const who = { surface: 'slack', userExternalId: command.user_id };
      const known = knownLocale({ ...who, workspaceId: command.team_id }) ?? knownLocale(who);
      const locale = known ? { locale: known } : {};
      try {
        await client.views.open({
          trigger_id: command.trigger_id,
          view: modalFor(parsed.form, { conversationKey: key, caseId: parsed.caseId, ...locale }),
        });
      } catch (error) {
        deps.logger.error({ err: error }, '/case could not open its form');
        await respond({ response_type: 'ephemeral', text: SORRY }).catch(() => {});
      }
      return;
    }
    // Slack wants the ack within 3 s: recording the command comes first, nothing slow does.
    await intake(
      deps,
      {
        eventId: `command:${body.trigger_id}`,
        kind: 'message',
        input: { surface: 'slack', userExternalId: command.user_id, conversationKey: key, text: parsed.text },
        target: { conversationKey: key, userId: command.user_id, responseUrl: command.response_url },
      },
      {
        ack: () => ack(),
        live: { respond },
        kind: '/case',
        origin: originOf(deps.workspaces.mode, { context, client }, command.team_id),
      },
    );
  };
}
