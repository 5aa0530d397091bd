import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config.ts';
import type { ChatSurface, NoticeAddress } from '../conversation/engine-contract.ts';
import type { Database } from '../db/database.ts';
import type { NoticeRecipient } from '../db/repositories/notice.repository.ts';
import { loadRecipientFacts, type RecipientFacts } from '../db/repositories/notice-recipient.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

export type ChannelConfig = Pick<Config, 'QUOTE_ALERT_CHANNEL' | 'CLOSE_CODE_CHANNEL' | 'SUPPORT_CHANNEL'>;

const CHANNEL_BY_ROLE: Record<'quote_alerts' | 'close_codes' | 'support', keyof ChannelConfig> = {
  quote_alerts: 'QUOTE_ALERT_CHANNEL',
  close_codes: 'CLOSE_CODE_CHANNEL',
  support: 'SUPPORT_CHANNEL',
};

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

/**
 * One DM per person. Someone linked in two workspaces (the same person in two Slack organisations) gets
 * the notice once, in the workspace whose id sorts first ('' — a single-workspace link — before any team
 * id; the links come sorted by the database): deterministic, so retries and reminders land in the same
 * conversation.
 */
function directMessages(
  surface: ChatSurface,
  people: RecipientFacts['people'],
  displayName: (userName: string) => string,
): NoticeAddress[] {
  const out: NoticeAddress[] = [];
  for (const p of people) {
    const link = p.ids.find((i) => i.s === surface);
    if (link) out.push(dm(link.x, displayName(p.name), link.w, p.locale));
  }
  return out;
}

/** The language several readers share: theirs when all who have one have the same, else none. */
function sharedLocale(locales: ReadonlyArray<string | null>): string | null {
  const distinct = new Set(locales.filter((l): l is string => l !== null));
  return distinct.size === 1 ? ([...distinct][0] as string) : null;
}

/**
 * Where a notice goes on one surface, from the recipient's facts: a creditor's users by DM; a partner's own
 * channel when it has one, else its users by DM; one user by DM; a channel role to the channel configured
 * for it. An empty list means nobody on this surface can receive it.
 */
export function addressesFromFacts(
  surface: ChatSurface,
  recipient: NoticeRecipient,
  channels: ChannelConfig,
  facts: RecipientFacts,
): NoticeAddress[] {
  switch (recipient.type) {
    case 'channel': {
      // '' : the role has no channel on this surface (Teams next to Slack without TEAMS_*_CHANNEL).
      const channel = channels[CHANNEL_BY_ROLE[recipient.channel]];
      if (!channel) return [];
      // The three configured channels (support, quote alerts, close codes) are the platform's own, read by
      // support staff: written in their language when they all read the same one, else English.
      const locale = sharedLocale(facts.supportLocales);
      return [{ kind: 'channel', channel, ...(locale ? { locale } : {}) }];
    }
    case 'creditor': {
      // A creditor's name is what its people see as the sender's organisation; no creditor, no DMs.
      const org = facts.org;
      return org ? directMessages(surface, facts.people, () => org.name) : [];
    }
    case 'partner': {
      // A partner's own channel is in the partner's workspace: the one its people are linked in.
      const partner = facts.org;
      if (partner?.channel) {
        const workspaceId = partner.workspaces?.[surface] ?? '';
        // The channel's language: its people's, when they all read the same one.
        const locale = sharedLocale(facts.people.map((p) => p.locale));
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
      return directMessages(surface, facts.people, () => org);
    }
    case 'user':
      return directMessages(surface, facts.people, (name) => name);
  }
}

/**
 * Where a notice goes on one surface (see addressesFromFacts), reading the recipient's facts first. A
 * channel with nowhere configured on this surface needs no look-up.
 */
export async function resolveNoticeAddresses(
  db: Db,
  surface: ChatSurface,
  recipient: NoticeRecipient,
  channels: ChannelConfig,
): Promise<NoticeAddress[]> {
  const noFacts: RecipientFacts = { people: [], org: null, supportLocales: [] };
  const needsFacts = recipient.type !== 'channel' || Boolean(channels[CHANNEL_BY_ROLE[recipient.channel]]);
  const facts = needsFacts ? await loadRecipientFacts(db, recipient, [surface]) : noFacts;
  return addressesFromFacts(surface, recipient, channels, facts);
}

/** One key per place a message lands: the unit of Slack's one-message-per-second pace. */
export function addressKey(address: NoticeAddress): string {
  // The same channel or user id in two workspaces is two places; '' (one workspace) keeps the old keys.
  const workspace = address.workspaceId ? `${address.workspaceId}:` : '';
  return address.kind === 'channel'
    ? `channel:${workspace}${address.channel}`
    : `dm:${workspace}${address.userExternalId}`;
}
