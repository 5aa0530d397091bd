import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config.ts';
import type { ChatSurface, NoticeAddress } from '../conversation/engine-contract.ts';
import type { Database } from '../db/database.ts';
import type { NoticeRecipient } from '../db/repositories/notice.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

export type ChannelConfig = Pick<Config, 'QUOTE_ALERT_CHANNEL' | 'CLOSE_CODE_CHANNEL' | 'SUPPORT_CHANNEL'>;

const CHANNEL_BY_ROLE: Record<'quote_alerts' | 'close_codes' | 'support', keyof ChannelConfig> = {
  quote_alerts: 'QUOTE_ALERT_CHANNEL',
  close_codes: 'CLOSE_CODE_CHANNEL',
  support: 'SUPPORT_CHANNEL',
};

async function directMessages(
  db: Db,
  surface: ChatSurface,
  where: { creditorId?: number; partnerId?: number; userId?: number },
  displayName: (userName: string) => string,
): Promise<NoticeAddress[]> {
  let q = db
    .selectFrom('users')
    .innerJoin('chat_identities', 'chat_identities.user_id', 'users.id')
    .select(['users.name', 'chat_identities.external_id', 'chat_identities.workspace_id'])
    .where('chat_identities.surface', '=', surface)
    .orderBy('users.id');
  if (where.creditorId !== undefined) q = q.where('users.creditor_id', '=', where.creditorId);
  if (where.partnerId !== undefined) q = q.where('users.partner_id', '=', where.partnerId);
  if (where.userId !== undefined) q = q.where('users.id', '=', where.userId);
  const rows = await q.execute();
  return rows.map((r) => ({
    kind: 'dm',
    userExternalId: r.external_id,
    displayName: displayName(r.name),
    workspaceId: r.workspace_id,
  }));
}

/**
 * Where a notice goes on one surface: a creditor's users by DM; a partner's own channel when it has one,
 * else its users by DM; one user by DM; a channel role to the channel configured for it.
 * An empty list means nobody on this surface can receive it.
 */
export async function resolveNoticeAddresses(
  db: Db,
  surface: ChatSurface,
  recipient: NoticeRecipient,
  channels: ChannelConfig,
): Promise<NoticeAddress[]> {
  switch (recipient.type) {
    case 'channel': {
      // '' : the role has no channel on this surface (Teams next to Slack without TEAMS_*_CHANNEL).
      const channel = channels[CHANNEL_BY_ROLE[recipient.channel]];
      return channel ? [{ kind: 'channel', channel }] : [];
    }
    case 'creditor': {
      // One round trip: the creditor's name comes with its users (the outbox asks this for every notice).
      const rows = await db
        .selectFrom('users')
        .innerJoin('chat_identities', 'chat_identities.user_id', 'users.id')
        .innerJoin('creditors', 'creditors.id', 'users.creditor_id')
        .select(['creditors.name', 'chat_identities.external_id', 'chat_identities.workspace_id'])
        .where('chat_identities.surface', '=', surface)
        .where('users.creditor_id', '=', recipient.creditorId)
        .orderBy('users.id')
        .execute();
      return rows.map((r) => ({
        kind: 'dm',
        userExternalId: r.external_id,
        displayName: r.name,
        workspaceId: r.workspace_id,
      }));
    }
    case 'partner': {
      const partner = await db
        .selectFrom('partners')
        .select(['name', 'channel'])
        .where('id', '=', recipient.partnerId)
        .executeTakeFirst();
      if (partner?.channel) return [{ kind: 'channel', channel: partner.channel }];
      const org = partner?.name ?? `partner ${recipient.partnerId}`;
      return directMessages(db, surface, { partnerId: recipient.partnerId }, () => org);
    }
    case 'user':
      return directMessages(db, surface, { userId: recipient.userId }, (name) => name);
  }
}

/** One key per place a message lands: the unit of Slack's one-message-per-second pace. */
export function addressKey(address: NoticeAddress): string {
  return address.kind === 'channel' ? `channel:${address.channel}` : `dm:${address.userExternalId}`;
}
