import { platformUnavailable } from '../../db/database-unavailable.ts';
import { findUserByChatIdentity } from '../../db/repositories/user.repository.ts';
import { noteSurfaceLocale } from '../../db/repositories/user-locale.repository.ts';
import type { Actor } from '../../domain/actor.ts';
import { isDomainError } from '../../domain/errors.ts';
import { rememberLocale, sayBeforeTurn } from '../../i18n/known-locales.ts';
import { canonicalTag } from '../../i18n/locale.ts';
import { refusalText, say, withReader } from '../../i18n/messages.ts';
import type { TurnReads } from '../../use-cases/turn-reads.ts';
import {
  claimEvent,
  startTurn,
  type TurnFirstRead,
  type TurnStart,
} from '../conversation-memory.repository.ts';
import type { ChatSurface, MessageLimitInTurn } from '../engine-contract.ts';
import { notLinkedText } from '../identity.ts';
import type { UnlinkedTurn } from '../linking/self-linking.ts';
import type { Reply } from '../reply.ts';
import type { EngineDeps, Turn } from './engine-deps.ts';

// Who is speaking, once per delivery: the event claimed (a redelivery is dropped), the chat identity
// resolved to a platform user, and failures turned into what the user is told.

/** A message, choice or form as it arrives (UnlinkedTurn: what the unlinked handler is given). */
export type Arrival = UnlinkedTurn & {
  alsoUnscoped?: boolean;
  eventId?: string;
  recorded?: boolean;
  locale?: string;
  reads?: TurnReads;
  messageLimit?: MessageLimitInTurn;
};

// People whose surface locale was asked in this process (found or not): asked once, not at every turn.
const askedLocale = new Set<string>();

/**
 * The speaker's locale: their own choice wins; else what the surface says now (Teams' activity.locale),
 * stored when it changed; else, once, what the surface's directory knows (Slack's users.info); else what
 * was stored before. Stored on the user, so that later notices are written in it too.
 */
async function speakerLocale(e: EngineDeps, arrival: Arrival, actor: Actor): Promise<string | undefined> {
  if (actor.localeChosen) return actor.locale;
  const source = arrival.surface === 'teams' ? 'teams' : 'slack';
  let said = arrival.locale;
  if (!said && !actor.locale && e.localeDirectory && arrival.surface !== 'console') {
    const key = `${arrival.surface}:${arrival.workspaceId ?? ''}:${arrival.userExternalId}`;
    if (!askedLocale.has(key)) {
      if (askedLocale.size >= 10_000) askedLocale.clear();
      askedLocale.add(key);
      said =
        (await e
          .localeDirectory({
            surface: arrival.surface,
            userExternalId: arrival.userExternalId,
            workspaceId: arrival.workspaceId,
          })
          .catch((error: unknown) => {
            e.logger.warn({ err: error, surface: arrival.surface }, 'the surface did not tell the locale');
            return null;
          })) ?? undefined;
    }
  }
  const tag = said ? canonicalTag(said) : null;
  if (tag && tag !== actor.locale && arrival.surface !== 'console') {
    await noteSurfaceLocale(e.db, actor.userId, tag, source);
    return tag;
  }
  return actor.locale;
}

/** The platform user behind a chat identity, or null when the identity is not linked. */
export function identify(
  e: EngineDeps,
  surface: ChatSurface,
  userExternalId: string,
  workspaceId?: string,
  alsoUnscoped?: boolean,
): Promise<Actor | null> {
  return findUserByChatIdentity(e.db, surface, userExternalId, workspaceId, alsoUnscoped);
}

/**
 * What someone whose chat identity is linked to no platform user hears, whatever they said. The one
 * place for the unlinked person (self-service linking goes here).
 */
export async function unlinkedSpeaker(e: EngineDeps, arrival: Arrival): Promise<Reply[]> {
  // Nobody's locale is stored for them yet: the surface's (Teams' activity.locale), else English.
  return withReader(
    arrival.locale,
    async () => (await e.unlinked?.(arrival)) ?? [{ text: notLinkedText(arrival.surface), private: true }],
  );
}

/**
 * The turn of a known speaker; replies when the speaker is not linked or over the message limit; null
 * for a delivery already handled. With `first`, what the step reads first (the open question, or the
 * clicked pending command, with the conversation's case) comes with the speaker and the message limit in
 * one statement, and waits on the turn (`Turn.opening`).
 */
export async function begin(
  e: EngineDeps,
  arrival: Arrival,
  first?: TurnFirstRead,
): Promise<Turn | Reply[] | null> {
  const now = e.clock.now();
  let limit = arrival.messageLimit;
  const limited = () => [{ text: sayBeforeTurn(arrival, 'chat4.rate_limited'), private: true }];
  // Old memory is forgotten by a scheduled job (src/jobs/forget-conversation-memory.ts), not here.
  // A delivery the inbox recorded was deduplicated there; claiming it again would refuse its re-run.
  if (arrival.eventId && !arrival.recorded) {
    // Over the limit nothing is written, not even the claim: the limit is counted first, on its own.
    if (limit && !(await limit.apart())) return limited();
    limit = undefined;
    if (!(await claimEvent(e.db, arrival.surface, arrival.eventId, now))) return null;
  }
  let started: TurnStart | undefined;
  if (first) {
    try {
      started = await startTurn(
        e.db,
        {
          surface: arrival.surface,
          externalId: arrival.userExternalId,
          workspaceId: arrival.workspaceId,
          alsoUnscoped: arrival.alsoUnscoped,
        },
        arrival.conversationKey,
        first,
        now,
        limit,
      );
    } catch (error) {
      // The limit is a guard, not a gate: when its part fails, it is counted apart and the turn read anew.
      if (!limit) throw error;
    }
  }
  if (started?.limited) return limited();
  if (!started && limit && !(await limit.apart())) return limited();
  const actor = started
    ? started.actor
    : await identify(e, arrival.surface, arrival.userExternalId, arrival.workspaceId, arrival.alsoUnscoped);
  if (!actor) return unlinkedSpeaker(e, arrival);
  const locale = await speakerLocale(e, arrival, actor);
  // For what is said before the next turn of this person finds them (busy, rate limit, gave up).
  rememberLocale(arrival, locale);
  return {
    surface: arrival.surface,
    conversationKey: arrival.conversationKey,
    actor,
    ctx: {
      db: e.db,
      clock: e.clock,
      actor,
      channel: arrival.surface,
      leadSettings: e.leadSettings,
      ...(arrival.reads ? { reads: arrival.reads } : {}),
    },
    eventId: arrival.eventId,
    ...(locale ? { locale } : {}),
    ...(started
      ? {
          opening: {
            pending: started.pending,
            caseId: started.caseId,
            ...(first?.kind === 'token' ? { token: first.token } : {}),
          },
        }
      : {}),
  };
}

/**
 * One place for every failure: a refusal is told as it is; the database being down or too slow is
 * told as such (nothing was done, try again later); anything else is logged and apologised for.
 */
export function failure(e: EngineDeps, error: unknown, where: Record<string, unknown>): Reply[] {
  if (isDomainError(error)) return [{ text: refusalText(error) }];
  const unavailable = platformUnavailable(error);
  if (unavailable) {
    e.logger.warn({ err: error, ...where, reason: unavailable.details.reason }, 'database unavailable');
    return [{ text: refusalText(unavailable) }];
  }
  e.logger.error({ err: error, ...where }, 'conversation failed');
  return [
    {
      text: say('engine.failed'),
    },
  ];
}
