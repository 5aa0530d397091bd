import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { enqueueNotices } from '../../../src/db/repositories/notice.repository.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';
import { consoleTranscript } from './console-session.ts';

// The console's questions and its step-by-step submission form, typed as a person would.
describe('the console asks one thing at a time', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  const chat = (as: string, lines: string[]) => consoleTranscript(handle, clock, as, lines);
  const REMINDER = 'Reminder: case 1006 has waited in Pending Verification';
  /** A notice a scheduled job wrote, waiting in the outbox for the next delivery. */
  const scheduledNotice = () =>
    enqueueNotices(handle.db, [
      {
        recipient: { type: 'channel', channel: 'support' },
        kind: 'case.verification_reminder',
        caseId: 1006,
        payload: { text: REMINDER },
        at: clock.now(),
      },
    ]);
  const caseBy = (debtorName: string) =>
    handle.db
      .selectFrom('cases')
      .select(['principal', 'currency', 'debtor_country', 'debt_date', 'creditor_id'])
      .where('debtor_name', '=', debtorName)
      .executeTakeFirst();

  it('when a scheduled notice is delivered while the bot waits for an answer, then it is printed after the turn ends, not between the question and the answer', async () => {
    await scheduledNotice();

    const out = await chat('nordic-partner', ['decline case 1002', 'the debtor died last month', '1']);

    const notice = out.indexOf(`→ #support: ${REMINDER}`);
    expect(notice).toBeGreaterThan(-1);
    expect(out.indexOf('What is the reason for declining case 1002?')).toBeGreaterThan(-1);
    // Neither the question nor the confirmation is followed by the notice: it comes once they are answered.
    expect(notice).toBeGreaterThan(out.indexOf('nordic-partner> 1'));
    expect(out.match(new RegExp(REMINDER, 'g'))).toHaveLength(1);
  });

  it('when a scheduled notice is delivered while the submission form waits for its confirmation, then it is printed after the answer', async () => {
    await scheduledNotice();

    const out = await chat('managing-partner', [
      'submit a case',
      'Schmidt Bau GmbH',
      'DE',
      'Jens Holm',
      'person',
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

    expect(out.indexOf(`→ #support: ${REMINDER}`)).toBeGreaterThan(out.lastIndexOf('managing-partner> 1'));
  });

  it('when the form starts, then it says how to stop, and "cancel" at any field stops it with nothing submitted', async () => {
    const out = await chat('managing-partner', [
      'submit a case',
      'Schmidt Bau GmbH',
      'DE',
      'cancel',
      'status 1005',
    ]);

    expect(out).toContain('type cancel to stop');
    expect(out).toContain('Form cancelled; nothing was submitted.');
    // The line after cancel is a message again, not the next field of the form.
    expect(out).toMatch(/Case 1005/);
    expect(await caseBy('cancel')).toBeUndefined();
  });

  it('when an answer breaks a rule, then that field is asked again at once with the reason, and a good answer goes on', async () => {
    const out = await chat('managing-partner', [
      '/submit',
      'Schmidt Bau GmbH',
      'Atlantis', // no such country
      'DE',
      'Jens Holm',
      'robot', // neither company nor person
      'person',
      'DK',
      '',
      'rent', // not a claim type partners submit
      '',
      '0', // nothing owed
      '1500',
      'XYZ', // no exchange rate
      'EUR',
      '31/02/2026', // no such day
      '2026-06-01',
      'yes', // disputed
      'no',
      '',
      '',
      '1',
    ]);

    expect(out).toContain(
      `I don't know the country "Atlantis". Give your client's country as a name or two letters`,
    );
    expect(out).toMatch(/Debtor type: pick one of company, person\./);
    expect(out).toMatch(/Claim type: pick one of unpaid_invoice, loan_repayment\./);
    expect(out).toMatch(/amount owed should be a positive number/);
    expect(out).toContain('The platform has no exchange rate for XYZ');
    expect(out).toMatch(/Give the date the debt fell due as day, month and year/);
    expect(out).toContain('Only undisputed debts can be submitted');
    expect(await caseBy('Jens Holm')).toMatchObject({
      principal: '1500.00',
      currency: 'EUR',
      debtor_country: 'DK',
    });
  });

  it('when a claim over 10,000 USD is given without a file, then the document is asked again before the form is sent', async () => {
    const out = await chat('managing-partner', [
      '/submit',
      'Schmidt Bau GmbH',
      'DE',
      'Jens Holm',
      'person',
      'DK',
      '',
      '',
      '25000',
      'EUR',
      '2026-06-01',
      'no',
      '', // no file
      'invoice-77.pdf',
      '',
      '1',
    ]);

    expect(out).toMatch(/needs a file: attach the original invoice/);
    expect(await caseBy('Jens Holm')).toMatchObject({ principal: '25000.00' });
  });

  it('when countries are named, the amount written the European way and the date day first, then the case is submitted with codes, the right amount and the right day', async () => {
    await chat('managing-partner', [
      '/submit',
      'Schmidt Bau GmbH',
      'Germany',
      'Aalborg Stål ApS',
      'company',
      'Danmark',
      '',
      '',
      '4.800,00',
      'EUR',
      '30.06.2026',
      'no',
      '',
      'Invoice 2211 for steel beams, due 30 June',
      '1',
    ]);

    const created = await caseBy('Aalborg Stål ApS');
    expect(created).toMatchObject({ principal: '4800.00', currency: 'EUR', debtor_country: 'DK' });
    expect(created?.debt_date.toISOString().slice(0, 10)).toBe('2026-06-30');
    const client = await handle.db
      .selectFrom('creditors')
      .select('country')
      .where('id', '=', created?.creditor_id ?? -1)
      .executeTakeFirstOrThrow();
    expect(client.country).toBe('DE');
  });

  it('when the amount is written "4 800,50" (a space groups thousands, the comma marks cents), then the confirmation shows EUR 4,800.50', async () => {
    const out = await chat('managing-partner', [
      '/submit',
      'Schmidt Bau GmbH',
      'DE',
      'Jens Holm',
      'person',
      'DK',
      '',
      '',
      '4 800,50',
      'EUR',
      '2026-06-30',
      'no',
      '',
      'Invoice 2211',
      '2', // not now
    ]);

    expect(out).toContain('EUR 4,800.50');
  });
});
