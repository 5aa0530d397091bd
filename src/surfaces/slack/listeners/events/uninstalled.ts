import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps.ts';

// The app was removed from a workspace (or an org), or its bot token was revoked: the installation is
// deleted, so its token is no longer kept, and later deliveries of that team find no installation (Bolt
// answers nothing, the inbox and notices give up at once). A reinstall stores a new one. Bolt delivers
// these two events without authorizing them (the token is already gone).

const installationOf = (context: AllMiddlewareArgs['context']) => ({
  teamId: context.teamId,
  enterpriseId: context.enterpriseId,
  isEnterpriseInstall: context.isEnterpriseInstall === true,
});

export function appUninstalled(deps: SlackDeps) {
  return async ({ context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_uninstalled'>) => {
    const where = { team: context.teamId, enterprise: context.enterpriseId };
    if (!deps.installations) {
      deps.logger.warn(where, 'the Slack app was uninstalled: SLACK_BOT_TOKEN no longer works');
      return;
    }
    await deps.installations.deleteInstallation(installationOf(context) as never);
    deps.logger.info(where, 'slack app uninstalled; installation deleted');
  };
}

export function tokensRevoked(deps: SlackDeps) {
  return async ({ event, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'tokens_revoked'>) => {
    const where = { team: context.teamId, enterprise: context.enterpriseId };
    // Only bot tokens are kept (no user scopes are asked for); a revoked user token changes nothing here.
    if ((event.tokens.bot ?? []).length === 0) return;
    if (!deps.installations) {
      deps.logger.warn(where, 'the Slack bot token was revoked: SLACK_BOT_TOKEN no longer works');
      return;
    }
    await deps.installations.deleteInstallation(installationOf(context) as never);
    deps.logger.info(where, 'slack bot token revoked; installation deleted');
  };
}
