import type { z } from 'zod';
import type { CommandArgs } from '../conversation/action-registry.types.ts';
import { ACTIONS, type Action } from '../domain/ids.ts';
import {
  caseCommission,
  caseEscalate,
  caseEscalationCheck,
  sharingSet,
  sharingStatus,
} from './account-commands.ts';
import { caseAddInfo, caseMessage, caseMessages } from './case-chat-commands.ts';
import {
  caseAccept,
  caseAnswerInfo,
  caseDecline,
  caseList,
  caseOfferTerms,
  caseRequestInfo,
  caseStatus,
  caseWithdraw,
  declineResolve,
  partnerTasks,
} from './case-commands.ts';
import { caseSubmit, clarify, help, jobsDueToday, none } from './chat-commands.ts';
import { caseClose, closeCodeScore, closeCodeSuggest, paymentRegister } from './closing-commands.ts';
import type { ActionName, ArgumentSpec, CommandSpec, SlashSpec } from './command-spec.ts';
import { userLanguage } from './language-commands.ts';
import { leadPullback, quoteDecline, quoteList, quoteSelect, quoteSubmit } from './quote-commands.ts';
import {
  channelRegister,
  channelUnregister,
  identityLink,
  identityLinkCode,
  identityList,
  identityUnlink,
  noticeListParked,
  noticeRequeue,
} from './support-commands.ts';

// THE description of every chat command: one entry per action, each with its schema, the arguments it
// asks for, who may use it, its help line, whether it changes state, its use case, and how it is written
// as `/case …` or listed in Teams. Everything else is read from here: the engine's questions, the handler
// registry, help, `/case`, the Teams list, the LLM tools, STATE_CHANGING_ACTIONS. A missing entry does not
// compile; an entry missing a help line or a question fails test/commands/command-table.test.ts.
//
// The order is the order of help (by audience) and of the `/case` usage hint.

export const COMMANDS = {
  'case.status': caseStatus,
  'case.list': caseList,
  'quote.list': quoteList,
  'closecode.suggest': closeCodeSuggest,
  'partner.tasks': partnerTasks,
  'case.accept': caseAccept,
  'case.decline': caseDecline,
  'case.request_info': caseRequestInfo,
  'case.offer_terms': caseOfferTerms,
  'payment.register': paymentRegister,
  'case.close': caseClose,
  'closecode.score': closeCodeScore,
  'quote.submit': quoteSubmit,
  'case.submit': caseSubmit,
  'case.commission': caseCommission,
  'quote.select': quoteSelect,
  'lead.pullback': leadPullback,
  'case.withdraw': caseWithdraw,
  'case.escalate': caseEscalate,
  'case.escalation_check': caseEscalationCheck,
  'sharing.status': sharingStatus,
  'sharing.set': sharingSet,
  'case.answer_info': caseAnswerInfo,
  'case.message': caseMessage,
  'case.messages': caseMessages,
  'case.add_info': caseAddInfo,
  'decline.resolve': declineResolve,
  'jobs.due_today': jobsDueToday,
  'identity.link_code': identityLinkCode,
  'identity.list': identityList,
  'identity.link': identityLink,
  'identity.unlink': identityUnlink,
  'notice.list_parked': noticeListParked,
  'notice.requeue': noticeRequeue,
  'channel.register': channelRegister,
  'channel.unregister': channelUnregister,
  'quote.decline': quoteDecline,
  'user.language': userLanguage,
  help,
  clarify,
  none,
  // The schema type varies per entry; `satisfies` keeps each entry's own while requiring every action.
  // biome-ignore lint/suspicious/noExplicitAny: each entry is checked against its own schema by defineCommand
} as const satisfies { [A in ActionName]: CommandSpec<any> };

export type CommandTable = typeof COMMANDS;

/** A command's arguments as its schema types them: what the interpreter hands over once validated. */
export type CommandArgsOf<A extends ActionName> = z.infer<CommandTable[A]['schema']>;

export const ACTION_NAMES = Object.keys(COMMANDS) as ActionName[];

/** Commands that change state: always confirmed by the person who asked before they run. */
export const STATE_CHANGING: ReadonlySet<ActionName> = new Set(
  ACTION_NAMES.filter((a) => COMMANDS[a].changesState),
);

/** The interpret.md actions that change a case (the interpreter is stricter about them). */
export const STATE_CHANGING_ACTIONS: ReadonlySet<Action> = new Set(
  ACTIONS.filter((a) => COMMANDS[a].changesState),
);

/** Every argument the command may ask for: the required ones, the conditional one, and the others. */
export function argumentsOf(action: ActionName): ArgumentSpec[] {
  const spec: CommandSpec = COMMANDS[action];
  return [...spec.asks, ...(spec.alsoNeeds ? [spec.alsoNeeds.argument] : []), ...(spec.mayAsk ?? [])];
}

/** How the command asks for an argument; undefined for one it never asks (or an unknown action). */
export function argumentSpec(action: string, name: string): ArgumentSpec | undefined {
  if (!Object.hasOwn(COMMANDS, action)) return undefined;
  return argumentsOf(action as ActionName).find((a) => a.name === name);
}

const given = (v: unknown) => v !== undefined && v !== null && v !== '';

/** The first argument still missing for the command, in the order its entry asks them; null when complete. */
export function firstMissing(action: ActionName, args: CommandArgs): ArgumentSpec | null {
  const spec: CommandSpec = COMMANDS[action];
  const missing = spec.asks.find((a) => !given(args[a.name]));
  if (missing) return missing;
  return spec.alsoNeeds?.when(args) ? spec.alsoNeeds.argument : null;
}

/**
 * Which command a `clarify` was about, judged from what it misses: the first interpret.md command that
 * requires that argument (a reason → decline, a code → close, an amount → payment, a quote → select).
 */
export function actionMissing(argument: string): Action | undefined {
  if (argument === 'caseId') return undefined;
  return ACTIONS.find((a) => COMMANDS[a].llmTool && COMMANDS[a].asks.some((x) => x.name === argument));
}

/** The `/case` forms, in the table's order (their patterns do not overlap). */
export const SLASH_FORMS: readonly SlashSpec[] = ACTION_NAMES.flatMap((a) => {
  const slash = (COMMANDS[a] as CommandSpec).slash;
  return slash ? [slash] : [];
});

/** The Slack manifest's usage hint for `/case` (manifest.yml). */
export const SLASH_USAGE = SLASH_FORMS.map((s) => s.usage).join(' | ');

/** The Teams bot's command list (src/surfaces/teams/app-package/manifest.json). */
export const TEAMS_COMMANDS: ReadonlyArray<{ title: string; description: string }> = ACTION_NAMES.flatMap(
  (a) => {
    const teams = (COMMANDS[a] as CommandSpec).teams;
    return teams ? [teams] : [];
  },
);

/** The tools offered to the LLM, in the order of interpret.md's actions. */
export const LLM_TOOL_ACTIONS: readonly Action[] = ACTIONS.filter((a) => COMMANDS[a].llmTool);
