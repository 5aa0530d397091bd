import type { DebtorType } from '../domain/ids.ts';

// What one chat turn read, kept for the rest of that turn (docs/notes/p1.md):
//  - the debtor of every case it read and the case its conversation is about, so that channel privacy
//    (src/conversation/channel-privacy.ts) answers from them and asks the database only for a case the
//    turn did not read;
//  - while a read-only stretch of the turn shares them (`sharing`), the unlocked reads of its checks: the
//    early check of a command and its plan ran the same reads twice, nothing written in between.

export interface DebtorSeen {
  type: DebtorType;
  name: string;
}

export class TurnReads {
  /** The debtor of every case the turn read, by case id; null: known to be no private person's case. */
  readonly debtors = new Map<number, DebtorSeen | null>();
  /**
   * The cases the conversation was about during the turn (read at its start, or remembered by it); every
   * one counts for privacy. Undefined while the turn has not read which case that is.
   */
  conversationCases: Set<number> | undefined;
  /** Cases the turn made the conversation's (rememberCase): they count whether or not that was read. */
  readonly rememberedCases = new Set<number>();
  private shared: Map<string, Promise<unknown>> | null = null;

  /** A case read in this turn: its debtor, as the turn's replies may name it. */
  sawCase(c: { id: number; debtorType: DebtorType; debtorName: string }): void {
    this.debtors.set(c.id, { type: c.debtorType, name: c.debtorName });
  }

  /** Asked of the database for these ids: the private persons among their debtors; the rest are not. */
  sawPersonDebtors(asked: readonly number[], persons: readonly { id: number; name: string }[]): void {
    for (const id of asked) if (!this.debtors.has(id)) this.debtors.set(id, null);
    for (const p of persons) this.debtors.set(p.id, { type: 'person', name: p.name });
  }

  /** The case numbers among `ids` whose debtor the turn does not know yet. */
  unknownDebtors(ids: Iterable<number>): number[] {
    return [...ids].filter((id) => !this.debtors.has(id));
  }

  /** The case the conversation is about, as the turn read it (null: none). */
  sawConversationCase(caseId: number | null): void {
    this.conversationCases ??= new Set();
    if (caseId !== null) this.conversationCases.add(caseId);
  }

  /** A case the turn made the conversation's. */
  rememberedCase(caseId: number): void {
    this.rememberedCases.add(caseId);
  }

  /**
   * Runs `stretch`, during which unlocked reads given to `share` with the same key are read once. Only
   * for a stretch that writes no case (checks, questions, plans): a read shared across a write would be
   * stale. Nested stretches share the outer one's reads.
   */
  async sharing<T>(stretch: () => Promise<T>): Promise<T> {
    if (this.shared) return stretch();
    this.shared = new Map();
    try {
      return await stretch();
    } finally {
      this.shared = null;
    }
  }

  /** The read once per sharing stretch (outside one, every time); a failed read is not kept. */
  share<T>(key: string, read: () => Promise<T>): Promise<T> {
    const shared = this.shared;
    if (!shared) return read();
    const known = shared.get(key) as Promise<T> | undefined;
    if (known) return known;
    const reading = read();
    shared.set(key, reading);
    reading.catch(() => {
      if (shared.get(key) === reading) shared.delete(key);
    });
    return reading;
  }
}

/** Shares `read` when the context carries the turn's reads (a chat turn), else reads. */
export function sharedRead<T>(reads: TurnReads | undefined, key: string, read: () => Promise<T>): Promise<T> {
  return reads ? reads.share(key, read) : read();
}
