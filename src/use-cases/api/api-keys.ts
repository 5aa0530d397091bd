import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import {
  type ApiKeyRecord,
  findApiKeyByPrefix,
  insertApiKey,
  listApiKeys,
  revokeApiKeyByPrefix,
  touchApiKey,
} from '../../db/repositories/api-key.repository.ts';
import type { Clock } from '../../domain/clock.ts';
import { DomainError } from '../../domain/errors.ts';

// Keys to the Collection Partner API, one partner's each. A key is `dbk_<prefix>_<secret>`: the prefix
// (12 hex characters, public, unique) finds the row; the secret is 32 random bytes. Only the SHA-256 of
// the whole key is stored: a copy of the table lets nobody call the API. The key is shown once, when it is
// created; a lost key is revoked and a new one created. 256 bits of randomness need no slow hash (no
// password to guess), and one SHA-256 keeps every request cheap.

const KEY_PATTERN = /^dbk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** A fresh key and what is stored of it. */
export function generateApiKey(): { key: string; prefix: string; keyHash: string } {
  const prefix = randomBytes(6).toString('hex');
  const key = `dbk_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, keyHash: hashApiKey(key) };
}

export interface PartnerRef {
  id: number;
  name: string;
}

/** A partner by id or by name (case-insensitive, exact); a name two partners share must be given as id. */
export async function resolvePartner(db: Kysely<Database>, ref: string): Promise<PartnerRef> {
  const text = ref.trim();
  if (/^\d+$/.test(text)) {
    const row = await db
      .selectFrom('partners')
      .select(['id', 'name'])
      .where('id', '=', Number(text))
      .executeTakeFirst();
    if (row) return row;
  }
  const rows = await db
    .selectFrom('partners')
    .select(['id', 'name'])
    .where((eb) => eb(eb.fn('lower', ['name']), '=', text.toLowerCase()))
    .execute();
  if (rows.length === 1) return rows[0] as PartnerRef;
  if (rows.length > 1) {
    throw new DomainError(
      'invalid_input',
      `More than one partner is called "${text}" (ids ${rows.map((r) => r.id).join(', ')}): give the id.`,
    );
  }
  throw new DomainError('not_found', `There is no partner "${text}". Give its id or its exact name.`);
}

export interface CreatedApiKey {
  /** Shown once; never stored. */
  key: string;
  prefix: string;
  partner: PartnerRef;
}

export async function createApiKey(
  db: Kysely<Database>,
  clock: Clock,
  input: { partner: string; label?: string; createdBy: string },
): Promise<CreatedApiKey> {
  const partner = await resolvePartner(db, input.partner);
  const fresh = generateApiKey();
  await insertApiKey(db, {
    partnerId: partner.id,
    prefix: fresh.prefix,
    keyHash: fresh.keyHash,
    label: (input.label ?? '').trim().slice(0, 200),
    createdBy: input.createdBy,
    at: clock.now(),
  });
  return { key: fresh.key, prefix: fresh.prefix, partner };
}

/** Revokes a key, named by its prefix or by the whole key (whose secret part is not needed). */
export async function revokeApiKey(
  db: Kysely<Database>,
  clock: Clock,
  input: { key: string; revokedBy: string },
): Promise<{ prefix: string; partnerId: number; alreadyRevoked: boolean }> {
  const text = input.key.trim();
  const prefix = /^dbk_([0-9a-f]{12})/.exec(text)?.[1] ?? text;
  const done = /^[0-9a-f]{12}$/.test(prefix)
    ? await revokeApiKeyByPrefix(db, prefix, input.revokedBy, clock.now())
    : null;
  if (!done) throw new DomainError('not_found', `There is no API key with the prefix "${prefix}".`);
  return { prefix, partnerId: done.record.partnerId, alreadyRevoked: !done.revokedNow };
}

export async function listPartnerApiKeys(
  db: Kysely<Database>,
  partner: string,
): Promise<{ partner: PartnerRef; keys: Omit<ApiKeyRecord, 'keyHash'>[] }> {
  const p = await resolvePartner(db, partner);
  const keys = (await listApiKeys(db, p.id)).map(({ keyHash: _hidden, ...rest }) => rest);
  return { partner: p, keys };
}

export interface ApiCaller {
  keyId: number;
  prefix: string;
  partnerId: number;
}

// Compared when the prefix finds no row, so that an unknown prefix costs the same hash and comparison.
const NO_KEY_HASH = hashApiKey('dbk_000000000000_no-such-key');

/**
 * The partner a bearer key belongs to, or null (malformed, unknown, revoked). The stored hash is compared
 * in constant time, and the same work is done whether or not the prefix exists.
 */
export async function authenticateApiKey(
  db: Kysely<Database>,
  clock: Clock,
  presented: string,
): Promise<ApiCaller | null> {
  const match = KEY_PATTERN.exec(presented);
  const presentedHash = Buffer.from(hashApiKey(presented), 'hex');
  const record = match ? await findApiKeyByPrefix(db, match[1] as string) : null;
  const stored = Buffer.from(record?.keyHash ?? NO_KEY_HASH, 'hex');
  const equal = stored.length === presentedHash.length && timingSafeEqual(stored, presentedHash);
  if (!record || !equal || record.revokedAt !== null) return null;
  await touchApiKey(db, record.id, clock.now()).catch(() => {});
  return { keyId: record.id, prefix: record.prefix, partnerId: record.partnerId };
}
