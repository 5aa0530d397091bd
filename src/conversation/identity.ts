import { say } from '../i18n/messages.ts';
import type { ChatSurface } from './engine-contract.ts';

// Who is speaking is found by the user repository (findUserByChatIdentity); this is what the unlinked hear.

/** What the unlinked hear, in the language the surface gave with the message (else English; see speaker.ts). */
export function notLinkedText(surface: ChatSurface): string {
  return say('chat4.link.not_linked', { surface });
}
