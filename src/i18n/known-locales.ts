import type { MessageKey } from './catalogue/en.ts';
import { msg, renderFor } from './messages.ts';

// The locale of the people this process has answered lately, by chat identity. Some sentences are said
// before a turn has found its speaker: "I'm busy" (in-flight limit), "slow down" (rate limit), "I gave up"
// (the inbox after the last failed attempt). Finding the speaker there would cost the database round trip
// those answers exist to avoid, so they use what the surface says with the message (Teams' locale) or
// what the last turn of that person in this process found (the identity row's locale); else English.
// A process that has not answered the person yet (just started, or another instance) says it in English.

const MAX_PEOPLE = 10_000;
const known = new Map<string, string>();

interface Who {
  surface: string;
  userExternalId: string;
  workspaceId?: string;
  locale?: string;
}

const keyOf = (who: Who) => `${who.surface}:${who.workspaceId ?? ''}:${who.userExternalId}`;

/** Remembers the locale a turn found for this chat identity (none: forgets it, they read English). */
export function rememberLocale(who: Who, locale: string | null | undefined): void {
  const key = keyOf(who);
  known.delete(key); // re-inserted last: the oldest entry is the first to go
  if (!locale) return;
  if (known.size >= MAX_PEOPLE) known.delete(known.keys().next().value as string);
  known.set(key, locale);
}

/** The locale to speak in before the turn knows its speaker: the surface's, else the last one found here. */
export function knownLocale(who: Who): string | undefined {
  return who.locale || known.get(keyOf(who));
}

/** A sentence of the catalogue for this chat identity, said before its turn (see above). */
export function sayBeforeTurn(who: Who, key: MessageKey): string {
  return renderFor(msg(key), knownLocale(who));
}
