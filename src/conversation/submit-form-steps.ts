import { DomainError } from '../domain/errors.ts';
import {
  assertDocuments,
  assertPrincipal,
  assertUndisputed,
  requiredDocuments,
  submissionClaimType,
  submissionCountry,
  submissionDebtDate,
  submissionDebtorType,
  toUsd,
} from '../domain/submission.ts';
import { refusalText } from '../i18n/messages.ts';
import { type FormField, readFormValues } from './forms.ts';

// The submission form asked one field at a time (the console): each answer is read as the Slack and
// Teams forms read theirs (readFormValues) and then meets the submission's own rule for that field
// (src/domain/submission.ts, the functions validateSubmission is made of), so a wrong answer is asked
// again with the reason at once instead of after the last field. The rules that need the database (the
// partner's own coverage, the SDCA) are checked when the form is submitted.

export type StepAnswer = { ok: true; value: string | undefined } | { ok: false; problem: string };

/** The answer to one field, given the answers before it: its value (undefined when skipped) or why not. */
export function checkSubmitFormStep(
  field: FormField,
  answer: string,
  earlier: Readonly<Record<string, string | undefined>>,
): StepAnswer {
  const text = answer.trim();
  let value: string | undefined;
  if (text === '') {
    if (!field.optional) return { ok: false, problem: `${field.label} is needed.` };
  } else {
    // An option is picked by its number, like every choice in the console, or by its value or label.
    const option = /^\d+$/.test(text)
      ? field.options?.[Number(text) - 1]
      : field.options?.find((o) => [o.value, o.label].some((w) => w.toLowerCase() === text.toLowerCase()));
    const reading = readFormValues('submit_case', { [field.name]: option?.value ?? text });
    if (!reading.ok) return { ok: false, problem: Object.values(reading.problems).join(' ') };
    value = reading.values[field.name];
  }
  try {
    applyRule(field.name, value, earlier);
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, problem: refusalText(error) };
    throw error;
  }
  return { ok: true, value };
}

function applyRule(
  name: string,
  value: string | undefined,
  earlier: Readonly<Record<string, string | undefined>>,
): void {
  const usd = () =>
    earlier.principal && earlier.currency ? toUsd(Number(earlier.principal), earlier.currency) : null;
  switch (name) {
    case 'clientCountry':
      submissionCountry(value, 'client');
      return;
    case 'debtorCountry':
      submissionCountry(value, 'debtor');
      return;
    case 'debtorType':
      submissionDebtorType(value ?? '');
      return;
    case 'claimType':
      submissionClaimType(value, 'console');
      return;
    case 'principal':
      assertPrincipal(value ?? '');
      return;
    case 'currency':
      // The platform's exchange rate decides which documents are needed; without one it cannot.
      if (value && earlier.principal) toUsd(Number(earlier.principal), value);
      return;
    case 'debtDate':
      submissionDebtDate(value ?? '');
      return;
    case 'disputed':
      assertUndisputed(value === 'yes');
      return;
    case 'documentName': {
      // Over 10,000 USD only a file will do; below, a description can still come in the next field.
      const amount = usd();
      if (amount !== null && requiredDocuments(amount) === 'file')
        assertDocuments(amount, { documentName: value });
      return;
    }
    case 'description': {
      const amount = usd();
      if (amount !== null)
        assertDocuments(amount, { documentName: earlier.documentName, description: value });
      return;
    }
  }
}
