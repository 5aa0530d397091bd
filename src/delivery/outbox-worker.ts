import { type Kysely, sql } from 'kysely';
import { type NoticeSender, RateLimitedError } from '../conversation/engine-contract.ts';
import type { Database } from '../db/database.ts';
import { type Notice, type NoticeRecord, toNotice } from '../db/repositories/notice.repository.ts';
import type { Clock } from '../domain/clock.ts';
import { systemClock } from '../domain/clock.ts';
import type { Logger } from '../logger.ts';
import { addressKey, type ChannelConfig, resolveNoticeAddresses } from './notice-addresses.ts';

export interface DeliveryWorkerOptions {
  db: Kysely<Database>;
  sender: NoticeSender;
  channels: ChannelConfig;
  logger: Logger;
  clock?: Clock;
  /** After this many failed attempts a notice is parked (kept, with its error) instead of retried. */
  maxAttempts?: number;
  /** First retry delay; doubled at every further attempt, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Minimum gap between two messages to the same place (Slack: one per second per channel). */
  paceMs?: number;
  /** How long a claimed notice is held by this worker before another may try it (a crashed worker). */
  leaseMs?: number;
  batchSize?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface DeliveryWorker {
  /** Delivers every notice that is due now, in order per recipient; returns how many were delivered. */
  runOnce(): Promise<{ delivered: number; retried: number; parked: number }>;
  /** Polls every intervalMs until stop(). */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Slack allows about one message per second per channel; the others get no pacing by default. */
export function defaultPaceMs(surface: NoticeSender['surface']): number {
  return surface === 'slack' ? 1000 : 0;
}

export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const {
    db,
    sender,
    channels,
    logger,
    clock = systemClock,
    maxAttempts = 8,
    baseDelayMs = 2000,
    maxDelayMs = 10 * 60_000,
    paceMs = defaultPaceMs(sender.surface),
    leaseMs = 60_000,
    batchSize = 50,
    sleep = defaultSleep,
  } = options;
  const lastSentAt = new Map<string, number>();
  /** Places the surface asked us to leave alone for a while (Retry-After), by address key. */
  const blockedUntil = new Map<string, number>();

  /**
   * Claims the oldest pending notice of each recipient when it is due, so that a later notice never
   * overtakes an earlier one that is being retried (DISTINCT ON, materialized: one sort of the pending rows
   * per claim, whatever the planner believes about the table). SKIP LOCKED lets several workers share the outbox;
   * the lease (next_attempt_at moved forward) keeps a claimed notice from being sent twice meanwhile.
   */
  async function claim(): Promise<Notice[]> {
    const now = clock.now();
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const rows = await sql<NoticeRecord>`
      with heads as materialized (
        select distinct on (recipient_type, recipient_ref) id, next_attempt_at from notices
        where status = 'pending'
        order by recipient_type, recipient_ref, id)
      update notices set attempts = attempts + 1, next_attempt_at = ${leaseUntil}
      where id in (
        select n.id from notices n join heads h on h.id = n.id
        where h.next_attempt_at <= ${now} and n.status = 'pending' and n.next_attempt_at <= ${now}
        order by n.id
        limit ${batchSize}
        for update of n skip locked)
      returning id, recipient_type, recipient_ref, kind, case_id, payload, status, attempts, last_error, created_at`.execute(
      db,
    );
    return rows.rows.map(toNotice).sort((a, b) => a.id - b.id);
  }

  async function pace(key: string): Promise<void> {
    if (paceMs <= 0) return;
    const last = lastSentAt.get(key);
    const wait = last === undefined ? 0 : last + paceMs - Date.now();
    if (wait > 0) await sleep(wait);
    lastSentAt.set(key, Date.now());
  }

  async function deliver(notice: Notice): Promise<'delivered' | 'retried' | 'parked'> {
    try {
      const addresses = await resolveNoticeAddresses(db, sender.surface, notice.recipient, channels);
      if (addresses.length === 0) {
        throw new Error(
          `nobody to deliver to on ${sender.surface}: no linked chat identity for ${notice.recipient.type} ${JSON.stringify(notice.recipient)}`,
        );
      }
      for (const address of addresses) {
        const key = addressKey(address);
        const blocked = blockedUntil.get(key) ?? 0;
        if (blocked > clock.now().getTime()) {
          // Another notice to the same place was just told to wait: wait too, without using up an attempt.
          await db
            .updateTable('notices')
            .set((eb) => ({ next_attempt_at: new Date(blocked), attempts: eb('attempts', '-', 1) }))
            .where('id', '=', notice.id)
            .execute();
          return 'retried';
        }
        await pace(key);
        try {
          await sender.send(notice, address);
        } catch (error) {
          if (error instanceof RateLimitedError) {
            blockedUntil.set(key, clock.now().getTime() + Math.max(error.retryAfterMs, 0));
          }
          throw error;
        }
      }
      await db
        .updateTable('notices')
        .set({ status: 'delivered', delivered_at: clock.now(), last_error: null })
        .where('id', '=', notice.id)
        .execute();
      return 'delivered';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (notice.attempts >= maxAttempts) {
        await db
          .updateTable('notices')
          .set({ status: 'parked', last_error: message })
          .where('id', '=', notice.id)
          .execute();
        logger.error(
          { noticeId: notice.id, kind: notice.kind, attempts: notice.attempts, error: message },
          'notice parked after repeated delivery failures',
        );
        return 'parked';
      }
      const delay =
        error instanceof RateLimitedError
          ? Math.max(error.retryAfterMs, 0)
          : Math.min(baseDelayMs * 2 ** (notice.attempts - 1), maxDelayMs);
      await db
        .updateTable('notices')
        .set({ next_attempt_at: new Date(clock.now().getTime() + delay), last_error: message })
        .where('id', '=', notice.id)
        .execute();
      logger.warn(
        {
          noticeId: notice.id,
          kind: notice.kind,
          attempts: notice.attempts,
          retryInMs: delay,
          error: message,
        },
        'notice delivery failed; will retry',
      );
      return 'retried';
    }
  }

  async function runOnce() {
    const totals = { delivered: 0, retried: 0, parked: 0 };
    const seen = new Set<number>();
    // Each round takes at most one notice per recipient; repeat until nothing more is due, but never try
    // the same notice twice in one run (a Retry-After of 0 would otherwise spin here).
    for (;;) {
      const batch = (await claim()).filter((n) => !seen.has(n.id));
      if (batch.length === 0) return totals;
      for (const notice of batch) {
        seen.add(notice.id);
        totals[await deliver(notice)]++;
      }
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
