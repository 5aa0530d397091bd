import { describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { DEMO_CASE_IDS } from '../../src/db/seed/demo-cases.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// A partner who reads German, through the real engine on the demo world (console, as `--as nordic-partner`):
// the choice is stored, help and a confirmation are in German, and English stays the default for the rest.

describe('a partner who reads German', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  const engine = () => createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock });
  const say = (text: string, as = 'nordic-partner'): IncomingMessage => ({
    surface: 'console',
    userExternalId: as,
    conversationKey: `console:${as}`,
    text,
  });

  it('when she says "set my language to German", then help and the confirmation of accepting a case are in German', async () => {
    const bot = engine();
    const [set] = await bot.handleMessage(say('set my language to German'));
    expect(set?.text).toBe(
      'Ab sofort antworte ich Ihnen auf Deutsch, und Ihre Benachrichtigungen werden auf Deutsch verfasst.',
    );

    const [help] = await bot.handleMessage(say('help'));
    expect(help?.title).toBe('Was ich für Sie tun kann');
    expect(help?.text).toContain('Hallo Mikkel Sørensen, Sie können Folgendes schreiben:');
    expect(help?.text).toContain('• *accept 123* — einen Fall in Pending Verification annehmen');
    expect(help?.text).toContain(
      '• *close 123 as paid* — einen Fall mit einem der 14 Abschlusscodes schließen',
    );
    expect(help?.text).toContain('bitte Sie um Bestätigung, bevor sich etwas ändert');
    expect(help?.text).not.toContain('accept a case in pending verification');

    const [plan] = await bot.handleMessage(say(`accept ${DEMO_CASE_IDS.toAccept}`));
    expect(plan?.text).toMatch(
      new RegExp(`^Fall ${DEMO_CASE_IDS.toAccept} \\(.+\\) annehmen und mit dem Inkasso beginnen\\.`),
    );
    expect(plan?.text).toContain('der 6-monatige Inkassozeitraum läuft bis zum 23. Mai 2027.');
    expect(plan?.text).toContain('Der Gläubiger wird benachrichtigt.');
    expect(plan?.text).toContain('Diese Bestätigung läuft in 30 Minuten ab.');
    expect(plan?.choices?.map((c) => c.label)).toEqual(['Bestätigen', 'Abbrechen']);

    const [done] = await bot.handleMessage(say('yes'));
    expect(done?.text).toContain(`Fall ${DEMO_CASE_IDS.toAccept} ist Active.`);
  });

  it('when someone else has chosen no language, then help and confirmations stay in English', async () => {
    const bot = engine();
    await bot.handleMessage(say('sprich Deutsch'));
    const [help] = await bot.handleMessage(say('help', 'lex-partner'));
    expect(help?.title).toBe('What I can do');
    expect(help?.text).toContain('you can say:');
    const [plan] = await bot.handleMessage(say(`accept ${DEMO_CASE_IDS.toAccept}`, 'nordic-partner'));
    expect(plan?.choices?.map((c) => c.label)).toEqual(['Bestätigen', 'Abbrechen']);
  });

  it('when the language named is not one the bot writes, then it says which it writes and changes nothing', async () => {
    const [answer] = await engine().handleMessage(say('language: Klingon'));
    expect(answer?.text).toContain(
      'I can answer in English, Danish, Swedish, Norwegian, German, Finnish and Spanish.',
    );
    const row = await handle.db
      .selectFrom('users')
      .select('locale')
      .where('handle', '=', 'nordic-partner')
      .executeTakeFirstOrThrow();
    expect(row.locale).toBeNull();
  });
});
