import type { Kysely, Transaction } from 'kysely';
import type { Creditor } from '../../domain/case.ts';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export async function findCreditor(db: Db, id: number): Promise<Creditor | null> {
  const r = await db.selectFrom('creditors').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    name: r.name,
    country: r.country,
    networkSharing: r.network_sharing,
    shadowOfPartnerId: r.shadow_of_partner_id,
  };
}

export async function findCreditorOrThrow(db: Db, id: number): Promise<Creditor> {
  const c = await findCreditor(db, id);
  if (!c) throw new Error(`creditor ${id} does not exist`);
  return c;
}

/** Every creditor's id and name, for naming one in chat. */
export async function listCreditorNames(db: Db): Promise<Array<{ id: number; name: string }>> {
  return db.selectFrom('creditors').select(['id', 'name']).orderBy('id').execute();
}
