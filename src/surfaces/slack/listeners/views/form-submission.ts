import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { readFormValues } from '../../../../conversation/forms.ts';
import type { FormKind } from '../../blocks/modals.ts';
import { parseModalOrigin } from '../../blocks/modals.ts';
import { readViewValues } from '../../blocks/view-values.ts';
import { postReplies } from '../../post-replies.ts';
import { type SlackDeps, SORRY } from '../../slack-deps.ts';

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
    client,
  }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => {
    // Only the form's own fields, each checked with its command's schema; a problem is shown in the
    // modal, next to the field, like the form's own checks.
    const reading = readFormValues(kind, readViewValues(view.state));
    const values: FormValues = reading.ok ? reading.values : {};
    const errors = reading.ok ? check(values) : reading.problems;
    if (Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const eventId = `view:${view.id}:${view.hash}`;
    if (!deps.recent.firstTime(eventId)) return;
    const origin = parseModalOrigin(view.private_metadata);
    const userId = body.user.id;
    const conversationKey = origin?.conversationKey ?? `slack:${userId}`;
    const target = { conversationKey, userId };
    try {
      const replies = await deps.engine.handleForm({
        surface: 'slack',
        userExternalId: userId,
        conversationKey,
        kind,
        values,
        eventId,
      });
      await postReplies(client, target, replies);
      deps.logger.info(
        {
          kind: `view_submission:${kind}`,
          eventId,
          conversationKey: target.conversationKey,
          replies: replies.length,
        },
        'slack interaction answered',
      );
    } catch (error) {
      deps.logger.error({ err: error, eventId }, `${kind} form failed`);
      await postReplies(client, target, [{ text: SORRY }]).catch(() => {});
    }
  };
}
