import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// The rules of the help-centre articles, end to end: a chat message through the conversation engine,
// the use cases and the demo world on real PostgreSQL.

const silent = pino({ level: 'silent' });
const USERS = {
  acme: { id: 1, ext: 'U0ACME' },
  nordic: { id: 3, ext: 'U0NORDIC' },
  lex: { id: 5, ext: 'U0LEX' },
  iberia: { id: 7, ext: 'U0IBERIA' },
  managing: { id: 8, ext: 'U0HANSE' },
  support: { id: 9, ext: 'U0SUPPORT' },
} as const;
type Who = keyof typeof USERS;

describe('the rules of the articles, through the conversation engine', () => {
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
      .select(['status', 'close_code', 'assigned_partner_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const noticesOf = (caseId: number) =>
    handle.db
      .selectFrom('notices')
      .select(['kind', 'recipient_type', 'recipient_ref', 'payload'])
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute();
  const textOf = (n: { payload: unknown }) => String((n.payload as { text?: string }).text ?? '');

  describe('read-only means read-only', () => {
    it('when a managing partner tries to withdraw the case it submitted, then it is refused, told it is read-only and what it can do, and nothing changes', async () => {
      const before = await caseRow(1005);

      const reply = await say('managing', 'withdraw case 1005');

      expect(reply[0]?.text).toMatch(/read-only/);
      expect(reply[0]?.text).toMatch(/status 1005/);
      expect(reply[0]?.text).toMatch(/message the partner/);
      expect(reply[0]?.choices ?? []).toEqual([]);
      expect(await caseRow(1005)).toEqual(before);
    });

    it("when a managing partner tries to accept, decline or close its client's case, then each is refused as read-only", async () => {
      for (const text of [
        'accept 1005',
        'decline 1005, the debtor is bankrupt',
        'close 1005 as uneconomical',
      ]) {
        const reply = await say('managing', text);
        expect(reply[0]?.text, text).toMatch(/read-only/);
        expect(reply[0]?.choices ?? [], text).toEqual([]);
      }
      expect((await caseRow(1005)).status).toBe('pending_verification');
    });

    it("when a managing partner tries to choose a quote or pull back the lead on its client's case, then it is refused as read-only", async () => {
      await confirm('nordic', await say('nordic', 'decline 1005, the debtor is bankrupt'));
      expect((await caseRow(1005)).status).toBe('collecting_quotes');
      await confirm('iberia', await say('iberia', 'quote 1005 at 16%'));
      const quote = await handle.db
        .selectFrom('quotes')
        .select('id')
        .where('partner_id', '=', 6)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();

      const select = await say('managing', `go with quote ${quote.id} on case 1005`);
      const pullback = await say('managing', 'pull back case 1005');

      const quoteItself = await say('managing', 'quote 1005 at 10%');
      const pass = await say('managing', 'no quote on case 1005');

      expect(select[0]?.text).toMatch(/read-only/);
      expect(pullback[0]?.text).toMatch(/read-only/);
      expect(quoteItself[0]?.text).toMatch(/read-only/);
      expect(pass[0]?.text).toMatch(/read-only/);
      expect((await caseRow(1005)).status).toBe('collecting_quotes');
    });

    it('when the quotes on a managed case are ready, then the managing partner is not told to choose one (read-only) but pointed to support', async () => {
      await confirm('nordic', await say('nordic', 'decline 1005, the debtor is bankrupt'));
      await confirm('iberia', await say('iberia', 'quote 1005 at 16%'));
      await confirm('lex', await say('lex', 'no quote on case 1005'));

      const ready = (await noticesOf(1005)).find(
        (n) => n.kind === 'lead.quotes_ready' && n.recipient_type === 'partner',
      );
      expect(ready?.recipient_ref).toBe('2');
      expect(textOf(ready ?? { payload: {} })).not.toContain('go with quote');
      expect(textOf(ready ?? { payload: {} })).toContain('contact Debitura support');
    });

    it("when a managing partner asks for the status of its client's case, then it is shown", async () => {
      const reply = await say('managing', 'status 1005');
      expect(reply[0]?.text).toContain('Case 1005');
      expect(reply[0]?.text).toContain('Pending Verification');
    });
  });

  describe('Paid means the full amount', () => {
    it('when a partner closes as Paid after a partial payment, then it is told Paid is for the full amount and offered Partially paid, and closing that way pays out the partial sum', async () => {
      await confirm('nordic', await say('nordic', 'register payment 5000 DKK on 1008'));

      const asked = await say('nordic', 'close 1008 as paid');

      expect(asked[0]?.text).toContain('DKK 5,000.00 paid of DKK 23,000.00');
      expect(asked[0]?.text).toContain('Partially paid');
      expect(asked[0]?.text).toContain('DKK 18,000.00');
      expect((await caseRow(1008)).status).toBe('active');

      const plan = await confirm('nordic', asked);
      expect(plan[0]?.text).toContain('as *Partially paid*');
      const done = await confirm('nordic', plan);

      expect(done[0]?.text).toContain('Closed as Partially paid');
      expect(await caseRow(1008)).toMatchObject({ status: 'closed', close_code: 'partially_paid' });
      const payout = await handle.db
        .selectFrom('payouts')
        .select('total')
        .where('case_id', '=', 1008)
        .executeTakeFirstOrThrow();
      expect(Number(payout.total)).toBe(5000);
    });

    it('when the payments reach the full amount, then Paid closes without a question', async () => {
      const plan = await say('nordic', 'close 1009 as paid');
      expect(plan[0]?.text).toContain('as *Paid*');
      const done = await confirm('nordic', plan);
      expect(done[0]?.text).toContain('Closed as Paid');
    });
  });

  describe('legal-network partners on a lead', () => {
    it('when an invited legal-network partner says "decline 1015", then it hears leads are not declined and how to pass, and passing works', async () => {
      const refused = await say('iberia', 'decline 1015');

      expect(refused[0]?.text).not.toContain('not one of your cases');
      expect(refused[0]?.text).toContain('leads are not declined');
      expect(refused[0]?.text).toContain('no quote on case 1015');

      const passed = await confirm('iberia', await say('iberia', 'no quote on case 1015'));
      expect(passed[0]?.text).toContain('you will not quote on case 1015');
      const invitation = await handle.db
        .selectFrom('lead_invitations')
        .select('status')
        .where('lead_id', '=', 503)
        .where('partner_id', '=', 6)
        .executeTakeFirstOrThrow();
      expect(invitation.status).toBe('declined');
    });

    it('when a partner whose quote is on a lead tries to accept or close the case, then it is told about its lead, never "not one of your cases"', async () => {
      for (const text of ['accept 1013', 'close 1013 as paid', 'withdraw 1013']) {
        const reply = await say('lex', text);
        expect(reply[0]?.text, text).not.toContain('not one of your cases');
        expect(reply[0]?.text, text).toContain('lead');
      }
    });

    it("when an invited partner asks for the status of the lead's case, then it is told it is invited and how to quote or pass", async () => {
      const reply = await say('iberia', 'status 1015');
      expect(reply[0]?.text).toContain('Case 1015');
      expect(reply[0]?.text).toContain('invited to quote');
      expect(reply[0]?.text).toContain('no quote on case 1015');
    });
  });

  describe('dates in the past', () => {
    it('when the quote window of a lead has passed, then the status says collection ended on that day, not "collecting until"', async () => {
      const reply = await say('acme', 'status 1013');
      expect(reply[0]?.text).toContain('Case 1013');
      expect(reply[0]?.text).not.toMatch(/collecting (quotes )?until/);
      expect(reply[0]?.text).toMatch(/quote collection ended on \d{1,2} \w{3} 2026/);
    });
  });

  describe('a decline reason is checked against the case', () => {
    const declineOf = (caseId: number) =>
      handle.db
        .selectFrom('declines')
        .select(['category', 'creditor_message'])
        .where('case_id', '=', caseId)
        .executeTakeFirstOrThrow();

    it('when a partner declines a claim far above its minimum as "below our minimum", then the decline goes to manual review and the creditor is not told it is below the minimum', async () => {
      const plan = await say('nordic', 'decline 1001, below our minimum');
      expect(plan[0]?.text).toContain('manual review');
      expect(plan[0]?.text).toContain("at or above the partner's minimum of USD 100.00");

      await confirm('nordic', plan);

      const d = await declineOf(1001);
      expect(d.category).toBeNull();
      expect(d.creditor_message).not.toMatch(/below the partner's minimum/i);
      const notices = await noticesOf(1001);
      const toCreditor = notices.find((n) => n.kind === 'case.declined');
      expect(textOf(toCreditor ?? { payload: {} })).not.toMatch(/minimum/i);
      const review = notices.find((n) => n.kind === 'decline.needs_review');
      expect(textOf(review ?? { payload: {} })).toContain('below our minimum');
    });

    it('when a claim really is below the minimum, then the reason stands', async () => {
      await confirm('nordic', await say('nordic', 'decline 1006, below our minimum'));
      expect((await declineOf(1006)).category).toBe('below_minimum');
    });

    it('when a partner declines a debtor in its own coverage as out of jurisdiction, then it goes to manual review', async () => {
      await confirm('nordic', await say('nordic', 'decline 1001, the debtor is outside our jurisdiction'));
      const d = await declineOf(1001);
      expect(d.category).toBeNull();
      expect(d.creditor_message).not.toMatch(/geographic area/);
    });

    it('when a partner declines as a duplicate with no other case for that debtor and creditor, then it goes to manual review', async () => {
      await confirm('nordic', await say('nordic', 'decline 1002, this is a duplicate'));
      const d = await declineOf(1002);
      expect(d.category).toBeNull();
      expect(d.creditor_message).not.toMatch(/already been submitted/);
    });
  });

  describe("the creditor's message is true", () => {
    it('when a decline goes to the network but no partner matches, then the creditor is told nobody was invited yet and support is alerted', async () => {
      await confirm('nordic', await say('nordic', 'decline 1006, below our minimum'));

      const notices = await noticesOf(1006);
      const toCreditor = textOf(notices.find((n) => n.kind === 'case.declined') ?? { payload: {} });
      expect(toCreditor).not.toContain('now being invited');
      expect(toCreditor).toContain('no partner has been invited yet');
      expect(notices.some((n) => n.kind === 'lead.invitation')).toBe(false);
      const alert = notices.find((n) => n.kind === 'lead.no_partners');
      expect(alert?.recipient_type).toBe('channel');
      expect(alert?.recipient_ref).toBe('support');
    });

    it('when the case declined was submitted by a managing partner, then the message is addressed to the managing partner, naming its client', async () => {
      await confirm('nordic', await say('nordic', 'decline 1005, the debtor is bankrupt'));

      const notice = (await noticesOf(1005)).find((n) => n.kind === 'case.declined');
      expect(notice?.recipient_type).toBe('partner');
      expect(notice?.recipient_ref).toBe('2');
      expect(textOf(notice ?? { payload: {} })).toMatch(/^Dear Hanse Inkasso GmbH,/);
      expect(textOf(notice ?? { payload: {} })).toContain('your client Müller Maschinenbau GmbH');
      expect(textOf(notice ?? { payload: {} })).not.toContain('Dear Müller');
    });
  });

  describe('money is written one way', () => {
    it('when a creditor lists the quotes on a case, then a fixed fee is written like every other amount ("DKK 250.00")', async () => {
      const reply = await say('acme', 'quotes on 1013');
      expect(reply[0]?.text).toContain('Quote 702');
      expect(reply[0]?.text).toContain('+ DKK 250.00 fixed fee');
    });
  });
});
