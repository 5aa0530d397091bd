import type { z } from 'zod';
import type {
  ChangeHandler,
  CommandArgs,
  ReadHandler,
  Understanding,
} from '../conversation/action-registry.types.ts';
import type { Reply, ReplyChoice, ReplyForm } from '../conversation/reply.ts';
import type { Actor } from '../domain/actor.ts';
import type { DomainError } from '../domain/errors.ts';
import type { Action, UserRole } from '../domain/ids.ts';
import type { CasePermission } from '../domain/permissions.ts';
import type { Language } from '../i18n/locale.ts';
import type { UseCaseContext } from '../use-cases/context.ts';

// What one chat command is, in one record: src/commands/command-table.ts holds one per action, and the
// engine's questions, the handler registry, help, `/case`, the Teams command list and the LLM tools are
// all read from it (see docs/notes/cmd-table.md).

/** The commands the platform has beyond ../shared/spec/interpret.md (forms, lead passes, reviews). */
export const EXTRA_ACTIONS = [
  'case.submit',
  'quote.decline',
  'decline.resolve',
  'case.answer_info',
  'jobs.due_today',
  'partner.tasks',
  'closecode.score',
  'identity.link_code',
  'identity.list',
  'identity.link',
  'identity.unlink',
  'notice.list_parked',
  'notice.requeue',
  'channel.register',
  'channel.unregister',
  'case.message',
  'case.messages',
  'case.add_info',
  'case.escalate',
  'case.escalation_check',
  'case.commission',
  'sharing.status',
  'sharing.set',
  'user.language',
] as const;

/** The actions of interpret.md, plus the few the platform has outside it. */
export type ActionName = Action | (typeof EXTRA_ACTIONS)[number];

/**
 * What a handler is given: the command's own arguments as its schema types them (any may still be
 * missing: a precheck runs before everything is asked, and answers are not re-validated), plus the
 * engine's own notes (`said`, `suggestedCode`, …), which no schema lists.
 */
export type HandlerArgs<S extends z.ZodObject> = Partial<z.infer<S>> & EngineNotes;

/** What the engine adds to a command's arguments on its way (see conversation-engine.ts). */
export type EngineNotes = {
  /** The words of the message, for an argument read from them (a quote named by its partner). */
  said?: unknown;
  /** The close code the engine suggested instead of Other. */
  suggestedCode?: unknown;
  /** Kept Other although a more specific code was suggested. */
  keepOther?: unknown;
  /** Pre-Legal Exhausted confirmed before the collection period ended. */
  confirmedEarlyPrelegal?: unknown;
};

export type ArgumentChoice = { value: string; label: string };

/** What an argument's answer reader may use: the interpreter's judgements, the case, the question's options. */
export interface AnswerTools {
  understanding: Understanding;
  ctx: UseCaseContext;
  /** The command's arguments so far (without the answer). */
  args: CommandArgs;
  /** The options the question offered, in order ("2" picks the second). */
  offered: readonly string[];
  /** The command's `complete`, when it has one: arguments read from the case (a quote named by its partner). */
  complete?: (args: CommandArgs) => Promise<CommandArgs | null>;
}

/** An answer read: the arguments it gives, or the question asked again after this sentence. */
export type AnswerReading = { args: CommandArgs } | { again: string };

/** An argument the conversation can ask for: the question, and what the surfaces show with it. */
export interface ArgumentSpec {
  name: string;
  question: (caseId?: string) => string;
  /** The form a surface may show instead of the question, once the case is known. */
  form?: ReplyForm['kind'];
  /** Fixed choices offered with the question (the 14 close codes). */
  choices?: readonly ArgumentChoice[];
  /** Choices read from the case (the open quotes); offered only when the case is known. */
  options?: (ctx: UseCaseContext, args: CommandArgs) => Promise<ArgumentChoice[]>;
  /** A number alone answers it ("18", "2"): never read as another case. */
  numeric?: boolean;
  /** The answer is read again by the interpreter as if it followed these words ("close case 12 …"). */
  reread?: string;
  /** An answer that starts like this is the answer, words after it included ("5000 DKK, paid yesterday"). */
  answerStarts?: RegExp;
  /**
   * How a typed answer is read (src/commands/answer-readers.ts). Without it, the answer is read again by
   * the interpreter after `reread` and the argument of the same name is taken.
   */
  read?: (text: string, tools: AnswerTools) => Promise<AnswerReading>;
  /** Said after "2" answered a question that is no longer open: how to pick that option by words instead. */
  lateHint?: (picked: string, offered: readonly string[], caseId: string) => string;
}

