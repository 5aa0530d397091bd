import { z } from 'zod';
import {
  ACTIONS,
  type Action,
  CASE_STATUSES,
  type CaseStatus,
  CLOSE_CODES,
  type CloseCode,
  DECLINE_CATEGORIES,
  type DeclineCategory,
  isCaseNumber,
} from '../domain/ids.ts';
import { MAX_AMOUNT_CENTS } from '../domain/money.ts';

// One zod schema per command of ../shared/spec/interpret.md. Each is at once the tool definition bound
// to the LLM, the validator of every interpretation (offline or LLM), and the TypeScript type the
// conversation consumes. No other description of a command exists.

// Field descriptions stay short: every tool is sent on every LLM call, and the system prompt explains
// the shared conventions (digits only, ISO currency, null category) once.
// Bounded by what the database holds: a case number is an integer id, an amount a numeric(14, 2).
const caseId = z
  .string()
  .regex(/^\d{1,12}$/)
  .refine(isCaseNumber, 'not a case number');
const status = z.enum(CASE_STATUSES);
const category = z.enum(DECLINE_CATEGORIES).nullable().describe('null if none fits');
const code = z.enum(CLOSE_CODES);
const comment = z.string().max(2000);
const amount = z
  .number()
  .positive()
  .max(Number(MAX_AMOUNT_CENTS) / 100);
const currency = z.string().regex(/^[A-Z]{3}$/);
const successFeePct = z.number().min(0).max(100);

export const COMMAND_SCHEMAS = {
  'case.status': z.object({ caseId }).describe('Show one case'),
  'case.list': z.object({ status: status.optional() }).describe("List the user's cases"),
  'case.accept': z.object({ caseId }).describe('Accept a case'),
  'case.decline': z
    .object({
      caseId,
      reason: z.string().min(1),
      category,
    })
    .describe('Decline a case'),
  'case.request_info': z
    .object({ caseId, comment: comment.optional() })
    .describe('Ask the creditor for information'),
  'case.offer_terms': z
    .object({ caseId, successFeePct: successFeePct.optional(), comment: comment.optional() })
    .describe('Offer custom terms instead of standard pricing'),
  'case.close': z
    .object({
      caseId,
      code,
      comment: comment.optional(),
      amount: amount.optional(),
      currency: currency.optional(),
    })
    .describe('Close a case'),
  'payment.register': z
    .object({ caseId, amount, currency: currency.optional() })
    .describe('Record a debtor payment'),
  'quote.list': z.object({ caseId }).describe('Show the quotes on a case'),
  'quote.select': z
    .object({
      caseId,
      quoteId: z.string().regex(/^\d{1,12}$/),
    })
    .describe('Pick the winning quote'),
  'quote.submit': z
    .object({ caseId, successFeePct: successFeePct.optional(), comment: comment.optional() })
    .describe('Submit a quote on a lead'),
  'lead.pullback': z.object({ caseId }).describe('Stop the quote process'),
  'case.withdraw': z.object({ caseId, comment: comment.optional() }).describe('Creditor stops collection'),
  'closecode.suggest': z
    // The situation only: the platform's close-code suggester picks the code, for either interpreter.
    .object({ comment: comment.optional().describe('the situation') })
    .describe('Which close code fits a situation'),
  help: z.object({}).describe('What the bot can do'),
  clarify: z
    .object({
      missing: z.array(z.enum(['caseId', 'reason', 'code', 'amount', 'quoteId'])).min(1),
    })
    .describe('A command missing something it needs'),
  none: z.object({}).describe('Not a command'),
} as const satisfies Record<Action, z.ZodObject>;

export type CommandArgs<A extends Action> = z.infer<(typeof COMMAND_SCHEMAS)[A]>;

/** Tool names may not contain dots: `case.decline` travels as `case_decline`. */
export const toolName = (action: Action): string => action.replace('.', '_');
const ACTION_BY_TOOL = new Map<string, Action>(ACTIONS.map((a) => [toolName(a), a]));
export const actionForTool = (name: string): Action | undefined => ACTION_BY_TOOL.get(name);

/**
 * What the interpreter decided, routed on by the hybrid interpreter and the conversation:
 * - `act`: a command it understood whole (a change still goes through the user's confirmation);
 * - `ask`: a command with something missing or unclear (`action: 'clarify'`);
 * - `refuse`: on purpose not a command: negated, hypothetical, conditional, later, quoted, bulk, small talk;
 * - `unsure`: no rule recognised it. Only then is the LLM (when configured) asked.
 */
export const DECISIONS = ['act', 'ask', 'refuse', 'unsure'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The contract's 0..1 `confidence`, derived from the decision: nothing routes on the number. */
export const DECISION_CONFIDENCE: Record<Decision, number> = {
  act: 0.9,
  ask: 0.85,
  refuse: 0.9,
  unsure: 0.4,
};

/** An answer's decision from its action alone, for answers that do not say (the LLM's). */
export function decisionOf(action: Action): Decision {
  return action === 'clarify' ? 'ask' : action === 'none' ? 'refuse' : 'act';
}

export interface Interpretation {
  action: Action;
  decision: Decision;
  caseId?: string;
  category?: DeclineCategory | null;
  reason?: string;
  code?: CloseCode;
  comment?: string;
  amount?: number;
  currency?: string;
  quoteId?: string;
  status?: CaseStatus;
  missing?: string[];
  successFeePct?: number;
  confidence: number;
  source?: 'offline' | 'llm';
  /** Only with --explain: how the offline interpreter got there. */
  explain?: Record<string, unknown>;
}

export const interpretationSchema = z.object({
  action: z.enum(ACTIONS),
  caseId: caseId.optional(),
  category: category.optional(),
  reason: z.string().optional(),
  code: code.optional(),
  comment: z.string().optional(),
  amount: amount.optional(),
  currency: currency.optional(),
  quoteId: z.string().optional(),
  status: status.optional(),
  missing: z.array(z.string()).optional(),
  successFeePct: successFeePct.optional(),
  decision: z.enum(DECISIONS),
  confidence: z.number().min(0).max(1),
  source: z.enum(['offline', 'llm']).optional(),
});

/**
 * Builds a validated interpretation from an action and its arguments, whoever produced them.
 * Returns null when the arguments do not satisfy the action's schema (the caller falls back).
 */
export function toInterpretation(
  action: Action,
  args: unknown,
  confidence: number,
  source: 'offline' | 'llm',
): Interpretation | null {
  const parsed = COMMAND_SCHEMAS[action].safeParse(args ?? {});
  if (!parsed.success) return null;
  return { action, ...(parsed.data as object), decision: decisionOf(action), confidence, source };
}

/** Whether an interpretation carries everything its action needs. */
export function isComplete(i: Interpretation): boolean {
  const { action, decision: _d, confidence: _c, source: _s, explain: _e, ...args } = i;
  return COMMAND_SCHEMAS[action].safeParse(args).success;
}
