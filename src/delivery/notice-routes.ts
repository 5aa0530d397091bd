import type { Kysely, Transaction } from 'kysely';
import type { ChatSurface, EmailAddress, NoticeAddress } from '../conversation/engine-contract.ts';
import type { Database } from '../db/database.ts';
import type { NoticeRecipient } from '../db/repositories/notice.repository.ts';
import { loadRecipientFacts, type RecipientFacts } from '../db/repositories/notice-recipient.repository.ts';
import { addressesFromFacts, addressKey, type ChannelConfig } from './notice-addresses.ts';

// Every place one notice goes, across surfaces: the recipient's chat places on each chat surface this
// deployment delivers on (addressesFromFacts, per surface), and an e-mail for each person
// linked on none of them. Kept apart from notice-addresses.ts so that the chat side (workspaces, tokens)
// can change there without touching the e-mail fallback here.

type Db = Kysely<Database> | Transaction<Database>;

export type NoticeRoute =
  | { surface: ChatSurface; address: NoticeAddress; place: string }
  | { surface: 'email'; address: EmailAddress; place: string };

export interface NoticeRoutes {
  routes: NoticeRoute[];
  /** People of the recipient reached nowhere (no chat link served here, no e-mail address), with why. */
  unreachable: string[];
}

/**
 * The key of one place a message lands, the unit of the per-place delivery mark and pace. Slack keeps the
 * keys it always had ('dm:U…', 'channel:…'), so marks and pace rows written before stay valid; the other
 * surfaces are prefixed, so that a Teams id and a console handle can never share a mark with a Slack id.
 */
export function placeKey(
  route: { surface: ChatSurface; address: NoticeAddress } | { surface: 'email'; address: EmailAddress },
): string {
  if (route.surface === 'email') return `email:${route.address.to.trim().toLowerCase()}`;
  const key = addressKey(route.address);
  return route.surface === 'slack' ? key : `${route.surface}:${key}`;
}

const usable = (email: string | null): email is string => email?.includes('@') === true;

/** What a deployment serves: its chat surfaces, their channels, and which addresses each sender takes. */
export interface ServedSurfaces {
  chatSurfaces: readonly ChatSurface[];
  /** The channels of the channel roles, one set per surface (a Slack id is no Teams conversation). */
  channels: ChannelConfig | ((surface: ChatSurface) => ChannelConfig);
  canReach?: (surface: ChatSurface, address: NoticeAddress) => boolean;
}

/**
 * Where a notice goes: on every served chat surface the recipient is linked on, and by e-mail to each
 * person linked on none of them. A partner with its own channel is told there only. A creditor none of
 * whose users can be reached (or that has no users, e.g. created by a form) is e-mailed at its own address.
 * The recipient's facts are read once, for all surfaces (the outbox gets them with its claim).
 */
export async function resolveNoticeRoutes(
  db: Db,
  recipient: NoticeRecipient,
  served: ServedSurfaces,
): Promise<NoticeRoutes> {
  return routesFromFacts(recipient, served, await loadRecipientFacts(db, recipient, served.chatSurfaces));
}

/** resolveNoticeRoutes, from facts already read (see notice-recipient.repository.ts). */
export function routesFromFacts(
  recipient: NoticeRecipient,
  served: ServedSurfaces,
  facts: RecipientFacts,
): NoticeRoutes {
  const routes: NoticeRoute[] = [];
  for (const surface of served.chatSurfaces) {
    const channels = typeof served.channels === 'function' ? served.channels(surface) : served.channels;
    for (const address of addressesFromFacts(surface, recipient, channels, facts)) {
      if (served.canReach && !served.canReach(surface, address)) continue;
      routes.push({ surface, address, place: placeKey({ surface, address }) });
    }
  }
  if (recipient.type === 'channel') {
    return {
      routes,
      unreachable: routes.length === 0 ? [`no chat surface for the ${recipient.channel} channel`] : [],
    };
  }
  // A partner with a channel is told in it: its people are not e-mailed besides.
  if (
    recipient.type === 'partner' &&
    routes.some((r) => r.surface !== 'email' && r.address.kind === 'channel')
  ) {
    return { routes, unreachable: [] };
  }

  const unreachable: string[] = [];
  const emailed: NoticeRoute[] = [];
  // The facts hold each person's links on the served surfaces only: none means linked on none of them.
  const people = facts.people;
  for (const person of people) {
    if (person.ids.length > 0) continue;
    if (usable(person.email)) {
      const address: EmailAddress = {
        to: person.email,
        displayName: person.name,
        recipientId: `user ${person.id}`,
        ...(person.locale ? { locale: person.locale } : {}),
      };
      emailed.push({ surface: 'email', address, place: placeKey({ surface: 'email', address }) });
    } else {
      unreachable.push(`user ${person.id} has no chat link here and no e-mail address`);
    }
  }
  if (recipient.type === 'creditor' && routes.length === 0 && emailed.length === 0) {
    const creditor = facts.org;
    if (creditor && usable(creditor.email ?? null)) {
      const address: EmailAddress = {
        to: creditor.email as string,
        displayName: creditor.name,
        recipientId: `creditor ${recipient.creditorId}`,
      };
      return {
        routes: [{ surface: 'email', address, place: placeKey({ surface: 'email', address }) }],
        unreachable: [],
      };
    }
    if (people.length === 0)
      unreachable.push(`creditor ${recipient.creditorId} has no users and no e-mail address`);
  }
  if (people.length === 0 && recipient.type !== 'creditor') {
    unreachable.push(`${recipient.type} ${JSON.stringify(recipient)} has nobody to tell`);
  }
  // Two people sharing one mailbox get one e-mail.
  const seen = new Set<string>();
  for (const route of emailed) {
    if (seen.has(route.place)) continue;
    seen.add(route.place);
    routes.push(route);
  }
  return { routes, unreachable };
}
