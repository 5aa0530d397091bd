// A surface may deliver the same event twice (Slack's X-Slack-Retry-Num, a Teams redelivery). With the
// PostgreSQL inbox the record itself is the dedupe, across instances; this bounded in-memory set is the
// stand-in where there is no inbox (the Teams app without one), for one process only.
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
