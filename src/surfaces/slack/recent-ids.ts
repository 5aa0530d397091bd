// Slack retries a delivery it thinks was lost (X-Slack-Retry-Num) and may send the same event twice. The
// engine dedupes by eventId across instances; this bounded set stops a retry before it reaches the engine at
// all, so the same instance never posts a second answer while the first is still being worked on.
export class RecentIds {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 5000) {}

  /** True the first time an id is offered, false for every repeat. */
  firstTime(id: string | undefined): boolean {
    if (!id) return true;
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }
}
