import { DECLINE_CATEGORIES, type DeclineCategory } from '../../domain/ids.ts';
import { type MessageKey, type MessageSpec, msg, nested, renderFor } from '../../i18n/messages.ts';

// The letter about a decline, from the message catalogue (src/i18n/catalogue/: 'decline.*', in every
// language the bot writes), saying what REALLY happens next: shared with partners who were invited,
// shared but nobody matched (support alerted), or closed. Addressed to whoever reads it: the creditor, or
// for a managed case the managing partner that submitted it (a shadow client has no users; "Dear <shadow
// client>" would reach nobody). A message, not a text: the outbox renders it in each reader's language.

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

/** Names come from the database: one line, no markup that a chat surface would turn into a mention. */
function safe(s: string): string {
  return (
    s
      .replace(/[<>]/g, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u001F\u007F]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200)
  );
}

/** A name, or the catalogue's word for it when there is none ("customer", "kunde"). */
const named = (s: string, fallback: MessageKey) => (safe(s) ? safe(s) : nested(msg(fallback)));

/** The decline letter as a message of the catalogue, to be rendered for each reader. */
export function declineNoticeMessage(input: DeclineNoticeInput): MessageSpec {
  const category = input.category && DECLINE_CATEGORIES.includes(input.category) ? input.category : null;
  const common = {
    caseId: String(input.caseId),
    debtorName: named(input.debtorName, 'decline.fallback.debtor'),
    why: nested(msg(category ? (`decline.why.${category}` as MessageKey) : 'decline.why.manual_review')),
    next: nested(msg(`decline.next.${input.next}` as MessageKey)),
  };
  const a = input.addressee;
  return a.kind === 'managing_partner'
    ? msg('decline.letter.managed', {
        ...common,
        recipientName: named(a.name, 'decline.fallback.partner'),
        clientName: named(a.clientName, 'decline.fallback.client'),
      })
    : msg('decline.letter', { ...common, creditorName: named(a.name, 'decline.fallback.creditor') });
}

/** The decline letter in one reader's language (English without a locale). */
export function renderDeclineNotice(input: DeclineNoticeInput, locale?: string | null): string {
  return renderFor(declineNoticeMessage(input), locale);
}
