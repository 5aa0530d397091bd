import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { type Clock, systemClock } from '../domain/clock.ts';
import { sayBeforeTurn } from '../i18n/known-locales.ts';
import type { Logger } from '../logger.ts';
import type {
  ChatSurface,
  ConversationEngine,
  IncomingChoice,
  IncomingForm,
  IncomingMessage,
} from './engine-contract.ts';
import {
  findExpired,
  finish,
  forgetFinished,
  type InboxKind,
  type InboxRow,
  leaseExpired,
  recordDelivery,
  releaseLease,
  storeReplies,
} from './inbox.repository.ts';
import type { Reply } from './reply.ts';

// An acknowledged delivery is a promise. Each surface records a delivery here before (or, for Slack
// events, right after) acknowledging it, then the work runs at once in this process; if the process
// dies, the lease runs out and the sweeper of any instance carries it out. docs/notes/durable-work.md
// walks through each crash point.

/** One delivery, as a surface hands it over. */
export interface InboxWork {
  surface: ChatSurface;
  /** The surface's id of the delivery (Slack event_id, action trigger, Teams activity id). */
  eventId: string;
  kind: InboxKind;
  /** The engine's input, without eventId (the inbox adds it). */
  input:
    | Omit<IncomingMessage, 'eventId' | 'recorded'>
    | Omit<IncomingChoice, 'eventId' | 'recorded'>
    | Omit<IncomingForm, 'eventId' | 'recorded'>;
  /** Where the answer goes, as the surface's deliverer reads it again (JSON: it is stored). */
  target: Record<string, unknown>;
}

/**
 * Posts replies on one surface. `live` is what only the process that received the delivery has (Slack's
 * `respond`); a run after a crash has the stored target alone.
 */
export type Deliver = (
  target: Record<string, unknown>,
  replies: Reply[],
  live?: unknown,
  delivery?: DeliveryMark,
) => Promise<void>;

/**
 * Which delivery the replies answer. A surface that can tag its posts carries `id` and each reply's index
 * on every answer (Slack message metadata), so that a run taking over a delivery another run may have
 * begun posting (`resumedFrom`: the stored answer was there when it took over) can look for what is
 * already posted and post only the rest. docs/notes/replies-once.md.
 */
export interface DeliveryMark {
  /** The inbox delivery id (the surface's event id): no user text, nothing personal. */
  id: string;
  /** Set on the recovery path only: when the delivery was recorded, the earliest its answers can be. */
  resumedFrom?: Date;
}

export interface Inbox {
  /** Records the delivery; null when it was recorded before (a retry, or another instance has it). */
  accept(work: InboxWork): Promise<InboxRow | null>;
  /** Carries out an accepted delivery now and answers it. Never throws. */
  run(row: InboxRow, live?: unknown): Promise<void>;
  /** How replies are posted on a surface; only rows of surfaces with a deliverer are swept here. */
  deliverTo(surface: ChatSurface, deliver: Deliver): void;
  /** Takes up work whose lease ran out (its process died), and does the housekeeping. */
  sweep(): Promise<number>;
  /** Sweeps every `intervalMs` until drained. */
  start(intervalMs?: number): void;
  /**
   * Stops taking up work, waits up to `graceMs` for what is in hand, and hands the rest back (releases
   * its lease, so another instance or the next start carries it out). Nothing is posted after that,
   * except an answer whose posting had begun: it is let finish (up to 5 s more), not posted twice.
   */
  drain(graceMs: number): Promise<{ finished: number; handedBack: number }>;
  /** Resolves when no work is in hand (tests). */
  idle(): Promise<void>;
}

/** Said when a delivery failed every attempt: the user must not wait for an answer that never comes. */
export const GAVE_UP =
  'Sorry, I could not finish that because of a problem on our side. Please try again in a minute; if it keeps happening, tell support.';

export interface InboxOptions {
  db: Kysely<Database>;
  engine: ConversationEngine;
  logger: Logger;
  clock?: Clock;
  /** How long a run may take before another instance assumes its process died. Default 2 minutes. */
  leaseMs?: number;
  /** Attempts before giving up with an apology. Default 5. */
  maxAttempts?: number;
  /** Finished rows are kept this long (redeliveries come within minutes). Default 7 days. */
  keepMs?: number;
  /** Rows taken up per sweep. Default 50. */
  batchSize?: number;
}

const HOUSEKEEPING_EVERY_MS = 3600_000;
/** On drain, how long an answer already being posted may take after the grace, before the process goes. */
const POSTING_WAIT_MS = 5_000;
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/** The engine call a delivery stands for. */
/** GAVE_UP in the person's language when known without a query (src/i18n/known-locales.ts). */
function gaveUp(row: Pick<InboxRow, 'surface' | 'payload'>): string {
  const input = row.payload.input as { userExternalId?: unknown; workspaceId?: unknown; locale?: unknown };
  return sayBeforeTurn(
    {
      surface: row.surface,
      userExternalId: String(input.userExternalId ?? ''),
      workspaceId: typeof input.workspaceId === 'string' ? input.workspaceId : undefined,
      locale: typeof input.locale === 'string' ? input.locale : undefined,
    },
    'chat4.gave_up',
  );
}

