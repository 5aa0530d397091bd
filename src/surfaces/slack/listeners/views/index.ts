import type { App } from '@slack/bolt';
import { MODAL_CALLBACK } from '../../blocks/modals.ts';
import type { SlackDeps } from '../../slack-deps.ts';
import { closeSubmission } from './close-submission.ts';
import { declineSubmission } from './decline-submission.ts';
import { submitCaseSubmission } from './submit-case-submission.ts';

export function registerViews(app: App, deps: SlackDeps): void {
  app.view(MODAL_CALLBACK.decline, declineSubmission(deps));
  app.view(MODAL_CALLBACK.close, closeSubmission(deps));
  app.view(MODAL_CALLBACK.submit_case, submitCaseSubmission(deps));
}
