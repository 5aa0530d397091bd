import type { ActionName, HelpAudience } from '../commands/command-spec.ts';
import { COMMANDS } from '../commands/command-table.ts';
import type { Actor } from '../domain/actor.ts';
import type { PartnerType } from '../domain/ids.ts';
import type { Reply } from './reply.ts';

// Help is the help lines of the command table (src/commands/command-table.ts), grouped by audience in
// this order, each group in the table's order.

const AUDIENCES: readonly HelpAudience[] = [
  'everyone',
  'exclusive_partner',
  'partner',
  'creditor',
  'support',
];

/** What a role is told besides its commands. */
const ROLE_NOTES: Partial<Record<Actor['role'], string[]>> = {
  support: ['You can read any case, and are told about declines that need a manual review.'],
};

/** The help lines for one audience, in the table's order. */
export function helpLines(audience: HelpAudience): string[] {
  return (Object.keys(COMMANDS) as ActionName[]).flatMap((action) =>
    COMMANDS[action].help.filter((h) => h.audience === audience).map((h) => h.line),
  );
}

/**
 * What the user can say, for their role (and, for a partner, its type: legal-network partners receive
 * leads to quote on, never cases to accept or decline). Every change is confirmed before it happens.
 */
export function helpReply(actor: Actor, partnerType?: PartnerType): Reply {
  const verifies = actor.role === 'partner' && partnerType !== 'legal_network';
  const shown = AUDIENCES.filter(
    (a) => a === 'everyone' || a === actor.role || (a === 'exclusive_partner' && verifies),
  );
  const lines = [...shown.flatMap(helpLines), ...(ROLE_NOTES[actor.role] ?? [])];
  return {
    title: 'What I can do',
    text:
      `Hi ${actor.name}, you can say:\n` +
      lines.map((l) => `• ${l}`).join('\n') +
      '\nI always show what will happen and ask you to confirm before anything changes. Say *cancel* to drop a question.',
  };
}
