import type { Config } from '../config.ts';
import type { Interpretation } from './commands.ts';
import type { LlmInterpreter, LlmInterpreterOptions } from './llm-interpreter.ts';
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
 * LLM is asked exactly when the offline decision is `unsure` (no rule recognised the message). A refusal
 * (negated, conditional, later, quoted, bulk …) is a decision the LLM cannot overrule. An LLM failure or
 * an answer that fails validation leaves the offline answer in place. `source` says which path answered.
 * The LLM path costs at most LLM_TIMEOUT_MS, and nothing while its breaker is open (see llm-interpreter).
 */
export function createInterpreter(config: Config, options: LlmInterpreterOptions = {}): Interpreter {
  if (!config.OPENAI_API_KEY && !options.model) return createOfflineInterpreter();
  // LangChain takes about a second to load: it is loaded in the background once the process is up, not
  // on the way to the first prompt, and never when no LLM is configured.
  let llm: Promise<LlmInterpreter> | undefined;
  const loadLlm = () => {
    llm ??= import('./llm-interpreter.ts')
      .then((m) => m.createLlmInterpreter(config, options))
      .catch((error: unknown) => {
        options.logger?.error(
          { err: error },
          'the LLM interpreter could not be set up; using the offline one',
        );
        return { interpret: async () => null };
      });
    return llm;
  };
  setImmediate(() => void loadLlm());
  return {
    async interpret(text: string, context?: InterpretContext): Promise<Interpretation> {
      const offline = interpretOffline(text, context);
      if (offline.decision !== 'unsure') return offline;
      const answer = await (await loadLlm()).interpret(text, context);
      return answer ?? offline;
    },
  };
}
