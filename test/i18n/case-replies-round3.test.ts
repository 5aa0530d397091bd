import { describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { DEMO_CASE_IDS } from '../../src/db/seed/demo-cases.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { consoleMessage, useDemoWorld } from '../helpers/demo-world.ts';

// Round 3 of the catalogue: a partner's status look-up, close confirmation and result, and task list are
// said in the person's language, through the real engine on the demo world; English readers hear the
// same sentences as before.

describe('status, close and tasks in the person language', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  const engine = () => createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock });
  const say = consoleMessage;

  const id = DEMO_CASE_IDS.activeWithPayment;

  it('when a German-reading partner asks for a status, closes a case and lists its tasks, then every reply is German', async () => {
    const bot = engine();
    await bot.handleMessage(say('sprich Deutsch', 'nordic-partner'));

    const [status] = await bot.handleMessage(say(`status ${id}`, 'nordic-partner'));
    expect(status?.text).toBe(
      `Fall ${id} (Vesterbro Design ApS, 12.500,00\u00a0DKK) ist Active. Partner: Nordic Collect A/S. Inkassozeitraum bis zum 19. März 2027. Bisher gezahlt: 12.500,00\u00a0DKK.`,
    );

    const [plan] = await bot.handleMessage(say(`close ${id} as paid`, 'nordic-partner'));
    expect(plan?.text).toContain(`Fall ${id} (Vesterbro Design ApS) als *Paid* schließen.`);
    expect(plan?.text).toContain(
      'Eine Auszahlung von 12.500,00\u00a0DKK wird angelegt: 10.000,00\u00a0DKK an den Gläubiger, 2.500,00\u00a0DKK an Sie (20 % Provision).',
    );
    expect(plan?.text).toContain('Der Gläubiger wird über das Ergebnis informiert.');
    expect(plan?.choices?.map((c) => c.label)).toEqual(['Bestätigen', 'Abbrechen']);

    const [done] = await bot.handleMessage(say('yes', 'nordic-partner'));
    expect(done?.text).toBe(
      `Fall ${id} ist als Paid geschlossen (Closed). Auszahlung angelegt: 10.000,00\u00a0DKK an den Gläubiger, 2.500,00\u00a0DKK an Sie. Der Gläubiger wurde informiert.`,
    );
    const row = await handle.db
      .selectFrom('cases')
      .select(['status', 'close_code'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'closed', close_code: 'paid' });

    const [score] = await bot.handleMessage(
      say(`close ${DEMO_CASE_IDS.activeAfterPeriod} as uneconomical`, 'nordic-partner'),
    );
    expect(score?.text).toContain(
      'Uneconomical to Pursue ist ein Code für einen abgeschlossenen Prozess: Er wird erfasst und wirkt sich auf Ihre Leistungsbewertung aus.',
    );

    const [tasks] = await bot.handleMessage(say('my tasks', 'nordic-partner'));
    expect(tasks?.text).toContain('5 Fälle warten auf Ihre Prüfung (älteste zuerst):');
    expect(tasks?.text).toContain(
      '• Fall 1006 (Oslo Catering AS, 900,00\u00a0NOK): wartet seit 2 Werktagen (überfällig). Annehmen ("accept 1006"), mit Begründung ablehnen ("decline 1006, <reason>") oder weitere Informationen anfordern ("request info on 1006").',
    );
    expect(tasks?.text).toContain(
      '• Fall 1003 (Stockholm Bygg AB, 120.000,00\u00a0SEK): wartet seit 1 Werktag.',
    );
    expect(tasks?.text).toContain(
      'Warten auf die Antwort des Gläubigers auf Ihre Bitte um weitere Informationen: Fall 1007.',
    );
    expect(tasks?.text).toContain('Ihre Reaktionszeit: im Median 2 Werktage bis zur Prüfung eines Falls');
  });

  it('when a Danish-reading partner asks for its tasks, then the list is Danish', async () => {
    const bot = engine();
    await bot.handleMessage(say('tal dansk', 'nordic-partner'));
    const [tasks] = await bot.handleMessage(say('my tasks', 'nordic-partner'));
    expect(tasks?.text).toContain('5 sager venter på, at du verificerer (ældste først):');
    expect(tasks?.text).toContain(
      '• Sag 1001 (Hansen Byg ApS, 45.000,00\u00a0kr.): har ventet mindre end 1 arbejdsdag.',
    );
  });

  it('when the same partner reads English, then status, close and tasks are the English sentences, unchanged', async () => {
    const bot = engine();
    const [status] = await bot.handleMessage(say(`status ${id}`, 'nordic-partner'));
    expect(status?.text).toBe(
      `Case ${id} (Vesterbro Design ApS, DKK 12,500.00) is Active. Partner: Nordic Collect A/S. Collection period until 19 Mar 2027. Paid so far: DKK 12,500.00.`,
    );
    const [plan] = await bot.handleMessage(say(`close ${id} as paid`, 'nordic-partner'));
    expect(plan?.text).toContain(
      `Close case ${id} (Vesterbro Design ApS) as *Paid*.\n• A payout of DKK 12,500.00 is created: DKK 10,000.00 to the creditor, DKK 2,500.00 to you (20% commission).\n• The creditor is told the outcome.`,
    );
    const [done] = await bot.handleMessage(say('yes', 'nordic-partner'));
    expect(done?.text).toBe(
      `Case ${id} is Closed as Paid. Payout created: DKK 10,000.00 to the creditor, DKK 2,500.00 to you. The creditor has been told.`,
    );
    const [tasks] = await bot.handleMessage(say('my tasks', 'nordic-partner'));
    expect(tasks?.text).toContain('5 cases waiting for you to verify (oldest first):');
    expect(tasks?.text).toContain(
      '• Case 1006 (Oslo Catering AS, NOK 900.00): waiting 2 business days (overdue). Accept ("accept 1006"), decline with a reason ("decline 1006, <reason>") or request more information ("request info on 1006").',
    );
    expect(tasks?.text).toContain(
      "Waiting for the creditor's answer to your request for more information: case 1007.\nYour responsiveness: a median of 2 business days to verify a case, over 10 cases in the last 90 days.",
    );
  });
});
