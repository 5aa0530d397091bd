import {
  appendIdentityHistory,
  type ChatIdentity,
  deleteIdentity,
  describeIdentity,
  findIdentityOwner,
  findPlatformUser,
  insertIdentity,
  listIdentitiesOf,
  type PlatformUser,
} from '../../db/repositories/identity.repository.ts';
import { DomainError } from '../../domain/errors.ts';
import { assertSupport } from '../../domain/permissions.ts';
import type { UseCaseContext } from '../context.ts';
import type { Plan } from '../plan.ts';

// Support links, unlinks and lists a person's chat accounts from chat ("identities of mikkel",
// "unlink slack T123/U456"). Each change is one transaction with its identity_history row.

const SURFACES = ['slack', 'teams', 'console'] as const;

/**
 * "slack T123/U456" (a workspace and a user) or "slack U456" (the single-workspace set-up), also
 * "teams <tenant>/<aad id>" and "console <handle>". Null when it is not that shape.
 */
export function parseChatIdentity(text: string): ChatIdentity | null {
  const m = /^\s*(slack|teams|console)\s+(?:([^\s/]+)\/)?([^\s/]+)\s*$/i.exec(text);
  if (!m?.[1] || !m[3]) return null;
  const surface = m[1].toLowerCase() as (typeof SURFACES)[number];
  return { surface, workspaceId: m[2] ?? '', externalId: m[3] };
}

async function userOrRefuse(ctx: UseCaseContext, ref: number | string): Promise<PlatformUser> {
  const user = await findPlatformUser(ctx.db, ref);
  if (!user) throw new DomainError('not_found', `There is no platform user "${String(ref)}".`);
  return user;
}

const at = (user: PlatformUser) => (user.organisation ? ` at ${user.organisation}` : '');

/** What a link would do, for the confirmation; refuses at once when it cannot be done. */
export async function checkLinkIdentity(
  ctx: UseCaseContext,
  userRef: number | string,
  identity: ChatIdentity,
): Promise<Plan> {
  assertSupport(ctx.actor, 'link chat accounts');
  const user = await userOrRefuse(ctx, userRef);
  const owner = await findIdentityOwner(ctx.db, identity);
  if (owner === user.userId)
    throw new DomainError('already_done', `${describeIdentity(identity)} is already linked to ${user.name}.`);
  if (owner !== null) {
    const other = await findPlatformUser(ctx.db, owner);
    throw new DomainError(
      'conflict',
      `${describeIdentity(identity)} is linked to ${other ? `${other.name} (${other.handle})` : 'another user'}; unlink it first ("unlink ${describeIdentity(identity)}").`,
    );
  }
  return {
    summary: `Link ${describeIdentity(identity)} to ${user.name}${at(user)}?`,
    effects: [
      `Whoever uses that account is then ${user.name} (${user.handle}, ${user.role}) to the assistant.`,
    ],
  };
}

export async function linkIdentity(
  ctx: UseCaseContext,
  userRef: number | string,
  identity: ChatIdentity,
): Promise<{ user: PlatformUser; identity: ChatIdentity; summary: string }> {
  assertSupport(ctx.actor, 'link chat accounts');
  const user = await userOrRefuse(ctx, userRef);
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const owner = await findIdentityOwner(trx, identity);
    if (owner === user.userId)
      throw new DomainError(
        'already_done',
        `${describeIdentity(identity)} is already linked to ${user.name}.`,
      );
    if (owner !== null || !(await insertIdentity(trx, identity, user.userId))) {
      const other = owner === null ? null : await findPlatformUser(trx, owner);
      throw new DomainError(
        'conflict',
        `${describeIdentity(identity)} is linked to ${other ? `${other.name} (${other.handle})` : 'another user'}; unlink it first ("unlink ${describeIdentity(identity)}").`,
      );
    }
    await appendIdentityHistory(trx, {
      identity,
      userId: user.userId,
      action: 'link',
      method: 'support',
      actorUserId: ctx.actor.userId,
      at: now,
    });
    return { user, identity, summary: `Linked ${describeIdentity(identity)} to ${user.name}.` };
  });
}

/** What an unlink would do, for the confirmation: names whoever the account is linked to now. */
export async function checkUnlinkIdentity(ctx: UseCaseContext, identity: ChatIdentity): Promise<Plan> {
  assertSupport(ctx.actor, 'unlink chat accounts');
  const owner = await findIdentityOwner(ctx.db, identity);
  const user = owner === null ? null : await findPlatformUser(ctx.db, owner);
  if (!user) throw new DomainError('not_found', `${describeIdentity(identity)} is not linked to anyone.`);
  return {
    summary: `Unlink ${describeIdentity(identity)} from ${user.name}?`,
    effects: ['They will no longer be able to use the assistant from that account.'],
  };
}

export async function unlinkIdentity(
  ctx: UseCaseContext,
  identity: ChatIdentity,
): Promise<{ user: PlatformUser; identity: ChatIdentity; summary: string }> {
  assertSupport(ctx.actor, 'unlink chat accounts');
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const owner = await deleteIdentity(trx, identity);
    if (owner === null)
      throw new DomainError('not_found', `${describeIdentity(identity)} is not linked to anyone.`);
    await appendIdentityHistory(trx, {
      identity,
      userId: owner,
      action: 'unlink',
      method: 'support',
      actorUserId: ctx.actor.userId,
      at: now,
    });
    const user = await findPlatformUser(trx, owner);
    if (!user) throw new Error('identity owner vanished');
    return { user, identity, summary: `Unlinked ${describeIdentity(identity)} from ${user.name}.` };
  });
}

export async function listIdentities(
  ctx: UseCaseContext,
  userRef: number | string,
): Promise<{ user: PlatformUser; identities: ChatIdentity[]; text: string }> {
  assertSupport(ctx.actor, "see people's chat accounts");
  const user = await userOrRefuse(ctx, userRef);
  const identities = await listIdentitiesOf(ctx.db, user.userId);
  const who = `${user.name} (${user.handle}${user.organisation ? `, ${user.organisation}` : ''})`;
  const text =
    identities.length === 0
      ? `${who} has no linked chat account.`
      : `${who} is linked to: ${identities.map(describeIdentity).join('; ')}.`;
  return { user, identities, text };
}
