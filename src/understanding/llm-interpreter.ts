import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { type AIMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { ChatOpenAICompletions } from '@langchain/openai';
import CircuitBreaker from 'opossum';
import { z } from 'zod';
import { LLM_TOOL_ACTIONS } from '../commands/command-table.ts';
import type { Config } from '../config.ts';
import type { Action } from '../domain/ids.ts';
import type { Logger } from '../logger.ts';
import { suggestCloseCode } from './close-code-suggester.ts';
import {
  actionForTool,
  COMMAND_SCHEMAS,
  type Interpretation,
  toInterpretation,
  toolName,
} from './commands.ts';
import { ownWordsFor } from './own-words.ts';
import { loadPrompt } from './prompts.ts';

// The LLM path: one chat-completions call per message with one tool per command, each tool's
// parameters generated from the command's zod schema. The model's arguments are parsed with the same
// schema; anything else (no call, several calls, broken JSON, wrong arguments, a case number the
// message does not contain) is not an answer, and the caller falls back.

export interface OpenAiTool {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

let toolsCache: OpenAiTool[] | undefined;

// Limits the model does not need to read (zod checks them on the way back): left out of what is sent,
// because every tool travels with every call.
const VALIDATION_ONLY = new Set([
  '$schema',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'minItems',
  'additionalProperties',
]);
function compact(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(compact);
  if (node === null || typeof node !== 'object') return node;
  // zod writes a nullable enum as anyOf [enum, null]; one enum that includes null says the same, shorter.
  const anyOf = (node as { anyOf?: { type?: string; enum?: unknown[] }[] }).anyOf;
  if (anyOf?.length === 2 && anyOf[0]?.enum && anyOf[1]?.type === 'null') {
    const { anyOf: _a, ...rest } = node as Record<string, unknown>;
    return compact({ ...rest, type: ['string', 'null'], enum: [...anyOf[0].enum, null] });
  }
  return Object.fromEntries(
    Object.entries(node as Record<string, unknown>)
      .filter(([key]) => !VALIDATION_ONLY.has(key))
      .map(([key, value]) => [key, compact(value)]),
  );
}

/** The tool definitions sent to the model: exactly the command table's schemas, nothing written twice. */
export function llmToolDefinitions(): OpenAiTool[] {
  if (!toolsCache) {
    toolsCache = LLM_TOOL_ACTIONS.map((action) => {
      const schema = COMMAND_SCHEMAS[action];
      const { description, ...parameters } = compact(z.toJSONSchema(schema)) as Record<string, unknown>;
      return {
        type: 'function' as const,
        function: { name: toolName(action), description: String(description ?? action), parameters },
      };
    });
  }
  return toolsCache;
}

export function systemPrompt(): string {
  return loadPrompt('interpret-system.md');
}

/** What the model is told besides the message itself: only the thread's case number, never case data. */
export function llmMessages(text: string, context?: { caseId?: string }) {
  return [
    new SystemMessage(systemPrompt()),
    ...(context?.caseId ? [new SystemMessage(`This thread is about case ${context.caseId}.`)] : []),
    new HumanMessage(text),
  ];
}

export interface LlmInterpreterOptions {
  /** Retries on 429/5xx inside the same budget (LLM_TIMEOUT_MS is the whole call's). Default 0. */
  maxRetries?: number;
  /** A ready model (tests, or another provider); by default ChatOpenAI from the configuration. */
  model?: BaseChatModel;
  onError?: (error: unknown) => void;
  /** Where each call's outcome, duration and token usage are logged (never the message or the key). */
  logger?: LlmLogger;
  /** Called once per message that wanted the LLM: the hook for metrics (counters, histograms). */
  onLlmCall?: (event: LlmCallEvent) => void;
}

export type LlmLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

/**
 * What became of one message's LLM call. `short_circuited` made no request: the breaker was open.
 * `invalid_answer` is a reply that was not one trustworthy command (the offline answer stands).
 */
export type LlmOutcome =
  | 'ok'
  | 'invalid_answer'
  | 'timeout'
  | 'http_error'
  | 'auth_failure'
  | 'network_error'
  | 'short_circuited';

export interface LlmCallEvent {
  outcome: LlmOutcome;
  durationMs: number;
  /** The HTTP status of a refused call (401, 429, 500…). */
  status?: number;
  /** From the response's usage: what the call cost. */
  tokens?: { prompt: number; completion: number; total: number };
  /** The breaker's state after the call. */
  breaker: 'closed' | 'open' | 'half_open';
}

export function createChatModel(config: Config, maxRetries = 0): ChatOpenAICompletions {
  return new ChatOpenAICompletions({
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_MODEL,
    temperature: 0,
    // The client's own per-request timeout; the whole call (retries included) is also cut at the
    // same budget by an AbortSignal in `interpret`.
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries,
    ...(config.OPENAI_BASE_URL ? { configuration: { baseURL: config.OPENAI_BASE_URL } } : {}),
  });
}

const NUMBERS_IN = (text: string): Set<string> =>
  new Set([...text.matchAll(/\d+/g)].map((m) => m[0].replace(/^0+(?=\d)/, '')));

export interface LlmInterpreter {
  /** The model's command, validated; null when it gave none that can be trusted. */
  interpret(text: string, context?: { caseId?: string }): Promise<Interpretation | null>;
}

class LlmBudgetExceeded extends Error {
  override name = 'TimeoutError';
}

/** Resolves with the model's reply, or rejects once `budgetMs` is spent, aborting the request. */
async function withinBudget<T>(budgetMs: number, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new LlmBudgetExceeded(`The LLM did not answer within ${budgetMs} ms.`);
      controller.abort(error);
      reject(error);
    }, budgetMs);
  });
  try {
    // The race holds even for a model that ignores the signal: the reply is late, so it is not waited for.
    return await Promise.race([call(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};

function outcomeOf(error: unknown): LlmOutcome {
  if ((error as { code?: unknown } | null)?.code === 'EOPENBREAKER') return 'short_circuited';
  const status = statusOf(error);
  if (status === 401) return 'auth_failure';
  if (status !== undefined) return 'http_error';
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return 'timeout';
  return 'network_error';
}

/** An error's class and OpenAI's error code (`invalid_api_key`, `rate_limit_exceeded`), never its text. */
function errorNames(error: unknown): { error?: string; code?: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    error: error instanceof Error ? error.name : typeof error,
    ...(typeof code === 'string' && /^[A-Za-z_]{1,64}$/.test(code) ? { code } : {}),
  };
}

function tokensOf(reply: AIMessage): LlmCallEvent['tokens'] {
  const usage = reply.usage_metadata;
  if (!usage) return undefined;
  return { prompt: usage.input_tokens, completion: usage.output_tokens, total: usage.total_tokens };
}

export function createLlmInterpreter(config: Config, options: LlmInterpreterOptions = {}): LlmInterpreter {
  const base = options.model ?? createChatModel(config, options.maxRetries);
  if (!base.bindTools) throw new Error('The configured chat model does not support tool calling.');
  const model = base.bindTools(llmToolDefinitions(), { tool_choice: 'auto' });
  const logger = options.logger;
  const budgetMs = config.LLM_TIMEOUT_MS;

  // During an outage every message would pay the whole budget; the breaker makes them skip the LLM
  // (offline answer at once) until one trial call after LLM_BREAKER_RESET_MS succeeds.
  const breaker = new CircuitBreaker(
    (messages: ReturnType<typeof llmMessages>) =>
      withinBudget(budgetMs, (signal) => model.invoke(messages, { signal }) as Promise<AIMessage>),
    {
      timeout: false, // withinBudget cuts each call, and aborts its request
      volumeThreshold: config.LLM_BREAKER_MIN_CALLS,
      errorThresholdPercentage: config.LLM_BREAKER_ERROR_PERCENT,
      rollingCountTimeout: config.LLM_BREAKER_WINDOW_MS,
      resetTimeout: config.LLM_BREAKER_RESET_MS,
    },
  );
  const breakerState = (): LlmCallEvent['breaker'] =>
    breaker.opened ? 'open' : breaker.halfOpen ? 'half_open' : 'closed';
  // A rejected key is told at error level once per breaker opening, not once per message.
  let authFailureTold = false;
  breaker.on('halfOpen', () => {
    authFailureTold = false;
  });
  breaker.on('close', () => {
    authFailureTold = false;
    logger?.info({ llm: { breaker: 'closed' } }, 'The LLM answers again; the breaker is closed.');
  });
  breaker.on('open', () => {
    logger?.warn(
      { llm: { breaker: 'open', resetMs: config.LLM_BREAKER_RESET_MS } },
      `The LLM keeps failing; messages use the offline interpreter for the next ${Math.round(config.LLM_BREAKER_RESET_MS / 1000)} s.`,
    );
  });

  function told(event: LlmCallEvent, error?: unknown): void {
    options.onLlmCall?.(event);
    if (!logger) return;
    // Outcome, status, duration and tokens only: OpenAI's error text can echo part of the key.
    const fields = { llm: { ...event, ...(error ? errorNames(error) : {}) } };
    switch (event.outcome) {
      case 'ok':
      case 'invalid_answer':
        logger.info(fields, `LLM call: ${event.outcome}`);
        return;
      case 'short_circuited':
        logger.debug(fields, 'LLM skipped: the breaker is open');
        return;
      case 'auth_failure':
        if (!authFailureTold) {
          authFailureTold = true;
          logger.error(fields, 'OpenAI rejected the API key; using the offline interpreter.');
        } else {
          logger.warn(fields, 'LLM call: auth_failure');
        }
        return;
      default:
        logger.warn(fields, `LLM call: ${event.outcome}${event.status ? ` (HTTP ${event.status})` : ''}`);
    }
  }

  return {
    async interpret(text, context) {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      let reply: AIMessage;
      try {
        reply = await breaker.fire(llmMessages(text, context));
      } catch (error) {
        const outcome = outcomeOf(error);
        const status = outcome === 'http_error' || outcome === 'auth_failure' ? statusOf(error) : undefined;
        told({ outcome, durationMs: elapsed(), status, breaker: breakerState() }, error);
        options.onError?.(error);
        return null;
      }
      const answer = validated(reply, text, context);
      told({
        outcome: answer ? 'ok' : 'invalid_answer',
        durationMs: elapsed(),
        tokens: tokensOf(reply),
        breaker: breakerState(),
      });
      return answer;
    },
  };
}

/** The model's tool call as a command, or null when it is not one that can be trusted. */
function validated(reply: AIMessage, text: string, context?: { caseId?: string }): Interpretation | null {
  const calls = reply.tool_calls ?? [];
  if (calls.length !== 1 || (reply.invalid_tool_calls?.length ?? 0) > 0) return null;
  const call = calls[0];
  const action: Action | undefined = call ? actionForTool(call.name) : undefined;
  if (!call || !action) return null;
  const interpretation = toInterpretation(action, call.args, 0.8, 'llm');
  if (!interpretation) return null;
  // What is stored and sent should be what the user said, not the model's paraphrase of it.
  for (const field of ['reason', 'comment'] as const) {
    const proposed = interpretation[field];
    if (proposed) interpretation[field] = ownWordsFor(proposed, text) ?? proposed;
  }
  if (action === 'closecode.suggest') {
    const suggestion = suggestCloseCode(interpretation.comment ?? text);
    if (suggestion) interpretation.code = suggestion.code;
  }
  // Safe by construction, whatever the model says: only numbers the user wrote, or the thread's case.
  const named = NUMBERS_IN(text);
  if (
    interpretation.caseId &&
    !named.has(interpretation.caseId) &&
    interpretation.caseId !== context?.caseId
  ) {
    return null;
  }
  if (interpretation.quoteId && !named.has(interpretation.quoteId)) return null;
  return interpretation;
}
