import type { LocaleDirectory } from '../../conversation/engine/engine-deps.ts';
import type { WebClient } from './slack-types.ts';

// The locale a Slack user has set (issue 12): users.info with include_locale → user.locale ('da-DK').
// Asked by the engine once per person who has no locale stored; the answer is cached on the user in
// PostgreSQL (users.locale), so notices written later by the worker use it too. Needs users:read.

export function slackLocaleDirectory(client: Pick<WebClient, 'users'>): LocaleDirectory {
  return async ({ userExternalId }) => {
    const answer = await client.users.info({ user: userExternalId, include_locale: true });
    const locale = answer.ok ? answer.user?.locale : undefined;
    return typeof locale === 'string' && locale ? locale : null;
  };
}
