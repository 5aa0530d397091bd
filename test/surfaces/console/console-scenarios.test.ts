import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';
import { consoleTranscript } from './console-session.ts';

// Every flow of the help-centre articles, typed into the console as a user would, on the demo world.

describe('the console, end to end on the demo world', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });

  const chat = (as: string, lines: string[]) => consoleTranscript(handle, clock, as, lines);
  const caseRow = (id: number) =>
    handle.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('when a partner declines a case of a creditor that shares with the network, then after confirming the creditor is told and the network is invited', async () => {
    const out = await chat('nordic-partner', ['decline 1002, the debtor died last month', '1']);

    expect(out).toContain('Please confirm');
    expect(out).toContain('Insolvency or ceased');
    expect(out).toMatch(/→ DM to Acme ApS: .*1002/s);
    expect(out).toMatch(/→ DM to Lex & Partners Advokatfirma: New lead/);
    expect((await caseRow(1002)).status).toBe('collecting_quotes');
  });

  it('when a partner declines a case of a creditor with network sharing off, then the case is closed and the creditor told', async () => {
    const out = await chat('nordic-partner', [
      'decline 1003, we represent the debtor in another matter',
      '1',
    ]);

    expect(out).toContain('Conflict of interest');
    expect(out).toMatch(/→ DM to Fjord Supplies AB: .*1003/s);
    const c = await caseRow(1003);
    expect(c.status).toBe('closed');
    expect(c.close_code).toBe('case_never_started');
  });

  it('when the reason is missing, then it is asked for in the same conversation and the answer completes the decline', async () => {
    const out = await chat('nordic-partner', ['decline case 1002', 'the debtor died', '1']);

    expect(out).toContain('What is the reason for declining case 1002?');
    expect(out).toContain('Please confirm');
    expect((await caseRow(1002)).status).toBe('collecting_quotes');
  });

  it('when the reason is too vague, then a specific, factual one is asked for and nothing is declined', async () => {
    const out = await chat('nordic-partner', ['decline 1002', 'because']);

    expect(out).toContain('specific, factual reason');
    expect((await caseRow(1002)).status).toBe('pending_verification');
  });

  it('when a conversation is about a case, then "decline it, duplicate" names that case', async () => {
    const out = await chat('nordic-partner', ['status 1002', 'decline it, duplicate', '1']);

    expect(out).toMatch(/Decline case 1002.*Duplicate/s);
    expect((await caseRow(1002)).status).toBe('collecting_quotes');
  });

  it('when an active case is declined, then the user hears at once why not, and nothing is asked', async () => {
    const out = await chat('nordic-partner', ['decline case 1008']);

    expect(out).toMatch(/Case 1008 .*Active.*can no longer be declined/);
    expect(out).not.toContain('What is the reason');
  });

  it('when a payment is registered and the case then closed as paid, then a payout is created and the creditor told', async () => {
    const out = await chat('nordic-partner', [
      'payment of 23,000 DKK received on 1008',
      '1',
      'close 1008 as paid',
      '1',
    ]);

    expect(out).toContain('Payout created');
    expect(out).toMatch(/→ DM to Acme ApS: .*1008.*Paid/);
    const c = await caseRow(1008);
    expect(c.status).toBe('closed');
    expect(c.close_code).toBe('paid');
    const payouts = await handle.db.selectFrom('payouts').selectAll().where('case_id', '=', 1008).execute();
    expect(payouts).toHaveLength(1);
  });

  it('when a case is closed as other with a telling comment, then a specific code is offered and taken only when chosen', async () => {
    const out = await chat('nordic-partner', ['close 1008 as other, the debtor went bankrupt', '1', '1']);

    expect(out).toContain('Use Debtor Insolvent/Bankrupt');
    expect(out).toContain('Keep Other');
    expect((await caseRow(1008)).close_code).toBe('debtor_insolvent');
  });

  it('when the user keeps other, then the case closes as other and the suggestion goes to the close-code channel', async () => {
    const out = await chat('nordic-partner', ['close 1008 as other, the debtor went bankrupt', '2', '1']);

    expect((await caseRow(1008)).close_code).toBe('other');
    expect(out).toMatch(/→ #close-codes: .*1008/);
  });

  it('when pre-legal exhausted is chosen before the period ends, then the reason is shown and a second confirmation is needed', async () => {
    const out = await chat('nordic-partner', ['close 1011 prelegal exhausted', '1']);

    expect(out).toContain('Are you sure?');
    expect(out).toContain('collection period runs until');
    expect((await caseRow(1011)).status).toBe('active');

    await chat('nordic-partner', ['close 1011 prelegal exhausted', '1', '1']);
    expect((await caseRow(1011)).close_code).toBe('prelegal_exhausted');
  });

  it('when quotes are ready and the creditor selects one, then the others are declined and every partner is told', async () => {
    const out = await chat('acme-creditor', ['quotes on 1013', 'go with quote 702 on case 1013', '1']);

    expect(out).toContain('Quote 702 from JurisNet');
    expect(out).toMatch(/→ DM to JurisNet Advokatbyrå: .*selected/);
    expect(out).toMatch(/→ DM to Lex & Partners Advokatfirma: .*not selected/);
    expect(out).toMatch(/→ DM to Iberia Legal Abogados: .*not selected/);
    const quotes = await handle.db
      .selectFrom('quotes')
      .select(['id', 'status'])
      .where('lead_id', '=', 501)
      .orderBy('id')
      .execute();
    expect(quotes.map((q) => q.status)).toEqual(['declined', 'accepted', 'declined']);
    expect((await caseRow(1013)).status).toBe('active');
  });

  it('when the creditor withdraws within the collection period, then the case is paused and the partner gets the standard message', async () => {
    const out = await chat('acme-creditor', ['withdraw 1008', '1']);

    expect((await caseRow(1008)).status).toBe('paused');
    expect(out).toMatch(/→ DM to Nordic Collect A\/S: .*1008/);
  });

  it('when the creditor withdraws after the collection period, then the case is closed as withdrawn by client', async () => {
    const out = await chat('acme-creditor', ['withdraw 1010', '1']);

    const c = await caseRow(1010);
    expect(c.close_code).toBe('withdrawn_by_client');
    expect(out).toMatch(/→ DM to Nordic Collect A\/S: .*stop all collection/);
  });

  it("when a partner acts on another partner's case, then it is refused and nothing changes", async () => {
    const out = await chat('lex-partner', ['accept 1001']);

    expect(out).toContain('not one of your cases');
    expect(out).not.toContain('Please confirm');
    expect((await caseRow(1001)).status).toBe('pending_verification');
  });

  it('when a creditor tries to decline a case, then it is refused', async () => {
    const out = await chat('acme-creditor', ['decline 1002, the debtor died']);

    expect(out).not.toContain('Please confirm');
    expect((await caseRow(1002)).status).toBe('pending_verification');
  });

  it('when someone not linked writes, then they are told how to get linked and nothing else', async () => {
    const out = await chat('stranger', ['accept 1001', 'help']);

    expect(out).toContain('ask support to link your console account');
    expect(out).not.toContain('Please confirm');
    expect(out).not.toContain('What I can do');
  });

  it('when someone else picks the confirmation, then it is refused and only the asker can confirm', async () => {
    const out = await chat('nordic-partner', [
      'accept 1001',
      '/as acme-creditor',
      '1',
      '/as nordic-partner',
      '1',
    ]);

    expect(out).toContain('Only Mikkel Sørensen can answer this');
    expect((await caseRow(1001)).status).toBe('active');
  });

  it('when Confirm is picked and "1" typed again, then the spent confirmation is not clicked again and the action runs once', async () => {
    const out = await chat('nordic-partner', ['accept 1001', '1', '1']);

    // The answer "accepted" superseded the confirmation: the second "1" is a message, not a click.
    expect(out).not.toContain('already used');
    const history = await handle.db
      .selectFrom('case_history')
      .select('action')
      .where('case_id', '=', 1001)
      .where('action', '=', 'case.accept')
      .execute();
    expect(history).toHaveLength(1);
  });

  it('when the user cancels, then nothing changes', async () => {
    const out = await chat('nordic-partner', ['accept 1001', '2']);

    expect(out).toContain('Cancelled; nothing was changed.');
    expect((await caseRow(1001)).status).toBe('pending_verification');
  });

  it('when a partner asks for help, then an exclusive partner is offered accept and decline, a legal-network partner only what it can do', async () => {
    const exclusive = await chat('nordic-partner', ['help']);
    const legalNetwork = await chat('lex-partner', ['help']);

    expect(exclusive).toMatch(/decline 123/);
    expect(legalNetwork).toMatch(/quote 25% on 123/);
    expect(legalNetwork).not.toMatch(/decline 123|accept 123/);
  });

  it('when a form question offers options, then the number of an option picks it, as with every console choice', async () => {
    await chat('managing-partner', [
      'submit a case',
      'Schmidt Bau GmbH',
      'DE',
      'Jens Holm',
      '2', // person
      'DK',
      '',
      '2', // loan repayment
      '1500',
      'EUR',
      '2026-06-01',
      '1', // not disputed
      '',
      '',
      '1',
    ]);

    const created = await handle.db
      .selectFrom('cases')
      .select(['debtor_type', 'claim_type', 'disputed'])
      .where('debtor_name', '=', 'Jens Holm')
      .executeTakeFirstOrThrow();
    expect(created).toEqual({ debtor_type: 'person', claim_type: 'loan_repayment', disputed: false });
  });

  it('when a managing partner submits a case for its client, then the fee is shown first and the case is routed once confirmed', async () => {
    const out = await chat('managing-partner', [
      'submit a case',
      'Schmidt Bau GmbH',
      'DE',
      'Aalborg Stål ApS',
      'company',
      'DK',
      '',
      '',
      '1500',
      'EUR',
      '2026-06-01',
      'no',
      '',
      '',
      '1',
    ]);

    expect(out).toContain('Please confirm');
    expect(out).toMatch(/success fee/i);
    const created = await handle.db
      .selectFrom('cases')
      .select(['id', 'status', 'managing_partner_id'])
      .where('debtor_name', '=', 'Aalborg Stål ApS')
      .executeTakeFirst();
    expect(created?.managing_partner_id).toBe(2);
  });

  it('when the last invited partners pass or quote, then quote collection ends and the creditor and the quote-alert channel hear of it', async () => {
    const out = await chat('lex-partner', [
      'no quote on case 1015, outside our focus',
      '1',
      '/as iberia-partner',
      'quote 16% on case 1015',
      '1',
    ]);

    expect(out).toContain('Pass on case 1015');
    expect(out).toMatch(/→ DM to Acme ApS: Quotes are ready for case 1015/);
    expect(out).toMatch(/→ #quote-alerts: .*1015/);
  });

  it('when support resolves a decline that needed a manual review, then the category is recorded and the partner told', async () => {
    const out = await chat('support-agent', ['resolve 1021 as duplicate', '1']);

    expect(out).toMatch(/→ DM to Nordic Collect A\/S: Support reviewed your decline of case 1021/);
    const decline = await handle.db
      .selectFrom('declines')
      .select('category')
      .where('case_id', '=', 1021)
      .executeTakeFirstOrThrow();
    expect(decline.category).toBe('duplicate');
  });

  it('when support asks what is due today, then the scheduled reminders are listed; a partner is told it is for support', async () => {
    clock.set('2026-11-26T10:00:00Z'); // three days on: case 1006 has waited in verification past 2 business days

    const support = await chat('support-agent', ['what is due today?']);
    const partner = await chat('nordic-partner', ["what's due today"]);

    expect(support).toMatch(/Case 1006: Reminder to verify the case, (?:due|overdue) since/);
    expect(partner).toMatch(/for support agents/);
    expect(partner).not.toMatch(/Case 1006: Reminder/);
  });

  it('when a command names no case and the conversation has none, then the case is asked for and the answer completes it', async () => {
    // (Not "duplicate": with no other case for that debtor, that reason now goes to manual review.)
    const out = await chat('nordic-partner', ['decline it, the debtor is bankrupt', '1002', '1']);

    expect(out).toContain('Which case do you mean?');
    expect(out).toMatch(/Decline case 1002 as \*Insolvency or ceased/);
    expect((await caseRow(1002)).status).toBe('collecting_quotes');
  });

  it('when a partner without a signed SDCA acts, then it is refused with the link to sign', async () => {
    const out = await chat('unsigned-partner', ['accept 1004']);

    expect(out).toMatch(/not signed .*SDCA.*https:\/\//s);
    expect((await caseRow(1004)).status).toBe('pending_verification');
  });

  it('when the creditor selects without naming the quote, then the open quotes are offered as choices', async () => {
    const out = await chat('acme-creditor', ['go with a quote on case 1013', '2', '1']);

    expect(out).toContain('[2] Quote 702: JurisNet Advokatbyrå, 15%');
    expect(out).toContain('Select quote 702');
    expect((await caseRow(1013)).status).toBe('active');
  });

  it('when the creditor answers a request for more information, then the case goes back to the partner for verification', async () => {
    const out = await chat('acme-creditor', [
      'answer 1007: the signed contract and three invoices are uploaded',
      '1',
    ]);

    expect(out).toMatch(/→ DM to Nordic Collect A\/S: The information you asked for on case 1007/);
    expect((await caseRow(1007)).status).toBe('pending_verification');
  });
});
