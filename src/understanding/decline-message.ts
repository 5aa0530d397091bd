import { DECLINE_CATEGORIES, type DeclineCategory } from '../domain/ids.ts';
import { loadPrompt } from './prompts.ts';

// The professional message a creditor receives when a partner declines their case, from the templates
// in prompts/decline-messages/: the case reference, why in the category's plain words, and what happens
// next. Complete without an LLM; an LLM may only polish it when one is configured.

export interface DeclineMessageInput {
  caseId: number;
  creditorName: string;
  debtorName: string;
  /** null: the reason fits no category and is with our team for manual review. */
  category: DeclineCategory | null;
  networkSharing: boolean;
}

/** Names come from the database: one line, no markup that a chat surface would turn into a mention. */
const safe = (s: string): string =>
  s
    .replace(/[<>]/g, '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200) || 'the debtor';

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

export function renderDeclineMessage(input: DeclineMessageInput): string {
  const category = input.category && DECLINE_CATEGORIES.includes(input.category) ? input.category : null;
  const why = loadPrompt(`decline-messages/${category ?? 'manual-review'}.md`);
  const next = loadPrompt(`decline-messages/${input.networkSharing ? 'next-network' : 'next-closed'}.md`);
  return fill(loadPrompt('decline-messages/frame.md'), {
    caseId: String(input.caseId),
    creditorName: safe(input.creditorName) === 'the debtor' ? 'customer' : safe(input.creditorName),
    debtorName: safe(input.debtorName),
    why,
    next,
  });
}
