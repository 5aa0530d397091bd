import type { ActionName } from '../commands/command-spec.ts';
import type { CloseCode, DeclineCategory } from '../domain/ids.ts';
import type { UseCaseContext } from '../use-cases/context.ts';
import type { Reply } from './reply.ts';

/** What a state change will do, told to the user before they confirm it. */
export interface PlanView {
  summary: string;
  effects?: string[];
}

/** The arguments as the engine carries them (and stores them with a pending question). */
export type CommandArgs = Record<string, unknown>;

/** Set by `complete` when it could not fill an argument and can say why; told before the question. */
export const COMPLETION_NOTE = '__note';

/** A state change: checked (permissions, state) and described first, executed only once confirmed. */
export interface ChangeHandler<Args = CommandArgs> {
  kind: 'change';
  /** Throws a DomainError when refused (a 'needs_confirmation' one asks for a second confirmation). */
  check(ctx: UseCaseContext, args: Args): Promise<PlanView>;
  execute(ctx: UseCaseContext, args: Args): Promise<Reply>;
  /** The refusal check while arguments are still missing, when `check` cannot run without them. */
  precheck?(ctx: UseCaseContext, args: Args): Promise<unknown>;
  /**
   * Arguments read from the case before anything is asked: e.g. the quote a creditor named by its partner's
   * name (`args.said` holds the words). Returns the arguments, completed where it could.
   */
  complete?(ctx: UseCaseContext, args: Args): Promise<CommandArgs>;
  /** The arguments to run again once the user confirmed a 'needs_confirmation' refusal. */
  acknowledge?(args: Args): CommandArgs;
}

/** A question: answered at once. */
export interface ReadHandler<Args = CommandArgs> {
  kind: 'read';
  answer(ctx: UseCaseContext, args: Args): Promise<Reply>;
  /**
   * The refusal check while arguments are still missing, for a command that writes without changing the
   * case (a message on the case chat): a stranger is refused before being asked what to say.
   */
  precheck?(ctx: UseCaseContext, args: Args): Promise<unknown>;
}

export type { ActionName };
export type ActionRegistry = Partial<Record<ActionName, ChangeHandler | ReadHandler>>;

/** The platform's judgement of a decline reason (from src/understanding). */
export interface ReasonAssessment {
  acceptable: boolean;
  category: DeclineCategory | null;
  /** Why it is not acceptable, as a sentence for the user. */
  problem?: string;
}

export interface CloseCodeAdvice {
  code: CloseCode;
  reason: string;
}

/** The understanding the engine needs, whatever interpreter stands behind it. */
export interface Understanding {
  interpret(
    text: string,
    context: { caseId?: string },
  ): Promise<import('../understanding/commands.ts').Interpretation>;
  assessDeclineReason(reason: string): Promise<ReasonAssessment> | ReasonAssessment;
  suggestCloseCode(comment: string): Promise<CloseCodeAdvice | null> | CloseCodeAdvice | null;
}
