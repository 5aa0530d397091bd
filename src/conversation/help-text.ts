import type { ActionName, HelpAudience, HelpLine } from '../commands/command-spec.ts';
import { COMMANDS } from '../commands/command-table.ts';
import type { Actor } from '../domain/actor.ts';
import type { PartnerType } from '../domain/ids.ts';
import type { Language } from '../i18n/locale.ts';
import { type MessageKey, readerLocale, say } from '../i18n/messages.ts';
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
const ROLE_NOTES: Partial<Record<Actor['role'], MessageKey[]>> = {
  support: ['help.support_note'],
};

/**
 * The help lines for one audience, in the table's order, in a language: a line's own translation (the
 * command's `in`), else its English line.
 */
export function helpLines(audience: HelpAudience, language: Language = 'en'): string[] {
  return (Object.keys(COMMANDS) as ActionName[]).flatMap((action) =>
    (COMMANDS[action].help as readonly HelpLine[])
      .filter((h) => h.audience === audience)
      .map((h) => h.in?.[language] ?? h.line),
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
  // In the speaker's language (the turn's reader, src/i18n/messages.ts).
  const language = readerLocale().language;
  const lines = [
    ...shown.flatMap((a) => helpLines(a, language)),
    ...(ROLE_NOTES[actor.role] ?? []).map((key) => say(key)),
  ];
  return {
    title: say('help.title'),
    text:
      `${say('help.intro', { name: actor.name })}\n` +
      lines.map((l) => `• ${l}`).join('\n') +
      `\n${say('help.outro')}`,
  };
}
