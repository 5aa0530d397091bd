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

/**
 * One DM per person. Someone linked in two workspaces (the same person in two Slack organisations) gets
 * the notice once, in the workspace whose id sorts first ('' — a single-workspace link — before any team
 * id): deterministic, so retries and reminders land in the same conversation.
 */
function onePerUser<R extends { id: number; workspace_id: string }>(rows: R[]): R[] {
  const seen = new Set<number>();
  return rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

const dm = (
  externalId: string,
  displayName: string,
  workspaceId: string,
  locale: string | null = null,
): NoticeAddress => ({
  kind: 'dm',
  userExternalId: externalId,
  displayName,
  ...(workspaceId ? { workspaceId } : {}),
  ...(locale ? { locale } : {}),
});

async function directMessages(
  db: Db,
  surface: ChatSurface,
  where: { creditorId?: number; partnerId?: number; userId?: number },
  displayName: (userName: string) => string,
): Promise<NoticeAddress[]> {
  let q = db
    .selectFrom('users')
    .innerJoin('chat_identities', 'chat_identities.user_id', 'users.id')
    .select([
      'users.id',
      'users.name',
      'users.locale',
      'chat_identities.external_id',
      'chat_identities.workspace_id',
    ])
    .where('chat_identities.surface', '=', surface)
    .orderBy('users.id')
    .orderBy('chat_identities.workspace_id');
  if (where.creditorId !== undefined) q = q.where('users.creditor_id', '=', where.creditorId);
  if (where.partnerId !== undefined) q = q.where('users.partner_id', '=', where.partnerId);
  if (where.userId !== undefined) q = q.where('users.id', '=', where.userId);
  const rows = await q.execute();
  return onePerUser(rows).map((r) => dm(r.external_id, displayName(r.name), r.workspace_id, r.locale));
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
      if (!channel) return [];
      // The three configured channels (support, quote alerts, close codes) are the platform's own, read by
      // support staff: written in their language when they all read the same one, else English.
      const staff = await db
        .selectFrom('users')
        .select((e) => [e.fn.min('users.locale').as('locale_min'), e.fn.max('users.locale').as('locale_max')])
        .where('users.role', '=', 'support')
        .executeTakeFirst();
      const locale = staff?.locale_min && staff.locale_min === staff.locale_max ? staff.locale_min : null;
      return [{ kind: 'channel', channel, ...(locale ? { locale } : {}) }];
    }
    case 'creditor': {
      // One round trip: the creditor's name comes with its users (the outbox asks this for every notice).
      const rows = await db
        .selectFrom('users')
        .innerJoin('chat_identities', 'chat_identities.user_id', 'users.id')
        .innerJoin('creditors', 'creditors.id', 'users.creditor_id')
        .select([
          'users.id',
          'creditors.name',
          'users.locale',
          'chat_identities.external_id',
          'chat_identities.workspace_id',
        ])
        .where('chat_identities.surface', '=', surface)
        .where('users.creditor_id', '=', recipient.creditorId)
        .orderBy('users.id')
        .orderBy('chat_identities.workspace_id')
        .execute();
      return onePerUser(rows).map((r) => dm(r.external_id, r.name, r.workspace_id, r.locale));
    }
    case 'partner': {
      // A partner's own channel is in the partner's workspace: the one its people are linked in.
      const partner = await db
        .selectFrom('partners')
        .select((eb) => [
          'partners.name',
          'partners.channel',
          eb
            .selectFrom('chat_identities')
            .innerJoin('users', 'users.id', 'chat_identities.user_id')
            .select((e) => e.fn.min('chat_identities.workspace_id').as('w'))
            .where('users.partner_id', '=', recipient.partnerId)
            .where('chat_identities.surface', '=', surface)
            .as('workspace_id'),
          // The channel's language: its people's, when they all read the same one.
          eb
            .selectFrom('users')
            .select((e) => e.fn.min('users.locale').as('l'))
            .where('users.partner_id', '=', recipient.partnerId)
            .as('locale_min'),
          eb
            .selectFrom('users')
            .select((e) => e.fn.max('users.locale').as('l'))
            .where('users.partner_id', '=', recipient.partnerId)
            .as('locale_max'),
        ])
        .where('partners.id', '=', recipient.partnerId)
        .executeTakeFirst();
      if (partner?.channel) {
        const workspaceId = partner.workspace_id ?? '';
        const locale =
          partner.locale_min && partner.locale_min === partner.locale_max ? partner.locale_min : null;
        return [
          {
            kind: 'channel',
            channel: partner.channel,
            ...(workspaceId ? { workspaceId } : {}),
            ...(locale ? { locale } : {}),
          },
        ];
      }
      const org = partner?.name ?? `partner ${recipient.partnerId}`;
      return directMessages(db, surface, { partnerId: recipient.partnerId }, () => org);
    }
    case 'user':
      return directMessages(db, surface, { userId: recipient.userId }, (name) => name);
  }
}

/** One key per place a message lands: the unit of Slack's one-message-per-second pace. */
export function addressKey(address: NoticeAddress): string {
  // The same channel or user id in two workspaces is two places; '' (one workspace) keeps the old keys.
  const workspace = address.workspaceId ? `${address.workspaceId}:` : '';
  return address.kind === 'channel'
    ? `channel:${workspace}${address.channel}`
    : `dm:${workspace}${address.userExternalId}`;
}
