import type { EmailDirectory } from '../../conversation/linking/self-linking.ts';
import type { WebClient } from './slack-types.ts';

// The verified e-mail of a Slack user, for self-service linking: users.info → user.profile.email (needs
// the users:read.email scope). Only a confirmed address of a real, active person counts: bots, deleted
// accounts and addresses Slack marks unconfirmed give null, and the person is offered a link code instead.
// The address is returned to the linking module only; it is never logged.

export function slackEmailDirectory(client: Pick<WebClient, 'users'>): EmailDirectory {
  return async ({ userExternalId }) => {
    const answer = await client.users.info({ user: userExternalId });
    const user = answer.user;
    if (!answer.ok || !user || user.is_bot || user.deleted || user.is_email_confirmed === false) return null;
    const email = user.profile?.email;
    return email?.includes('@') ? email : null;
  };
}
