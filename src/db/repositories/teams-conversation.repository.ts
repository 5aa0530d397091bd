import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** A conversation the Teams bot can post in: what a proactive message needs besides the text. */
export interface TeamsConversationReference {
  conversationId: string;
  /** Lower-case Entra tenant id. */
  tenantId: string;
  serviceUrl: string;
  conversationType: 'personal' | 'groupChat' | 'channel';
  /** A personal chat's user (Entra object id). */
  userAadId: string | null;
  teamId: string | null;
}

function toReference(r: {
  conversation_id: string;
  tenant_id: string;
  service_url: string;
  conversation_type: string;
  user_aad_id: string | null;
  team_id: string | null;
}): TeamsConversationReference {
  return {
    conversationId: r.conversation_id,
    tenantId: r.tenant_id,
    serviceUrl: r.service_url,
    conversationType: r.conversation_type as TeamsConversationReference['conversationType'],
    userAadId: r.user_aad_id,
    teamId: r.team_id,
  };
}

/** Records (or refreshes: Teams may move a tenant to another service URL) where the bot can post. */
export async function saveTeamsReference(db: Db, ref: TeamsConversationReference, now: Date): Promise<void> {
  const row = {
    conversation_id: ref.conversationId,
    tenant_id: ref.tenantId,
    service_url: ref.serviceUrl,
    conversation_type: ref.conversationType,
    user_aad_id: ref.userAadId,
    team_id: ref.teamId,
    updated_at: now,
  };
  await db
    .insertInto('teams_conversation_references')
    .values(row)
    .onConflict((oc) =>
      oc.column('conversation_id').doUpdateSet({
        tenant_id: row.tenant_id,
        service_url: row.service_url,
        conversation_type: row.conversation_type,
        // A later activity without the user (a channel post) does not forget who the personal chat is with.
        user_aad_id: (eb) =>
          eb.fn.coalesce(eb.ref('excluded.user_aad_id'), eb.ref('teams_conversation_references.user_aad_id')),
        team_id: (eb) =>
          eb.fn.coalesce(eb.ref('excluded.team_id'), eb.ref('teams_conversation_references.team_id')),
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** The bot was removed from a conversation (uninstalled, removed from the team): no more posts there. */
export async function forgetTeamsReferences(
  db: Db,
  where: { conversationId: string } | { teamId: string },
): Promise<void> {
  let q = db.deleteFrom('teams_conversation_references');
  q =
    'teamId' in where
      ? q.where('team_id', '=', where.teamId)
      : q.where('conversation_id', '=', where.conversationId);
  await q.execute();
}

export async function findTeamsReference(
  db: Db,
  conversationId: string,
): Promise<TeamsConversationReference | null> {
  const r = await db
    .selectFrom('teams_conversation_references')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .executeTakeFirst();
  return r ? toReference(r) : null;
}

/** The user's personal chat with the bot in their tenant, the most recently seen first. */
export async function findTeamsPersonalChat(
  db: Db,
  tenantId: string,
  userAadId: string,
): Promise<TeamsConversationReference | null> {
  const r = await db
    .selectFrom('teams_conversation_references')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('user_aad_id', '=', userAadId)
    .where('conversation_type', '=', 'personal')
    .orderBy('updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? toReference(r) : null;
}

/** Any conversation of the tenant: its service URL is the tenant's, for opening a chat nobody has yet. */
export async function findTeamsTenantServiceUrl(db: Db, tenantId: string): Promise<string | null> {
  const r = await db
    .selectFrom('teams_conversation_references')
    .select('service_url')
    .where('tenant_id', '=', tenantId)
    .orderBy('updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.service_url ?? null;
}
