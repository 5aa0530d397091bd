import type { SlackDeps } from '../../slack-deps.ts';
import { formSubmission } from './form-submission.ts';

const RECOVERED = new Set(['paid', 'partially_paid']);

export function closeSubmission(deps: SlackDeps) {
  return formSubmission('close', deps, (values) => {
    const errors: Record<string, string> = {};
    if (values.closeCode === 'other' && !values.comment) {
      errors.comment = 'A comment is required when the code is "Other".';
    }
    if (values.closeCode && RECOVERED.has(values.closeCode) && !values.paymentAmount) {
      errors.paymentAmount =
        'Enter the amount recovered: the payment is registered before the case is closed.';
    }
    return errors;
  });
}
