import { suggestCloseCode } from '../understanding/close-code-suggester.ts';
import type { Interpretation } from '../understanding/commands.ts';
import { assessDeclineReason } from '../understanding/decline-reason.ts';
import type { Understanding } from './action-registry.types.ts';

export interface Interpreter {
  interpret(text: string, context?: { caseId?: string }): Promise<Interpretation> | Interpretation;
}

/** The engine's view of src/understanding: an interpreter, the decline-reason judge, the close-code advisor. */
export function understandingFrom(interpreter: Interpreter): Understanding {
  return {
    interpret: async (text, context) => interpreter.interpret(text, context),
    assessDeclineReason(reason) {
      const a = assessDeclineReason(reason);
      return a.ok
        ? { acceptable: true, category: a.category }
        : { acceptable: false, category: null, problem: a.problem };
    },
    suggestCloseCode(comment) {
      const s = suggestCloseCode(comment);
      // The suggester says "Label: why."; the engine names the code itself, so only the why is kept.
      return s ? { code: s.code, reason: s.why.replace(/^[^:]{1,80}:\s*/, '') } : null;
    },
  };
}
