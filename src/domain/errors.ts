/**
 * A refusal the user should hear about: a stable code for programs and tests, and a sentence for people
 * that says what is wrong and, where there is one, what to do instead.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    /** The same sentence as a catalogue message (src/i18n): said in the reader's language where one is known. */
    readonly said?: SentenceSpec,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * A sentence as plain data: a key of the message catalogue (src/i18n/catalogue/en.ts) and its values. The
 * domain only names it; the conversation renders it for the person it answers (`refusalText`).
 */
export interface SentenceSpec {
  key: string;
  values?: Record<string, SentenceValue>;
}
export type SentenceValue =
  | string
  | number
  | { money: { amount: string; currency: string } }
  /** A calendar day (ISO instant), written in the reader's date format (a Slack date token on Slack). */
  | { day: string }
  /** A number written the reader's way (16,5 in Danish). */
  | { num: string | number }
  /** An exact decimal ("1000000000000.00"), two decimals in the reader's grouping. */
  | { decimal: string }
  | { msg: SentenceSpec };

/** A sentence spec (domain side of `msg` in src/i18n/messages.ts). */
export const sentence = (key: string, values?: Record<string, SentenceValue>): SentenceSpec =>
  values ? { key, values } : { key };

export type DomainErrorCode =
  | 'not_found'
  | 'forbidden'
  | 'sdca_not_signed'
  | 'invalid_state'
  | 'already_done'
  | 'invalid_input'
  | 'needs_confirmation'
  | 'not_linked'
  | 'conflict'
  /** The database cannot be reached or is too slow to answer: nothing was done; try again later. */
  | 'platform_unavailable';

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
