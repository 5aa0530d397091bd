import type { ConversationEngine } from '../../conversation/engine-contract.ts';
import type { Reply } from '../../conversation/reply.ts';
import type { Logger } from '../../logger.ts';
import type { RecentIds } from './recent-ids.ts';

/** The user's cases by status and what waits for them, as surface-neutral replies (App Home). */
export type HomeProvider = (userExternalId: string) => Promise<Reply[]>;

/** What every listener needs: the engine behind it, logs, and the memory of deliveries already handled. */
export interface SlackDeps {
  engine: ConversationEngine;
  logger: Logger;
  recent: RecentIds;
  home?: HomeProvider;
}

export const SORRY =
  'Sorry, I could not finish that because of a problem on our side. Please try again in a minute; if it keeps happening, tell support.';
