import { type Case, requireText, statusLabel } from './case.ts';
import { DomainError, sentence } from './errors.ts';
import type { CaseRelation } from './permissions.ts';

// The case chat (help centre, "How to upload outbound cases": the managing partner "has read-only access
// to case progress but can communicate with the assigned collection partner through the case chat"), and
// the information a creditor adds after a decline ("Partner declined my case": "provide additional
// information via the case communication thread"). Who may write is the permission table's; here: to
// whom a message goes, and when there is nobody to write to. See docs/notes/r-casechat.md.

/** Longer texts are documents, not chat messages (the engine reads up to 4,000 characters in all). */
export const MAX_CASE_MESSAGE_CHARS = 2000;

/** The other side of the case chat, seen from the writer. */
export type ChatCounterpart =
  | { side: 'assigned_partner'; partnerId: number }
  | { side: 'managing_partner'; partnerId: number }
  | { side: 'creditor' };

type ChatCase = Pick<Case, 'id' | 'status' | 'assignedPartnerId' | 'managingPartnerId'>;

/**
 * Whom a message of this writer goes to: the creditor's side (the managing partner, or the creditor of a
 * case with none) writes to the partner working the case; that partner writes back to the managing
 * partner, or to the creditor. A case no partner holds now has no chat: the refusal says what to do.
 */
export function chatCounterpart(writer: CaseRelation, c: ChatCase): ChatCounterpart {
  if (writer === 'assigned_partner') {
    return c.managingPartnerId !== null
      ? { side: 'managing_partner', partnerId: c.managingPartnerId }
      : { side: 'creditor' };
  }
  if (c.assignedPartnerId === null) {
    const instead =
      c.status === 'closed'
        ? `To resubmit it or ask about it, say "add information to case ${c.id}: …" and support will see it.`
        : `To give the partners considering it more information, say "add information to case ${c.id}: …".`;
    throw new DomainError(
      'invalid_state',
      `No collection partner is working case ${c.id} now (it is ${statusLabel(c.status)}), so there is nobody to message in its case chat. ${instead}`,
      { status: c.status },
      sentence('refusals4.chat.nobody', {
        caseId: String(c.id),
        status: statusLabel(c.status),
        closed: c.status === 'closed' ? 'yes' : 'no',
      }),
    );
  }
  return { side: 'assigned_partner', partnerId: c.assignedPartnerId };
}

/** The words of a message: never empty, never a document. */
export function messageText(text: string | null | undefined, caseId: number): string {
  const said = requireText(
    text,
    `the message for case ${caseId}`,
    sentence('refusals4.give.message', { caseId: String(caseId) }),
  );
  if (said.length > MAX_CASE_MESSAGE_CHARS) {
    throw new DomainError(
      'invalid_input',
      `That message is ${said.length.toLocaleString('en')} characters long; a message on a case can be up to ${MAX_CASE_MESSAGE_CHARS.toLocaleString('en')}. Please shorten it or send it in parts.`,
      {},
      sentence('refusals4.chat.too_long', {
        length: { num: said.length },
        max: { num: MAX_CASE_MESSAGE_CHARS },
      }),
    );
  }
  return said;
}

/**
 * Information is added to a case nobody holds now (declined, collecting quotes, or closed after the
 * decline). A case with a partner has the chat, and one waiting for an answer the answer.
 */
export function assertMayAddInformation(c: ChatCase): void {
  if (c.assignedPartnerId === null) return;
  if (c.status === 'needs_additional_details') {
    throw new DomainError(
      'invalid_state',
      `The partner working case ${c.id} is waiting for your answer: say "answer ${c.id}: …" and the case goes back to them.`,
      { status: c.status },
      sentence('refusals4.chat.answer_instead', { caseId: String(c.id) }),
    );
  }
  throw new DomainError(
    'invalid_state',
    `A collection partner is working case ${c.id} (${statusLabel(c.status)}): write to them in the case chat with "message the partner on ${c.id}: …".`,
    { status: c.status },
    sentence('refusals4.chat.use_chat', { caseId: String(c.id), status: statusLabel(c.status) }),
  );
}

/** How the writer's side is named to the other side. */
export function sideWord(relation: CaseRelation): string {
  switch (relation) {
    case 'managing_partner':
      return 'managing partner';
    case 'assigned_partner':
      return 'collection partner';
    case 'creditor':
      return 'creditor';
    case 'support':
      return 'support';
    default:
      return 'partner';
  }
}
