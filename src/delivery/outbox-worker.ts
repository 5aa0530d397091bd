import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { noticeForChannel } from '../conversation/channel-privacy.ts';
import {
  type ChatSurface,
  type EmailAddress,
  type EmailNoticeSender,
  type NoticeSender,
  type NoticeSurface,
  PermanentDeliveryError,
  RateLimitedError,
} from '../conversation/engine-contract.ts';
import type { Database } from '../db/database.ts';
import {
  type AddressAttempt,
  bookTurnAndHold,
  type ClaimedNotice,
  claimDueNotices,
  closePlaceUntil,
  finishNoticeClaim,
  holdClaimForSend,
  type Notice,
  type NoticeOutcome,
  recordAddressAttempt,
} from '../db/repositories/notice.repository.ts';
import type { Clock } from '../domain/clock.ts';
import { systemClock } from '../domain/clock.ts';
import { msg, renderFor } from '../i18n/messages.ts';
import { localizeNotice } from '../i18n/notice-text.ts';
import type { Logger } from '../logger.ts';
import type { ChannelConfig } from './notice-addresses.ts';
import { type NoticeRoute, routesFromFacts } from './notice-routes.ts';

/** One surface a notice is delivered on: its sender, its channels for the channel roles, its pace. */
export interface SurfaceDelivery {
  sender: NoticeSender;
  channels: ChannelConfig;
  paceMs?: number;
}