/** What a command's advice asks of the conversation once every argument is given, before the plan. */
export type Advice =
  /** Go on to the plan with these arguments. */
  | { kind: 'go'; args: CommandArgs }
  /** Ask (again) for an argument, after the note saying why. */
  | { kind: 'ask'; missing: string; args: CommandArgs; note: string }
  /** Offer a choice first (a more specific close code); `CommandSpec.advice.chosen` reads the pick. */
  | {
      kind: 'offer';
      args: CommandArgs;
      title: string;
      text: string;
      options: ReadonlyArray<{
        option: string;
        label: string;
        style?: ReplyChoice['style'];
        /** Accessibility: what the button does, and on which case. */
        description?: string;
      }>;
    };

/** A command's advice: judged by the platform's understanding before the plan is shown. */
export interface CommandAdvice {
  /** Whether the advice applies; when it does, the refusals are checked first with what is known. */
  when(args: CommandArgs): boolean;
  give(args: CommandArgs, understanding: Understanding): Promise<Advice>;
  /** The arguments once one of the offered options is picked. */
  chosen?(args: CommandArgs, option: string): CommandArgs;
}

/** Who a help line is for. `exclusive_partner`: partners who verify cases (legal-network ones quote). */
export type HelpAudience = 'everyone' | 'exclusive_partner' | UserRole;

export interface HelpLine {
  audience: HelpAudience;
  /** Example wording, then what it does: "*accept 123* — accept a case in pending verification". */
  line: string;
  /**
   * The line in other languages (issue 12), by language code ('da', 'sv', 'nb', 'de', 'fi', 'es'); a language
   * without one is shown the English line. The example keeps the command words the bot reads.
   */
  in?: Partial<Record<Language, string>>;
}

/** What a `/case` text becomes: a sentence said to the engine, or a form opened at once. */
export type CaseCommand =
  | { kind: 'message'; text: string }
  | { kind: 'form'; form: ReplyForm['kind']; caseId?: string };

export interface SlashSpec {
  /** As shown in the Slack manifest's usage hint: "close 123". */
  usage: string;
  /** The normalized `/case` text (trimmed, single spaces) → what to do, or null when it is not this form. */
  parse(text: string): CaseCommand | null;
}

/** Who may use a command: a case permission of src/domain/permissions.ts, checked by its use case. */
export type CommandPermission = { case: CasePermission } | { roles: readonly UserRole[] } | 'anyone';

export interface CommandSpec<S extends z.ZodObject = z.ZodObject> {
  /** Validator of parsed input, the LLM tool's parameters (when `llmTool`), and the arguments' type. */
  schema: S;
  /** Offered to the LLM as a tool (the interpret.md actions). */
  llmTool: boolean;
  /** Required arguments, in the order they are asked, with their question. */
  asks: readonly ArgumentSpec[];
  /** An argument needed only in some cases (the comment of a close as Other), asked after `asks`. */
  alsoNeeds?: { argument: ArgumentSpec; when: (args: CommandArgs) => boolean };
  /** Arguments asked for in the course of the command though not required up front (amount on a close). */
  mayAsk?: readonly ArgumentSpec[];
  permission: CommandPermission;
  help: readonly HelpLine[];
  /** Changes state: checked, shown, and run only once the person who asked confirms. */
  changesState: boolean;
  /**
   * The use case: `check`/`execute` for a change, `answer` for a read. Null when the engine answers it
   * itself (help, clarify, none, close-code advice).
   */
  handler: ChangeHandler<HandlerArgs<S>> | ReadHandler<HandlerArgs<S>> | null;
  /** Recognized before the interpreter, in the platform's own narrow wording ("no quote on 12"). */
  says?: (text: string) => CommandArgs | null;
  slash?: SlashSpec;
  /** An entry of the Teams bot's command list (src/surfaces/teams/app-package/manifest.json). */
  teams?: { title: string; description: string };

  // Hooks of the conversation engine (src/conversation/engine/), so that no command is named there.

  /** Tidies the arguments each time the command moves forward (the payment out of a close comment). */
  prepare?: (args: CommandArgs, understanding: Understanding) => Promise<CommandArgs> | CommandArgs;
  /** Judged once everything is given, before the plan (a vague decline reason, Other with a better code). */
  advice?: CommandAdvice;
  /** A refusal of the check that one more argument resolves: asked, after the note (the amount of a close). */
  askOnRefusal?: (error: DomainError, args: CommandArgs) => { missing: string; note: string } | null;
  /** Words that open the command's form at once, before anything else is read ("submit a case"). */
  opensForm?: { words: RegExp; reply(actor: Actor): Reply };
}

/** The schema first, so that the handler's arguments are typed from it. */
export function defineCommand<S extends z.ZodObject>(
  schema: S,
  spec: Omit<CommandSpec<S>, 'schema'>,
): CommandSpec<S> {
  return { schema, ...spec };
}
