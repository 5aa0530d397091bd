import type { SlackDeps } from '../../slack-deps.ts';
import { formSubmission } from './form-submission.ts';

export function submitCaseSubmission(deps: SlackDeps) {
  return formSubmission(
    'submit_case',
    deps,
    (values): Record<string, string> =>
      values.disputed === 'yes' ? { disputed: 'Only undisputed cases can be submitted for collection.' } : {},
  );
}
