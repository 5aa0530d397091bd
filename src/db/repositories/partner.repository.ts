import type { Kysely, Transaction } from 'kysely';
import type { Partner } from '../../domain/case.ts';
import type { PartnerType } from '../../domain/ids.ts';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export async function findPartner(db: Db, id: number): Promise<Partner | null> {
  const r = await db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    name: r.name,
    type: r.type as PartnerType,
    minimumThresholdUsd: r.minimum_threshold_usd,
    sdcaSignedAt: r.sdca_signed_at,
    channel: r.channel,
  };
}

/** Every partner's id and name (a handful of rows): to tell a name in a message that matches no quote. */
export async function listPartnerNames(db: Db): Promise<Array<{ id: number; name: string }>> {
  return db.selectFrom('partners').select(['id', 'name']).orderBy('id').execute();
}

export async function findPartnerOrThrow(db: Db, id: number): Promise<Partner> {
  const p = await findPartner(db, id);
  if (!p) throw new Error(`partner ${id} does not exist`);
  return p;
}
