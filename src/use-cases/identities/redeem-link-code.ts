import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import {
  appendIdentityHistory,
  type ChatIdentity,
  findPlatformUser,
  insertIdentity,
  lockLinkCode,
  markLinkCodeUsed,
  type PlatformUser,
} from '../../db/repositories/identity.repository.ts';
import type { Clock } from '../../domain/clock.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { hashLinkCode, normalizeLinkCode } from '../../domain/link-code.ts';

// A person who is not linked yet says "link K7MQ-3PXA". Before there is an actor: the code is the proof.

export const LINK_CODE_REFUSALS = {
  unknown:
    'That link code is not valid. Check it against the one you were given (codes look like K7MQ-3PXA), or ask support for a new one.',
  expired: 'That link code has expired. Please ask support for a new one.',
  used: 'That link code was already used: each code links one account, once. Please ask support for a new one.',
  alreadyLinked:
    'This chat account is already linked to a platform user, so the code was not used. Say "help" to see what I can do.',
} as const;

const saidOf = (reason: 'unknown' | 'used' | 'expired' | 'already_linked') =>
  sentence(`refusals4.link_code.${reason}`);

/** Links the speaker's identity to the code's user, in one transaction; refuses with one of the sentences above. */
export async function redeemLinkCode(
  db: Kysely<Database>,
  clock: Clock,
  identity: ChatIdentity,
  typed: string,
): Promise<PlatformUser> {
  const normalized = normalizeLinkCode(typed);
  if (!normalized)
    throw new DomainError(
      'invalid_input',
      LINK_CODE_REFUSALS.unknown,
      { reason: 'unknown' },
      saidOf('unknown'),
    );
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const code = await lockLinkCode(trx, hashLinkCode(normalized));
    if (!code)
      throw new DomainError(
        'invalid_input',
        LINK_CODE_REFUSALS.unknown,
        { reason: 'unknown' },
        saidOf('unknown'),
      );
    if (code.used_at)
      throw new DomainError('already_done', LINK_CODE_REFUSALS.used, { reason: 'used' }, saidOf('used'));
    if (code.expires_at.getTime() <= now.getTime())
      throw new DomainError(
        'invalid_state',
        LINK_CODE_REFUSALS.expired,
        { reason: 'expired' },
        saidOf('expired'),
      );
    if (!(await insertIdentity(trx, identity, code.user_id)))
      throw new DomainError(
        'conflict',
        LINK_CODE_REFUSALS.alreadyLinked,
        { reason: 'already_linked' },
        saidOf('already_linked'),
      );
    await markLinkCodeUsed(trx, code.id, now, identity);
    await appendIdentityHistory(trx, {
      identity,
      userId: code.user_id,
      action: 'link',
      method: 'code',
      actorUserId: null,
      details: { linkCodeId: code.id },
      at: now,
    });
    const user = await findPlatformUser(trx, code.user_id);
    if (!user) throw new Error('link code user vanished');
    return user;
  });
}
