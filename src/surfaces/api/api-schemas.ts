import { z } from 'zod';
import { type FormField, formFieldCheck, SUBMIT_CASE_FIELDS } from '../../conversation/forms.ts';
import type { CaseStatus } from '../../domain/ids.ts';

// The Collection Partner API's request body, derived from the submission form (src/conversation/forms.ts):
// the same field names, and each value goes through the form's own check (the same reading of amounts,
// dates and countries, the same zod schema, the same sentence). What the form's values then become is
// the chat command's own mapping (submissionInput), and the rules are the submission's
// (src/domain/submission.ts). Only JSON's types are added: an amount may be a JSON number, `disputed` a
// boolean.
//
// The API has no claim type (help centre: "The Collection Partner API does not expose a claim type field.
// Every case submitted via the API is automatically set to Unpaid Invoice"). A body naming one is refused
// with that sentence rather than silently ignored, so a client that expects a Loan Repayment learns it
// at once instead of from the case.

/** Form fields the API does not have. */
export const API_OMITTED_FIELDS = ['claimType'] as const;

export const CLAIM_TYPE_REFUSAL =
  'The API has no claim type: every case submitted through the API is an Unpaid Invoice. Submit a Loan Repayment through the form in chat or the portal instead.';

/** The JSON types the API accepts where the form only has text. */
const JSON_INPUT: Partial<Record<string, (problem: string) => z.ZodType>> = {
  principal: (error) => z.union([z.number(), z.string()], { error }),
  disputed: (error) => z.union([z.boolean(), z.enum(['yes', 'no'])], { error }),
};

function apiField(field: FormField): z.ZodType {
  const check = formFieldCheck(field.name);
  if (!check) throw new Error(`the submission form has no check for ${field.name}`);
  const input =
    JSON_INPUT[field.name]?.(check.problem) ??
    (field.options
      ? z.enum(field.options.map((o) => o.value) as [string, ...string[]], { error: check.problem })
      : z.string({ error: `${field.label} should be text.` }));
  const read = input.transform((value, ctx): string | undefined => {
    const text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value).trim();
    if (text === '') {
      if (!field.optional)
        ctx.issues.push({ code: 'custom', message: `"${field.label}" is required.`, input: value });
      return undefined;
    }
    const reading = check.read ? check.read(text) : text;
    if (!check.schema.safeParse(reading).success) {
      ctx.issues.push({ code: 'custom', message: check.problem, input: value });
      return z.NEVER;
    }
    return typeof reading === 'string' ? reading : text;
  });
  const described = read.meta({
    title: field.label,
    ...(field.hint ? { description: field.hint } : {}),
  });
  return field.optional ? described.optional() : described;
}

const apiFields = SUBMIT_CASE_FIELDS.filter(
  (f) => !(API_OMITTED_FIELDS as readonly string[]).includes(f.name),
);

/** POST /api/v1/cases: the body, checked field by field; unknown fields (claimType among them) refused. */
export const apiSubmitCaseBody = z
  .strictObject(Object.fromEntries(apiFields.map((f) => [f.name, apiField(f)])))
  .meta({ title: 'CaseSubmission', description: 'A case a managing partner submits for its client.' });

export interface FieldProblem {
  path: string;
  message: string;
}

/** zod's issues as one sentence per field, in the order of the form. */
export function fieldProblems(error: z.ZodError, body: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          path: key,
          message: (API_OMITTED_FIELDS as readonly string[]).includes(key)
            ? CLAIM_TYPE_REFUSAL
            : `"${key}" is not a field of a case submission (see /api/v1/openapi.json).`,
        });
      }
      continue;
    }
    const path = issue.path.join('.') || '(body)';
    const field = apiFields.find((f) => f.name === issue.path[0]);
    const absent =
      field && issue.path.length === 1 && (body[field.name] === undefined || body[field.name] === null);
    const message = absent ? `"${field.label}" is required.` : issue.message;
    problems.push({ path, message });
  }
  const order = (p: FieldProblem) => {
    const i = apiFields.findIndex((f) => f.name === p.path);
    return i === -1 ? apiFields.length : i;
  };
  return problems.sort((a, b) => order(a) - order(b));
}

// What the API answers, for the OpenAPI document (the handlers build these from ApiCaseView).
const CASE_STATUS_VALUES = [
  'pending_verification',
  'needs_additional_details',
  'active',
  'paused',
  'collecting_quotes',
  'closed',
] as const satisfies readonly CaseStatus[];

export const apiCaseStatus = z.enum(CASE_STATUS_VALUES);

export const apiCase = z
  .object({
    id: z.number().int(),
    status: apiCaseStatus,
    statusLabel: z.string(),
    claimType: z.literal('unpaid_invoice').or(z.string()),
    client: z.object({ name: z.string(), country: z.string() }),
    debtor: z.object({
      name: z.string(),
      type: z.enum(['company', 'person']),
      country: z.string(),
      region: z.string().nullable(),
    }),
    principal: z.string().meta({ description: 'decimal, e.g. "4800.00"' }),
    currency: z.string(),
    principalUsd: z.string(),
    debtDate: z.string().meta({ description: 'YYYY-MM-DD' }),
    successFeePct: z.string().nullable(),
    collectionPartner: z
      .string()
      .nullable()
      .meta({ description: 'the partner collecting; null while the legal network quotes on it' }),
    createdAt: z.string(),
    statusChangedAt: z.string(),
  })
  .meta({ title: 'Case' });

export const apiSubmitted = z
  .object({
    case: apiCase,
    summary: z.string(),
    successFee: z.object({ pct: z.number(), explanation: z.string() }),
    routedTo: z.object({
      kind: z.enum(['exclusive', 'legal_network']),
      collectionPartner: z.string().optional(),
    }),
  })
  .meta({ title: 'SubmittedCase' });

export const apiPreview = z
  .object({
    summary: z.string(),
    effects: z
      .array(z.string())
      .meta({ description: 'the success fee, the documents needed, where it goes' }),
    successFee: z.object({ pct: z.number(), explanation: z.string() }),
  })
  .meta({ title: 'SubmissionPreview' });

export const apiCaseList = z
  .object({
    cases: z.array(apiCase),
    next: z.number().int().nullable().meta({ description: 'pass as `before` for the next page' }),
  })
  .meta({ title: 'CaseList' });

export const apiError = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .meta({ title: 'Error' });

/** GET /api/v1/cases query. */
export const apiListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  before: z.coerce.number().int().positive().optional(),
  status: apiCaseStatus.optional(),
});
