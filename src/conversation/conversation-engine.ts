import type { Kysely } from 'kysely';
import {
  actionMissing,
  argumentSpec,
  firstMissing,
  STATE_CHANGING_ACTIONS,
} from '../commands/command-table.ts';
import type { Database } from '../db/database.ts';
import { platformUnavailable } from '../db/database-unavailable.ts';
import { joinTransaction } from '../db/join-transaction.ts';
import { findPartner } from '../db/repositories/partner.repository.ts';
import { findUser, findUserByChatIdentity } from '../db/repositories/user.repository.ts';
import type { Actor } from '../domain/actor.ts';
import { type Clock, systemClock } from '../domain/clock.ts';
import { scoreImpact } from '../domain/close-codes.ts';
import { isDomainError } from '../domain/errors.ts';
import { CLOSE_CODE_INFO, type CloseCode, isCaseNumber } from '../domain/ids.ts';
import type { Logger } from '../logger.ts';
import type { Interpretation } from '../understanding/commands.ts';
import { stripMarkup } from '../understanding/normalize.ts';
import type { LeadSettings, UseCaseContext } from '../use-cases/context.ts';
import {
  type ActionName,
  type ActionRegistry,
  COMPLETION_NOTE,
  type CommandArgs,
  type PlanView,
  type Understanding,
} from './action-registry.types.ts';
import { invalidChoice } from './choice-check.ts';
import { paymentFromCloseComment } from './close-payment-words.ts';
import {
  claimEvent,
  closeOpenQuestions,
  conversationCase,
  createPendingCommand,
  findLatestQuestion,
  findOpenQuestion,
  findPendingByToken,
  type PendingCommand,
  rememberConversationCase,
  usePendingCommand,
} from './conversation-memory.repository.ts';
import type {
  ChatSurface,
  ConversationEngine,
  IncomingChoice,
  IncomingForm,
  IncomingMessage,
} from './engine-contract.ts';
import { categoryNamed, parseExtraCommand } from './extra-commands.ts';
import { FORM_TITLE, formAgainReply, readFormValues } from './forms.ts';
import { helpReply } from './help-text.ts';
import { notLinkedText } from './identity.ts';
import type { Reply } from './reply.ts';

export interface ConversationEngineOptions {
  db: Kysely<Database>;
  understanding: Understanding;
  registry: ActionRegistry;
  logger: Logger;
  clock?: Clock;
  /** How long a question or a confirmation stays open (CONFIRMATION_TTL_MINUTES); 30 minutes by default. */
  pendingTtlMs?: number;
  leadSettings?: LeadSettings;
}

/** Where a message comes from, once the speaker is known. */
interface Turn {
  surface: ChatSurface;
  conversationKey: string;
  actor: Actor;
  ctx: UseCaseContext;
  /** The delivery being handled: what it used and asked is marked with it (see findOpenQuestion). */
  eventId?: string;
}

/** Refusals the user must hear before being asked anything more. */
const BLOCKING_CODES = new Set([
  'forbidden',
  'not_found',
  'invalid_state',
  'sdca_not_signed',
  'already_done',
  'conflict',
]);

/** How a command asks for an argument, from the command table; a plain request for one it never asks. */
const questionFor = (action: string, missing: string, caseId?: string): string =>
  argumentSpec(action, missing)?.question(caseId) ?? `I need the ${missing} to go on.`;

export const SUBMIT_WORDS =
  /^\s*(?:please\s+)?(?:submit|create|register|add|open)\s+(?:a\s+)?(?:new\s+)?case\b[^\d]*$/i;
/**
 * The surfaces remove the bot's own mention; a mention of anyone else stays as a plain "@name", so a
 * request addressed to a colleague ("<@U0MARIA> can you accept 8820?") reads as "@U0MARIA can you accept
 * 8820?" and is refused like "@maria can you …", never carried out for the speaker.
 */
const mentionsAsText = (text: string) =>
  text
    .replace(/<@([A-Z0-9]+)(?:\|([^<>]*))?>/g, (_m, id: string, label?: string) => ` @${label || id} `)
    .replace(/<at>([^<]*)<\/at>/gi, (_m, name: string) => ` @${name.trim().replace(/\s+/g, '')} `)
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Longer messages are answered with the limit instead of read: a request and its reason fit easily, and
 * a pasted document is not a request (the interpreter reads the first 2,000 characters in any case).
 */
