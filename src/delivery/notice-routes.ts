import type { Kysely, Transaction } from 'kysely';
import type { ChatSurface, EmailAddress, NoticeAddress } from '../conversation/engine-contract.ts';
import type { Database } from '../db/database.ts';
import type { NoticeRecipient } from '../db/repositories/notice.repository.ts';
import { addressKey, type ChannelConfig, resolveNoticeAddresses } from './notice-addresses.ts';

// Every place one notice goes, across surfaces: the recipient's chat places on each chat surface this
// deployment delivers on (resolveNoticeAddresses, unchanged, per surface), and an e-mail for each person
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

interface Person {
  userId: number;
  name: string;
  email: string | null;
  locale: string | null;
  linked: boolean;
}

/** The people a notice to this recipient is for, and whether each is linked on a served chat surface. */
async function peopleOf(
  db: Db,
  recipient: NoticeRecipient,
  surfaces: readonly ChatSurface[],
): Promise<Person[]> {
  if (recipient.type === 'channel') return [];
  let q = db
    .selectFrom('users')
    .select((eb) => [
      'users.id',
      'users.name',
      'users.email',
      'users.locale',
      surfaces.length === 0
        ? eb.lit(false).as('linked')
        : eb
            .exists(
              eb
                .selectFrom('chat_identities')
                .select('chat_identities.user_id')
                .whereRef('chat_identities.user_id', '=', 'users.id')
                .where('chat_identities.surface', 'in', [...surfaces]),
            )
            .as('linked'),
    ])
    .orderBy('users.id');
  if (recipient.type === 'creditor') q = q.where('users.creditor_id', '=', recipient.creditorId);
  if (recipient.type === 'partner') q = q.where('users.partner_id', '=', recipient.partnerId);
  if (recipient.type === 'user') q = q.where('users.id', '=', recipient.userId);
  const rows = await q.execute();
  return rows.map((r) => ({
    userId: r.id,
    name: r.name,
    email: r.email,
    locale: r.locale,
    linked: Boolean(r.linked),
  }));
}

const usable = (email: string | null): email is string => email?.includes('@') === true;

/**
 * Where a notice goes: on every served chat surface the recipient is linked on, and by e-mail to each
 * person linked on none of them. A partner with its own channel is told there only. A creditor none of
 * whose users can be reached (or that has no users, e.g. created by a form) is e-mailed at its own address.
 */
export async function resolveNoticeRoutes(
  db: Db,
  recipient: NoticeRecipient,
  served: {
    chatSurfaces: readonly ChatSurface[];
    /** The channels of the channel roles, one set per surface (a Slack id is no Teams conversation). */
    channels: ChannelConfig | ((surface: ChatSurface) => ChannelConfig);
    canReach?: (surface: ChatSurface, address: NoticeAddress) => boolean;
  },
): Promise<NoticeRoutes> {
  const routes: NoticeRoute[] = [];
  for (const surface of served.chatSurfaces) {
    const channels = typeof served.channels === 'function' ? served.channels(surface) : served.channels;
    for (const address of await resolveNoticeAddresses(db, surface, recipient, channels)) {
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
  const people = await peopleOf(db, recipient, served.chatSurfaces);
  for (const person of people) {
    if (person.linked) continue;
    if (usable(person.email)) {
      const address: EmailAddress = {
        to: person.email,
        displayName: person.name,
        recipientId: `user ${person.userId}`,
        ...(person.locale ? { locale: person.locale } : {}),
      };
      emailed.push({ surface: 'email', address, place: placeKey({ surface: 'email', address }) });
    } else {
      unreachable.push(`user ${person.userId} has no chat link here and no e-mail address`);
    }
  }
  if (recipient.type === 'creditor' && routes.length === 0 && emailed.length === 0) {
    const creditor = await db
      .selectFrom('creditors')
      .select(['name', 'email'])
      .where('id', '=', recipient.creditorId)
      .executeTakeFirst();
    if (creditor && usable(creditor.email)) {
      const address: EmailAddress = {
        to: creditor.email,
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
