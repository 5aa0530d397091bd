import { AsyncLocalStorage } from 'node:async_hooks';
import type { ActionName, ActionRegistry, Understanding } from '../conversation/action-registry.types.ts';
import {
  type ConversationEngine,
  type NoticeSender,
  RateLimitedError,
} from '../conversation/engine-contract.ts';
import { isDomainError } from '../domain/errors.ts';
import {
  actionsTotal,
  interactionsTotal,
  interpretDuration,
  jobDelay,
  jobRunsTotal,
  messagesTotal,
  noticesSentTotal,
  turnDuration,
} from './metrics.ts';

// Decorators that count and time what flows through the engine's seams (the engine contract, the
// understanding, the action table, the notice sender), so that the code behind the seams stays free of
// metrics. Each is applied once where the pieces are wired together.

/** What one message turned into, filled in by the understanding while the engine handles the message. */
interface TurnNotes {
  decision?: string;
}
const turnNotes = new AsyncLocalStorage<TurnNotes>();

/** The engine, counting messages by surface and decision and timing every turn. */
export function measureEngine(engine: ConversationEngine): ConversationEngine {
  return {
    async handleMessage(message) {
      const endTimer = turnDuration.startTimer({ surface: message.surface, kind: 'message' });
      const notes: TurnNotes = {};
      let decision = 'error';
      try {
        const replies = await turnNotes.run(notes, () => engine.handleMessage(message));
        // No reply: a redelivery already handled. No interpretation: the message answered a question,
        // confirmed or cancelled, was a fixed command, or came from an unlinked user.
        decision = replies.length === 0 ? 'ignored' : (notes.decision ?? 'not_interpreted');
        return replies;
      } finally {
        messagesTotal.inc({ surface: message.surface, decision });
        endTimer();
      }
    },
    async handleChoice(choice) {
      const endTimer = turnDuration.startTimer({ surface: choice.surface, kind: 'choice' });
      try {
        return await engine.handleChoice(choice);
      } finally {
        interactionsTotal.inc({ surface: choice.surface, kind: 'choice' });
        endTimer();
      }
    },
    async handleForm(form) {
      const endTimer = turnDuration.startTimer({ surface: form.surface, kind: 'form' });
      try {
        return await engine.handleForm(form);
      } finally {
        interactionsTotal.inc({ surface: form.surface, kind: 'form' });
        endTimer();
      }
    },
    awaitsAnswer: async (surface, key, user, workspace) =>
      (await engine.awaitsAnswer?.(surface, key, user, workspace)) ?? false,
  };
}

/** The understanding, timing each interpretation and noting its action as the message's decision. */
export function measureUnderstanding(understanding: Understanding): Understanding {
  return {
    ...understanding,
    async interpret(text, context) {
      const started = performance.now();
      const interpretation = await understanding.interpret(text, context);
      interpretDuration.observe(
        { source: interpretation.source ?? 'offline' },
        (performance.now() - started) / 1000,
      );
      const notes = turnNotes.getStore();
      if (notes) notes.decision = interpretation.action;
      return interpretation;
    },
    assessDeclineReason: (reason) => understanding.assessDeclineReason(reason),
    suggestCloseCode: (comment) => understanding.suggestCloseCode(comment),
  };
}

function outcomeOf(error: unknown): string {
  if (isDomainError(error)) return error.code === 'needs_confirmation' ? 'needs_confirmation' : 'refused';
  return 'failed';
}

async function counted<T>(action: ActionName, run: () => Promise<T>): Promise<T> {
  try {
    const result = await run();
    actionsTotal.inc({ action, outcome: 'ok' });
    return result;
  } catch (error) {
    actionsTotal.inc({ action, outcome: outcomeOf(error) });
    throw error;
  }
}

/**
 * The action table, counting each action run by outcome: a question answered, or a change executed
 * (after its confirmation). Checks and plans are not runs and are not counted.
 */
export function measureActions(registry: ActionRegistry): ActionRegistry {
  const measured: ActionRegistry = {};
  for (const [name, handler] of Object.entries(registry) as Array<[ActionName, ActionRegistry[ActionName]]>) {
    if (!handler) continue;
    measured[name] =
      handler.kind === 'read'
        ? { ...handler, answer: (ctx, args) => counted(name, () => handler.answer(ctx, args)) }
        : { ...handler, execute: (ctx, args) => counted(name, () => handler.execute(ctx, args)) };
  }
  return measured;
}

/** The notice sender, counting deliveries by surface and outcome. */
export function measureNoticeSender(sender: NoticeSender): NoticeSender {
  return {
    surface: sender.surface,
    async send(notice, address) {
      try {
        await sender.send(notice, address);
        noticesSentTotal.inc({ surface: sender.surface, outcome: 'ok' });
      } catch (error) {
        noticesSentTotal.inc({
          surface: sender.surface,
          outcome: error instanceof RateLimitedError ? 'rate_limited' : 'failed',
        });
        throw error;
      }
    },
  };
}

/** Runs one scheduled-rule job, recording how late it ran and how it ended. */
export async function measureJobRun<T extends { status: string }>(
  rule: string,
  dueAt: string | Date,
  run: () => Promise<T>,
): Promise<T> {
  const due = new Date(dueAt).getTime();
  if (Number.isFinite(due)) jobDelay.observe({ rule }, Math.max(0, (Date.now() - due) / 1000));
  try {
    const outcome = await run();
    jobRunsTotal.inc({ rule, outcome: outcome.status });
    return outcome;
  } catch (error) {
    jobRunsTotal.inc({ rule, outcome: 'failed' });
    throw error;
  }
}
