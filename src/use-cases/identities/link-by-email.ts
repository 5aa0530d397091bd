import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import {
  appendIdentityHistory,
  type ChatIdentity,
  findUserByEmail,
  insertIdentity,
  type PlatformUser,
} from '../../db/repositories/identity.repository.ts';
import type { Clock } from '../../domain/clock.ts';
import { DomainError, sentence } from '../../domain/errors.ts';

// A person whose chat surface vouches for their e-mail (Slack's verified profile e-mail, the Teams/Entra
// account) is offered the platform user with that e-mail, and linked once they confirm. The e-mail is
// looked up again at the confirmation: nothing the person sends back names the user.

/** The platform user the verified e-mail belongs to, or null. */
export function emailMatch(db: Kysely<Database>, email: string | null): Promise<PlatformUser | null> {
  if (!email || !email.includes('@')) return Promise.resolve(null);
  return findUserByEmail(db, email);
}

export async function linkByEmail(
  db: Kysely<Database>,
  clock: Clock,
  identity: ChatIdentity,
  email: string,
): Promise<PlatformUser> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const user = await findUserByEmail(trx, email);
    if (!user)
      throw new DomainError(
        'not_found',
        'No platform user matches your e-mail.',
        {},
        sentence('refusals4.link.no_user'),
      );
    if (!(await insertIdentity(trx, identity, user.userId)))
      throw new DomainError(
        'conflict',
        'This chat account is already linked to a platform user. Say "help" to see what I can do.',
        {},
        sentence('refusals4.link.already'),
      );
    await appendIdentityHistory(trx, {
      identity,
      userId: user.userId,
      action: 'link',
      method: 'email',
      actorUserId: null,
      at: now,
    });
    return user;
  });
}
