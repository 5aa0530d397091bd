import { z } from 'zod';
import { DomainError } from '../domain/errors.ts';
import { amountProblem, parseAmount, parseCountry, parseDate } from '../domain/input-parsing.ts';
import { NEGATIVE_AMOUNT, toStorableCents } from '../domain/money.ts';
import { formLocale, type MessageKey, refusalText, say } from '../i18n/messages.ts';
import { COMMAND_SCHEMAS } from '../understanding/commands.ts';
import type { ActionName, CommandArgs } from './action-registry.types.ts';
import type { Reply, ReplyForm } from './reply.ts';

// The fields of the forms a surface may show instead of asking question by question (Slack modal, Teams
// card, the console's prompts). Names are the keys of IncomingForm.values.

export interface FormField {
  name: string;
  label: string;
  optional?: boolean;
  /** Shown under the field: what is expected. */
  hint?: string;
  options?: { value: string; label: string }[];
}

export const SUBMIT_CASE_FIELDS: FormField[] = [
  { name: 'clientName', label: "Your client's company name" },
  {
    name: 'clientCountry',
    label: "Your client's country",
    hint: 'a name or two letters, e.g. Germany or DE',
  },
  { name: 'debtorName', label: 'Debtor name' },
  {
    name: 'debtorType',
    label: 'Debtor type',
    options: [
      { value: 'company', label: 'Company' },
      { value: 'person', label: 'Person' },
    ],
  },
  { name: 'debtorCountry', label: "Debtor's country", hint: 'a name or two letters, e.g. Denmark or DK' },
  { name: 'debtorRegion', label: "Debtor's region", optional: true },
  {
    name: 'claimType',
    label: 'Claim type',
    optional: true,
    options: [
      { value: 'unpaid_invoice', label: 'Unpaid invoice' },
      { value: 'loan_repayment', label: 'Loan repayment' },
    ],
  },
  { name: 'principal', label: 'Amount owed', hint: 'e.g. 12500, 4.800,00 or 4,800.00' },
  { name: 'currency', label: 'Currency', hint: 'e.g. EUR' },
  { name: 'debtDate', label: 'Date the debt fell due', hint: 'e.g. 30/06/2026 or 2026-06-30' },
  {
    name: 'disputed',
    label: 'Does the debtor dispute the claim?',
    options: [
      { value: 'no', label: 'No' },
      { value: 'yes', label: 'Yes' },
    ],
  },
  {
    name: 'documentName',
    label: 'Document (file name)',
    optional: true,
    hint: 'needed over 10,000 USD; from 2,000 USD a file or a description',
  },
  { name: 'description', label: 'Description of the claim', optional: true },
];

/**
 * The submission form in the current reader's language (English outside a turn). A form is drawn outside
 * the turn that offered it, so the surface runs this inside withReader(<the form's locale>): see
 * docs/notes/forms.md.
 */
export function submitCaseFields(): FormField[] {
  return SUBMIT_CASE_FIELDS.map((field) => ({
    ...field,
    label: fieldLabel(field.name),
    ...(field.hint ? { hint: say(`forms.hint.${field.name}` as MessageKey) } : {}),
    ...(field.options
      ? { options: field.options.map((o) => ({ ...o, label: say(`forms.option.${o.value}` as MessageKey) })) }
      : {}),
  }));
}

const fieldLabel = (name: string): string => say(`forms.label.${name}` as MessageKey);

/** An amount field's own sentence (a minus sign, too large to store) in the reader's language. */
function amountProblemSaid(text: string): string | null {
  const problem = amountProblem(text);
  if (problem === null) return null;
  if (problem === NEGATIVE_AMOUNT) return say('refusals4.money.negative');
  const read = parseAmount(text.trim());
  try {
    if (read !== null) toStorableCents(read);
  } catch (error) {
    if (error instanceof DomainError) return refusalText(error);
    throw error;
  }
  return problem;
}

/** What a field's problem says to the current reader; English is the check's own sentence. */
function problemSaid(name: string, check: { problem: string }): string {
  if (SAID_PROBLEMS.has(name)) return say(`forms.problem.${name}` as MessageKey);
  const field = SUBMIT_CASE_FIELDS.find((f) => f.name === name);
  if (!field) return check.problem;
  if (field.options) {
    return say('forms.problem.pick_one', {
      label: fieldLabel(name),
      options: field.options.map((o) => o.value).join(', '),
    });
  }
  return say('forms.problem.too_long', { label: fieldLabel(name) });
}

