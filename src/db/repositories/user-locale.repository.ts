import type { Kysely, Transaction } from 'kysely';
import { canonicalTag } from '../../i18n/locale.ts';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export type LocaleSource = 'slack' | 'teams' | 'chosen';

export interface UserLocale {
  locale: string | null;
  source: LocaleSource | null;
}

export async function findUserLocale(db: Db, userId: number): Promise<UserLocale> {
  const r = await db
    .selectFrom('users')
    .select(['locale', 'locale_source'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return { locale: r?.locale ?? null, source: (r?.locale_source ?? null) as LocaleSource | null };
}

/** The person's own choice ("speak Danish"): wins over what any surface says from now on. */
export async function chooseUserLocale(db: Db, userId: number, locale: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ locale: canonicalTag(locale) ?? locale, locale_source: 'chosen' })
    .where('id', '=', userId)
    .execute();
}

/**
 * The locale a surface reports for the person (Slack's users.info, the Teams activity), cached on the user.
 * Never overwrites a chosen locale; a no-op when it is already the stored one. Returns whether it changed.
 */
export async function noteSurfaceLocale(
  db: Db,
  userId: number,
  locale: string,
  source: Exclude<LocaleSource, 'chosen'>,
): Promise<boolean> {
  const tag = canonicalTag(locale);
  if (!tag) return false;
  const result = await db
    .updateTable('users')
    .set({ locale: tag, locale_source: source })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('locale_source', 'is', null), eb('locale_source', '!=', 'chosen')]))
    .where((eb) => eb.or([eb('locale', 'is', null), eb('locale', '!=', tag)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
