import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { type AIMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { ChatOpenAICompletions } from '@langchain/openai';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Action } from '../domain/ids.ts';
import { ACTIONS } from '../domain/ids.ts';
import { suggestCloseCode } from './close-code-suggester.ts';
import {
  actionForTool,
  COMMAND_SCHEMAS,
  type Interpretation,
  toInterpretation,
  toolName,
} from './commands.ts';
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

/** The tool definitions sent to the model: exactly the command schemas, nothing written twice. */
export function llmToolDefinitions(): OpenAiTool[] {
  if (!toolsCache) {
    toolsCache = ACTIONS.map((action) => {
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
  /** Retries on 429/5xx; each one costs another timeout. Tests set 0. */
  maxRetries?: number;
  /** A ready model (tests, or another provider); by default ChatOpenAI from the configuration. */
  model?: BaseChatModel;
  onError?: (error: unknown) => void;
}

export function createChatModel(config: Config, maxRetries = 1): ChatOpenAICompletions {
  return new ChatOpenAICompletions({
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_MODEL,
    temperature: 0,
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

export function createLlmInterpreter(config: Config, options: LlmInterpreterOptions = {}): LlmInterpreter {
  const base = options.model ?? createChatModel(config, options.maxRetries);
  if (!base.bindTools) throw new Error('The configured chat model does not support tool calling.');
  const model = base.bindTools(llmToolDefinitions(), { tool_choice: 'auto' });
  return {
    async interpret(text, context) {
      let reply: AIMessage;
      try {
        reply = (await model.invoke(llmMessages(text, context))) as AIMessage;
      } catch (error) {
        options.onError?.(error);
        return null;
      }
      const calls = reply.tool_calls ?? [];
      if (calls.length !== 1 || (reply.invalid_tool_calls?.length ?? 0) > 0) return null;
      const call = calls[0];
      const action: Action | undefined = call ? actionForTool(call.name) : undefined;
      if (!call || !action) return null;
      const interpretation = toInterpretation(action, call.args, 0.8, 'llm');
      if (!interpretation) return null;
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
    },
  };
}
