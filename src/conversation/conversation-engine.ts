import type { Kysely } from 'kysely';
import { STATE_CHANGING_ACTIONS } from '../commands/command-table.ts';
import type { Database } from '../db/database.ts';
import { type Clock, systemClock } from '../domain/clock.ts';
import { withReader } from '../i18n/messages.ts';
import type { Logger } from '../logger.ts';
import type { LeadSettings } from '../use-cases/context.ts';
import type { ActionRegistry, Understanding } from './action-registry.types.ts';
import { findOpenQuestion, type TurnFirstRead } from './conversation-memory.repository.ts';
import { advance, opensForm } from './engine/advancing.ts';
import { answerQuestion, answerToClosedQuestion } from './engine/asking.ts';
import { choiceToken, choose } from './engine/choosing.ts';
import { confirm, planChange } from './engine/confirming.ts';
import { type EngineDeps, type LocaleDirectory, type Turn, takeOpening } from './engine/engine-deps.ts';
import { handleInterpretation } from './engine/interpreting.ts';
import { closeQuestionsOf, openPendingAndCaseOf, writeHeldBack } from './engine/pending-state.ts';
import { cancelled, MAX_MESSAGE_CHARS, mentionsAsText, tooLongText } from './engine/presenting.ts';
import { type Arrival, begin, failure, identify } from './engine/speaker.ts';
import type { ConversationEngine, IncomingChoice, IncomingForm, IncomingMessage } from './engine-contract.ts';
import { parseExtraCommand } from './extra-commands.ts';
import { formAgainReply, formCommand, readFormValues } from './forms.ts';
import type { UnlinkedHandler } from './linking/self-linking.ts';
import type { Reply } from './reply.ts';

// The conversation engine: one message, choice or form at a time, from any surface. This file only
// routes; each step lives in ./engine/ (docs/notes/engine-split.md):
//   speaker.ts        who speaks (the unlinked person), a delivery claimed once, failures told
//   pending-state.ts  what is open with the speaker: a question, a choice, a confirmation
//   interpreting.ts   what the interpreter read; the engine's own commands (help, none, clarify, advice)
//   advancing.ts      a command moved forward: prepare, complete, refuse, ask, advise, plan
//   asking.ts         questions for a missing argument, and reading their answers
//   advising.ts       the command's advice hooks (src/commands/*: prepare, advice, askOnRefusal)
//   confirming.ts     plan → confirm → execute once
//   choosing.ts       buttons and numbered choices
//   presenting.ts     the replies' words and shape (and who sees a look-up's answer)

export { SUBMIT_WORDS } from '../commands/wording.ts';
export { describeDuration, MAX_MESSAGE_CHARS, TOO_LONG_TEXT } from './engine/presenting.ts';

export interface ConversationEngineOptions {
  db: Kysely<Database>;
  understanding: Understanding;
  registry: ActionRegistry;
  logger: Logger;
  clock?: Clock;
  /** How long a question or a confirmation stays open (CONFIRMATION_TTL_MINUTES); 30 minutes by default. */
  pendingTtlMs?: number;
  leadSettings?: LeadSettings;
  /** Someone not linked yet: self-service linking (src/conversation/linking); without it, notLinkedText. */
  unlinked?: UnlinkedHandler;
  /** The surface's locale of a person (Slack: users.info with include_locale), asked once per person. */
  localeDirectory?: LocaleDirectory;
}

const DEFAULT_PENDING_TTL_MS = 30 * 60_000;
// One class for the tail: "\s*[.!]*\s*$" tried every split of a long run of spaces.
const CANCEL_WORDS = /^\s*(cancel|stop|never ?mind|abort|no)[\s.!]*$/i;
const CONFIRM_WORDS = /^\s*(confirm|yes|yes please|ok|go ahead|do it)[\s.!]*$/i;

