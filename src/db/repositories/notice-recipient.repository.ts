import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../database.ts';
import type { NoticeRecipient } from './notice.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

// What the outbox needs to know to decide where one notice goes, read in one go: the recipient's people with
// their chat links on the served surfaces, the organisation's name (and a partner's channel, a creditor's own
// e-mail), and the support staff's languages. The decision itself is made from these facts in
// src/delivery/notice-addresses.ts and notice-routes.ts. The same SQL expression is a column of the outbox's
// claim (claimDueNotices), so a claimed notice arrives with its facts and costs no look-up of its own.

/** One person a notice is for: their chat links on the served surfaces, ordered by workspace id (as the DB sorts). */
export interface FactPerson {
  id: number;
  name: string;
  email: string | null;
  locale: string | null;
  ids: Array<{ s: string; x: string; w: string }>;
}

export interface RecipientFacts {
  /** The recipient's users, by id (none for a channel role). */
  people: FactPerson[];
  /** The creditor or partner itself; null when its row is gone (or for a user or a channel role). */
  org: {
    name: string;
    email?: string | null;
    channel?: string | null;
    /** A partner's workspace per surface: the first (as the DB sorts) its people are linked in. */
    workspaces?: Record<string, string> | null;
  } | null;
  /** The distinct languages of the support staff, who read the three configured channels (channel notices only). */
  supportLocales: string[];
}

const person = (surfaces: RawBuilder<unknown>) => sql`json_build_object(
  'id', u.id, 'name', u.name, 'email', u.email, 'locale', u.locale,
  'ids', (select coalesce(json_agg(json_build_object('s', ci.surface, 'x', ci.external_id, 'w', ci.workspace_id)
                                   order by ci.workspace_id, ci.surface), '[]'::json)
          from chat_identities ci where ci.user_id = u.id and ci.surface = any(${surfaces})))`;

/**
 * The facts of the notice row in scope as `notices` (its recipient_type and recipient_ref), as one json
 * value. Only the branch of the recipient's type runs (a CASE evaluates only the subquery it picks).
 */
export function recipientFactsSql(surfaces: readonly string[]): RawBuilder<unknown> {
  const s = sql`${[...surfaces]}::text[]`;
  const peopleWhere = (where: RawBuilder<unknown>) =>
    sql`(select coalesce(json_agg(${person(s)} order by u.id), '[]'::json) from users u where ${where})`;
  return sql`case when notices.recipient_type = 'channel' then json_build_object(
      'people', '[]'::json, 'org', null,
      'supportLocales', (select coalesce(json_agg(distinct u.locale), '[]'::json) from users u
         where u.role = 'support' and u.locale is not null))
    else json_build_object(
      'people', case notices.recipient_type
        when 'creditor' then ${peopleWhere(sql`u.creditor_id = notices.recipient_ref::integer`)}
        when 'partner' then ${peopleWhere(sql`u.partner_id = notices.recipient_ref::integer`)}
        when 'user' then ${peopleWhere(sql`u.id = notices.recipient_ref::integer`)}
        else '[]'::json end,
      'org', case notices.recipient_type
        when 'creditor' then (select json_build_object('name', c.name, 'email', c.email) from creditors c
                              where c.id = notices.recipient_ref::integer)
        when 'partner' then (select json_build_object('name', p.name, 'channel', p.channel, 'workspaces',
                               (select json_object_agg(w.surface, w.first) from (
                                  select ci.surface, min(ci.workspace_id) as first
                                  from chat_identities ci join users pu on pu.id = ci.user_id
                                  where pu.partner_id = p.id and ci.surface = any(${s})
                                  group by ci.surface) w))
                             from partners p where p.id = notices.recipient_ref::integer)
        end,
      'supportLocales', '[]'::json)
    end`;
}

export function recipientRef(r: NoticeRecipient): string {
  switch (r.type) {
    case 'creditor':
      return String(r.creditorId);
    case 'partner':
      return String(r.partnerId);
    case 'user':
      return String(r.userId);
    case 'channel':
      return r.channel;
  }
}

/** The facts of one recipient, outside a claim (the same expression as the claim's column). */
export async function loadRecipientFacts(
  db: Db,
  recipient: NoticeRecipient,
  surfaces: readonly string[],
): Promise<RecipientFacts> {
  const result = await sql<{ facts: RecipientFacts }>`
    select ${recipientFactsSql(surfaces)} as facts
    from (select ${recipient.type}::text as recipient_type, ${recipientRef(recipient)}::text as recipient_ref) notices`.execute(
    db,
  );
  return (result.rows[0] as { facts: RecipientFacts }).facts;
}
