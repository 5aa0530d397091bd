import { suggestCloseCode } from '../understanding/close-code-suggester.ts';
import type { Interpretation } from '../understanding/commands.ts';
import { assessDeclineReason } from '../understanding/decline-reason.ts';
import { stripMarkup } from '../understanding/normalize.ts';
import type { Understanding } from './action-registry.types.ts';

export interface Interpreter {
  interpret(text: string, context?: { caseId?: string }): Promise<Interpretation> | Interpretation;
}

/**
 * Wording the LLM copied out of the raw chat message (it is given the text as the surface sent it) made plain
 * like the offline interpreter's: Slack's markup tokens dropped, `&lt;` `&gt;` `&amp;` read back as characters.
 * The surfaces escape it on the way out, so a typed "<!channel>" is shown once as text, never as "&amp;lt;".
 */
function plainFreeText(interpretation: Interpretation): Interpretation {
  if (interpretation.source !== 'llm') return interpretation;
  const plain = (text: string) =>
    stripMarkup(text)
      .replace(/[ \t]{2,}/g, ' ')
      .trim();
  return {
    ...interpretation,
    ...(interpretation.reason !== undefined ? { reason: plain(interpretation.reason) } : {}),
    ...(interpretation.comment !== undefined ? { comment: plain(interpretation.comment) } : {}),
  };
}

/** The engine's view of src/understanding: an interpreter, the decline-reason judge, the close-code advisor. */
export function understandingFrom(interpreter: Interpreter): Understanding {
  return {
    interpret: async (text, context) => plainFreeText(await interpreter.interpret(text, context)),
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