export const MAX_MESSAGE_CHARS = 4000;
export const TOO_LONG_TEXT = `That message is too long for me: I read requests of up to ${MAX_MESSAGE_CHARS.toLocaleString('en')} characters. Please send the request on its own, with a short reason.`;

/** Marks an acknowledged 'needs confirmation': confirming it shows the plan rather than running it. */
const THEN_PLAN = '__thenPlan';
/** The plan the user confirmed, kept to tell them it was done if a crash cost the first answer. */
const PLAN_SUMMARY = '__summary';
const DEFAULT_PENDING_TTL_MS = 30 * 60_000;
/** The options a question offered, in order: "2" answers it with the second, and only while it is open. */
const OFFERED = '__offered';
const AMOUNT_FIRST = /^\s*(?:[A-Za-z]{3}\s*)?\d/;
/** The words of the message, for an argument the registry reads from them (a quote named by its partner). */
const SAID = 'said';
/** A message that is only a number (a quote number, an amount, a choice's position): an answer, not a case. */
const NUMBER_ONLY =
  /^\s*(?:(?:quote|no\.?|number|option)\s*)?#?\s*\d[\d.,\s]*(?:\s*(?:%|[A-Za-z]{3}|kr\.?))?\s*[.!]?\s*$/i;

/** "30 minutes", "1 hour", "2 hours": how long a confirmation stays usable, as the user reads it. */
export function describeDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
// One class for the tail: "\s*[.!]*\s*$" tried every split of a long run of spaces.
const CANCEL_WORDS = /^\s*(cancel|stop|never ?mind|abort|no)[\s.!]*$/i;
const CONFIRM_WORDS = /^\s*(confirm|yes|yes please|ok|go ahead|do it)[\s.!]*$/i;

