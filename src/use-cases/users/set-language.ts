import { chooseUserLocale } from '../../db/repositories/user-locale.repository.ts';
import { chosenTag, parseLanguageName } from '../../i18n/locale.ts';
import { msg, renderFor, say } from '../../i18n/messages.ts';
import type { UseCaseContext } from '../context.ts';

// A person chooses the language the bot answers them in and writes their notices in (issue 12). Their
// own setting: stored on the user (users.locale, source 'chosen'), so no surface's locale replaces it, and
// every notice delivered to them afterwards, by any instance or the worker, is rendered in it. Not a
// change to any case, so it is not confirmed first; the answer is already in the new language.

export interface SetLanguageInput {
  /** The language as the person named it: "Danish", "dansk", "da", "da-DK". */
  language: string;
}

export async function setLanguage(ctx: UseCaseContext, input: SetLanguageInput): Promise<{ text: string }> {
  const language = parseLanguageName(input.language);
  if (!language) return { text: say('language.unknown') };
  const tag = chosenTag(language, ctx.actor.locale);
  await chooseUserLocale(ctx.db, ctx.actor.userId, tag);
  return { text: renderFor(msg('language.set'), tag) };
}
