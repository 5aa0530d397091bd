import { rereadAs } from '../../commands/answer-readers.ts';
import type { AnswerTools } from '../../commands/command-spec.ts';
import { argumentSpec } from '../../commands/command-table.ts';
import { say } from '../../i18n/messages.ts';
import type { ActionName, CommandArgs } from '../action-registry.types.ts';
import {
  findLatestQuestion,
  type PendingCommand,
  usePendingCommand,
} from '../conversation-memory.repository.ts';
import { parseExtraCommand } from '../extra-commands.ts';
import type { Reply } from '../reply.ts';
import { advance, opensForm } from './advancing.ts';
import { commandSpec, type EngineDeps, type Turn } from './engine-deps.ts';
import { handleInterpretation } from './interpreting.ts';
import { OFFERED, openPending, SAID } from './pending-state.ts';
import { questionReply } from './presenting.ts';

// Asking for a missing argument, and reading the answer. How an answer is read belongs to the argument
// (`ArgumentSpec.read`, src/commands/answer-readers.ts); the engine only decides whether a message is an
// answer at all, or a new command that replaces the question.

/** A message that is only a number (a quote number, an amount, a choice's position): an answer, not a case. */
const NUMBER_ONLY =
  /^\s*(?:(?:quote|no\.?|number|option)\s*)?#?\s*\d[\d.,\s]*(?:\s*(?:%|[A-Za-z]{3}|kr\.?))?\s*[.!]?\s*$/i;

/** A look-up that asks for nothing ("my cases"): said while a question is open, it is a question of its own. */
const needsNothing = (e: EngineDeps, action: ActionName) =>
  e.registry[action]?.kind === 'read' && commandSpec(action)?.asks.length === 0;

/** Asks for one argument of the command; the question stays open (stage 'ask') until answered. */
export async function ask(
  e: EngineDeps,
  turn: Turn,
  action: ActionName,
  args: CommandArgs,
  missing: string,
  prefix?: string,
): Promise<Reply[]> {
  const caseId = args.caseId as string | undefined;
  const argument = argumentSpec(action, missing);
  // Choices read from the case (the open quotes): offered by position too, so kept with the question.
  const offer = argument?.options;
  const options = offer && caseId ? await offer(turn.ctx, args).catch(() => []) : [];
  const { [SAID]: _said, ...kept } = args;
  const pending = await openPending(e, turn, {
    stage: 'ask',
    action,
    args: options.length > 0 ? { ...kept, [OFFERED]: options.map((o) => o.value) } : kept,
    missing,
  });
  return [questionReply({ token: pending.token, argument, missing, caseId, prefix, options })];
}

/** The user answered a question: complete the command that waits, or start over on a new command (null). */
export async function answerQuestion(
  e: EngineDeps,
  turn: Turn,
  pending: PendingCommand,
  text: string,
): Promise<Reply[] | null> {
  const missing = pending.missing ?? 'caseId';
  const argument = argumentSpec(pending.action, missing);
  const fresh = await e.understanding.interpret(text, {});
  // A complete new command naming its own case wins over the question that was waiting.
  // A number alone answers the question (the quote, the amount, the fee), never names another case.
  // So does an answer that starts as the argument does ("5000 DKK, paid yesterday").
  const numberOnly =
    argument?.numeric === true && (NUMBER_ONLY.test(text) || (argument.answerStarts?.test(text) ?? false));
  if (!numberOnly && fresh.decision === 'act' && fresh.caseId && pending.missing !== 'caseId') {
    return null;
  }
  // So do questions that need no case ("help", "my cases") and the commands outside the interpreter.
  if (fresh.action === 'help' || needsNothing(e, fresh.action)) return null;
  if (parseExtraCommand(text) || opensForm(text)) return null;
  // The question is answered now, one way or another: completed, or asked again as a new question.
  if (!(await usePendingCommand(e.db, pending.token, turn.actor.userId, e.clock.now(), turn.eventId)))
    return null;
  const { [OFFERED]: offeredRaw, ...args } = pending.args;
  const action = pending.action as ActionName;
  const handler = e.registry[action];
  const tools: AnswerTools = {
    understanding: e.understanding,
    ctx: turn.ctx,
    args,
    offered: Array.isArray(offeredRaw) ? offeredRaw.map(String) : [],
    complete:
      handler?.kind === 'change' && handler.complete
        ? (a) => (handler.complete as NonNullable<typeof handler.complete>)(turn.ctx, a)
        : undefined,
  };
  const read = argument?.read ?? rereadAs({ name: missing, reread: argument?.reread });
  const reading = await read(text, tools);
  if ('again' in reading) return ask(e, turn, action, args, missing, reading.again);
  // The engine's own clarify: the words are read again, now that the case number is known.
  if (action === 'clarify' && typeof reading.args.caseId === 'string') {
    const n = reading.args.caseId;
    const again = await e.understanding.interpret(String(args.text), { caseId: n });
    return handleInterpretation(e, turn, { ...again, caseId: again.caseId ?? n }, String(args.text));
  }
  return advance(e, turn, action, { ...args, ...reading.args });
}

/**
 * "2" after the question that listed the quotes was answered, cancelled or expired: it picks nothing, and
 * says so, rather than being read as case 2 or as a choice of some other question.
 */
export async function answerToClosedQuestion(
  e: EngineDeps,
  turn: Turn,
  text: string,
): Promise<Reply[] | null> {
  const n = text.match(/^\s*(?:(?:quote|no\.?|number|option)\s*)?#?\s*(\d{1,12})\s*[.!]?\s*$/i)?.[1];
  if (!n) return null;
  const last = await findLatestQuestion(e.db, turn.surface, turn.conversationKey, turn.actor.userId);
  const offered = Array.isArray(last?.args[OFFERED]) ? (last?.args[OFFERED] as unknown[]).map(String) : [];
  if (!last || offered.length === 0) return null;
  if (!offered.includes(n) && !(Number(n) >= 1 && Number(n) <= offered.length)) return null;
  const caseId = String(last.args.caseId ?? '');
  const argument = argumentSpec(last.action, last.missing ?? '');
  const example = argument?.lateHint?.(n, offered, caseId) ?? '';
  return [
    {
      text: say('chat4.engine.late', {
        n,
        question: argument?.question(caseId).split('?')[0] ?? say('chat4.engine.late.earlier'),
        used: last.usedAt ? 'yes' : 'no',
        example,
      }),
    },
  ];
}