export function createConversationEngine(options: ConversationEngineOptions): ConversationEngine {
  const {
    db,
    understanding,
    registry,
    logger,
    clock = systemClock,
    pendingTtlMs = DEFAULT_PENDING_TTL_MS,
  } = options;

  /** The speaker's open questions in this conversation end: a new command or a cancel replaces them. */
  const closeQuestionsOf = (turn: Turn, now: Date) =>
    closeOpenQuestions(db, turn.surface, turn.conversationKey, turn.actor.userId, now, turn.eventId);

  async function begin(input: {
    surface: ChatSurface;
    userExternalId: string;
    conversationKey: string;
    eventId?: string;
    recorded?: boolean;
  }): Promise<Turn | Reply[] | null> {
    const now = clock.now();
    // Old memory is forgotten by a scheduled job (src/jobs/forget-conversation-memory.ts), not here.
    // A delivery the inbox recorded was deduplicated there; claiming it again would refuse its re-run.
    if (input.eventId && !input.recorded && !(await claimEvent(db, input.surface, input.eventId, now)))
      return null;
    const actor = await findUserByChatIdentity(db, input.surface, input.userExternalId);
    if (!actor) return [{ text: notLinkedText(input.surface), private: true }];
    return {
      surface: input.surface,
      conversationKey: input.conversationKey,
      actor,
      ctx: { db, clock, actor, channel: input.surface, leadSettings: options.leadSettings },
      eventId: input.eventId,
    };
  }

  /**
   * One place for every failure: a refusal is told as it is; the database being down or too slow is
   * told as such (nothing was done, try again later); anything else is logged and apologised for.
   */
  function failure(error: unknown, where: Record<string, unknown>): Reply[] {
    if (isDomainError(error)) return [{ text: error.message }];
    const unavailable = platformUnavailable(error);
    if (unavailable) {
      logger.warn({ err: error, ...where, reason: unavailable.details.reason }, 'database unavailable');
      return [{ text: unavailable.message }];
    }
    logger.error({ err: error, ...where }, 'conversation failed');
    return [
      {
        text: 'Sorry, something went wrong on my side and nothing was changed. Please try again in a moment; if it keeps happening, tell support.',
      },
    ];
  }

  async function remember(turn: Turn, caseId: unknown): Promise<void> {
    const id = Number(caseId);
    // Only a number that can be a case: "status of case 3000000000" must not reach an integer column.
    if (isCaseNumber(String(caseId ?? '').trim())) {
      await rememberConversationCase(db, turn.surface, turn.conversationKey, id, clock.now());
    }
  }

  async function ask(
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
    const pending = await createPendingCommand(db, {
      surface: turn.surface,
      conversationKey: turn.conversationKey,
      userId: turn.actor.userId,
      stage: 'ask',
      action,
      args: options.length > 0 ? { ...kept, [OFFERED]: options.map((o) => o.value) } : kept,
      missing,
      now: clock.now(),
      ttlMs: pendingTtlMs,
      eventId: turn.eventId,
    });
    const question = questionFor(action, missing, caseId);
    const reply: Reply = { text: prefix ? `${prefix} ${question}` : question };
    if (options.length > 0) {
      reply.choices = options.map((o) => ({ value: `choose:${pending.token}:${o.value}`, label: o.label }));
    }
    if (argument?.form && caseId)
      reply.form = { kind: argument.form, caseId, title: FORM_TITLE[argument.form](caseId) };
    if (argument?.choices && caseId) {
      reply.choices = argument.choices.map((c) => ({
        value: `choose:${pending.token}:${c.value}`,
        label: c.label,
      }));
    }
    return [reply];
  }

  async function offerConfirmation(
    turn: Turn,
    action: ActionName,
    args: CommandArgs,
    plan: PlanView,
    title = 'Please confirm',
  ): Promise<Reply[]> {
    const pending = await createPendingCommand(db, {
      surface: turn.surface,
      conversationKey: turn.conversationKey,
      userId: turn.actor.userId,
      stage: 'confirm',
      action,
      args: { ...args, [PLAN_SUMMARY]: plan.summary },
      now: clock.now(),
      ttlMs: pendingTtlMs,
      eventId: turn.eventId,
    });
    const effects = plan.effects?.length ? `\n${plan.effects.map((e) => `• ${e}`).join('\n')}` : '';
    const expiry = `\nThis confirmation expires in ${describeDuration(pendingTtlMs)}.`;
    return [
      {
        title,
        text: `${plan.summary}${effects}${expiry}`,
        choices: [
          { value: `confirm:${pending.token}`, label: 'Confirm', style: 'primary' },
          { value: `cancel:${pending.token}`, label: 'Cancel' },
        ],
      },
    ];
  }

  /** A state change with all its arguments: check it, then ask for the confirmation of exactly that. */
  async function planChange(turn: Turn, action: ActionName, args: CommandArgs): Promise<Reply[]> {
    const handler = registry[action];
    if (!handler) return [{ text: `I can't do "${action}" from chat yet. Say "help" to see what I can do.` }];
    if (handler.kind === 'read') return [await handler.answer(turn.ctx, args)];
    try {
      const plan = await handler.check(turn.ctx, args);
      return await offerConfirmation(turn, action, args, plan);
    } catch (error) {
      // Paid or Partially paid with nothing registered: the help centre's close modal goes to register the
      // payment first. So does the chat: it asks the amount, and one confirmation then covers both.
      if (
        isDomainError(error) &&
        error.details.needs === 'payment.register' &&
        action === 'case.close' &&
        (args.amount === undefined || args.amount === null || args.amount === '')
      ) {
        return ask(
          turn,
          action,
          args,
          'amount',
          `Case ${String(args.caseId)} has no registered payment yet, so I'll register it and close the case in one step.`,
        );
      }
      if (isDomainError(error) && error.code === 'needs_confirmation' && handler.acknowledge) {
        // First why it is unusual; once confirmed, the plan itself is shown for a second confirmation.
        return offerConfirmation(
          turn,
          action,
          { ...handler.acknowledge(args), [THEN_PLAN]: true },
          { summary: error.message },
          'Are you sure?',
        );
      }
      throw error;
    }
  }

  /** Refusals come first: a check with what is known so far, before asking for what is missing. */
  async function refusalBeforeAsking(
    turn: Turn,
    action: ActionName,
    args: CommandArgs,
  ): Promise<Reply[] | null> {
    const handler = registry[action];
    if (handler?.kind !== 'change' || !args.caseId) return null;
    try {
      await (handler.precheck ?? handler.check)(turn.ctx, args);
      return null;
    } catch (error) {
      if (isDomainError(error) && BLOCKING_CODES.has(error.code)) return [{ text: error.message }];
      return null; // a missing or invalid argument: that is what we are about to ask for
    }
  }

  /** Moves a command forward: refuse, ask, advise, or offer the confirmation. */
  async function advance(turn: Turn, action: ActionName, given: CommandArgs): Promise<Reply[]> {
    await remember(turn, given.caseId);
    const handler = registry[action];
    let args = action === 'case.close' ? paymentFromCloseComment(given) : given;
    // What the registry can fill in from the case itself (a quote named by its partner's name).
    if (handler?.kind === 'change' && handler.complete && args.caseId) {
      args = await handler.complete(turn.ctx, args).catch(() => args);
    }
    const { [SAID]: _said, [COMPLETION_NOTE]: note, ...rest } = args;
    args = rest;
    if (handler?.kind === 'read') {
      const missing = firstMissing(action, args)?.name;
      if (missing) return ask(turn, action, args, missing);
      return [await handler.answer(turn.ctx, args)];
    }
    const missing = firstMissing(action, args)?.name;
    // With everything given, planChange checks anyway; the early check is for what comes before it.
    if (missing || action === 'case.decline' || args.code === 'other') {
      const refusal = await refusalBeforeAsking(turn, action, args);
      if (refusal) return refusal;
    }
    if (missing) return ask(turn, action, args, missing, typeof note === 'string' ? note : undefined);

    if (action === 'case.decline') {
      const assessment = await understanding.assessDeclineReason(String(args.reason));
      if (!assessment.acceptable) {
        const { reason: _dropped, ...rest } = args;
        return ask(
          turn,
          action,
          rest,
          'reason',
          assessment.problem ?? 'That reason is too vague for the creditor to understand.',
        );
      }
      if (args.category === undefined) args.category = assessment.category;
    }

    if (action === 'case.close' && args.code === 'other' && !args.keepOther) {
      const advice = await understanding.suggestCloseCode(String(args.comment));
      if (advice && advice.code !== 'other') {
        const pending = await createPendingCommand(db, {
          surface: turn.surface,
          conversationKey: turn.conversationKey,
          userId: turn.actor.userId,
          stage: 'choose',
          action,
          args: { ...args, suggestedCode: advice.code },
          now: clock.now(),
          ttlMs: pendingTtlMs,
          eventId: turn.eventId,
        });
        const label = CLOSE_CODE_INFO[advice.code].label;
        return [
          {
            title: 'A more specific close code?',
            text: `From your comment, *${label}* may fit better than *Other*: ${advice.reason} Use it, or keep *Other*?`,
            choices: [
              { value: `choose:${pending.token}:${advice.code}`, label: `Use ${label}`, style: 'primary' },
              { value: `choose:${pending.token}:other`, label: 'Keep Other' },
            ],
          },
        ];
      }
    }
    return planChange(turn, action, args);
  }

  function argsOf(i: Interpretation): CommandArgs {
    const { action: _a, confidence: _c, source: _s, explain: _e, missing: _m, ...args } = i;
    return args;
  }

  async function handleInterpretation(turn: Turn, i: Interpretation, text: string): Promise<Reply[]> {
    switch (i.action) {
      case 'help': {
        const partner = turn.actor.partnerId ? await findPartner(db, turn.actor.partnerId) : null;
        return [helpReply(turn.actor, partner?.type)];
      }
      case 'none':
        return [
          {
            text: 'I did not catch a request I can handle there. Say "help" to see what you can ask me; every change names a case number.',
          },
        ];
      case 'closecode.suggest': {
        const advice = i.comment ? await understanding.suggestCloseCode(i.comment) : null;
        const code = (advice?.code ?? i.code) as CloseCode | undefined;
        if (!code)
          return [{ text: 'Tell me what happened on the case and I will suggest the close code that fits.' }];
        const info = CLOSE_CODE_INFO[code];
        const why = advice?.reason ? `: ${advice.reason}` : '.';
        const score = scoreImpact(code, turn.actor.role === 'partner' ? 'your' : "the partner's");
        return [{ text: `*${info.label}* (\`${code}\`) fits best${why} ${score}` }];
      }
      case 'clarify': {
        const missing = i.missing ?? [];
        const guessed = missing.map(actionMissing).find(Boolean);
        const args = argsOf(i);
        if (guessed === 'quote.select') args[SAID] = text;
        if (guessed) return advance(turn, guessed, args);
        // Not clear which command: keep the words, and read them again once the case number is known.
        if (missing.includes('caseId')) return ask(turn, 'clarify', { text }, 'caseId');
        return [
          {
            text: `I need a bit more to go on: ${missing.join(', ') || 'what you want to do'}. Say "help" for examples.`,
          },
        ];
      }
      default: {
        const args = argsOf(i);
        if (i.action === 'quote.select' && !args.quoteId) args[SAID] = text;
        return advance(turn, i.action, args);
      }
    }
  }

  /** The user answered a question: complete the command that waits, or start over on a new command. */
  async function answerQuestion(turn: Turn, pending: PendingCommand, text: string): Promise<Reply[] | null> {
    const caseContext = typeof pending.args.caseId === 'string' ? pending.args.caseId : undefined;
    const fresh = await understanding.interpret(text, {});
    // A complete new command naming its own case wins over the question that was waiting.
    // A number alone answers the question (the quote, the amount, the fee), never names another case.
    // So does an amount with words after it ("5000 DKK, paid yesterday").
    const numberOnly =
      argumentSpec(pending.action, pending.missing ?? '')?.numeric === true &&
      (NUMBER_ONLY.test(text) || (pending.missing === 'amount' && AMOUNT_FIRST.test(text)));
    if (
      !numberOnly &&
      fresh.action !== 'clarify' &&
      fresh.action !== 'none' &&
      fresh.caseId &&
      pending.missing !== 'caseId'
    ) {
      return null;
    }
    // So do questions that need no case ("help", "my cases") and the commands outside the interpreter.
    if (fresh.action === 'help' || fresh.action === 'case.list') return null;
    if (parseExtraCommand(text) || SUBMIT_WORDS.test(text)) return null;
    // The question is answered now, one way or another: completed, or asked again as a new question.
    if (!(await usePendingCommand(db, pending.token, turn.actor.userId, clock.now(), turn.eventId)))
      return null;
    const { [OFFERED]: offeredRaw, ...args } = pending.args;
    const offered = Array.isArray(offeredRaw) ? offeredRaw.map(String) : [];
    switch (pending.missing) {
      case 'quoteId': {
        const n = text.match(/\d{1,12}/)?.[0];
        // The quote's own number, or the position of one of the quotes this question listed.
        const quoteId = n
          ? offered.includes(n) || offered.length === 0 || Number(n) > offered.length
            ? n
            : offered[Number(n) - 1]
          : undefined;
        if (quoteId) return advance(turn, pending.action as ActionName, { ...args, quoteId });
        // No number: perhaps the partner's name ("Lex's", "the JurisNet one"), read against the case's quotes.
        const handler = registry[pending.action as ActionName];
        const completed =
          handler?.kind === 'change' && handler.complete
            ? await handler.complete(turn.ctx, { ...args, [SAID]: text }).catch(() => null)
            : null;
        if (completed?.quoteId)
          return advance(turn, pending.action as ActionName, { ...args, quoteId: completed.quoteId });
        const note = completed?.[COMPLETION_NOTE];
        return ask(
          turn,
          pending.action as ActionName,
          args,
          'quoteId',
          typeof note === 'string'
            ? note
            : "I couldn't tell which quote you mean: give its number or the partner's name.",
        );
      }
      case 'caseId': {
        const n = text.match(/\d{1,12}/)?.[0];
        if (!n) return ask(turn, pending.action as ActionName, args, 'caseId', 'I need a case number.');
        if (pending.action === 'clarify') {
          const again = await understanding.interpret(String(args.text), { caseId: n });
          return handleInterpretation(turn, { ...again, caseId: again.caseId ?? n }, String(args.text));
        }
        return advance(turn, pending.action as ActionName, { ...args, caseId: n });
      }
      case 'category': {
        const category = categoryNamed(text) ?? (await understanding.assessDeclineReason(text)).category;
        if (!category)
          return ask(
            turn,
            pending.action as ActionName,
            args,
            'category',
            "I couldn't match that to a category.",
          );
        return advance(turn, pending.action as ActionName, { ...args, category });
      }
      case 'reason':
      case 'answer':
      case 'comment':
        // Kept as the plain text the person typed, like a reason read from a command: Slack's markup tokens
        // dropped and its `&lt;` `&gt;` `&amp;` read back as characters. Every surface escapes it on the way
        // out, so "<!channel>" typed here is shown as written, never as a mention and never as "&amp;lt;".
        return advance(turn, pending.action as ActionName, {
          ...args,
          [pending.missing]: stripMarkup(text)
            .replace(/[ \t]{2,}/g, ' ')
            .trim(),
        });
      default: {
        // Amount, code, quote: read the answer as if it had been part of the first message.
        const prefix = argumentSpec(pending.action, pending.missing ?? '')?.reread;
        const again = await understanding.interpret(`${prefix ?? ''} ${caseContext ?? ''} ${text}`, {
          caseId: caseContext,
        });
        const value = (again as unknown as Record<string, unknown>)[pending.missing ?? ''];
        if (value === undefined) {
          return ask(
            turn,
            pending.action as ActionName,
            args,
            pending.missing ?? 'caseId',
            "Sorry, I didn't get that.",
          );
        }
        const extra: CommandArgs = { [pending.missing ?? '']: value };
        if (pending.missing === 'amount' && again.currency) extra.currency = again.currency;
        if (pending.missing === 'code' && again.comment && !args.comment) extra.comment = again.comment;
        return advance(turn, pending.action as ActionName, { ...args, ...extra });
      }
    }
  }

  /**
   * "2" after the question that listed the quotes was answered, cancelled or expired: it picks nothing, and
   * says so, rather than being read as case 2 or as a choice of some other question.
   */
  async function answerToClosedQuestion(turn: Turn, text: string): Promise<Reply[] | null> {
    const n = text.match(/^\s*(?:(?:quote|no\.?|number|option)\s*)?#?\s*(\d{1,12})\s*[.!]?\s*$/i)?.[1];
    if (!n) return null;
    const last = await findLatestQuestion(db, turn.surface, turn.conversationKey, turn.actor.userId);
    const offered = Array.isArray(last?.args[OFFERED]) ? (last?.args[OFFERED] as unknown[]).map(String) : [];
    if (!last || offered.length === 0) return null;
    if (!offered.includes(n) && !(Number(n) >= 1 && Number(n) <= offered.length)) return null;
    const caseId = String(last.args.caseId ?? '');
    const state = last.usedAt ? 'was already answered or cancelled' : 'has expired';
    const example =
      last.missing === 'quoteId'
        ? ` To choose a quote, say for example "go with quote ${offered.includes(n) ? n : (offered[0] ?? '')} on case ${caseId}", or "quotes on ${caseId}" to see them again.`
        : '';
    return [
      {
        text: `The question "${n}" would answer (${
          argumentSpec(last.action, last.missing ?? '')
            ?.question(caseId)
            .split('?')[0] ?? 'an earlier question'
        }?) ${state}, so nothing was chosen and nothing was changed.${example}`,
      },
    ];
  }

  async function confirm(turn: Turn, pending: PendingCommand): Promise<Reply[]> {
    const already = [
      { text: 'This was already confirmed or cancelled; nothing more was done.', private: true },
    ];
    const { [THEN_PLAN]: thenPlan, [PLAN_SUMMARY]: summary, ...args } = pending.args;
    const action = pending.action as ActionName;
    const handler = registry[action];
    if (thenPlan || handler?.kind !== 'change') {
      if (!(await usePendingCommand(db, pending.token, turn.actor.userId, clock.now(), turn.eventId)))
        return already;
      if (handler?.kind !== 'change') return [{ text: 'That command is no longer available.' }];
      return planChange(turn, action, args);
    }
    // This very delivery carried the action out before a crash cost its answer: tell it, do not redo it.
    const carriedOut = [{ text: `Confirmed and carried out${summary ? `: ${String(summary)}` : '.'}` }];
    if (turn.eventId && pending.usedByEvent === turn.eventId) return carriedOut;
    try {
      // The confirmation is used up in the action's own transaction: both commit, or neither does, and
      // a second click waits on the first's row lock and then finds it used.
      const reply = await db.transaction().execute(async (trx) => {
        const now = clock.now();
        if (!(await usePendingCommand(trx, pending.token, turn.actor.userId, now, turn.eventId, false)))
          return null;
        return handler.execute({ ...turn.ctx, db: joinTransaction(trx) }, args);
      });
      if (reply) return [reply];
      // Used meanwhile: by another click, or by a run of this same delivery (one taken up after a crash).
      const latest = await findPendingByToken(db, pending.token);
      return turn.eventId && latest?.usedByEvent === turn.eventId ? carriedOut : already;
    } catch (error) {
      if (!isDomainError(error)) throw error; // rolled back with the action: the confirmation still works
      // A refusal is the answer to this confirmation, as final as the action would have been.
      await usePendingCommand(db, pending.token, turn.actor.userId, clock.now());
      if (error.code === 'needs_confirmation' && handler.acknowledge) {
        return offerConfirmation(
          turn,
          action,
          handler.acknowledge(args),
          { summary: error.message },
          'Are you sure?',
        );
      }
      throw error;
    }
  }

  async function choose(turn: Turn, value: string): Promise<Reply[]> {
    const [verb, token = '', option] = value.split(':');
    const pending = await findPendingByToken(db, token);
    const usedBefore = pending?.usedAt && !(turn.eventId && pending.usedByEvent === turn.eventId);
    if (!pending || usedBefore || pending.expiresAt <= clock.now()) {
      return [{ text: 'This choice was already used or has expired; nothing more was done.', private: true }];
    }
    if (pending.userId !== turn.actor.userId) {
      const asker = await findUser(db, pending.userId);
      return [
        {
          text: `Only ${asker?.name ?? 'the person who asked'} can answer this; it was their request. Nothing was changed.`,
          private: true,
        },
      ];
    }
    if (verb === 'cancel') {
      await usePendingCommand(db, pending.token, turn.actor.userId, clock.now(), turn.eventId);
      return [{ text: 'Cancelled; nothing was changed.' }];
    }
    if (verb === 'confirm' && pending.stage === 'confirm') return confirm(turn, pending);
    if (verb === 'choose' && option) {
      const invalid = invalidChoice(pending, option);
      if (invalid) return [{ text: invalid, private: true }];
      if (!(await usePendingCommand(db, pending.token, turn.actor.userId, clock.now(), turn.eventId))) {
        return [{ text: 'This choice was already used; nothing more was done.', private: true }];
      }
      const { [OFFERED]: _offered, ...asked } = pending.args;
      if (pending.stage === 'ask' && pending.missing) {
        return advance(turn, pending.action as ActionName, { ...asked, [pending.missing]: option });
      }
      // The choice between a suggested close code and the user's own `other`.
      const args =
        option === 'other' ? { ...pending.args, keepOther: true } : { ...pending.args, code: option };
      return planChange(turn, pending.action as ActionName, args);
    }
    return [{ text: 'I did not understand that choice.', private: true }];
  }

  return {
    async awaitsAnswer(surface, conversationKey, userExternalId) {
      const user = await findUserByChatIdentity(db, surface, userExternalId);
      if (!user) return false;
      const open = await findOpenQuestion(db, surface, conversationKey, user.userId, clock.now());
      return open?.stage === 'ask';
    },

    async handleMessage(incoming: IncomingMessage): Promise<Reply[]> {
      // Mentions of the bot (Slack <@U…>, Teams <at>…</at>) are addressing, not content.
      const message = { ...incoming, text: mentionsAsText(incoming.text) };
      const turn = await begin(message).catch((error: unknown) =>
        failure(error, { surface: message.surface, conversationKey: message.conversationKey }),
      );
      if (turn === null) return [];
      if (Array.isArray(turn)) return turn;
      if (message.text.length > MAX_MESSAGE_CHARS) return [{ text: TOO_LONG_TEXT }];
      try {
        const now = clock.now();
        const pending = await findOpenQuestion(
          db,
          turn.surface,
          turn.conversationKey,
          turn.actor.userId,
          now,
          turn.eventId,
        );
        if (pending && CANCEL_WORDS.test(message.text)) {
          await closeQuestionsOf(turn, now);
          return [{ text: 'Cancelled; nothing was changed.' }];
        }
        if (pending?.stage === 'confirm' && CONFIRM_WORDS.test(message.text))
          return await confirm(turn, pending);
        if (pending?.stage === 'ask') {
          const answered = await answerQuestion(turn, pending, message.text);
          if (answered) return answered;
        }
        if (!pending) {
          const late = await answerToClosedQuestion(turn, message.text);
          if (late) return late;
        }
        if (SUBMIT_WORDS.test(message.text)) {
          return [
            {
              text:
                turn.actor.role === 'partner'
                  ? "Let's submit a case for your client: fill in the form (client, debtor, claim, documents). I'll show the success fee and what happens before anything is submitted."
                  : 'Submitting a case from chat is for managing partners. Creditors submit cases on the platform.',
              form:
                turn.actor.role === 'partner' ? { kind: 'submit_case', title: 'Submit a case' } : undefined,
            },
          ];
        }
        const extra = parseExtraCommand(message.text);
        if (extra) {
          await closeQuestionsOf(turn, now);
          if (extra.action === 'decline.resolve' && extra.args.categoryText) {
            const text = String(extra.args.categoryText);
            extra.args.category =
              categoryNamed(text) ?? (await understanding.assessDeclineReason(text)).category ?? undefined;
          }
          return await advance(turn, extra.action, extra.args);
        }
        const context = await conversationCase(db, turn.surface, turn.conversationKey);
        const interpretation = await understanding.interpret(message.text, {
          caseId: context === null ? undefined : String(context),
        });
        if (STATE_CHANGING_ACTIONS.has(interpretation.action) || interpretation.action === 'clarify') {
          await closeQuestionsOf(turn, now);
        }
        return await handleInterpretation(turn, interpretation, message.text);
      } catch (error) {
        return failure(error, { surface: message.surface, conversationKey: message.conversationKey });
      }
    },

    async handleChoice(choice: IncomingChoice): Promise<Reply[]> {
      const turn = await begin(choice).catch((error: unknown) =>
        failure(error, { surface: choice.surface, value: choice.value }),
      );
      if (turn === null) return [];
      if (Array.isArray(turn)) return turn;
      try {
        return await choose(turn, choice.value);
      } catch (error) {
        return failure(error, { surface: choice.surface, value: choice.value });
      }
    },

    async handleForm(form: IncomingForm): Promise<Reply[]> {
      const turn = await begin(form).catch((error: unknown) =>
        failure(error, { surface: form.surface, form: form.kind }),
      );
      if (turn === null) return [];
      if (Array.isArray(turn)) return turn;
      try {
        const reading = readFormValues(form.kind, form.values);
        if (!reading.ok) return [formAgainReply(form.kind, form.values, reading.problems)];
        const values = reading.values;
        if (form.kind === 'decline') return await advance(turn, 'case.decline', { ...values });
        if (form.kind === 'close') {
          // Slack and Teams name the fields closeCode / paymentAmount / paymentCurrency.
          const { closeCode, paymentAmount, paymentCurrency, ...rest } = values;
          const args: CommandArgs = { ...rest };
          if (closeCode ?? values.code) args.code = closeCode ?? values.code;
          const amount = paymentAmount ?? values.amount;
          if (amount) args.amount = Number(String(amount).replace(/,/g, ''));
          if (paymentCurrency ?? values.currency)
            args.currency = (paymentCurrency ?? values.currency)?.toUpperCase();
          return await advance(turn, 'case.close', args);
        }
        return await planChange(turn, 'case.submit', { ...values });
      } catch (error) {
        return failure(error, { surface: form.surface, form: form.kind });
      }
    },
  };
}
