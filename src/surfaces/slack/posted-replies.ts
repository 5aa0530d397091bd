import type { Reply } from '../../conversation/reply.ts';
import type { Logger } from '../../logger.ts';
import { resumedRepliesTotal } from '../../observability/metrics.ts';
import { isDirectMessageChannel, parseConversationKey } from './conversation-key.ts';
import type { WebClient } from './slack-types.ts';

// Answers posted once even when a run dies between posting and marking its delivery done. Every answer the
// bot posts carries Slack message metadata naming its inbox delivery and its place among the delivery's
// replies (no user text, nothing personal). A run that takes over a delivery whose answer was already
// stored (an earlier run may have posted some of it) reads the thread or DM from the delivery's time on,
// once, and skips the replies found there. Slack's chat.postMessage has no idempotency key; this is the
// next best thing. docs/notes/replies-once.md.

/** The metadata event type of the bot's answers. */
export const REPLY_EVENT_TYPE = 'chatops_reply';

/** What each posted answer carries: its delivery and its index among that delivery's replies. */
export function replyMetadata(deliveryId: string, index: number) {
  return { event_type: REPLY_EVENT_TYPE, event_payload: { delivery: deliveryId, reply: index } };
}

/** Slack's clock may differ from ours a little: the look-up starts this long before the delivery. */
const MARGIN_MS = 60_000;
/**
 * One page, small: the answers come right after the delivery, and for apps distributed outside the
 * Marketplace Slack caps conversations.replies/history at 15 messages (and one call a minute).
 */
const LOOKUP_LIMIT = 15;
/** A look-up slower than this is given up (the client may be waiting out a rate limit): post instead. */
const LOOKUP_TIMEOUT_MS = 5_000;

/**
 * Whether reply `reply` is posted with chat.postMessage where it can be read back (a channel thread or a
 * DM channel); ephemeral answers and response-URL answers are private to one person and cannot be, and
 * the App Home's "DM by user id" has no channel id to read.
 */
export function canBeFoundAgain(conversationKey: string, reply: Reply): boolean {
  const place = parseConversationKey(conversationKey);
  if (!place || place.kind === 'command') return false;
  if (!/^[CGD]/.test(place.channel)) return false;
  if ((reply.private || reply.audience === 'asker') && !isDirectMessageChannel(place.channel)) return false;
  return true;
}

interface Message {
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

function timeout(ms: number): { promise: Promise<never>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('look-up timed out'), { code: 'timeout' })), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

/** Slack's error code of a failed call ('missing_scope', 'ratelimited', …), for logs and nothing else. */
function reasonOf(error: unknown): string {
  const e = error as { code?: string; data?: { error?: string } } | null;
  return e?.data?.error ?? e?.code ?? 'error';
}

/**
 * The indexes of the delivery's replies already in the conversation. Counts each reply's fate in
 * `chatops_resumed_replies_total`. Never throws: a failed look-up (missing scope, rate limit, timeout)
 * finds nothing, and everything is posted (at least once, as before).
 */
export async function alreadyPosted(
  client: WebClient,
  conversationKey: string,
  replies: Reply[],
  delivery: { id: string; resumedFrom: Date },
  logger?: Logger,
): Promise<Set<number>> {
  const found = new Set<number>();
  const checkable = replies.map((r) => canBeFoundAgain(conversationKey, r));
  const count = (outcome: string, n: number) => {
    if (n > 0) resumedRepliesTotal.inc({ surface: 'slack', outcome }, n);
  };
  count('not_checkable', checkable.filter((c) => !c).length);
  const wanted = checkable.filter(Boolean).length;
  const place = parseConversationKey(conversationKey);
  if (wanted === 0 || !place || place.kind === 'command') return found;
  const oldest = ((delivery.resumedFrom.getTime() - MARGIN_MS) / 1000).toFixed(6);
  const limit = timeout(LOOKUP_TIMEOUT_MS);
  try {
    const common = { channel: place.channel, oldest, limit: LOOKUP_LIMIT, include_all_metadata: true };
    // A thread is read with conversations.replies (channels:history / groups:history); a DM's own
    // timeline with conversations.history (im:history).
    const answer = await Promise.race([
      place.kind === 'thread'
        ? client.conversations.replies({ ...common, ts: place.threadTs })
        : client.conversations.history(common),
      limit.promise,
    ]);
    for (const message of (answer.messages ?? []) as Message[]) {
      const meta = message.metadata;
      if (meta?.event_type !== REPLY_EVENT_TYPE || meta.event_payload?.delivery !== delivery.id) continue;
      const index = Number(meta.event_payload.reply);
      if (Number.isInteger(index) && checkable[index]) found.add(index);
    }
  } catch (error) {
    logger?.warn(
      { deliveryId: delivery.id, reason: reasonOf(error) },
      'could not look for answers already posted; posting them (possibly twice)',
    );
    count('lookup_failed', wanted);
    return found;
  } finally {
    limit.clear();
  }
  count('already_posted', found.size);
  count('posted', wanted - found.size);
  if (found.size > 0) {
    logger?.info(
      { deliveryId: delivery.id, alreadyPosted: [...found] },
      'answers already posted by an earlier run are not posted again',
    );
  }
  return found;
}
