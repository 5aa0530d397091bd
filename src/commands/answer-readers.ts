import { COMPLETION_NOTE } from '../conversation/action-registry.types.ts';
import { stripMarkup } from '../understanding/normalize.ts';
import type { AnswerReading, AnswerTools, ArgumentSpec } from './command-spec.ts';
import { categoryNamed } from './wording.ts';

// How a typed answer to one of the questions of src/commands/arguments.ts is read. The engine calls the
// argument's `read` (or `rereadAnswer` when it has none) and knows no argument by name.

/**
 * Kept as the plain text the person typed, like a reason read from a command: Slack's markup tokens
 * dropped and its `&lt;` `&gt;` `&amp;` read back as characters. Every surface escapes it on the way out,
 * so "<!channel>" typed here is shown as written, never as a mention and never as "&amp;lt;".
 */
export const readFreeText =
  (name: string) =>
  async (text: string): Promise<AnswerReading> => ({
    args: {
      [name]: stripMarkup(text)
        .replace(/[ \t]{2,}/g, ' ')
        .trim(),
    },
  });

/** A case number, anywhere in the answer. */
export async function readCaseNumber(text: string): Promise<AnswerReading> {
  const n = text.match(/\d{1,12}/)?.[0];
  return n ? { args: { caseId: n } } : { again: 'I need a case number.' };
}

/** A decline category by name, or judged from the words as a decline reason would be. */
export async function readCategory(text: string, tools: AnswerTools): Promise<AnswerReading> {
  const category = categoryNamed(text) ?? (await tools.understanding.assessDeclineReason(text)).category;
  return category ? { args: { category } } : { again: "I couldn't match that to a category." };
}

/** The quote's own number, the position of one the question listed, or the partner's name. */
export async function readQuote(text: string, tools: AnswerTools): Promise<AnswerReading> {
  const { offered } = tools;
  const n = text.match(/\d{1,12}/)?.[0];
  const quoteId = n
    ? offered.includes(n) || offered.length === 0 || Number(n) > offered.length
      ? n
      : offered[Number(n) - 1]
    : undefined;
  if (quoteId) return { args: { quoteId } };
  // No number: perhaps the partner's name ("Lex's", "the JurisNet one"), read against the case's quotes.
  const completed = tools.complete
    ? await tools.complete({ ...tools.args, said: text }).catch(() => null)
    : null;
  if (completed?.quoteId) return { args: { quoteId: completed.quoteId } };
  const note = completed?.[COMPLETION_NOTE];
  return {
    again:
      typeof note === 'string'
        ? note
        : "I couldn't tell which quote you mean: give its number or the partner's name.",
  };
}

/**
 * Read as if it had been part of the first message: the interpreter reads the answer after the
 * argument's `reread` words (and the case), and the argument of the same name is taken; `alsoTake`
 * picks what else that reading gives (the currency of an amount, the comment after a close code).
 */
export async function rereadAnswer(
  argument: Pick<ArgumentSpec, 'name' | 'reread'>,
  text: string,
  tools: AnswerTools,
  alsoTake?: (again: Record<string, unknown>, args: AnswerTools['args']) => Record<string, unknown>,
): Promise<AnswerReading> {
  const caseContext = typeof tools.args.caseId === 'string' ? tools.args.caseId : undefined;
  const again = (await tools.understanding.interpret(
    `${argument.reread ?? ''} ${caseContext ?? ''} ${text}`,
    { caseId: caseContext },
  )) as unknown as Record<string, unknown>;
  const value = again[argument.name];
  if (value === undefined) return { again: "Sorry, I didn't get that." };
  return { args: { [argument.name]: value, ...(alsoTake?.(again, tools.args) ?? {}) } };
}

/** The reader of an argument that has no `read` of its own. */
export const rereadAs =
  (
    argument: Pick<ArgumentSpec, 'name' | 'reread'>,
    alsoTake?: (again: Record<string, unknown>, args: AnswerTools['args']) => Record<string, unknown>,
  ) =>
  (text: string, tools: AnswerTools) =>
    rereadAnswer(argument, text, tools, alsoTake);
