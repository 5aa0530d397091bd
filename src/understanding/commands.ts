import { z } from 'zod';
import { COMMANDS, type CommandTable } from '../commands/command-table.ts';
import {
  amount,
  caseId,
  category,
  code,
  currency,
  currencyHint,
  status,
  successFeePct,
} from '../commands/fields.ts';
import {
  ACTIONS,
  type Action,
  type CaseStatus,
  type CloseCode,
  type DeclineCategory,
} from '../domain/ids.ts';

// The zod schemas of the commands of ../shared/spec/interpret.md, as the command table
// (src/commands/command-table.ts) defines them. Each is at once the tool definition bound to the LLM,
// the validator of every interpretation (offline or LLM), and the TypeScript type the conversation
// consumes. No other description of a command exists.

// The table's own schema types, one per action (Object.fromEntries forgets which is which).
export const COMMAND_SCHEMAS = Object.fromEntries(ACTIONS.map((a) => [a, COMMANDS[a].schema])) as {
  [A in Action]: CommandTable[A]['schema'];
};

export type CommandArgs<A extends Action> = z.infer<(typeof COMMAND_SCHEMAS)[A]>;

/** Actions that change a case: always confirmed by the person who asked before they run. */
export { STATE_CHANGING_ACTIONS } from '../commands/command-table.ts';

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
  /** "500 kr": a krone, but whose? Left to the case's currency (DKK, SEK, NOK, ISK); `currency` is then absent. */
  currencyHint?: 'kr';
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
  currencyHint: currencyHint.optional(),
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
