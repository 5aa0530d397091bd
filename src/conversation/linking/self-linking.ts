import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { ChatIdentity, PlatformUser } from '../../db/repositories/identity.repository.ts';
import type { Clock } from '../../domain/clock.ts';
import { isDomainError } from '../../domain/errors.ts';
import { linkCodeCommand } from '../../domain/link-code.ts';
import { refusalText } from '../../i18n/messages.ts';
import type { Logger } from '../../logger.ts';
import { emailMatch, linkByEmail } from '../../use-cases/identities/link-by-email.ts';
import { redeemLinkCode } from '../../use-cases/identities/redeem-link-code.ts';
import type { ChatSurface } from '../engine-contract.ts';
import { notLinkedText } from '../identity.ts';
import type { Reply } from '../reply.ts';
import type { LinkCodeGuard } from './link-code-guard.ts';

// What someone whose chat account is not linked can do: link it themselves, in one or two messages.
// (a) The surface vouches for their e-mail (Slack's confirmed profile e-mail, the Entra sign-in name in
//     Teams): if a platform user has it, they are asked "Are you … at …?" and linked on "yes" or a click.
//     Someone whose e-mail matches nobody hears the same as anyone else not linked: nothing tells them
//     whether some address is known.
// (b) Support or the platform gave them a one-time code: "link K7MQ-3PXA".

/** The button of the e-mail offer. The e-mail is looked up again when it comes back: it names nobody. */
export const LINK_BY_EMAIL_CHOICE = 'link:email';
const CONFIRM_LINK = /^\s*(yes|yes please|y|ok|confirm|link|link (it|me|this account|my account))[\s.!]*$/i;

const SURFACE_NAMES: Record<ChatSurface, string> = {
  slack: 'Slack',
  teams: 'Microsoft Teams',
  console: 'console',
};

/** Gives the verified e-mail of a chat account, or null (unknown, unverified, the surface said no). */
export type EmailDirectory = (who: {
  surface: ChatSurface;
  workspaceId: string;
  userExternalId: string;
  conversationKey: string;
}) => Promise<string | null>;

/** What the engine hands over when the speaker is not linked: the message or the clicked choice. */
export interface UnlinkedTurn {
  surface: ChatSurface;
  userExternalId: string;
  conversationKey: string;
  workspaceId?: string;
  text?: string;
  /** A clicked choice's value. */
  value?: string;
  /** The surface's lazy e-mail lookup for this person, when the input came straight from the surface. */
  lookupEmail?: () => Promise<string | null>;
}

export type UnlinkedHandler = (turn: UnlinkedTurn) => Promise<Reply[]>;

export function createSelfLinking(options: {
  db: Kysely<Database>;
  clock: Clock;
  logger: Logger;
  guard: LinkCodeGuard;
  /** For inputs replayed from the inbox, which cannot carry a function. */
  emailDirectory?: EmailDirectory;
}): UnlinkedHandler {
  const { db, clock, logger, guard } = options;

  async function verifiedEmail(turn: UnlinkedTurn, identity: ChatIdentity): Promise<string | null> {
    try {
      if (turn.lookupEmail) return await turn.lookupEmail();
      if (!options.emailDirectory) return null;
      return await options.emailDirectory({
        surface: turn.surface,
        workspaceId: identity.workspaceId,
        userExternalId: turn.userExternalId,
        conversationKey: turn.conversationKey,
      });
    } catch (error) {
      // Without the e-mail the person can still use a code; the address itself is never logged.
      logger.warn({ err: error, surface: turn.surface }, 'e-mail lookup for linking failed');
      return null;
    }
  }

  const linked = (surface: ChatSurface, user: PlatformUser): Reply[] => [
    {
      text: `Done: this ${SURFACE_NAMES[surface]} account is now linked to *${user.name}*${user.organisation ? ` at ${user.organisation}` : ''}. Say "help" to see what I can do for you.`,
      private: true,
    },
  ];
  const notLinked = (surface: ChatSurface): Reply[] => [
    {
      text: `${notLinkedText(surface)} If support gave you a link code, say "link" followed by the code, e.g. "link K7MQ-3PXA".`,
      private: true,
    },
  ];

  async function byCode(turn: UnlinkedTurn, identity: ChatIdentity, code: string): Promise<Reply[]> {
    const key = `${identity.surface}:${identity.workspaceId}:${identity.externalId}`;
    const refused = await guard.refusal(key);
    if (refused) return [{ text: refused, private: true }];
    try {
      return linked(turn.surface, await redeemLinkCode(db, clock, identity, code));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await guard.failed(key);
      return [{ text: refusalText(error), private: true }];
    }
  }

  return async function handleUnlinked(turn) {
    const identity: ChatIdentity = {
      surface: turn.surface,
      workspaceId: turn.workspaceId ?? '',
      externalId: turn.userExternalId,
    };
    const text = turn.text ?? '';
    const code = linkCodeCommand(text);
    if (code !== null) return byCode(turn, identity, code);

    const confirming = turn.value === LINK_BY_EMAIL_CHOICE || CONFIRM_LINK.test(text);
    const email = await verifiedEmail(turn, identity);
    const match = await emailMatch(db, email);
    if (!match || !email) return notLinked(turn.surface);
    if (confirming) {
      try {
        return linked(turn.surface, await linkByEmail(db, clock, identity, email));
      } catch (error) {
        if (isDomainError(error)) return [{ text: refusalText(error), private: true }];
        throw error;
      }
    }
    const who = `*${match.name}*${match.organisation ? ` at ${match.organisation}` : ''}`;
    return [
      {
        text:
          `Hello! This ${SURFACE_NAMES[turn.surface]} account is not linked to the collection platform yet. ` +
          `Your e-mail belongs to ${who}: is that you? Say "yes" or press *Link this account* to link it; ` +
          "if it isn't you, ignore this and ask support.",
        choices: [{ value: LINK_BY_EMAIL_CHOICE, label: 'Link this account', style: 'primary' }],
        private: true,
      },
    ];
  };
}
