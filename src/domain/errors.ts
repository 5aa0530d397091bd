/**
 * A refusal the user should hear about: a stable code for programs and tests, and a sentence for people
 * that says what is wrong and, where there is one, what to do instead.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

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
