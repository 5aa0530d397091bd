import type { Reply } from '../../conversation/reply.ts';

/**
 * Channel threads where the bot has just asked something ("What is the reason for declining case 7300?").
 * In channels the bot otherwise reads only messages that mention it; in these threads the plain answer
 * ("the debtor died") is passed on too, so a pending command completes the way people naturally reply.
 * Kept in memory with an expiry: after a restart, answering with a mention still works.
 */
export class AwaitingThreads {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly ttlMs = 30 * 60_000,
    private readonly capacity = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * A reply that asks a question in words (no choice buttons): the next plain message answers it. A form
   * button may come with it (the decline modal), as another way to answer.
   */
  static asksQuestion(reply: Reply): boolean {
    return !reply.choices?.length && reply.text.includes('?');
  }

  noteReplies(conversationKey: string, replies: Reply[]): void {
    const last = replies[replies.length - 1];
    if (last && AwaitingThreads.asksQuestion(last)) {
      this.until.delete(conversationKey);
      this.until.set(conversationKey, this.now() + this.ttlMs);
      if (this.until.size > this.capacity) {
        const oldest = this.until.keys().next().value;
        if (oldest !== undefined) this.until.delete(oldest);
      }
    } else {
      this.until.delete(conversationKey);
    }
  }

  isAwaiting(conversationKey: string): boolean {
    const until = this.until.get(conversationKey);
    if (until === undefined) return false;
    if (until < this.now()) {
      this.until.delete(conversationKey);
      return false;
    }
    return true;
  }
}
