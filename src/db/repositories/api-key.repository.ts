import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface ApiKeyRecord {
  id: number;
  partnerId: number;
  prefix: string;
  keyHash: string;
  label: string;
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

function toRecord(r: {
  id: number;
  partner_id: number;
  prefix: string;
  key_hash: string;
  label: string;
  created_by: string;
  created_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
}): ApiKeyRecord {
  return {
    id: r.id,
    partnerId: r.partner_id,
    prefix: r.prefix,
    keyHash: r.key_hash,
    label: r.label,
    createdBy: r.created_by,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  };
}

export async function insertApiKey(
  db: Db,
  key: { partnerId: number; prefix: string; keyHash: string; label: string; createdBy: string; at: Date },
): Promise<ApiKeyRecord> {
  const row = await db
    .insertInto('api_keys')
    .values({
      partner_id: key.partnerId,
      prefix: key.prefix,
      key_hash: key.keyHash,
      label: key.label,
      created_by: key.createdBy,
      created_at: key.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

export async function findApiKeyByPrefix(db: Db, prefix: string): Promise<ApiKeyRecord | null> {
  const row = await db.selectFrom('api_keys').selectAll().where('prefix', '=', prefix).executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function listApiKeys(db: Db, partnerId: number): Promise<ApiKeyRecord[]> {
  const rows = await db
    .selectFrom('api_keys')
    .selectAll()
    .where('partner_id', '=', partnerId)
    .orderBy('id')
    .execute();
  return rows.map(toRecord);
}

/** Revokes the key with this prefix; null when there is none, the record as it was when already revoked. */
export async function revokeApiKeyByPrefix(
  db: Db,
  prefix: string,
  by: string,
  at: Date,
): Promise<{ record: ApiKeyRecord; revokedNow: boolean } | null> {
  const updated = await db
    .updateTable('api_keys')
    .set({ revoked_at: at, revoked_by: by })
    .where('prefix', '=', prefix)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (updated) return { record: toRecord(updated), revokedNow: true };
  const existing = await findApiKeyByPrefix(db, prefix);
  return existing ? { record: existing, revokedNow: false } : null;
}

/** When the key was last used, at most once a minute per key (no write on every request). */
export async function touchApiKey(db: Db, id: number, at: Date): Promise<void> {
  await db
    .updateTable('api_keys')
    .set({ last_used_at: at })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(at.getTime() - 60_000))]),
    )
    .execute();
}
