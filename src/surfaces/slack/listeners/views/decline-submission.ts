import type { SlackDeps } from '../../slack-deps.ts';
import { formSubmission } from './form-submission.ts';

export function declineSubmission(deps: SlackDeps) {
  return formSubmission(
    'decline',
    deps,
    (values): Record<string, string> =>
      values.reason && values.reason.length >= 3 ? {} : { reason: 'Please write the reason for declining.' },
  );
}
