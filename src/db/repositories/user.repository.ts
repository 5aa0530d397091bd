import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../domain/actor.ts';
import type { UserRole } from '../../domain/ids.ts';
import { compiledOnce } from '../compiled-once.ts';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export function toActor(r: {
  id: number;
  name: string;
  role: string;
  partner_id: number | null;
  creditor_id: number | null;
  locale?: string | null;
  locale_source?: string | null;
}): Actor {
  return {
    userId: r.id,
    name: r.name,
    role: r.role as UserRole,
    partnerId: r.partner_id,
    creditorId: r.creditor_id,
    ...(r.locale ? { locale: r.locale, localeChosen: r.locale_source === 'chosen' } : {}),
  };
}

export async function findUser(db: Db, id: number): Promise<Actor | null> {
  const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toActor(r) : null;
}

export async function findUserByHandle(db: Db, handle: string): Promise<Actor | null> {
  const r = await db.selectFrom('users').selectAll().where('handle', '=', handle).executeTakeFirst();
  return r ? toActor(r) : null;
}

/**
 * The user behind a chat identity (Slack/Teams id, console handle), if it is linked. With `alsoUnscoped`,
 * an identity linked without a workspace ('' — before workspaces were told apart, or a single-workspace
 * set-up) stands in when the workspace has none of its own; the surface allows that only for the workspace
 * the '' identities belong to (its home tenant or team), so a speaker of another workspace never matches
 * them, nor any other workspace's identities.
 */
export async function findUserByChatIdentity(
  db: Db,
  surface: 'slack' | 'teams' | 'console',
  externalId: string,
  /** The Slack team or Teams tenant the person speaks from; '' where there is only one. */
  workspaceId = '',
  alsoUnscoped = false,
): Promise<Actor | null> {
  const both = alsoUnscoped && workspaceId !== '';
  const { rows } = await identityQuery(db, { surface, externalId, workspaceId }, both ? 'both' : 'one');
  const r = rows[0];
  return r ? toActor(r) : null;
}

/** Every event runs it: compiled once (compiled-once.ts); 'both' also finds the unscoped identity. */
const identityQuery = compiledOnce(
  (db, a: { surface: string; externalId: string; workspaceId: string }, shape: 'one' | 'both') =>
    db
      .selectFrom('chat_identities')
      .innerJoin('users', 'users.id', 'chat_identities.user_id')
      .select([
        'users.id',
        'users.name',
        'users.role',
        'users.partner_id',
        'users.creditor_id',
        'users.locale',
        'users.locale_source',
      ])
      .where('chat_identities.surface', '=', a.surface)
      .where('chat_identities.workspace_id', 'in', shape === 'both' ? [a.workspaceId, ''] : [a.workspaceId])
      .where('chat_identities.external_id', '=', a.externalId)
      // The workspace's own identity wins over an unscoped one ('' sorts first ascending).
      .orderBy('chat_identities.workspace_id', 'desc')
      .limit(1),
);
