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
import { DomainError, sentence } from '../../domain/errors.ts';
import { assertSupport } from '../../domain/permissions.ts';
import { msg, nested, say } from '../../i18n/messages.ts';
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
  if (!user)
    throw new DomainError(
      'not_found',
      `There is no platform user "${String(ref)}".`,
      undefined,
      sentence('support4.user_unknown', { ref: String(ref) }),
    );
  return user;
}

/** Already linked to this very user: nothing to do. */
function alreadyLinked(identity: ChatIdentity, user: PlatformUser): DomainError {
  const account = describeIdentity(identity);
  return new DomainError(
    'already_done',
    `${account} is already linked to ${user.name}.`,
    undefined,
    sentence('support4.identity.already', { account, name: user.name }),
  );
}

/** Linked to someone else: unlink first. */
function linkedToOther(identity: ChatIdentity, other: PlatformUser | null): DomainError {
  const account = describeIdentity(identity);
  return new DomainError(
    'conflict',
    `${account} is linked to ${other ? `${other.name} (${other.handle})` : 'another user'}; unlink it first ("unlink ${account}").`,
    undefined,
    sentence('support4.identity.taken', {
      account,
      known: other ? 'yes' : 'no',
      name: other?.name ?? '',
      handle: other?.handle ?? '',
    }),
  );
}

function notLinked(identity: ChatIdentity): DomainError {
  const account = describeIdentity(identity);
  return new DomainError(
    'not_found',
    `${account} is not linked to anyone.`,
    undefined,
    sentence('support4.identity.not_linked', { account }),
  );
}

/** What a link would do, for the confirmation; refuses at once when it cannot be done. */
export async function checkLinkIdentity(
  ctx: UseCaseContext,
  userRef: number | string,
  identity: ChatIdentity,
): Promise<Plan> {
  assertSupport(ctx.actor, 'link chat accounts');
  const user = await userOrRefuse(ctx, userRef);
  const owner = await findIdentityOwner(ctx.db, identity);
  if (owner === user.userId) throw alreadyLinked(identity, user);
  if (owner !== null) throw linkedToOther(identity, await findPlatformUser(ctx.db, owner));
  return {
    summary: say('support4.identity.plan', {
      account: describeIdentity(identity),
      name: user.name,
      hasOrg: user.organisation ? 'yes' : 'no',
      org: user.organisation ?? '',
    }),
    effects: [
      say('support4.identity.plan.effect', { name: user.name, handle: user.handle, role: user.role }),
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
    if (owner === user.userId) throw alreadyLinked(identity, user);
    if (owner !== null || !(await insertIdentity(trx, identity, user.userId)))
      throw linkedToOther(identity, owner === null ? null : await findPlatformUser(trx, owner));
    await appendIdentityHistory(trx, {
      identity,
      userId: user.userId,
      action: 'link',
      method: 'support',
      actorUserId: ctx.actor.userId,
      at: now,
    });
    return {
      user,
      identity,
      summary: say('support4.identity.linked', { account: describeIdentity(identity), name: user.name }),
    };
  });
}

/** What an unlink would do, for the confirmation: names whoever the account is linked to now. */
export async function checkUnlinkIdentity(ctx: UseCaseContext, identity: ChatIdentity): Promise<Plan> {
  assertSupport(ctx.actor, 'unlink chat accounts');
  const owner = await findIdentityOwner(ctx.db, identity);
  const user = owner === null ? null : await findPlatformUser(ctx.db, owner);
  if (!user) throw notLinked(identity);
  return {
    summary: say('support4.identity.unlink_plan', { account: describeIdentity(identity), name: user.name }),
    effects: [say('support4.identity.unlink_effect')],
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
    if (owner === null) throw notLinked(identity);
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
    return {
      user,
      identity,
      summary: say('support4.identity.unlinked', { account: describeIdentity(identity), name: user.name }),
    };
  });
}

export async function listIdentities(
  ctx: UseCaseContext,
  userRef: number | string,
): Promise<{ user: PlatformUser; identities: ChatIdentity[]; text: string }> {
  assertSupport(ctx.actor, "see people's chat accounts");
  const user = await userOrRefuse(ctx, userRef);
  const identities = await listIdentitiesOf(ctx.db, user.userId);
  const who = nested(
    msg('support4.identity.who', {
      name: user.name,
      handle: user.handle,
      hasOrg: user.organisation ? 'yes' : 'no',
      org: user.organisation ?? '',
    }),
  );
  const text =
    identities.length === 0
      ? say('support4.identity.none', { who })
      : say('support4.identity.list', { who, accounts: identities.map(describeIdentity).join('; ') });
  return { user, identities, text };
}
