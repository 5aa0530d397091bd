import type { ChatSurface } from './engine-contract.ts';

// Who is speaking is found by the user repository (findUserByChatIdentity); this is what the unlinked hear.

const SURFACE_NAMES: Record<ChatSurface, string> = {
  slack: 'Slack',
  teams: 'Microsoft Teams',
  console: 'console',
};

export function notLinkedText(surface: ChatSurface): string {
  return (
    `Hello! Your ${SURFACE_NAMES[surface]} account is not linked to a user of the collection platform yet, ` +
    `so I can't show or change any case for you. Please ask support to link your ${SURFACE_NAMES[surface]} ` +
    'account to your platform user; once that is done, say "help" to see what I can do.'
  );
}
