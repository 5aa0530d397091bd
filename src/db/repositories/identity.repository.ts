import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.ts';

// Chat identities, link codes and the identity history. History is append-only: no update or delete.

type Db = Kysely<Database> | Transaction<Database>;

export interface ChatIdentity {
  surface: 'slack' | 'teams' | 'console';
  /** Slack team id, Teams tenant id; '' for a single-workspace set-up and the console. */
  workspaceId: string;
  externalId: string;
}

export type LinkMethod = 'email' | 'code' | 'support' | 'admin';

/** "slack T123/U456", or "slack U456" where there is one workspace: how people and the CLI name it. */
export function describeIdentity(i: ChatIdentity): string {
  return i.workspaceId ? `${i.surface} ${i.workspaceId}/${i.externalId}` : `${i.surface} ${i.externalId}`;
}

export interface PlatformUser {
  userId: number;
  handle: string;
  name: string;
  role: string;
  /** The partner's or creditor's name; null for support. */
  organisation: string | null;
}

function userQuery(db: Db) {
  return db
    .selectFrom('users')
    .leftJoin('partners', 'partners.id', 'users.partner_id')
    .leftJoin('creditors', 'creditors.id', 'users.creditor_id')
    .select([
      'users.id as userId',
      'users.handle',
      'users.name',
      'users.role',
      'partners.name as partnerName',
      'creditors.name as creditorName',
    ]);
}

type UserRow = {
  userId: number;
  handle: string;
  name: string;
  role: string;
  partnerName: string | null;
  creditorName: string | null;
};
const toUser = (r: UserRow): PlatformUser => ({
  userId: r.userId,
  handle: r.handle,
  name: r.name,
  role: r.role,
  organisation: r.partnerName ?? r.creditorName ?? null,
});

/** The platform user with this e-mail, compared without regard to case. */
export async function findUserByEmail(db: Db, email: string): Promise<PlatformUser | null> {
  const r = await userQuery(db)
    .where((eb) => eb(eb.fn('lower', ['users.email']), '=', email.trim().toLowerCase()))
    .executeTakeFirst();
  return r ? toUser(r) : null;
}

/** A user named by id, by handle ("nordic-partner") or by e-mail, handle and e-mail without regard to case. */
export async function findPlatformUser(db: Db, ref: number | string): Promise<PlatformUser | null> {
  if (typeof ref === 'string' && ref.includes('@')) return findUserByEmail(db, ref);
  const q = userQuery(db);
  const r =
    typeof ref === 'number'
      ? await q.where('users.id', '=', ref).executeTakeFirst()
      : await q
          .where((eb) => eb(eb.fn('lower', ['users.handle']), '=', ref.trim().toLowerCase()))
          .executeTakeFirst();
  return r ? toUser(r) : null;
}

export async function findIdentityOwner(db: Db, i: ChatIdentity): Promise<number | null> {
  const r = await db
    .selectFrom('chat_identities')
    .select('user_id')
    .where('surface', '=', i.surface)
    .where('workspace_id', '=', i.workspaceId)
    .where('external_id', '=', i.externalId)
    .executeTakeFirst();
  return r?.user_id ?? null;
}

/** Links the identity; false when it is already linked (to anyone): the first link wins a race. */
export async function insertIdentity(db: Db, i: ChatIdentity, userId: number): Promise<boolean> {
  const r = await db
    .insertInto('chat_identities')
    .values({ surface: i.surface, workspace_id: i.workspaceId, external_id: i.externalId, user_id: userId })
    .onConflict((oc) => oc.columns(['surface', 'workspace_id', 'external_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Removes the link; the user it belonged to, or null when there was none. */
export async function deleteIdentity(db: Db, i: ChatIdentity): Promise<number | null> {
  const r = await db
    .deleteFrom('chat_identities')
    .where('surface', '=', i.surface)
    .where('workspace_id', '=', i.workspaceId)
    .where('external_id', '=', i.externalId)
    .returning('user_id')
    .executeTakeFirst();
  return r?.user_id ?? null;
}

export async function listIdentitiesOf(db: Db, userId: number): Promise<ChatIdentity[]> {
  const rows = await db
    .selectFrom('chat_identities')
    .select(['surface', 'workspace_id', 'external_id'])
    .where('user_id', '=', userId)
    .orderBy('surface')
    .orderBy('workspace_id')
    .orderBy('external_id')
    .execute();
  return rows.map((r) => ({
    surface: r.surface as ChatIdentity['surface'],
    workspaceId: r.workspace_id,
    externalId: r.external_id,
  }));
}

export interface IdentityHistoryEntry {
  identity: ChatIdentity;
  userId: number;
  action: 'link' | 'unlink';
  method: LinkMethod;
  actorUserId: number | null;
  details?: Record<string, unknown>;
  at: Date;
}

export async function appendIdentityHistory(db: Db, e: IdentityHistoryEntry): Promise<void> {
  await db
    .insertInto('identity_history')
    .values({
      surface: e.identity.surface,
      workspace_id: e.identity.workspaceId,
      external_id: e.identity.externalId,
      user_id: e.userId,
      action: e.action,
      method: e.method,
      actor_user_id: e.actorUserId && e.actorUserId > 0 ? e.actorUserId : null,
      details: JSON.stringify(e.details ?? {}),
      created_at: e.at,
    })
    .execute();
}

export async function insertLinkCode(
  db: Db,
  code: { hash: string; userId: number; issuedBy: number | null; at: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('link_codes')
    .values({
      code_hash: code.hash,
      user_id: code.userId,
      issued_by_user_id: code.issuedBy && code.issuedBy > 0 ? code.issuedBy : null,
      created_at: code.at,
      expires_at: code.expiresAt,
    })
    .execute();
}

/** The code's row, locked: two people redeeming the same code at once are served one after the other. */
export async function lockLinkCode(trx: Transaction<Database>, hash: string) {
  return trx
    .selectFrom('link_codes')
    .select(['id', 'user_id', 'expires_at', 'used_at'])
    .where('code_hash', '=', hash)
    .forUpdate()
    .executeTakeFirst();
}

export async function markLinkCodeUsed(db: Db, id: number, at: Date, usedBy: ChatIdentity): Promise<void> {
  await db
    .updateTable('link_codes')
    .set({ used_at: at, used_by: describeIdentity(usedBy) })
    .where('id', '=', id)
    .execute();
}
