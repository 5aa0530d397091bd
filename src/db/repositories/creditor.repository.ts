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

/** The creditor, its row locked until the transaction ends: two changes of a setting queue here. */
export async function lockCreditor(trx: Transaction<Database>, id: number): Promise<Creditor | null> {
  const r = await trx
    .selectFrom('creditors')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return r ? findCreditor(trx, r.id) : null;
}

/** A creditor named in chat: its id, or its name (case-insensitive, whole or the start of it). */
export async function findCreditorsNamed(
  db: Db,
  said: string,
): Promise<Array<{ id: number; name: string; country: string; shadow: boolean }>> {
  const text = said.trim();
  const rows = await db
    .selectFrom('creditors')
    .select(['id', 'name', 'country', 'shadow_of_partner_id'])
    .where((eb) =>
      /^\d{1,9}$/.test(text)
        ? eb('id', '=', Number(text))
        : eb(eb.fn('lower', ['name']), 'like', `${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
    )
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    country: r.country.trim(),
    shadow: r.shadow_of_partner_id !== null,
  }));
}

export function setNetworkSharingWrite(db: Db, creditorId: number, on: boolean) {
  return db.updateTable('creditors').set({ network_sharing: on }).where('id', '=', creditorId);
}

export interface CreditorHistoryEntry {
  creditorId: number;
  actorUserId: number | null;
  channel: string;
  action: string;
  details: Record<string, unknown>;
  at: Date;
}

/** Appends to a creditor's account history; there is deliberately no update or delete here. */
export function appendCreditorHistoryWrite(db: Db, entry: CreditorHistoryEntry) {
  return db.insertInto('creditor_history').values({
    creditor_id: entry.creditorId,
    actor_user_id: entry.actorUserId !== null && entry.actorUserId > 0 ? entry.actorUserId : null,
    channel: entry.channel,
    action: entry.action,
    details: JSON.stringify(entry.details),
    created_at: entry.at,
  });
}

export async function listCreditorHistory(db: Db, creditorId: number) {
  return db
    .selectFrom('creditor_history')
    .selectAll()
    .where('creditor_id', '=', creditorId)
    .orderBy('id')
    .execute();
}
