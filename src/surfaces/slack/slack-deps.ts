import type { ConversationEngine } from '../../conversation/engine-contract.ts';
import type { Inbox } from '../../conversation/inbox.ts';
import type { Reply } from '../../conversation/reply.ts';
import type { Logger } from '../../logger.ts';

/** The user's cases by status and what waits for them, as surface-neutral replies (App Home). */
export type HomeProvider = (userExternalId: string) => Promise<Reply[]>;

/** What every listener needs: the engine behind it, logs, and the inbox that records each delivery. */
export interface SlackDeps {
  engine: ConversationEngine;
  logger: Logger;
  /** Records each delivery (the dedupe, across instances) and carries it out. */
  inbox: Inbox;
  /**
   * Listeners return once the delivery is recorded and the work runs on its own (HTTP mode, where the
   * response to Slack waits for the listeners). Otherwise they return when the work is done.
   */
  detachRuns?: boolean;
  home?: HomeProvider;
}

export const SORRY =
  'Sorry, I could not finish that because of a problem on our side. Please try again in a minute; if it keeps happening, tell support.';
