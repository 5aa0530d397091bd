import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { readFormValues } from '../../../../conversation/forms.ts';
import { withReader } from '../../../../i18n/messages.ts';
import type { FormKind } from '../../blocks/modals.ts';
import { parseModalOrigin } from '../../blocks/modals.ts';
import { readViewValues } from '../../blocks/view-values.ts';
import type { SlackDeps } from '../../slack-deps.ts';
import { originOf } from '../../slack-origin.ts';
import { intake } from '../intake.ts';

export type FormValues = Record<string, string | undefined>;
/** Field-level problems the user can fix without leaving the modal: block_id → message. */
export type FormCheck = (values: FormValues) => Record<string, string>;

// A submitted modal: checked for what the form itself can tell (a missing comment for "Other"), then the
// modal closes and the engine's answer (usually a confirmation with Confirm / Cancel) is posted where the
// conversation lives.
export function formSubmission(kind: FormKind, deps: SlackDeps, check: FormCheck = () => ({})) {
  return async ({
    ack,
    body,
    view,
    context,
    client,
  }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => {
    // Only the form's own fields, each checked with its command's schema; a problem is shown in the
    // modal, next to the field, like the form's own checks.
    // In the language the modal was drawn in (its private_metadata keeps the locale; absent: English).
    const origin = parseModalOrigin(view.private_metadata);
    const reading = withReader(origin?.locale, () => readFormValues(kind, readViewValues(view.state)));
    const values: FormValues = reading.ok ? reading.values : {};
    const errors = reading.ok ? check(values) : reading.problems;
    if (Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    const userId = body.user.id;
    const conversationKey = origin?.conversationKey ?? `slack:${userId}`;
    // The modal closes once the submission is recorded; the answer is posted where the conversation lives.
    await intake(
      deps,
      {
        eventId: `view:${view.id}:${view.hash}`,
        kind: 'form',
        input: { surface: 'slack', userExternalId: userId, conversationKey, kind, values },
        target: { conversationKey, userId },
      },
      {
        ack: () => ack(),
        kind: `view_submission:${kind}`,
        origin: originOf(deps.workspaces.mode, { context, client }, body.user.team_id),
      },
    );
  };
}
