import type { Notice } from '../db/repositories/notice.repository.ts';
import type { TurnReads } from '../use-cases/turn-reads.ts';
import type { Reply } from './reply.ts';

// The seam between the surfaces (Slack, Teams, console) and the conversation engine, and between the
// delivery worker and the surfaces. Surfaces only translate to and from these shapes.

export type ChatSurface = 'slack' | 'teams' | 'console';

export interface IncomingMessage {
  surface: ChatSurface;
  /** The surface's own user id (Slack U…, Teams AAD id, console handle). */
  userExternalId: string;
  /**
   * The workspace the speaker belongs to (Slack team or enterprise id, Teams tenant): the same user id in
   * two workspaces is two people. '' or absent: a single-workspace set-up.
   */
  workspaceId?: string;
  /**
   * Whether an identity linked without a workspace ('') may stand for this speaker: the surface says so
   * only for the workspace those identities belong to (e.g. Teams' home tenant), never for another one.
   */
  alsoUnscoped?: boolean;
  /** Where the answer goes and what a pending command is attached to: channel + thread, or the DM. */
  conversationKey: string;
  text: string;
  /**
   * The person's verified e-mail, asked of the surface only when needed (an unlinked person, to offer
   * linking). Dropped when the inbox records the input; the engine's e-mail directory serves then.
   */
  lookupEmail?: () => Promise<string | null>;
  /** The surface's id of this delivery, so that a retried delivery is processed once. */
  eventId?: string;
  /** The person's locale as the surface gives it with the message (Teams' activity.locale: 'da-DK'). */
  locale?: string;
  /**
   * Set by the inbox, which recorded the delivery (and so deduplicated it) before it was acknowledged:
   * the engine does not claim the event again, and a run again after a crash is not mistaken for a retry.
   */
  recorded?: boolean;
  /** What the turn reads is noted here (channel privacy gives one per turn; src/use-cases/turn-reads.ts). */
  reads?: TurnReads;
  /**
   * The speaker's message limit, for an engine that `countsMessageLimit` to count in its first statement
   * (src/conversation/rate-limit.ts); `apart` counts it on its own (true: the message may go on).
   */
  messageLimit?: MessageLimitInTurn;
}

export interface MessageLimitInTurn {
  key: string;
  points: number;
  durationMs: number;
  apart(): Promise<boolean>;
}

export interface IncomingChoice {
  surface: ChatSurface;
  userExternalId: string;
  workspaceId?: string;
  alsoUnscoped?: boolean;
  conversationKey: string;
  /** The `value` of the ReplyChoice that was picked. */
  value: string;
  lookupEmail?: () => Promise<string | null>;
  eventId?: string;
  locale?: string;
  recorded?: boolean;
  /** What the turn reads is noted here (channel privacy gives one per turn; src/use-cases/turn-reads.ts). */
  reads?: TurnReads;
}

/** A submitted form (Slack modal, Teams card): field name → value. */
export interface IncomingForm {
  surface: ChatSurface;
  userExternalId: string;
  workspaceId?: string;
  alsoUnscoped?: boolean;
  conversationKey: string;
  kind: 'decline' | 'close' | 'submit_case';
  values: Record<string, string | undefined>;
  eventId?: string;
  locale?: string;
  recorded?: boolean;
  /** What the turn reads is noted here (channel privacy gives one per turn; src/use-cases/turn-reads.ts). */
  reads?: TurnReads;
}

export interface ConversationEngine {
  /** Counts a message's `messageLimit` itself, with the turn's first read. */
  readonly countsMessageLimit?: boolean;
  handleMessage(message: IncomingMessage): Promise<Reply[]>;
  handleChoice(choice: IncomingChoice): Promise<Reply[]>;
  handleForm(form: IncomingForm): Promise<Reply[]>;
  /**
   * Whether this person has a question of the bot open in this conversation, so that a plain reply (no
   * mention) in a channel thread is theirs to answer. Asked of the database: any instance knows.
   */
  awaitsAnswer?(
    surface: ChatSurface,
    conversationKey: string,
    userExternalId: string,
    workspaceId?: string,
  ): Promise<boolean>;
}

/** Where a notice goes on one surface, once the delivery worker has resolved its recipient. */
export type NoticeAddress =
  /** workspaceId: where that person is linked (Slack team/enterprise id; '' or absent: the only one). */
  | {
      kind: 'dm';
      userExternalId: string;
      displayName: string;
      workspaceId?: string;
      /** The person's locale ('da-DK'), when known: the notice is rendered in it (issue 12). */
      locale?: string;
    }
  /** workspaceId: whose workspace the channel is in (a partner's own); absent: the home workspace. */
  | {
      kind: 'channel';
      channel: string;
      workspaceId?: string;
      /** The language of a partner's own channel (its people's, when they share one); absent: English. */
      locale?: string;
    };

/** Thrown by a sender when the surface asks to slow down (Slack 429 with Retry-After). */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`rate limited, retry after ${retryAfterMs} ms`);
    this.name = 'RateLimitedError';
  }
}

export interface NoticeSender {
  surface: ChatSurface;
  send(notice: Notice, address: NoticeAddress): Promise<void>;
  /**
   * Whether an address is one this surface can post to (a partner's channel is a Slack channel or a Teams
   * conversation, never both); absent means every address of this surface.
   */
  canReach?(address: NoticeAddress): boolean;
}

/** Every way a notice can go out: the chat surfaces, and e-mail for people linked on none of them. */
export type NoticeSurface = ChatSurface | 'email';

/** A person (or a creditor organisation) reached by e-mail: linked on no chat surface the deployment serves. */
export interface EmailAddress {
  to: string;
  /** The person's or organisation's name, for the To: header. */
  displayName: string;
  /** Who it is in our data ('user 7', 'creditor 3'): for logs and support, never the address itself. */
  recipientId: string;
  /** The person's locale, when known: the e-mail is written in it (issue 12). */
  locale?: string;
}

/** Delivers notices by e-mail; a separate seam from the chat senders, whose addresses are chat places. */
export interface EmailNoticeSender {
  surface: 'email';
  send(notice: Notice, address: EmailAddress): Promise<void>;
}

/**
 * Thrown by a sender when trying again cannot help (an SMTP 5xx such as "no such mailbox", no e-mail
 * transport configured): the outbox parks the notice at once with this reason, for support to act on.
 */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}
