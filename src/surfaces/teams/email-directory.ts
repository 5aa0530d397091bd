import type { EmailDirectory } from '../../conversation/linking/self-linking.ts';

// The verified e-mail of a Teams user, for self-service linking: the conversation member lookup
// (GET /v3/conversations/{id}/members/{userId}) gives the Entra account's userPrincipalName. The UPN is
// preferred to `email`: a tenant can only give its users UPNs in domains it has verified, while the mail
// attribute is free text an administrator may set. Guests (…#EXT#@…) give null: they link with a code.

interface MemberLookup {
  api: {
    conversations: {
      members(conversationId: string): {
        getById(id: string): Promise<{ userPrincipalName?: string; email?: string }>;
      };
    };
  };
}

export function teamsEmailDirectory(app: MemberLookup): EmailDirectory {
  return async ({ userExternalId, conversationKey }) => {
    if (!conversationKey.startsWith('teams:')) return null;
    const member = await app.api.conversations
      .members(conversationKey.slice('teams:'.length))
      .getById(userExternalId);
    const upn = member.userPrincipalName ?? member.email;
    if (!upn || !upn.includes('@') || upn.includes('#EXT#')) return null;
    return upn;
  };
}
