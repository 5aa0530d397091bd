import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import {
  findPlatformUser,
  insertLinkCode,
  type PlatformUser,
} from '../../db/repositories/identity.repository.ts';
import type { Clock } from '../../domain/clock.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { generateLinkCode, hashLinkCode, normalizeLinkCode } from '../../domain/link-code.ts';
import { assertSupport } from '../../domain/permissions.ts';
import type { UseCaseContext } from '../context.ts';

export const DEFAULT_LINK_CODE_TTL_MS = 24 * 60 * 60 * 1000;

export interface LinkCodeOptions {
  /** LINK_CODE_TTL_HOURS; 24 hours by default. */
  ttlMs?: number;
  /** Tests pin the code; otherwise the operating system's secure random numbers. */
  randomIndex?: (n: number) => number;
}

export interface IssuedLinkCode {
  /** Shown once, to whoever issued it; only its hash is stored. */
  code: string;
  user: PlatformUser;
  expiresAt: Date;
}

/** Support issues a code for a person ("link code for mikkel"): the person then says "link <code>". */
export async function issueLinkCode(
  ctx: UseCaseContext,
  userRef: number | string,
  options: LinkCodeOptions = {},
): Promise<IssuedLinkCode> {
  assertSupport(ctx.actor, 'issue link codes');
  return issue(ctx.db, ctx.clock, userRef, ctx.actor.userId, options);
}

/** The platform issues a code (`npm run admin -- link-code <handle>`): no person acts. */
export function issueLinkCodeAsPlatform(
  db: Kysely<Database>,
  clock: Clock,
  userRef: number | string,
  options: LinkCodeOptions = {},
): Promise<IssuedLinkCode> {
  return issue(db, clock, userRef, null, options);
}

async function issue(
  db: Kysely<Database>,
  clock: Clock,
  userRef: number | string,
  issuedBy: number | null,
  options: LinkCodeOptions,
): Promise<IssuedLinkCode> {
  const user = await findPlatformUser(db, userRef);
  if (!user)
    throw new DomainError(
      'not_found',
      `There is no platform user "${String(userRef)}".`,
      undefined,
      sentence('support4.user_unknown', { ref: String(userRef) }),
    );
  const at = clock.now();
  const expiresAt = new Date(at.getTime() + (options.ttlMs ?? DEFAULT_LINK_CODE_TTL_MS));
  const code = generateLinkCode(options.randomIndex ?? ((n) => randomInt(n)));
  const normalized = normalizeLinkCode(code);
  if (!normalized) throw new Error('generated link code does not normalize');
  await insertLinkCode(db, { hash: hashLinkCode(normalized), userId: user.userId, issuedBy, at, expiresAt });
  return { code, user, expiresAt };
}
