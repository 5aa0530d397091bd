import type { Config } from '../config.ts';
import type { Interpretation } from './commands.ts';
import { createLlmInterpreter, type LlmInterpreterOptions } from './llm-interpreter.ts';
import { type InterpretContext, interpretOffline } from './offline-interpreter.ts';

export interface Interpreter {
  interpret(text: string, context?: { caseId?: string }): Promise<Interpretation>;
}

/** The built-in interpreter behind the common interface. */
export function createOfflineInterpreter(): Interpreter {
  return { interpret: async (text, context) => interpretOffline(text, context) };
}

/**
 * Offline when no LLM is configured. Otherwise hybrid: the offline interpreter answers first, and the
 * LLM is asked only when the offline confidence is below LLM_CONFIDENCE_THRESHOLD. An LLM failure or
 * an answer that fails validation leaves the offline answer in place. `source` says which path answered.
 * The LLM path costs at most LLM_TIMEOUT_MS, and nothing while its breaker is open (see llm-interpreter).
 */
export function createInterpreter(config: Config, options: LlmInterpreterOptions = {}): Interpreter {
  if (!config.OPENAI_API_KEY && !options.model) return createOfflineInterpreter();
  const llm = createLlmInterpreter(config, options);
  return {
    async interpret(text: string, context?: InterpretContext): Promise<Interpretation> {
      const offline = interpretOffline(text, context);
      if (offline.confidence >= config.LLM_CONFIDENCE_THRESHOLD) return offline;
      const answer = await llm.interpret(text, context);
      return answer ?? offline;
    },
  };
}
