import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';
import { insertCase } from '../helpers/world.ts';

// Issue 10: the help-centre rules that were not reachable from chat, said to the real engine on the real
// database in the users' own words: a creditor takes a case to legal, a creditor (or support) reads and
// changes network sharing, a partner opens a commission case. Every change is confirmed first; the
// refusals are sentences; a second confirmation does nothing twice.

const silent = pino({ level: 'silent' });
const PEOPLE = {
  anna: 1, // acme-creditor (Acme ApS, DK, sharing on)
  erik: 2, // fjord-creditor (Fjord Supplies AB, SE, sharing off)
  mikkel: 3, // nordic-partner (Nordic Collect A/S: DK, SE, NO, FI)
  jonas: 8, // managing-partner (Hanse Inkasso GmbH: DE, AT)
  sam: 9, // support-agent
} as const;
type Person = keyof typeof PEOPLE;

describe('issue 10 commands in chat', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-12-07T10:00:00Z');
  useDemoWorld(clock, '2026-12-07T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values(
        Object.entries(PEOPLE).map(([who, id]) => ({
          surface: 'slack',
          external_id: `U-${who}`,
          user_id: id,
        })),
      )
      .execute();
  });

  const engine = () => createAppConversationEngine({ db: handle.db, logger: silent, clock });
  const says = (who: Person, text: string): IncomingMessage => ({
    surface: 'slack',
    userExternalId: `U-${who}`,
    conversationKey: `D-${who}`,
    text,
  });
  const confirmValue = (replies: Reply[]) => {
    const value = replies[0]?.choices?.find((c) => c.label === 'Confirm')?.value;
    if (!value) throw new Error(`no Confirm in ${JSON.stringify(replies)}`);
    return value;
  };
  const click = (e: ReturnType<typeof engine>, who: Person, value: string) =>
    e.handleChoice({ surface: 'slack', userExternalId: `U-${who}`, conversationKey: `D-${who}`, value });
  const caseRow = (id: number) =>
    handle.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  describe('legal escalation (creditor)', () => {
    it('when the creditor asks to take a case past its collection period to court and confirms, then the legal network is invited, the partner told to stop, once', async () => {
      const e = engine();

      const asked = await e.handleMessage(says('anna', 'we want to take 1010 to court'));
      const before = await caseRow(1010);
      const value = confirmValue(asked);
      const done = await click(e, 'anna', value);
      const twice = await click(e, 'anna', value);
      const again = await e.handleMessage(says('anna', 'escalate case 1010 to legal'));

      expect(asked[0]?.text).toContain('Escalate case 1010 (Kolding Transport A/S) to legal?');
      expect(asked[0]?.text).toContain(
        "Nordic Collect A/S's pre-legal assignment ends as Pre-Legal Exhausted",
      );
      expect(before.status).toBe('active');
      expect(done[0]?.text).toMatch(
        /^Case 1010 is escalated to legal: 2 legal-network partners are invited to quote \(lead \d+\); Nordic Collect A\/S has been told to stop collection\./,
      );
      expect(twice.map((r) => r.text).join(' ')).not.toContain('is escalated to legal');
      expect(again[0]?.text).toContain('Case 1010 is already escalated to legal');
      expect(again[0]?.choices).toBeUndefined();

      const after = await caseRow(1010);
      expect(after).toMatchObject({ status: 'collecting_quotes', assigned_partner_id: null });
      const leads = await handle.db.selectFrom('leads').selectAll().where('case_id', '=', 1010).execute();
      expect(leads).toHaveLength(1);
      expect(leads[0]).toMatchObject({
        origin: 'legal_escalation',
        status: 'qualified',
        excluded_partner_ids: [1],
      });
      const invited = await handle.db
        .selectFrom('lead_invitations')
        .select('partner_id')
        .where('lead_id', '=', leads[0]?.id as number)
        .orderBy('partner_id')
        .execute();
      // Legal-network partners covering Syddanmark, DK: Lex (4) and Iberia (6); JurisNet covers Hovedstaden only.
      expect(invited.map((i) => i.partner_id)).toEqual([4, 6]);
      const assignment = await handle.db
        .selectFrom('case_assignments')
        .selectAll()
        .where('case_id', '=', 1010)
        .executeTakeFirstOrThrow();
      expect(assignment.outcome).toBe('prelegal_exhausted');
      expect(assignment.ended_at).not.toBeNull();
      const notices = await handle.db
        .selectFrom('notices')
        .select(['kind', 'recipient_ref'])
        .where('case_id', '=', 1010)
        .orderBy('id')
        .execute();
      expect(notices).toEqual([
        { kind: 'lead.invitation', recipient_ref: '4' },
        { kind: 'lead.invitation', recipient_ref: '6' },
        { kind: 'case.escalated', recipient_ref: '1' },
      ]);
      const history = await handle.db
        .selectFrom('case_history')
        .select(['action', 'from_status', 'to_status'])
        .where('case_id', '=', 1010)
        .where('action', 'in', ['case.escalate', 'lead.opened'])
        .orderBy('id')
        .execute();
      expect(history).toEqual([
        { action: 'case.escalate', from_status: 'active', to_status: 'collecting_quotes' },
        { action: 'lead.opened', from_status: null, to_status: null },
      ]);
    });

    it('when a case was closed as Pre-Legal Exhausted recently, then it can be escalated; a case closed as Paid cannot', async () => {
      await handle.db
        .updateTable('cases')
        .set({
          status: 'closed',
          close_code: 'prelegal_exhausted',
          closed_at: new Date('2026-11-20T10:00:00Z'),
        })
        .where('id', '=', 1010)
        .execute();
      const e = engine();

      const asked = await e.handleMessage(says('anna', 'please send case 1010 to our lawyers'));
      const done = await click(e, 'anna', confirmValue(asked));
      const paid = await e.handleMessage(says('anna', 'escalate 1016 to legal'));

      expect(asked[0]?.text).toContain('it reopens for legal action');
      expect(done[0]?.text).toContain('Case 1010 is escalated to legal');
      expect(done[0]?.text).not.toContain('told to stop');
      expect((await caseRow(1010)).status).toBe('collecting_quotes');
      expect(paid[0]?.text).toBe(
        "Case 1016 is closed as Paid, so it can't go to legal: only a case closed as Pre-Legal Exhausted (within 90 days) or an Active case whose collection period has ended can.",
      );
    });

    it('when the partner, another creditor, or the creditor within the collection period asks, then it is refused with the reason and nothing changes', async () => {
      const e = engine();

      const partner = await e.handleMessage(says('mikkel', 'escalate 1010 to legal'));
      const stranger = await e.handleMessage(says('erik', 'escalate 1010 to legal'));
      const early = await e.handleMessage(says('anna', 'take case 1008 to court'));
      const managing = await e.handleMessage(says('jonas', 'escalate 1005 to legal'));

      expect(partner[0]?.text).toBe(
        'Only the creditor of case 1010 can escalate it. You work case 1010: you can register payments on it and close it with a close code.',
      );
      expect(stranger[0]?.text).toBe("Case 1010 is not one of your cases, so you can't see or change it.");
      expect(early[0]?.text).toMatch(
        /^Case 1008 is still in its pre-legal collection period \(until \d+ \w+ 2027\), so it can't go to legal yet\./,
      );
      expect(managing[0]?.text).toContain(
        'You submitted case 1005 for your client, so your access to it is read-only: you can follow it (say "status 1005") and message the partner working it in the case chat (say "message the partner on 1005: …"), but you can\'t escalate it. To act for your client, contact Debitura support.',
      );
      for (const r of [partner, stranger, early, managing]) expect(r[0]?.choices).toBeUndefined();
      expect((await caseRow(1010)).status).toBe('active');
      expect((await caseRow(1008)).status).toBe('active');
    });

    it('when the creditor asks whether to escalate, or says not to, then nothing is offered for confirmation', async () => {
      const e = engine();

      const question = await e.handleMessage(says('anna', 'should we escalate 1010?'));
      const negated = await e.handleMessage(says('anna', "don't take 1010 to court"));
      const bare = await e.handleMessage(says('anna', 'escalate to legal'));

      expect(question[0]?.text).toBe(
        'Case 1010 can be escalated to legal now: its pre-legal collection is over. Say "escalate 1010 to legal" to open a lead for the legal network.',
      );
      expect(question[0]?.choices).toBeUndefined();
      const early = await e.handleMessage(says('anna', 'can 1008 go to court?'));
      expect(early[0]?.text).toMatch(/^Case 1008 is still in its pre-legal collection period/);
      expect(negated[0]?.choices).toBeUndefined();
      expect(bare[0]?.text).toBe('Which case do you mean? Please give the case number.');
      expect((await caseRow(1010)).status).toBe('active');
    });

    it('when a partner answers a decline question with words about court, then it is the decline reason, not an escalation', async () => {
      const e = engine();

      await e.handleMessage(says('mikkel', 'decline 1001'));
      const answered = await e.handleMessage(
        says('mikkel', 'the debtor disputes the invoice, it needs to go to court'),
      );

      expect(answered[0]?.text).toContain('1001');
      expect(answered[0]?.text).not.toContain('escalate');
      expect(answered[0]?.text).not.toContain('Which case do you mean?');
    });

    it('when the creditor asks without a case number, then the number it gives next is the case to confirm', async () => {
      const e = engine();

      await e.handleMessage(says('anna', 'we want to go to court'));
      const asked = await e.handleMessage(says('anna', '1010'));
      const done = await click(e, 'anna', confirmValue(asked));

      expect(asked[0]?.text).toContain('Escalate case 1010 (Kolding Transport A/S) to legal?');
      expect(done[0]?.text).toContain('Case 1010 is escalated to legal');
    });
  });

  describe('network sharing (creditor account setting)', () => {
    const sharing = async (creditorId: number) =>
      (
        await handle.db
          .selectFrom('creditors')
          .select('network_sharing')
          .where('id', '=', creditorId)
          .executeTakeFirstOrThrow()
      ).network_sharing;

    it('when the creditor asks for its setting and turns it off after confirming, then it is off, audited once, and the next decline closes the case', async () => {
      const e = engine();

      const shown = await e.handleMessage(says('anna', 'is network sharing on?'));
      const asked = await e.handleMessage(says('anna', 'turn off sharing with other partners'));
      const before = await sharing(1);
      const value = confirmValue(asked);
      const done = await click(e, 'anna', value);
      await click(e, 'anna', value);
      const again = await e.handleMessage(says('anna', 'switch network sharing off'));
      const declined = await e.handleMessage(says('mikkel', 'decline 1002, the debtor died last month'));
      const declineDone = await click(e, 'mikkel', confirmValue(declined));

      expect(shown[0]?.text).toBe(
        'Network sharing is *on* for your account: when a partner declines one of your cases, the case goes to the partner network so other partners can quote. Say "turn off network sharing" to change it.',
      );
      expect(asked[0]?.text).toContain('Turn network sharing *off* for Acme ApS?');
      expect(asked[0]?.text).toContain('Cases declined before the change stay as they are.');
      expect(before).toBe(true);
      expect(done[0]?.text).toBe(
        'Network sharing is now off for Acme ApS: from now on, when a partner declines one of your cases, the case is closed. Cases declined before stay as they are.',
      );
      expect(await sharing(1)).toBe(false);
      expect(again[0]?.text).toBe('Network sharing is already off for Acme ApS: nothing to change.');
      const audit = await handle.db.selectFrom('creditor_history').selectAll().execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        creditor_id: 1,
        actor_user_id: 1,
        channel: 'slack',
        action: 'creditor.network_sharing',
        details: { from: true, to: false, byRole: 'creditor' },
      });
      expect(declineDone[0]?.text).toContain('network sharing is off, so it is Closed as Case never started');
    });

    it('when support names a creditor, then it reads and changes that creditor’s setting and the creditor is told', async () => {
      const e = engine();

      const unnamed = await e.handleMessage(says('sam', 'is network sharing on?'));
      const shown = await e.handleMessage(says('sam', 'is network sharing on for Fjord Supplies?'));
      const asked = await e.handleMessage(says('sam', 'enable network sharing for Fjord Supplies'));
      const done = await click(e, 'sam', confirmValue(asked));

      expect(unnamed[0]?.text).toContain('Which creditor?');
      expect(shown[0]?.text).toContain('Network sharing is *off* for Fjord Supplies AB');
      expect(asked[0]?.text).toContain('Turn network sharing *on* for Fjord Supplies AB?');
      expect(done[0]?.text).toContain('Network sharing is now on for Fjord Supplies AB');
      expect(await sharing(2)).toBe(true);
      const notice = await handle.db
        .selectFrom('notices')
        .select(['kind', 'recipient_type', 'recipient_ref'])
        .where('kind', '=', 'creditor.network_sharing')
        .execute();
      expect(notice).toEqual([
        { kind: 'creditor.network_sharing', recipient_type: 'creditor', recipient_ref: '2' },
      ]);
    });

    it('when a partner or another creditor tries to change it, or a creditor says not to, then nothing changes', async () => {
      const e = engine();

      const partner = await e.handleMessage(says('mikkel', 'turn off network sharing for Acme ApS'));
      const other = await e.handleMessage(says('erik', 'turn off network sharing for Acme ApS'));
      const negated = await e.handleMessage(says('anna', "don't turn off network sharing"));

      expect(partner[0]?.text).toBe(
        "Network sharing is a creditor's own account setting: only the creditor's users (or Debitura support) can see or change it.",
      );
      expect(other[0]?.text).toBe("You can only see or change your own organisation's account settings.");
      for (const r of [partner, other, negated]) expect(r[0]?.choices).toBeUndefined();
      expect(await sharing(1)).toBe(true);
      expect(await handle.db.selectFrom('creditor_history').selectAll().execute()).toEqual([]);
    });
  });

  describe('commission case (partner)', () => {
    /** Hanse Inkasso (DE, AT) recovered a debt for Acme ApS (DK): Acme owes it 1,250 EUR of success fee. */
    const arrangeFee = async () => {
      const c = await insertCase(handle.db, {
        creditorId: 1,
        assignedPartnerId: 2,
        debtorCountry: 'DE',
        status: 'closed',
        closeCode: 'paid',
        principal: 5000,
        currency: 'EUR',
      });
      await handle.db
        .insertInto('payouts')
        .values({
          case_id: c.id,
          total: 5000,
          creditor_amount: 3750,
          partner_amount: 1250,
          commission_rate: 0.25,
          currency: 'EUR',
        })
        .execute();
      return c.id;
    };

    it('when a partner opens a commission case against a creditor that owes it a fee and confirms, then the prefilled case is submitted once', async () => {
      const feeCase = await arrangeFee();
      const e = engine();

      const asked = await e.handleMessage(says('jonas', 'open a commission case against Acme ApS'));
      const value = confirmValue(asked);
      const done = await click(e, 'jonas', value);
      await click(e, 'jonas', value);
      const again = await e.handleMessage(says('jonas', `bill Acme for our success fee on case ${feeCase}`));

      expect(asked[0]?.text).toContain(
        'Open a commission case against Acme ApS for EUR 1,250.00 (Unpaid Invoice)?',
      );
      expect(asked[0]?.text).toContain(
        `comment: "Unpaid success fee owed for recovered debt on case ${feeCase}."`,
      );
      expect(done[0]?.text).toMatch(
        /^Commission case (\d+) against Acme ApS for EUR 1,250\.00 is opened\. Case \1 is submitted for Hanse Inkasso GmbH/,
      );
      const opened = await handle.db
        .selectFrom('cases')
        .selectAll()
        .where('debtor_name', '=', 'Acme ApS')
        .execute();
      expect(opened).toHaveLength(1);
      expect(opened[0]).toMatchObject({
        debtor_type: 'company',
        debtor_country: 'DK',
        claim_type: 'unpaid_invoice',
        principal: '1250.00',
        currency: 'EUR',
        managing_partner_id: 2,
        description: `Unpaid success fee owed for recovered debt on case ${feeCase}.`,
      });
      expect(again[0]?.text).toBe(
        `You already opened commission case ${opened[0]?.id} against Acme ApS for this fee. Say "status ${opened[0]?.id}" to follow it.`,
      );
    });

    it('when the creditor owing the fee is in a jurisdiction the partner covers, then it is refused under the own-jurisdiction rule and support is named', async () => {
      const e = engine();

      const refused = await e.handleMessage(says('mikkel', 'bill Acme for our success fee on case 1016'));

      expect(refused[0]?.text).toBe(
        'Acme ApS is in DK, a jurisdiction your organisation covers itself, so a commission case against it would be routed back to you: commission cases follow the same own-jurisdiction rule as every submission. Contact Debitura support about collecting the fee.',
      );
      expect(refused[0]?.choices).toBeUndefined();
    });

    it('when a creditor asks, or a partner is owed nothing, or asks whether to, then nothing is submitted', async () => {
      const e = engine();
      const count = async () => (await handle.db.selectFrom('cases').select('id').execute()).length;
      const before = await count();

      const creditor = await e.handleMessage(says('anna', 'open a commission case against Fjord Supplies'));
      const nothing = await e.handleMessage(
        says('jonas', 'open a commission case against Fjord Supplies for 900 EUR'),
      );
      const question = await e.handleMessage(says('jonas', 'should we open a commission case against Acme?'));

      expect(creditor[0]?.text).toBe(
        'Only a collection partner can open a commission case, for a success fee a creditor owes it.',
      );
      expect(nothing[0]?.text).toBe(
        "Fjord Supplies AB owes your organisation no success fee on the platform's records, so there is nothing to prefill.",
      );
      for (const r of [creditor, nothing, question]) expect(r[0]?.choices).toBeUndefined();
      expect(await count()).toBe(before);
    });
  });

  it('help shows each role its new commands', async () => {
    const e = engine();
    const creditor = (await e.handleMessage(says('anna', 'help')))[0]?.text ?? '';
    const partner = (await e.handleMessage(says('mikkel', 'help')))[0]?.text ?? '';

    expect(creditor).toContain('*escalate 1010 to legal*');
    expect(creditor).toContain('*is network sharing on?*');
    expect(creditor).not.toContain('commission case');
    expect(partner).toContain('*open a commission case against Acme ApS*');
    expect(partner).not.toContain('network sharing');
  });
});
