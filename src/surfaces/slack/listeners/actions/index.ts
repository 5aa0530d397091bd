import type { App, BlockButtonAction } from '@slack/bolt';
import { CHOICE_ACTION_PREFIX, FORM_ACTION_PREFIX } from '../../blocks/reply-blocks.ts';
import type { SlackDeps } from '../../slack-deps.ts';
import { choiceButton } from './choice-button.ts';
import { openFormButton } from './open-form-button.ts';

const startsWith = (prefix: string) => new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: startsWith(CHOICE_ACTION_PREFIX) },
    choiceButton(deps),
  );
  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: startsWith(FORM_ACTION_PREFIX) },
    openFormButton(deps),
  );
}
