import { DECLINE_CATEGORIES, type DeclineCategory } from '../../domain/ids.ts';
import { loadPrompt } from '../../understanding/prompts.ts';

// The message about a decline, from the templates in prompts/decline-messages/, saying what REALLY
// happens next: shared with partners who were invited, shared but nobody matched (support alerted), or
// closed. Addressed to whoever reads it: the creditor, or for a managed case the managing partner that
// submitted it (a shadow client has no users; "Dear <shadow client>" would reach nobody).

/** What happened after the decline. */
export type DeclineNext = 'network' | 'no_partners' | 'closed';

export type DeclineAddressee =
  | { kind: 'creditor'; name: string }
  | { kind: 'managing_partner'; name: string; clientName: string };

export interface DeclineNoticeInput {
  caseId: number;
  debtorName: string;
  /** null: the reason fits no category, or the case contradicts it; support reviews it. */
  category: DeclineCategory | null;
  next: DeclineNext;
  addressee: DeclineAddressee;
}

const NEXT_TEMPLATE: Record<DeclineNext, string> = {
  network: 'next-network',
  no_partners: 'next-no-partners',
  closed: 'next-closed',
};

/** Names come from the database: one line, no markup that a chat surface would turn into a mention. */
function safe(s: string, fallback: string): string {
  return (
    s
      .replace(/[<>]/g, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u001F\u007F]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200) || fallback
  );
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`decline message template needs {{${key}}}`);
    return value;
  });
}

export function renderDeclineNotice(input: DeclineNoticeInput): string {
  const category = input.category && DECLINE_CATEGORIES.includes(input.category) ? input.category : null;
  const managed = input.addressee.kind === 'managing_partner';
  return fill(loadPrompt(`decline-messages/${managed ? 'frame-managed' : 'frame'}.md`), {
    caseId: String(input.caseId),
    creditorName: safe(input.addressee.name, 'customer'),
    recipientName: safe(input.addressee.name, 'partner'),
    clientName:
      input.addressee.kind === 'managing_partner' ? safe(input.addressee.clientName, 'your client') : '',
    debtorName: safe(input.debtorName, 'the debtor'),
    why: loadPrompt(`decline-messages/${category ?? 'manual-review'}.md`),
    next: loadPrompt(`decline-messages/${NEXT_TEMPLATE[input.next]}.md`),
  });
}
