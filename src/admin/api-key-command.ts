import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { createApiKey, listPartnerApiKeys, revokeApiKey } from '../use-cases/api/api-keys.ts';

// `npm run admin -- api-key create|revoke|list`: an operator manages a partner's keys to the Collection
// Partner API. The key is printed once, at creation; only its SHA-256 is stored.

export class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value.`);
  return value;
}

/** The lines to print for one api-key command. */
export async function runApiKeyCommand(
  db: Kysely<Database>,
  clock: Clock,
  args: string[],
): Promise<string[]> {
  const [action, ...rest] = args;
  if (action === 'create') {
    const partner = option(rest, '--partner');
    if (!partner) throw new UsageError('Usage: api-key create --partner <id|name> [--label <text>]');
    const created = await createApiKey(db, clock, {
      partner,
      label: option(rest, '--label'),
      createdBy: 'admin-cli',
    });
    return [
      `API key for ${created.partner.name} (partner ${created.partner.id}), prefix ${created.prefix}:`,
      created.key,
      'Shown once: only its hash is stored. Give it to the partner over a secure channel; they send it as',
      `"Authorization: Bearer <key>". Revoke it with: npm run admin -- api-key revoke ${created.prefix}`,
    ];
  }
  if (action === 'revoke') {
    const key = rest.find((a) => !a.startsWith('--'));
    if (!key) throw new UsageError('Usage: api-key revoke <prefix or key>');
    const revoked = await revokeApiKey(db, clock, { key, revokedBy: 'admin-cli' });
    return [
      revoked.alreadyRevoked
        ? `API key ${revoked.prefix} was already revoked.`
        : `API key ${revoked.prefix} (partner ${revoked.partnerId}) is revoked: it is refused from now on.`,
    ];
  }
  if (action === 'list') {
    const partner = option(rest, '--partner');
    if (!partner) throw new UsageError('Usage: api-key list --partner <id|name>');
    const { partner: p, keys } = await listPartnerApiKeys(db, partner);
    if (keys.length === 0) return [`${p.name} (partner ${p.id}) has no API keys.`];
    return [
      `API keys of ${p.name} (partner ${p.id}):`,
      ...keys.map(
        (k) =>
          `  ${k.prefix}  ${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active'}  created ${k.createdAt.toISOString()}${k.lastUsedAt ? `, last used ${k.lastUsedAt.toISOString()}` : ''}${k.label ? `  (${k.label})` : ''}`,
      ),
    ];
  }
  throw new UsageError(
    'Usage: api-key create --partner <id|name> | revoke <prefix or key> | list --partner <id|name>',
  );
}
