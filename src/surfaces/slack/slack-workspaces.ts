import { webApi } from '@slack/bolt';
import type { InstallationRef, PgInstallationStore } from './oauth/installation-store.ts';
import type { WebClient, WebClientOptions } from './slack-types.ts';

// Which token answers what. With one SLACK_BOT_TOKEN, always that one. As a distributed app, the token of
// the installation the delivery came from (stored with the inbox row as its team/enterprise, never the
// token itself), or, for a notice, of the workspace where the recipient is linked. Tokens are read from
// PostgreSQL each time, so an uninstall or a rotation on another instance is seen at once.

export type SlackMode = 'single' | 'oauth';

export interface SlackWorkspaces {
  readonly mode: SlackMode;
  /** The client of the installation an incoming delivery belongs to. Throws SlackNotInstalled when gone. */
  forInstallation(ref: InstallationRef | undefined): Promise<WebClient>;
  /** The client of a chat identity's workspace ('' or absent: the single / home workspace). */
  forWorkspace(workspaceId: string | undefined): Promise<WebClient>;
}

/** One workspace, one token: every question has the same answer. */
export function singleWorkspace(client: WebClient): SlackWorkspaces {
  return {
    mode: 'single',
    forInstallation: async () => client,
    forWorkspace: async () => client,
  };
}

/** Clients per token: a token names its installation, and a rotated token gets a client of its own. */
function clientPool(options: WebClientOptions, max = 500) {
  const clients = new Map<string, WebClient>();
  return (token: string): WebClient => {
    const known = clients.get(token);
    if (known) return known;
    if (clients.size >= max) clients.delete(clients.keys().next().value as string);
    const client = new webApi.WebClient(token, options);
    clients.set(token, client);
    return client;
  };
}

export function installedWorkspaces(
  store: PgInstallationStore,
  clientOptions: WebClientOptions = {},
): SlackWorkspaces {
  const clientOf = clientPool(clientOptions);
  const tokenOf = (installation: { bot?: { token: string } }) => {
    // Only bot installations are stored, so this holds; said plainly should it ever not.
    if (!installation.bot?.token) throw new Error('the Slack installation has no bot token');
    return installation.bot.token;
  };
  return {
    mode: 'oauth',
    async forInstallation(ref) {
      const installation = await store.fetchInstallation({
        teamId: ref?.teamId,
        enterpriseId: ref?.enterpriseId,
        isEnterpriseInstall: ref?.isEnterpriseInstall === true,
      } as never);
      return clientOf(tokenOf(installation));
    },
    async forWorkspace(workspaceId) {
      return clientOf(tokenOf(await store.forWorkspace(workspaceId ?? '')));
    },
  };
}
