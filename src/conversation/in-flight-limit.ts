import { sayBeforeTurn } from '../i18n/known-locales.ts';
import type { Logger } from '../logger.ts';
import type { ConversationEngine, IncomingMessage } from './engine-contract.ts';
import type { Reply } from './reply.ts';

export const DEFAULT_MAX_IN_FLIGHT = 64;

/** What a person hears when the bot already has its hands full: at once, and with nothing done. */
export const BUSY_TEXT =
  "I'm handling a lot of requests right now and couldn't take this one; nothing was changed. Please try again shortly.";

/**
 * Bounds the messages, choices and forms handled at once. When the database slows down, handlers pile
 * up waiting on it; without a bound each new message would join the queue and be answered (or time out)
 * minutes later. Beyond `max`, a message is answered at once that the bot is busy, and nothing of it is
 * done, so trying again is safe. Kept outside the engine: it counts calls, it knows nothing of them.
 */
export function limitInFlight(
  engine: ConversationEngine,
  options: { max?: number; logger?: Pick<Logger, 'warn'> } = {},
): ConversationEngine {
  const max = options.max ?? DEFAULT_MAX_IN_FLIGHT;
  let inFlight = 0;
  let refusedSinceLastLog = 0;

  async function bounded(
    kind: string,
    who: Pick<IncomingMessage, 'surface' | 'userExternalId' | 'workspaceId' | 'locale'>,
    handle: () => Promise<Reply[]>,
  ): Promise<Reply[]> {
    if (inFlight >= max) {
      // One line per burst, not one per refused message.
      if (refusedSinceLastLog++ === 0) options.logger?.warn({ inFlight, max, kind }, 'busy: message refused');
      // BUSY_TEXT in the person's language when known without a query (src/i18n/known-locales.ts).
      return [{ text: sayBeforeTurn(who, 'chat4.busy'), private: true }];
    }
    inFlight++;
    refusedSinceLastLog = 0;
    try {
      return await handle();
    } finally {
      inFlight--;
    }
  }

  return {
    handleMessage: (message) => bounded('message', message, () => engine.handleMessage(message)),
    handleChoice: (choice) => bounded('choice', choice, () => engine.handleChoice(choice)),
    handleForm: (form) => bounded('form', form, () => engine.handleForm(form)),
    // A look-up, not work: never refused, or a thread answer would be dropped while busy.
    awaitsAnswer: async (surface, key, user, workspace) =>
      (await engine.awaitsAnswer?.(surface, key, user, workspace)) ?? false,
  };
}
