import { describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// Round 3 of the catalogue: the quote list, choosing a quote and its refusals are said in the creditor's
// language, through the real engine on the demo world (case 1013: lead 501, quotes 701–703).

describe('quote list and quote selection in the person language', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  const engine = () => createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock });
  const say = (text: string, as = 'acme-creditor'): IncomingMessage => ({
    surface: 'console',
    userExternalId: as,
    conversationKey: `console:${as}`,
    text,
  });
  const caseStatus = async (id: number) =>
    (await handle.db.selectFrom('cases').select('status').where('id', '=', id).executeTakeFirstOrThrow())
      .status;

  it('when a Swedish-reading creditor lists the quotes, picks a wrong one and then one of them, then the list, the refusal, the confirmation and the result are Swedish', async () => {
    const bot = engine();
    await bot.handleMessage(say('language: sv'));

    const [list] = await bot.handleMessage(say('quotes on 1013'));
    expect(list?.title).toBe('Offerter på ärende 1013');
    expect(list?.text).toBe(
      [
        'Leadet 501 har offerter klara',
        '• Offert 701 från Lex & Partners Advokatfirma: 18 % framgångsarvode (Standard pre-legal, court filing if needed.); skickad',
        '• Offert 702 från JurisNet Advokatbyrå: 15 % framgångsarvode + 250,00\u00a0Dkr i fast avgift; skickad',
        '• Offert 703 från Iberia Legal Abogados: 20 % framgångsarvode; skickad',
        'För att välja en, skriv till exempel "go with quote 701 on case 1013".',
      ].join('\n'),
    );

    const [wrong] = await bot.handleMessage(say('go with quote 799 on case 1013'));
    expect(wrong?.text).toBe(
      'Offert 799 är ingen offert på ärende 1013. Offerterna på det är 701, 702, 703.',
    );

    const [plan] = await bot.handleMessage(say('go with quote 702 on case 1013'));
    expect(plan?.text).toContain(
      'Välj offert 702 från JurisNet Advokatbyrå (15 % framgångsarvode) för ärende 1013.',
    );
    expect(plan?.text).toContain(
      'Ärende 1013 tilldelas JurisNet Advokatbyrå och blir Active; de ombeds att börja.',
    );
    expect(plan?.text).toContain('De övriga 2 offerterna avböjs och deras partner underrättas.');
    expect(plan?.choices?.map((c) => c.label)).toEqual(['Bekräfta', 'Avbryt']);
    expect(await caseStatus(1013)).toBe('collecting_quotes');

    const [done] = await bot.handleMessage(say('yes'));
    expect(done?.text).toBe(
      'Offert 702 vald: ärende 1013 ligger nu hos JurisNet Advokatbyrå och är Active. 2 andra offerter avböjdes och deras partner har underrättats.',
    );
    expect(await caseStatus(1013)).toBe('active');

    const [again] = await bot.handleMessage(say('go with quote 701 on case 1013'));
    expect(again?.text).toBe(
      'Leadet 501 är Closed (Winner), så ingen offert kan längre väljas. Ärendet ligger redan hos den valda partnern.',
    );
  });

  it('when an English reader lists and picks the quotes, then the list, the refusal and the result are the English ones, unchanged', async () => {
    const bot = engine();
    const [list] = await bot.handleMessage(say('quotes on 1013'));
    expect(list?.title).toBe('Quotes on case 1013');
    expect(list?.text).toBe(
      [
        'Lead 501 has quotes ready',
        '• Quote 701 from Lex & Partners Advokatfirma: 18% success fee (Standard pre-legal, court filing if needed.); sent',
        '• Quote 702 from JurisNet Advokatbyrå: 15% success fee + DKK 250.00 fixed fee; sent',
        '• Quote 703 from Iberia Legal Abogados: 20% success fee; sent',
        'To choose one, say for example "go with quote 701 on case 1013".',
      ].join('\n'),
    );
    const [wrong] = await bot.handleMessage(say('go with quote 799 on case 1013'));
    expect(wrong?.text).toBe('Quote 799 is not a quote on case 1013. The quotes on it are 701, 702, 703.');
    await bot.handleMessage(say('go with quote 702 on case 1013'));
    const [done] = await bot.handleMessage(say('yes'));
    expect(done?.text).toBe(
      'Quote 702 selected: case 1013 is now with JurisNet Advokatbyrå and Active. 2 other quotes were declined and their partners told.',
    );
  });
});
