import type { Actor } from './actor.ts';

// Who may read case data in a shared channel (pure). A look-up asked in a channel is answered to the asker
// alone, unless support registered the channel as the asker's own organisation's channel, or as the
// support channel and the asker is support. Debtors who are private persons are never named where others
// can read: their name gives way to PERSON_DEBTOR_LABEL.

export type ChannelKind = 'organisation' | 'support';

export interface ChannelRegistration {
  kind: ChannelKind;
  partnerId: number | null;
  creditorId: number | null;
}

/** Said instead of a private person's name in anything others in a channel can read. */
export const PERSON_DEBTOR_LABEL = 'the debtor (private person)';

/** Whether a look-up's answer may be posted for the whole channel, or only shown to the asker. */
export function channelShowsCaseDataTo(registration: ChannelRegistration | null, actor: Actor): boolean {
  if (!registration) return false;
  if (registration.kind === 'support') return actor.role === 'support';
  if (registration.partnerId !== null) return actor.partnerId === registration.partnerId;
  if (registration.creditorId !== null) return actor.creditorId === registration.creditorId;
  return false;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every whole-word occurrence of the names (any case) replaced by the label: "Case 1002 (Anna Berg, …)" →
 * "Case 1002 (the debtor (private person), …)". Longer names first, so "Anna Berg" wins over "Anna".
 * Spaces in a name match any run of white space (a name wrapped by the text around it).
 */
export function withoutNames(text: string, names: readonly string[], label = PERSON_DEBTOR_LABEL): string {
  const usable = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return text;
  const alternatives = usable.map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, label);
}