function callEngine(engine: ConversationEngine, row: Pick<InboxRow, 'kind' | 'eventId' | 'payload'>) {
  const input = { ...row.payload.input, eventId: row.eventId, recorded: true };
  if (row.kind === 'choice') return engine.handleChoice(input as unknown as IncomingChoice);
  if (row.kind === 'form') return engine.handleForm(input as unknown as IncomingForm);
  return engine.handleMessage(input as unknown as IncomingMessage);
}

/** The inbox on PostgreSQL: what every instance of the bot shares. */
export function createInbox(options: InboxOptions): Inbox {
  const { db, engine, clock = systemClock } = options;
  const log = options.logger.child({ component: 'inbox' });
  const leaseMs = options.leaseMs ?? 120_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const keepMs = options.keepMs ?? 7 * 24 * 3600_000;
  const batchSize = options.batchSize ?? 50;
  const deliverers = new Map<ChatSurface, Deliver>();
  /** Work in hand, whether it was handed back (then its outcome is dropped), and whether it is posting. */
  const inHand = new Map<
    string,
    { row: InboxRow; done: Promise<void>; handedBack: boolean; posting: boolean }
  >();
  let draining = false;
  let timer: NodeJS.Timeout | undefined;
  let sweeping: Promise<number> | undefined;
  let lastHousekeeping = 0;

  const keyOf = (row: Pick<InboxRow, 'surface' | 'eventId'>) => `${row.surface}:${row.eventId}`;

  async function attempt(
    row: InboxRow,
    live: unknown,
    isHandedBack: () => boolean,
    startsPosting: () => void,
  ): Promise<void> {
    const deliver = deliverers.get(row.surface);
    try {
      if (!deliver) throw new Error(`no deliverer for ${row.surface}`);
      let replies = row.replies;
      // A stored answer means an earlier run got as far as posting (and may have posted some of it).
      const mark: DeliveryMark = {
        id: row.eventId,
        ...(replies !== null
          ? { resumedFrom: row.createdAt ?? new Date(clock.now().getTime() - 3600_000) }
          : {}),
      };
      if (replies === null) {
        replies = await callEngine(engine, row);
        if (isHandedBack()) return;
        // Kept before posting: a crash from here on posts this answer rather than running the turn again.
        if (!(await storeReplies(db, row, replies))) {
          log.warn({ eventId: row.eventId }, 'inbox lease lost while working; the other run answers');
          return;
        }
      }
      if (isHandedBack()) return;
      // From here the answer may already be on its way: handing the row back now would post it twice.
      startsPosting();
      await deliver(row.payload.target, replies, live, mark);
      await finish(db, row, clock.now());
      log.info({ surface: row.surface, eventId: row.eventId, attempts: row.attempts }, 'inbox work done');
    } catch (error) {
      if (isHandedBack()) return;
      // An error that says retrying cannot help (the Slack app was uninstalled from that workspace) ends
      // the work now; nobody can be told, since the answer would go the same way.
      const permanent = (error as { permanent?: unknown } | null)?.permanent === true;
      const last = permanent || row.attempts >= maxAttempts;
      log.error(
        { err: error, surface: row.surface, eventId: row.eventId, attempts: row.attempts },
        last ? 'inbox work failed for good' : 'inbox work failed; it will be retried',
      );
      try {
        if (last) {
          if (!permanent) await deliver?.(row.payload.target, [{ text: gaveUp(row) }], live).catch(() => {});
          await finish(db, row, clock.now(), 'failed', errorText(error));
        } else {
          // Backing off: a database or Slack outage is not hammered by every sweep.
          const retryAt = new Date(clock.now().getTime() + Math.min(300_000, 5_000 * 2 ** row.attempts));
          await releaseLease(db, row, retryAt, errorText(error));
        }
      } catch (bookkeeping) {
        // The lease runs out on its own; the sweeper takes it up then.
        log.error({ err: bookkeeping, eventId: row.eventId }, 'inbox bookkeeping failed');
      }
    }
  }

  function run(row: InboxRow, live?: unknown): Promise<void> {
    const key = keyOf(row);
    if (draining || inHand.has(key)) return Promise.resolve();
    const entry = { row, done: Promise.resolve(), handedBack: false, posting: false };
    const startsPosting = () => {
      entry.posting = true;
    };
    entry.done = attempt(row, live, () => entry.handedBack, startsPosting).finally(() => {
      if (inHand.get(key) === entry) inHand.delete(key);
    });
    inHand.set(key, entry);
    return entry.done;
  }

  async function sweepOnce(): Promise<number> {
    const now = clock.now();
    if (now.getTime() - lastHousekeeping > HOUSEKEEPING_EVERY_MS) {
      lastHousekeeping = now.getTime();
      const forgotten = await forgetFinished(db, new Date(now.getTime() - keepMs));
      if (forgotten > 0) log.info({ forgotten }, 'inbox housekeeping');
    }
    const due = await findExpired(db, [...deliverers.keys()], now, batchSize);
    const runs: Promise<void>[] = [];
    for (const key of due) {
      if (draining) break;
      if (inHand.has(keyOf(key))) continue;
      const row = await leaseExpired(db, key, clock.now(), leaseMs);
      if (!row) continue;
      log.info({ surface: row.surface, eventId: row.eventId, attempts: row.attempts }, 'inbox: taking up');
      runs.push(run(row));
    }
    await Promise.all(runs);
    return runs.length;
  }

  return {
    async accept(work) {
      const now = clock.now();
      return recordDelivery(db, {
        surface: work.surface,
        eventId: work.eventId,
        kind: work.kind,
        payload: { input: work.input as Record<string, unknown>, target: work.target },
        now,
        // While draining, what still arrives is recorded for another instance to carry out at once.
        lockedUntil: draining ? now : new Date(now.getTime() + leaseMs),
      });
    },
    run,
    deliverTo(surface, deliver) {
      deliverers.set(surface, deliver);
    },
    sweep() {
      if (draining) return Promise.resolve(0);
      // One sweep at a time per process; the leases keep instances apart.
      sweeping ??= sweepOnce().finally(() => {
        sweeping = undefined;
      });
      return sweeping;
    },
    start(intervalMs = 15_000) {
      if (timer || draining) return;
      timer = setInterval(() => {
        this.sweep().catch((error: unknown) => log.error({ err: error }, 'inbox sweep failed'));
      }, intervalMs);
      timer.unref();
      // Work left by a process that died before this one started.
      this.sweep().catch((error: unknown) => log.error({ err: error }, 'inbox sweep failed'));
    },
    async drain(graceMs) {
      draining = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      const entries = [...inHand.values()];
      let graceTimer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<void>((resolve) => {
        graceTimer = setTimeout(resolve, graceMs);
      });
      await Promise.race([Promise.allSettled(entries.map((e) => e.done)), graceOver]);
      clearTimeout(graceTimer);
      let handedBack = 0;
      const posting: Promise<void>[] = [];
      for (const entry of inHand.values()) {
        // An answer being posted is let finish (a post is short): handed back, it would be posted again.
        if (entry.posting) {
          posting.push(entry.done);
          continue;
        }
        entry.handedBack = true;
        handedBack++;
        await releaseLease(db, entry.row, clock.now()).catch((error: unknown) =>
          log.error({ err: error, eventId: entry.row.eventId }, 'inbox: could not hand work back'),
        );
      }
      // Still posting after that: the lease is kept and runs out, as after a crash (posted at least once).
      let postingTimer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled(posting),
        new Promise<void>((resolve) => {
          postingTimer = setTimeout(resolve, POSTING_WAIT_MS);
        }),
      ]);
      clearTimeout(postingTimer);
      log.info({ finished: entries.length - handedBack, handedBack }, 'inbox drained');
      return { finished: entries.length - handedBack, handedBack };
    },
    async idle() {
      while (inHand.size > 0 || sweeping) {
        await Promise.allSettled([...[...inHand.values()].map((e) => e.done), sweeping]);
      }
    },
  };
}