export interface DeliveryWorkerOptions {
  db: Kysely<Database>;
  /** The chat surface this deployment delivers on (kept for the single-surface set-ups). */
  sender?: NoticeSender;
  /** Every chat surface this deployment delivers on: a notice goes to each one its recipient is linked on. */
  senders?: NoticeSender[];
  /**
   * E-mail, for the people linked on none of those surfaces. Without it such a notice is parked with
   * "no e-mail transport configured" (and logged as "would e-mail user 7"), never dropped.
   */
  email?: EmailNoticeSender;
  channels: ChannelConfig;
  /**
   * Every surface the process serves (Slack and Teams at once), each with its own channels and pace: a
   * notice goes to its recipient on each of them. Without it, `sender`/`senders` and `channels`.
   */
  routes?: SurfaceDelivery[];
  logger: Logger;
  clock?: Clock;
  /** After this many tried sends a notice is parked (kept, with its error) instead of retried. */
  maxAttempts?: number;
  /** First retry delay; doubled at every further attempt, up to maxDelayMs, plus up to `jitter` of it. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Extra random share of a backoff delay (0.25: up to a quarter more), so retries of many notices spread. */
  jitter?: number;
  /**
   * Minimum gap between two messages to the same place (Slack: one per second per channel). A number is
   * the chat surfaces' pace (e-mail is not paced); per surface otherwise; defaultPaceMs for the rest.
   */
  paceMs?: number | Partial<Record<NoticeSurface, number>>;
  /** A send waits at most this long for its place's turn; longer, and the notice is rescheduled instead. */
  maxPaceWaitMs?: number;
  /** How long one send may take before it is given up (and retried later). Must be well under leaseMs. */
  sendTimeoutMs?: number;
  /** How long a claimed notice is held by this worker before another may try it (a crashed worker). */
  leaseMs?: number;
  /**
   * How many sends are in flight at once (different recipients; one recipient's notices always go one at a
   * time, in order). Up to eight times as many notices are in hand, waiting for their place's turn.
   */
  concurrency?: number;
  /** How many notices are in hand at once (default: eight per send slot); 1 delivers strictly one by one. */
  maxInHand?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface DeliveryWorker {
  /** Delivers every notice that is due, in order per recipient, until nothing more is due; returns counts. */
  runOnce(): Promise<{ delivered: number; retried: number; parked: number }>;
  /** Polls every intervalMs until stop(). */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Slack allows about one message per second per channel; the others get no pacing by default. */
export function defaultPaceMs(surface: NoticeSurface): number {
  return surface === 'slack' ? 1000 : 0;
}

/**
 * Without an SMTP set-up nothing can be e-mailed: the notice is parked with the reason, so support sees it
 * in the parked list and can requeue it once e-mail works. Logged with the recipient's id, never the text.
 */
export function unconfiguredEmailSender(
  logger: Logger,
  show?: (notice: Notice, address: EmailAddress) => void,
): EmailNoticeSender {
  return {
    surface: 'email',
    async send(notice, address) {
      show?.(notice, address);
      logger.info({ noticeId: notice.id, kind: notice.kind }, `would e-mail ${address.recipientId}`);
      throw new PermanentDeliveryError('no e-mail transport configured');
    },
  };
}

/** A send that got no answer in time. Whether the surface posted it is unknown: it is retried. */
export class SendTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer from the chat surface within ${timeoutMs} ms`);
    this.name = 'SendTimeoutError';
  }
}

/** Bounds a send by wall time whatever the sender does (the Slack client also aborts its own request). */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SendTimeoutError(ms)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

type Result = 'delivered' | 'retried' | 'parked' | 'lost';

/** While a run delivers, how often it claims again when its last claim left nothing more due. */
const RECLAIM_MS = 500;

/** At most `size` holders at once; the others queue in arrival order. */
function createSlots(size: number) {
  let free = size;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return {
    /** A slot at once if one is free, else null (nothing queued). */
    tryAcquire(): (() => void) | null {
      if (free === 0) return null;
      free--;
      return release;
    },
    async acquire(): Promise<() => void> {
      if (free > 0) free--;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      return release;
    },
  };
}

export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const {
    db,
    channels,
    logger,
    clock = systemClock,
    maxAttempts = 8,
    baseDelayMs = 1000,
    maxDelayMs = 5 * 60_000,
    jitter = 0.25,
    paceMs,
    maxPaceWaitMs = 5000,
    sendTimeoutMs = 10_000,
    leaseMs = 60_000,
    concurrency = 8,
    maxInHand = concurrency * 8,
    sleep = defaultSleep,
    random = Math.random,
  } = options;
  // The lease is extended right before each send, so a send can outlive it only if it may take longer
  // than the lease itself: then another worker could take the notice over mid-send and post it again.
  if (leaseMs <= sendTimeoutMs + maxPaceWaitMs) {
    throw new Error(
      `outbox lease (${leaseMs} ms) must exceed the send timeout plus the longest pace wait (${sendTimeoutMs + maxPaceWaitMs} ms)`,
    );
  }

  const chatSenders = new Map<ChatSurface, NoticeSender>();
  const channelsOf = new Map<ChatSurface, ChannelConfig>();
  const paceOf = new Map<NoticeSurface, number>();
  for (const s of [...(options.sender ? [options.sender] : []), ...(options.senders ?? [])]) {
    chatSenders.set(s.surface, s);
  }
  for (const r of options.routes ?? []) {
    chatSenders.set(r.sender.surface, r.sender);
    channelsOf.set(r.sender.surface, r.channels);
    if (r.paceMs !== undefined) paceOf.set(r.sender.surface, r.paceMs);
  }
  const chatSurfaces = [...chatSenders.keys()];
  const emailSender = options.email ?? unconfiguredEmailSender(logger);
  const paceFor = (surface: NoticeSurface): number =>
    paceOf.get(surface) ??
    (typeof paceMs === 'number'
      ? surface === 'email'
        ? 0
        : paceMs
      : (paceMs?.[surface] ?? defaultPaceMs(surface)));
  const sendVia = async (notice: Notice, route: NoticeRoute): Promise<void> => {
    if (route.surface === 'email') return emailSender.send(notice, route.address);
    const chat = chatSenders.get(route.surface);
    if (!chat) throw new Error(`no sender for ${route.surface}`); // routes are resolved for these only
    return chat.send(notice, route.address);
  };

  const later = (ms: number) => new Date(clock.now().getTime() + ms);
  const sendSlots = createSlots(concurrency);
  const claimBatch = Math.max(1, Math.min(concurrency, maxInHand));

  /**
   * Ends the claim; when another worker has taken the notice over, what it decides stands. `mark`: the last
   * send's record, written by the same statement (and even when the claim was lost).
   */
  async function finish(
    notice: Notice,
    token: string,
    outcome: NoticeOutcome,
    mark?: AddressAttempt,
  ): Promise<boolean> {
    const kept = await finishNoticeClaim(db, notice.id, token, outcome, mark);
    if (!kept) {
      logger.warn(
        { noticeId: notice.id, outcome: outcome.status },
        'notice claim lost to another worker; leaving the notice to it',
      );
    }
    return kept;
  }

  async function failed(
    notice: Notice,
    token: string,
    error: unknown,
    mark: AddressAttempt | undefined,
  ): Promise<Result> {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof PermanentDeliveryError) return park(notice, token, message, 1, mark);
    const attempts = notice.attempts + 1;
    if (attempts >= maxAttempts) {
      if (
        !(await finish(
          notice,
          token,
          { status: 'parked', error: message, attemptsAdded: 1, at: clock.now() },
          mark,
        ))
      )
        return 'lost';
      logger.error(
        { noticeId: notice.id, kind: notice.kind, attempts, error: message },
        'notice parked after repeated delivery failures',
      );
      return 'parked';
    }
    // A Retry-After is Slack's own word on when to come back: honoured as given. Other failures back off
    // quickly at first (1 s, 2 s, 4 s…), with jitter so that notices failing together do not return together.
    const backoff = Math.min(baseDelayMs * 2 ** (attempts - 1), maxDelayMs);
    const delay =
      error instanceof RateLimitedError
        ? Math.max(error.retryAfterMs, 1)
        : Math.max(Math.round(backoff + backoff * jitter * random()), 1);
    const at = later(delay);
    if (!(await finish(notice, token, { status: 'retry', at, error: message, attemptsAdded: 1 }, mark)))
      return 'lost';
    logger.warn(
      { noticeId: notice.id, kind: notice.kind, attempts, retryInMs: delay, error: message },
      'notice delivery failed; will retry',
    );
    return 'retried';
  }

  /** Parks a notice for support with why; kept, never dropped. */
  async function park(
    notice: Notice,
    token: string,
    error: string,
    attemptsAdded: number,
    mark?: AddressAttempt,
  ): Promise<Result> {
    if (!(await finish(notice, token, { status: 'parked', error, attemptsAdded, at: clock.now() }, mark)))
      return 'lost';
    logger.error({ noticeId: notice.id, kind: notice.kind, error }, 'notice parked');
    return 'parked';
  }

  async function deliver(notice: ClaimedNotice, token: string): Promise<Result> {
    let tried = 0;
    // Places that refused for good (an SMTP 5xx): the others still get the notice, then it is parked.
    const refused: string[] = [];
    // The last send's record, not yet written: it goes with the next statement of this notice (the next
    // place's turn, or the finish), so that a send costs no round trip of its own for its mark. Kept until
    // a statement carrying it succeeds.
    let unmarked: AddressAttempt | undefined;
    const flushMark = async () => {
      if (!unmarked) return;
      await recordAddressAttempt(db, unmarked);
      unmarked = undefined;
    };
    try {
      // Who it is for and what it already reached came with the claim (claimDueNotices): no look-up here.
      const { routes, unreachable } = routesFromFacts(
        notice.recipient,
        {
          chatSurfaces,
          channels: (surface) => channelsOf.get(surface) ?? channels,
          // A sender may decline an address that is not its own (a Teams channel id on Slack).
          canReach: (surface, address) => chatSenders.get(surface)?.canReach?.(address) ?? true,
        },
        notice.facts,
      );
      if (routes.length === 0) {
        // Nothing was tried, so no attempt is counted: it waits, with its reason, for someone to link an
        // identity, add an e-mail address (or configure a channel) and requeue it.
        const on = chatSurfaces.length > 0 ? chatSurfaces.join(' or ') : 'any chat surface';
        const why = unreachable.length > 0 ? ` (${unreachable.join('; ')})` : '';
        const error = `nobody to deliver to: no linked chat identity on ${on} and no e-mail address for ${notice.recipient.type} ${JSON.stringify(notice.recipient)}${why}`;
        return park(notice, token, error, 0);
      }
      if (unreachable.length > 0) {
        // Others of the same organisation are told; this person is not, and the log says so (no address).
        logger.warn(
          { noticeId: notice.id, kind: notice.kind, unreachable },
          'notice: some people reached nowhere',
        );
      }
      for (const route of routes) {
        const place = route.place;
        // A creditor's users are several places: one reached on an earlier attempt is not sent it again.
        if (notice.reached.has(place)) continue;
        // The previous place's mark is written before this place's turn is taken, as it always was.
        await flushMark();
        // The turn at the place and the claim held over the send, in one statement. Slack may have closed
        // the place (a 429's Retry-After, possibly at another instance): the turn is then after it.
        const turn = await bookTurnAndHold(db, {
          id: notice.id,
          token,
          until: later(leaseMs),
          place,
          now: clock.now(),
          paceMs: paceFor(route.surface),
          maxWaitMs: maxPaceWaitMs,
        });
        if (!turn.held) {
          logger.warn({ noticeId: notice.id }, 'notice claim lost before sending; not sending it');
          return 'lost';
        }
        if ('closedUntil' in turn) {
          // Slack asked (possibly another instance) to leave this place alone for a while: wait without
          // using up an attempt, unless a send to an earlier place of this notice was tried just now.
          const kept = await finish(notice, token, {
            status: 'retry',
            at: turn.closedUntil,
            error: null,
            attemptsAdded: tried > 0 ? 1 : 0,
          });
          return kept ? 'retried' : 'lost';
        }
        const wait = turn.turnAt.getTime() - clock.now().getTime();
        // The turn is now and a send slot is free: the booking just held the claim and saw the place open,
        // and nothing has happened since. Otherwise time passes first, so the claim is held (and the place
        // checked for a Retry-After given meanwhile) again right before the send, as before.
        let release = wait <= 0 ? sendSlots.tryAcquire() : null;
        const rehold = release === null;
        if (release === null) {
          if (wait > 0) await sleep(wait);
          release = await sendSlots.acquire();
        }
        let sending = false;
        try {
          if (rehold) {
            // Extend the claim over the send (lost: another worker took over, and it sends, not us). Slack
            // may have answered a 429 for this place while we waited for the turn or the slot: its
            // Retry-After holds for every send there, and waiting for it is no attempt.
            const hold = await holdClaimForSend(db, {
              id: notice.id,
              token,
              until: later(leaseMs),
              place,
              now: clock.now(),
            });
            if (!hold.held) {
              logger.warn({ noticeId: notice.id }, 'notice claim lost before sending; not sending it');
              return 'lost';
            }
            if (hold.closedUntil) {
              const kept = await finish(notice, token, {
                status: 'retry',
                at: hold.closedUntil,
                error: null,
                attemptsAdded: tried > 0 ? 1 : 0,
              });
              return kept ? 'retried' : 'lost';
            }
          }
          tried++;
          sending = true;
          // Where a channel reads it, a private-person debtor is not named (see channel-privacy.ts).
          // In the reader's language (rendered here, per place: see src/i18n/notice-text.ts).
          const read = localizeNotice(notice, route.address.locale, route.surface);
          const shown =
            route.surface !== 'email' && route.address.kind === 'channel'
              ? await noticeForChannel(
                  db,
                  read,
                  renderFor(msg('notices4.private_debtor'), route.address.locale),
                )
              : read;
          await withTimeout(sendVia(shown, route), sendTimeoutMs);
        } catch (error) {
          if (sending) {
            const message = error instanceof Error ? error.message : String(error);
            await recordAddressAttempt(db, {
              noticeId: notice.id,
              address: place,
              sentAt: null,
              error: message,
            });
            if (error instanceof RateLimitedError) {
              await closePlaceUntil(db, place, later(Math.max(error.retryAfterMs, 0)));
            }
            if (error instanceof PermanentDeliveryError) {
              refused.push(`${route.surface === 'email' ? route.address.recipientId : place}: ${message}`);
              continue;
            }
          }
          throw error;
        } finally {
          release();
        }
        unmarked = {
          noticeId: notice.id,
          address: place,
          sentAt: clock.now(),
          error: null,
          paceMs: paceFor(route.surface),
        };
      }
      // The last send's mark goes with the finish (park or delivered): one statement.
      if (refused.length > 0) return park(notice, token, refused.join('; '), tried > 0 ? 1 : 0, unmarked);
      const kept = await finish(
        notice,
        token,
        { status: 'delivered', at: clock.now(), attemptsAdded: tried > 0 ? 1 : 0 },
        unmarked,
      );
      return kept ? 'delivered' : 'lost';
    } catch (error) {
      if (tried === 0) {
        // Failed before any send (e.g. the database): not an attempt; let the lease run out and retry.
        logger.error({ noticeId: notice.id, err: error }, 'notice delivery failed before sending');
        return 'lost';
      }
      // A send that went but whose record did not get written yet is recorded with this finish.
      return failed(notice, token, error, unmarked);
    }
  }

  async function runOnce() {
    const totals = { delivered: 0, retried: 0, parked: 0 };
    const inFlight = new Set<Promise<void>>();
    // Several recipients at once, each claim taking only what there is room for, so that a slow recipient
    // holds one send slot and never the others. More notices are in hand than there are send slots: most of
    // them are waiting for their place's turn (Slack's second per channel) and need no slot for that.
    // A recipient's next notice is not claimable while its earlier one is claimed or waiting for a retry
    // (see claimDueNotices), which keeps order per recipient. Retries that fall due during a run are claimed
    // by it too, rather than waiting for the run to end.
    //
    // A claim is the outbox's heaviest statement (it reads the head of every recipient's queue), so it is
    // not repeated after every finished send: again at once only when more may be due (the last claim was
    // full, or a finished notice's recipient has a next one waiting behind it), else when the run's hands
    // are empty, or when RECLAIM_MS have passed (new notices and retries falling due meanwhile wait no
    // longer than they would for the next poll).
    let more = true;
    let lastClaimAt = Number.NEGATIVE_INFINITY;
    for (;;) {
      const room = maxInHand - inFlight.size;
      const stale = performance.now() - lastClaimAt >= RECLAIM_MS;
      const claimNow = room > 0 && (inFlight.size === 0 || (room >= claimBatch && (more || stale)));
      const batch = claimNow
        ? await (async () => {
            const token = randomUUID();
            const now = clock.now();
            const notices = await claimDueNotices(db, {
              now,
              leaseUntil: new Date(now.getTime() + leaseMs),
              token,
              limit: room,
              surfaces: chatSurfaces,
            });
            lastClaimAt = performance.now();
            more = notices.length === room;
            return notices.map((notice) => ({ notice, token }));
          })()
        : [];
      for (const { notice, token } of batch) {
        const job: Promise<void> = deliver(notice, token)
          .then((result) => {
            if (result !== 'lost') totals[result]++;
            // The recipient's next notice is claimable now: claimed at once, as it would have been alone.
            if (notice.hasNext && (result === 'delivered' || result === 'parked')) more = true;
          })
          // The database failing mid-delivery: the claim's lease runs out and the notice is tried again.
          .catch((error: unknown) =>
            logger.error({ noticeId: notice.id, err: error }, 'notice delivery failed'),
          )
          .finally(() => inFlight.delete(job));
        inFlight.add(job);
      }
      if (inFlight.size === 0) return totals;
      if (claimNow && more && inFlight.size < maxInHand) continue;
      // Until a delivery ends (room, or the hands empty) or the next claim is due.
      let wake: NodeJS.Timeout | undefined;
      const due = new Promise<void>((resolve) => {
        wake = setTimeout(resolve, Math.max(1, lastClaimAt + RECLAIM_MS - performance.now()));
      });
      await Promise.race([...inFlight, due]);
      clearTimeout(wake);
    }
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  return {
    runOnce,
    start(intervalMs = 500) {
      stopped = false;
      const tick = () => {
        running = runOnce()
          .catch((error) => logger.error({ err: error }, 'notice delivery round failed'))
          .finally(() => {
            if (!stopped) timer = setTimeout(tick, intervalMs);
          });
      };
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
