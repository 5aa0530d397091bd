import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// Issue 10: a managing partner is read-only on its client's case, and a shadow client has no users, so
// support chooses the quote on the client's behalf. End to end through the conversation engine.

const silent = pino({ level: 'silent' });
const USERS = {
  acme: { id: 1, ext: 'U0ACME' },
  nordic: { id: 3, ext: 'U0NORDIC' },
  iberia: { id: 7, ext: 'U0IBERIA' },
  managing: { id: 8, ext: 'U0HANSE' },
  support: { id: 9, ext: 'U0SUPPORT' },
} as const;
type Who = keyof typeof USERS;
const HANSE = 2;
const IBERIA = 6;

describe('support selects a quote for a shadow client', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values(Object.values(USERS).map((u) => ({ surface: 'slack', external_id: u.ext, user_id: u.id })))
      .execute();
  });

  const engine = () => createAppConversationEngine({ db: handle.db, logger: silent, clock });
  const say = (who: Who, text: string) =>
    engine().handleMessage({
      surface: 'slack',
      userExternalId: USERS[who].ext,
      conversationKey: `D0${who}`,
      text,
    });
  const confirm = async (who: Who, replies: Reply[]) => {
    const value = replies[0]?.choices?.find((c) => c.label === 'Confirm')?.value;
    if (!value) throw new Error(`no Confirm in ${JSON.stringify(replies)}`);
    return engine().handleChoice({
      surface: 'slack',
      userExternalId: USERS[who].ext,
      conversationKey: `D0${who}`,
      value,
    });
  };
  const caseRow = (id: number) =>
    handle.db
      .selectFrom('cases')
      .select(['status', 'assigned_partner_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const textOf = (n: { payload: unknown }) => String((n.payload as { text?: string }).text ?? '');

  /** Case 1005 (Müller Maschinenbau GmbH, submitted by Hanse Inkasso) on a lead with Iberia's quote. */
  const managedCaseWithQuote = async () => {
    await confirm('nordic', await say('nordic', 'decline 1005, the debtor is bankrupt'));
    await confirm('iberia', await say('iberia', 'quote 1005 at 16%'));
    const quote = await handle.db
      .selectFrom('quotes')
      .select('id')
      .where('partner_id', '=', IBERIA)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect((await caseRow(1005)).status).toBe('collecting_quotes');
    return quote.id;
  };

  it("when support selects a quote on a managed case for the client, then the confirmation names the client and the partners, and once confirmed the case goes to the quote's partner, recorded as done by support for the client, with the managing partner told", async () => {
    const quoteId = await managedCaseWithQuote();

    const plan = await say('support', `select quote ${quoteId} on case 1005 for the client`);

    expect(plan[0]?.text).toContain(`Select quote ${quoteId} from Iberia Legal Abogados`);
    expect(plan[0]?.text).toContain('on behalf of the client Müller Maschinenbau GmbH');
    expect(plan[0]?.text).toContain('Hanse Inkasso GmbH');
    expect((await caseRow(1005)).status).toBe('collecting_quotes');

    const done = await confirm('support', plan);

    expect(done[0]?.text).toContain(`Quote ${quoteId} selected on behalf of Müller Maschinenbau GmbH`);
    expect(await caseRow(1005)).toEqual({ status: 'active', assigned_partner_id: IBERIA });
    const history = await handle.db
      .selectFrom('case_history')
      .select(['actor_user_id', 'details'])
      .where('case_id', '=', 1005)
      .where('action', '=', 'quote.select')
      .executeTakeFirstOrThrow();
    expect(history.actor_user_id).toBe(USERS.support.id);
    expect(history.details).toMatchObject({ quoteId, onBehalfOf: { name: 'Müller Maschinenbau GmbH' } });
    const notices = await handle.db
      .selectFrom('notices')
      .select(['kind', 'recipient_type', 'recipient_ref', 'payload'])
      .where('case_id', '=', 1005)
      .where('kind', 'in', ['quote.accepted', 'quote.selected_for_client'])
      .orderBy('id')
      .execute();
    expect(notices.map((n) => [n.kind, n.recipient_ref])).toEqual([
      ['quote.accepted', String(IBERIA)],
      ['quote.selected_for_client', String(HANSE)],
    ]);
    const told = textOf(notices[1] ?? { payload: {} });
    expect(told).toContain('on behalf of your client Müller Maschinenbau GmbH');
    expect(told).toMatch(/[.!?]$/);
  });

  it('when support tries to select a quote on a case whose creditor has users of its own, then it is refused and the creditor still selects its own', async () => {
    const refused = await say('support', 'select quote 702 on case 1013 for the client');

    expect(refused[0]?.text).toContain('has users of its own');
    expect(refused[0]?.choices ?? []).toEqual([]);
    expect((await caseRow(1013)).status).toBe('collecting_quotes');

    await confirm('acme', await say('acme', 'go with quote 702 on case 1013'));
    expect((await caseRow(1013)).status).toBe('active');
    const history = await handle.db
      .selectFrom('case_history')
      .select(['actor_user_id', 'details'])
      .where('case_id', '=', 1013)
      .where('action', '=', 'quote.select')
      .executeTakeFirstOrThrow();
    expect(history.actor_user_id).toBe(USERS.acme.id);
    expect(history.details).not.toHaveProperty('onBehalfOf');
  });

  it('when the quotes of a managed case are listed, then support is told how to choose for the client and the managing partner is pointed to support, not told to choose', async () => {
    const quoteId = await managedCaseWithQuote();

    const toSupport = await say('support', 'quotes on 1005');
    const toManaging = await say('managing', 'quotes on 1005');

    expect(toSupport[0]?.text).toContain(`select quote ${quoteId} on case 1005 for the client`);
    expect(toManaging[0]?.text).toContain(`Quote ${quoteId} from Iberia Legal Abogados`);
    expect(toManaging[0]?.text).not.toContain('go with quote');
    expect(toManaging[0]?.text).toContain('contact Debitura support');
  });
});
