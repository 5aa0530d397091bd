import type { ConversationEngine } from '../../conversation/engine-contract.ts';
import type { Inbox } from '../../conversation/inbox.ts';
import type { Reply } from '../../conversation/reply.ts';
import type { Logger } from '../../logger.ts';
import type { PgInstallationStore } from './oauth/installation-store.ts';
import type { SlackWorkspaces } from './slack-workspaces.ts';

/**
 * The user's cases by status and what waits for them, as surface-neutral replies (App Home).
 * `workspaceId`: the workspace the user is linked in ('' with a single token).
 */
/** The App Home's parts; `locale`: the person's, in which the Home tab's own words are said too. */
export type HomeReplies = Reply[] & { locale?: string };
export type HomeProvider = (userExternalId: string, workspaceId?: string) => Promise<HomeReplies>;

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
  /** Which token answers which delivery (one token, or the installation's). */
  workspaces: SlackWorkspaces;
  /** The distributed app's installations: uninstalls and revoked tokens delete them. */
  installations?: PgInstallationStore;
}

export const SORRY =
  'Sorry, I could not finish that because of a problem on our side. Please try again in a minute; if it keeps happening, tell support.';