export function createConversationEngine(options: ConversationEngineOptions): ConversationEngine {
  const e: EngineDeps = {
    db: options.db,
    understanding: options.understanding,
    registry: options.registry,
    logger: options.logger,
    clock: options.clock ?? systemClock,
    pendingTtlMs: options.pendingTtlMs ?? DEFAULT_PENDING_TTL_MS,
    leadSettings: options.leadSettings,
    unlinked: options.unlinked,
    localeDirectory: options.localeDirectory,
  };

  /** The speaker's turn, then `step`; a redelivery gets no answer, the unlinked and failures theirs. */
  async function turnOf(
    arrival: Arrival,
    where: Record<string, unknown>,
    step: (turn: Turn) => Promise<Reply[]>,
    first?: TurnFirstRead,
  ): Promise<Reply[]> {
    const turn = await begin(e, arrival, first).catch((error: unknown) => failure(e, error, where));
    if (turn === null) return [];
    if (Array.isArray(turn)) return turn;
    try {
      // The turn is said in the speaker's language (the catalogue's `say`; English where it has none).
      const replies = await withReader(
        turn.locale,
        () => step(turn),
        arrival.surface === 'slack' ? 'slack' : 'plain',
      );
      await writeHeldBack(e, turn);
      return replies;
    } catch (error) {
      // What the turn had decided before failing is written, as when each write went at once.
      await writeHeldBack(e, turn).catch(() => undefined);
      // A refusal is said in the speaker's language too (refusalText).
      return withReader(turn.locale, () => failure(e, error, where));
    }
  }

  /** A typed message: the open question or confirmation first, then the platform's words, then the interpreter. */
  async function message(turn: Turn, text: string): Promise<Reply[]> {
    const now = e.clock.now();
    // The conversation's case comes along (used below, before interpreting), read with the speaker.
    const { pending, caseId: context } = takeOpening(turn) ?? (await openPendingAndCaseOf(e, turn, now));
    turn.ctx.reads?.sawConversationCase(context);
    if (pending && CANCEL_WORDS.test(text)) {
      closeQuestionsOf(e, turn, now);
      return [cancelled()];
    }
    if (pending?.stage === 'confirm' && CONFIRM_WORDS.test(text)) return await confirm(e, turn, pending);
    if (pending?.stage === 'ask') {
      const answered = await answerQuestion(e, turn, pending, text);
      if (answered) return answered;
    }
    if (!pending) {
      const late = await answerToClosedQuestion(e, turn, text);
      if (late) return late;
    }
    const form = opensForm(text);
    if (form) return [form.reply(turn.actor)];
    const extra = parseExtraCommand(text);
    if (extra) {
      closeQuestionsOf(e, turn, now);
      return await advance(e, turn, extra.action, extra.args);
    }
    const interpretation = await e.understanding.interpret(text, {
      caseId: context === null ? undefined : String(context),
    });
    if (STATE_CHANGING_ACTIONS.has(interpretation.action) || interpretation.action === 'clarify') {
      closeQuestionsOf(e, turn, now);
    }
    return await handleInterpretation(e, turn, interpretation, text);
  }

  return {
    countsMessageLimit: true,
    async awaitsAnswer(surface, conversationKey, userExternalId, workspaceId) {
      const user = await identify(e, surface, userExternalId, workspaceId);
      if (!user) return false;
      const open = await findOpenQuestion(e.db, surface, conversationKey, user.userId, e.clock.now());
      return open?.stage === 'ask';
    },

    async handleMessage(incoming: IncomingMessage): Promise<Reply[]> {
      // Mentions of the bot (Slack <@U…>, Teams <at>…</at>) are addressing, not content.
      const said = { ...incoming, text: mentionsAsText(incoming.text) };
      const where = { surface: said.surface, conversationKey: said.conversationKey };
      return turnOf(
        said,
        where,
        async (turn) => {
          if (said.text.length > MAX_MESSAGE_CHARS) return [{ text: tooLongText() }];
          return message(turn, said.text);
        },
        { kind: 'open-question', eventId: said.eventId },
      );
    },

    async handleChoice(choice: IncomingChoice): Promise<Reply[]> {
      return turnOf(
        choice,
        { surface: choice.surface, value: choice.value },
        (turn) => choose(e, turn, choice.value),
        { kind: 'token', token: choiceToken(choice.value) },
      );
    },

    async handleForm(form: IncomingForm): Promise<Reply[]> {
      return turnOf(form, { surface: form.surface, form: form.kind }, async (turn) => {
        const reading = readFormValues(form.kind, form.values);
        if (!reading.ok) return [formAgainReply(form.kind, form.values, reading.problems)];
        const { action, args, straightToPlan } = formCommand(form.kind, reading.values);
        return straightToPlan ? planChange(e, turn, action, args) : advance(e, turn, action, args);
      });
    },
  };
}