const SAID_PROBLEMS = new Set(['principal', 'paymentAmount', 'paymentCurrency', 'description']);

// A submitted form is user input like any message, whatever the surface drew: a Teams card or a Slack
// view can be replayed with extra or altered fields. Only the fields of the form are read (an injected
// `category` must not pick the decline category), and each is checked with the command's own schema,
// so an unknown close code is asked again instead of failing deep in a use case.

export type FormKind = ReplyForm['kind'];

const NAMES: Record<FormKind, readonly string[]> = {
  decline: ['caseId', 'reason'],
  close: ['caseId', 'closeCode', 'comment', 'paymentAmount', 'paymentCurrency'],
  submit_case: SUBMIT_CASE_FIELDS.map((f) => f.name),
};

/** The field names of a form: all a surface may take from a submitted payload. */
export const formFieldNames = (kind: FormKind): readonly string[] => NAMES[kind] ?? [];

const decline = COMMAND_SCHEMAS['case.decline'].shape;
const close = COMMAND_SCHEMAS['case.close'].shape;
const LONG_TEXT = z.string().max(2000);
const SHORT_TEXT = z.string().max(200);
// Amounts, dates and countries as people write them ("4.800,00", "30/06/2026", "Denmark"), read by
// src/domain/input-parsing.ts into the plain form the commands take ("4800.00", "2026-06-30", "DK"). An
// amount must be a number to go on; a date or country that cannot be read goes on as typed, and the
// submission's own rule (src/domain/submission.ts) refuses it with its sentence.
const KRONE_WORDS = /^(?:kr\.?|krone|kroner|kronor|kronur)$/i;
const AMOUNT_TEXT = z.string().transform(Number).pipe(close.amount.unwrap());
const orAsTyped = (read: (text: string) => string | null, label: string) => ({
  schema: SHORT_TEXT,
  read: (t: string) => read(t) ?? t,
  problem: `${label} is too long (200 characters at most).`,
});

/** Each field: how the text is read for checking, and what to say when it is not valid. */
const CHECKS: Record<
  string,
  {
    schema: z.ZodType;
    read?: (text: string) => unknown;
    problem: string;
    /** A more specific sentence for some texts (a minus sign, an amount too large to store). */
    explain?: (text: string) => string | null;
  }
> = {
  caseId: { schema: decline.caseId, problem: 'The case number should be digits only, e.g. 123.' },
  reason: {
    schema: decline.reason.pipe(LONG_TEXT),
    problem: 'The reason is too long (2,000 characters at most).',
  },
  closeCode: { schema: close.code, problem: 'Pick one of the close codes in the list.' },
  comment: { schema: LONG_TEXT, problem: 'The comment is too long (2,000 characters at most).' },
  paymentAmount: {
    schema: AMOUNT_TEXT,
    read: parseAmount,
    problem: 'The amount recovered should be a positive number, e.g. 1200, 1.200,50 or 1,200.50.',
    explain: amountProblemSaid,
  },
  paymentCurrency: {
    // "kr" (kroner, kronor…) is kept as "kr": the case's own krone, or asked (resolveKrone).
    schema: close.currency.unwrap().or(close.currencyHint.unwrap()),
    read: (t) => (KRONE_WORDS.test(t) ? 'kr' : t.toUpperCase()),
    problem: 'The currency should be a three-letter code, e.g. EUR.',
  },
  description: { schema: LONG_TEXT, problem: 'The description is too long (2,000 characters at most).' },
  clientCountry: orAsTyped(parseCountry, "Your client's country"),
  debtorCountry: orAsTyped(parseCountry, "Debtor's country"),
  principal: {
    schema: AMOUNT_TEXT,
    read: parseAmount,
    problem: 'The amount owed should be a positive number, e.g. 12500, 4.800,00 or 4,800.00.',
    explain: amountProblemSaid,
  },
  debtDate: orAsTyped(parseDate, 'Date the debt fell due'),
};

for (const field of SUBMIT_CASE_FIELDS) {
  if (CHECKS[field.name]) continue;
  const options = field.options?.map((o) => o.value);
  CHECKS[field.name] = options
    ? {
        schema: z.enum(options as [string, ...string[]]),
        read: (t) => t.toLowerCase(),
        problem: `${field.label}: pick one of ${options.join(', ')}.`,
      }
    : { schema: SHORT_TEXT, problem: `${field.label} is too long (200 characters at most).` };
}

