import { type Kysely, sql, type Transaction } from 'kysely';
import type { ChannelKind, ChannelRegistration } from '../../domain/channel-privacy.ts';
import { compiledOnce } from '../compiled-once.ts';
import type { Database } from '../database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface ChannelPlace {
  surface: 'slack' | 'teams';
  channelId: string;
}

export async function findChannelRegistration(
  db: Db,
  place: ChannelPlace,
): Promise<ChannelRegistration | null> {
  const r = await db
    .selectFrom('channel_registrations')
    .select(['kind', 'partner_id', 'creditor_id'])
    .where('surface', '=', place.surface)
    .where('channel_id', '=', place.channelId)
    .executeTakeFirst();
  return r ? { kind: r.kind as ChannelKind, partnerId: r.partner_id, creditorId: r.creditor_id } : null;
}

/** One registration per channel: registering again replaces what the channel was. */
export async function saveChannelRegistration(
  db: Db,
  row: ChannelPlace & ChannelRegistration & { workspaceId: string; registeredBy: number; at: Date },
): Promise<void> {
  const values = {
    kind: row.kind,
    partner_id: row.partnerId,
    creditor_id: row.creditorId,
    workspace_id: row.workspaceId,
    registered_by: row.registeredBy,
    registered_at: row.at,
  };
  await db
    .insertInto('channel_registrations')
    .values({ surface: row.surface, channel_id: row.channelId, ...values })
    .onConflict((oc) => oc.columns(['surface', 'channel_id']).doUpdateSet(values))
    .execute();
}

export async function deleteChannelRegistration(db: Db, place: ChannelPlace): Promise<boolean> {
  const r = await db
    .deleteFrom('channel_registrations')
    .where('surface', '=', place.surface)
    .where('channel_id', '=', place.channelId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The names of the private-person debtors of these cases (to keep them out of channel messages). */
/**
 * The private-person debtor names of the cases given and of the case a conversation is about, in one
 * statement (one round trip per answer in a channel instead of two; `= any($1)` keeps one statement text,
 * so it is prepared once, whatever the number of ids).
 */
export async function personDebtorNamesWithConversationCase(
  db: Db,
  caseIds: readonly number[],
  conversation: { surface: string; conversationKey: string },
): Promise<string[]> {
  const { rows } = await personDebtorNamesQuery(db, {
    caseIds: [...caseIds],
    surface: conversation.surface,
    conversationKey: conversation.conversationKey,
  });
  return rows.map((r) => r.debtor_name);
}

// Every answer in a shared channel runs it: compiled once (src/db/compiled-once.ts). The list of ids is
// one array parameter, so its length does not change the text.
const personDebtorNamesQuery = compiledOnce(
  (db, a: { caseIds: number[]; surface: string; conversationKey: string }) =>
    db
      .selectFrom('cases')
      .select('debtor_name')
      .where('debtor_type', '=', 'person')
      .where((eb) =>
        eb.or([
          eb('id', '=', sql<number>`any(${a.caseIds}::integer[])`),
          eb(
            'id',
            '=',
            eb
              .selectFrom('conversation_cases')
              .select('case_id')
              .where('surface', '=', a.surface)
              .where('conversation_key', '=', a.conversationKey),
          ),
        ]),
      ),
);

export async function personDebtorNames(db: Db, caseIds: readonly number[]): Promise<string[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('cases')
    .select('debtor_name')
    .where('id', 'in', [...caseIds])
    .where('debtor_type', '=', 'person')
    .execute();
  return rows.map((r) => r.debtor_name);
}
