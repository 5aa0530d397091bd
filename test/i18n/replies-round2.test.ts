import { describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { DEMO_CASE_IDS } from '../../src/db/seed/demo-cases.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { consoleMessage, useDemoWorld } from '../helpers/demo-world.ts';

// Round 2 of the catalogue: the engine's questions, a use case's confirmation and result, and the
// permission table's refusals are said in the person's language, through the real engine on the demo world.

describe('replies, questions and refusals in the person language', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  const engine = () => createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock });
  const say = consoleMessage;
  const caseStatus = async (id: number) =>
    (await handle.db.selectFrom('cases').select('status').where('id', '=', id).executeTakeFirstOrThrow())
      .status;

  it('when a German-reading partner declines without a reason, then the question, the confirmation and the result are German', async () => {
    const bot = engine();
    const id = DEMO_CASE_IDS.toDeclineSharingOn;
    await bot.handleMessage(say('sprich Deutsch', 'nordic-partner'));

    const [asked] = await bot.handleMessage(say(`decline ${id}`, 'nordic-partner'));
    expect(asked?.text).toContain(`Aus welchem Grund lehnen Sie Fall ${id} ab?`);

    const [plan] = await bot.handleMessage(say('the debtor died last month', 'nordic-partner'));
    expect(plan?.text).toMatch(new RegExp(`^Fall ${id} .+ ablehnen\\.`));
    expect(plan?.text).toContain(
      'Der Gläubiger wird benachrichtigt; der Fall geht zur Angebotsabgabe an das Partnernetzwerk.',
    );
    expect(plan?.text).toContain(
      'Ihre Zuweisung endet als Case never started; das zählt nicht gegen Ihren Score.',
    );
    expect(plan?.text).toContain('Diese Bestätigung läuft in 30 Minuten ab.');
    expect(plan?.choices?.map((c) => c.label)).toEqual(['Bestätigen', 'Abbrechen']);
    expect(await caseStatus(id)).toBe('pending_verification');

    const [done] = await bot.handleMessage(say('yes', 'nordic-partner'));
    expect(done?.text).toMatch(new RegExp(`^Fall ${id} .*abgelehnt`));
    expect(done?.text).toContain('der Gläubiger wurde benachrichtigt, und er ist Collecting Quotes');
    expect(await caseStatus(id)).toBe('collecting_quotes');
  });

  it('when a Danish-reading managing partner tries to accept its client case, then the read-only refusal is Danish', async () => {
    const bot = engine();
    const id = DEMO_CASE_IDS.managingPartnerPending;
    await bot.handleMessage(say('tal dansk', 'managing-partner'));
    const [refused] = await bot.handleMessage(say(`accept ${id}`, 'managing-partner'));
    expect(refused?.text).toBe(
      `Du har indsendt sag ${id} for din klient, så du har kun læseadgang: du kan følge den (skriv "status ${id}") og skrive til partneren, der arbejder på den, i sagschatten (skriv "message the partner on ${id}: …"), men du kan ikke acceptere den.`,
    );
    expect(refused?.choices ?? []).toEqual([]);
    expect(await caseStatus(id)).toBe('pending_verification');
  });

  it('when the same refusal goes to someone who reads English, then it is the English sentence, unchanged', async () => {
    const id = DEMO_CASE_IDS.managingPartnerPending;
    const [refused] = await engine().handleMessage(say(`accept ${id}`, 'managing-partner'));
    expect(refused?.text).toBe(
      `You submitted case ${id} for your client, so your access to it is read-only: you can follow it (say "status ${id}") and message the partner working it in the case chat (say "message the partner on ${id}: …"), but you can't accept it.`,
    );
  });

  it('when a Swedish-reading partner names a case that does not exist, then it is told so in Swedish', async () => {
    const bot = engine();
    await bot.handleMessage(say('language: sv', 'nordic-partner'));
    const [missing] = await bot.handleMessage(say('accept 99999', 'nordic-partner'));
    expect(missing?.text).toBe('Det finns inget ärende 99999. Kontrollera ärendenumret.');
  });
});