/**
 * The form's own check of one field: how its text is read, the zod schema the reading must pass, and the
 * sentence when it does not. The Collection Partner API builds its JSON body schema from these
 * (src/surfaces/api/api-schemas.ts), so a field means the same in chat and over HTTP.
 */
export function formFieldCheck(
  name: string,
): { schema: z.ZodType; read?: (text: string) => unknown; problem: string } | undefined {
  return CHECKS[name];
}

export type FormReading =
  | { ok: true; values: Record<string, string> }
  /** Field name → what is wrong with it, in a sentence. */
  | { ok: false; problems: Record<string, string> };

/**
 * The values of a submitted form that the form has, trimmed and checked; empty ones are left out (the
 * engine asks for what is missing). Anything else in the payload is dropped.
 */
export function readFormValues(kind: FormKind, raw: Readonly<Record<string, unknown>>): FormReading {
  const names = NAMES[kind];
  if (!names) return { ok: false, problems: { form: 'That form is not one I know.' } };
  const values: Record<string, string> = {};
  const problems: Record<string, string> = {};
  for (const name of names) {
    if (!Object.hasOwn(raw, name)) continue;
    const value = raw[name];
    if (value === undefined || value === null) continue;
    const check = CHECKS[name];
    if (typeof value !== 'string' || !check) {
      problems[name] = check ? problemSaid(name, check) : `${name} is not valid.`;
      continue;
    }
    const text = value.trim();
    if (text === '') continue;
    const read = check.read ? check.read(text) : text;
    if (!check.schema.safeParse(read).success)
      problems[name] = check.explain?.(text) ?? problemSaid(name, check);
    else values[name] = typeof read === 'string' ? read : text;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, values };
}

/** FORM_TITLE in the speaker's language. */
export function formTitle(kind: FormKind, caseId?: string): string {
  if (kind === 'submit_case') return say('chat4.form.submit_case');
  return say(kind === 'decline' ? 'chat4.form.decline' : 'chat4.form.close', { caseId: caseId || 'none' });
}

export const FORM_TITLE: Record<FormKind, (caseId?: string) => string> = {
  decline: (id) => (id ? `Decline case ${id}` : 'Decline a case'),
  close: (id) => (id ? `Close case ${id}` : 'Close a case'),
  submit_case: () => 'Submit a case',
};

/** The answer to a form that could not be used: what was wrong, and the form again. */
export function formAgainReply(
  kind: FormKind,
  raw: Readonly<Record<string, unknown>>,
  problems: Record<string, string>,
): Reply {
  const text = say('chat4.form.again', { problems: Object.values(problems).join(' ') });
  if (!NAMES[kind]) return { text };
  const caseId =
    typeof raw.caseId === 'string' && !problems.caseId ? raw.caseId.trim() || undefined : undefined;
  return { text, form: { kind, caseId, title: formTitle(kind, caseId), ...formLocale() } };
}

/**
 * What a submitted form asks for: the command, its arguments, and whether it goes straight to the plan
 * (the submission form is complete by construction) or moves forward like a typed command.
 */
export function formCommand(
  kind: FormKind,
  values: Record<string, string | undefined>,
): { action: ActionName; args: CommandArgs; straightToPlan: boolean } {
  if (kind === 'decline') return { action: 'case.decline', args: { ...values }, straightToPlan: false };
  if (kind === 'close') {
    // Slack and Teams name the fields closeCode / paymentAmount / paymentCurrency.
    const { closeCode, paymentAmount, paymentCurrency, ...rest } = values;
    const args: CommandArgs = { ...rest };
    if (closeCode ?? values.code) args.code = closeCode ?? values.code;
    const amount = paymentAmount ?? values.amount;
    if (amount) args.amount = Number(String(amount).replace(/,/g, ''));
    const currency = paymentCurrency ?? values.currency;
    if (currency === 'kr') args.currencyHint = 'kr';
    else if (currency) args.currency = currency.toUpperCase();
    return { action: 'case.close', args, straightToPlan: false };
  }
  return { action: 'case.submit', args: { ...values }, straightToPlan: true };
}
