import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Actor } from '../domain/actor.ts';
import type { Clock } from '../domain/clock.ts';
import type { Channel } from '../domain/ids.ts';
import type { TurnReads } from './turn-reads.ts';

/** Settings of new leads; per lead once written, so a change applies to leads opened afterwards. */
export interface LeadSettings {
  windowBusinessHours: number;
  expectedQuotes: number;
}

/** What every use case is given: where to read and write, what time it is, who asks, from where. */
export interface UseCaseContext {
  db: Kysely<Database>;
  clock: Clock;
  actor: Actor;
  channel: Channel;
  /** From the configuration (QUOTE_WINDOW_BUSINESS_HOURS, EXPECTED_QUOTES); the domain defaults otherwise. */
  leadSettings?: LeadSettings;
  /** In a chat turn: what the turn read, for its channel privacy and its repeated checks (turn-reads.ts). */
  reads?: TurnReads;
}