/**
 * Without a database (surface tests with a stand-in engine): the same contract in memory, so a retry is
 * still answered once, but nothing survives the process.
 */
export function createMemoryInbox(options: { engine: ConversationEngine; logger: Logger }): Inbox {
  const seen = new Set<string>();
  const deliverers = new Map<ChatSurface, Deliver>();
  const inHand = new Set<Promise<void>>();
  const log = options.logger.child({ component: 'inbox' });
  return {
    async accept(work) {
      const key = `${work.surface}:${work.eventId}`;
      if (seen.has(key)) return null;
      seen.add(key);
      if (seen.size > 5000) seen.delete(seen.values().next().value as string);
      return {
        surface: work.surface,
        eventId: work.eventId,
        kind: work.kind,
        payload: { input: work.input as Record<string, unknown>, target: work.target },
        status: 'received',
        replies: null,
        attempts: 1,
        leaseToken: null,
        lockedUntil: null,
      };
    },
    run(row, live) {
      const deliver = deliverers.get(row.surface);
      const done = (async () => {
        let replies: Reply[];
        try {
          replies = await callEngine(options.engine, row);
        } catch (error) {
          log.error({ err: error, eventId: row.eventId }, 'conversation failed');
          replies = [{ text: gaveUp(row) }];
        }
        await deliver?.(row.payload.target, replies, live, { id: row.eventId });
      })()
        .catch((error: unknown) => log.error({ err: error, eventId: row.eventId }, 'answer not delivered'))
        .finally(() => inHand.delete(done));
      inHand.add(done);
      return done;
    },
    deliverTo(surface, deliver) {
      deliverers.set(surface, deliver);
    },
    sweep: async () => 0,
    start() {},
    async drain(graceMs) {
      const count = inHand.size;
      let graceTimer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inHand]),
        new Promise((r) => {
          graceTimer = setTimeout(r, graceMs);
        }),
      ]);
      clearTimeout(graceTimer);
      return { finished: count - inHand.size, handedBack: 0 };
    },
    async idle() {
      while (inHand.size > 0) await Promise.allSettled([...inHand]);
    },
  };
}
