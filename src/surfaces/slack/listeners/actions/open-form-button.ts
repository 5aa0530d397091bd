import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { type FormKind, MODAL_CALLBACK, modalFor } from '../../blocks/modals.ts';
import { FORM_ACTION_PREFIX } from '../../blocks/reply-blocks.ts';
import { decodeButtonValue } from '../../choice-value.ts';
import type { SlackDeps } from '../../slack-deps.ts';

const isFormKind = (kind: string): kind is FormKind => kind in MODAL_CALLBACK;

// A button that opens a modal (decline reason, close code, case submission). trigger_id lives 3 s.
export function openFormButton(deps: SlackDeps) {
  return async ({
    action,
    ack,
    body,
    client,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>) => {
    await ack();
    const kind = action.action_id.slice(FORM_ACTION_PREFIX.length);
    const decoded = decodeButtonValue(action.value);
    if (!decoded || !isFormKind(kind)) return;
    try {
      await client.views.open({
        trigger_id: body.trigger_id,
        // The button carries the reader's locale of the turn that offered the form (absent: English).
        view: modalFor(kind, {
          conversationKey: decoded.k,
          caseId: decoded.v || undefined,
          ...(decoded.l ? { locale: decoded.l } : {}),
        }),
      });
    } catch (error) {
      deps.logger.error({ err: error, kind }, 'opening a modal failed');
    }
  };
}
