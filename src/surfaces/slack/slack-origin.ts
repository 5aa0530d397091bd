import type { Context } from '@slack/bolt';
import type { InstallationRef } from './oauth/installation-store.ts';
import type { WebClient } from './slack-types.ts';
import type { SlackMode } from './slack-workspaces.ts';

// Where a delivery comes from, in the two senses that matter:
// - the installation that received it (its token answers it): Bolt's context, from the envelope's
//   `authorizations` / team_id / enterprise. Stored with the inbox row, so a run on another instance
//   looks the token up again;
// - the workspace of the person speaking, which keys their chat identity. In a Slack Connect channel a
//   user of another organisation speaks with their own team id (`user_team`, `user.team_id`): they are
//   looked up under that team, never as the local user who happens to have the same user id.

export interface SlackOrigin {
  /** The speaker's workspace for findUserByChatIdentity; '' = the single workspace of SLACK_BOT_TOKEN. */
  workspaceId: string;
  /** Absent with a single token (there is only one). */
  installation?: InstallationRef;
  /** Bolt's client for this delivery, already holding the installation's token (live runs only). */
  client?: WebClient;
}

export function originOf(
  mode: SlackMode,
  args: { context: Context; client?: WebClient },
  /** The team Slack names for the speaking user (event.user_team / event.team, body.user.team_id). */
  userTeam: string | undefined,
  /** Events say whether the channel is shared with another organisation; false means the speaker is ours. */
  externallyShared?: boolean,
): SlackOrigin {
  const { context } = args;
  const ours =
    externallyShared === false ||
    userTeam === undefined ||
    userTeam === context.teamId ||
    (context.enterpriseId !== undefined && userTeam === context.enterpriseId);
  const client = args.client ? { client: args.client } : {};
  if (mode === 'single') return { workspaceId: ours ? '' : (userTeam ?? ''), ...client };
  const installation: InstallationRef = {
    ...(context.teamId ? { teamId: context.teamId } : {}),
    ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}),
    isEnterpriseInstall: context.isEnterpriseInstall === true,
  };
  // Installed org-wide, the org's users are one population (Grid user ids hold across its workspaces):
  // they are linked under the enterprise id. Installed in a workspace: under its team id.
  const home = context.isEnterpriseInstall && context.enterpriseId ? context.enterpriseId : context.teamId;
  const workspaceId = ours ? (home ?? userTeam ?? '') : (userTeam ?? '');
  return { workspaceId, installation, ...client };
}
