import { describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import { BUSY_TEXT, limitInFlight } from '../../src/conversation/in-flight-limit.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { localizeNotice } from '../../src/i18n/notice-text.ts';
import { createLogger } from '../../src/logger.ts';
import { homeView } from '../../src/surfaces/slack/blocks/home-view.ts';
import { createCaseHome } from '../../src/surfaces/slack/home/case-home.ts';
import { consoleMessage, useDemoWorld } from '../helpers/demo-world.ts';

// Round 4 of the catalogue: the conversation's own features in the reader's language, through the real
// engine on the demo world (real PostgreSQL): custom terms (plan, the engine's confirmation title and
// button descriptions, result), the case chat (reply, the notice as the other side reads it, the chat
// list), information added after a decline, "busy" said before the turn, and the App Home. English stays
// word for word. Case 1005 is Dansk Maskinhandel's, submitted by Hanse Inkasso (managing-partner) and
// worked by Nordic Collect (nordic-partner); 1001 waits for Nordic's verification; 1013 is Acme's
// (acme-creditor), declined and collecting quotes from three partners.

/** English words that no translated answer should hold once the command words people type ("…") are out. */
const ENGLISH =
  /\b(the|and|you|your|has|have|been|with|say|told|sent|yet|please|would|nothing|shows|to write|added|case)\b/i;
const withoutCommands = (text: string) => text.replace(/"[^"]*"/g, '""');

describe('the conversation features in the person language', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  const engine = () => createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock });
  const say = consoleMessage;
  const lastNotice = async (caseId: number, kind: string) =>
    handle.db
      .selectFrom('notices')
      .select(['payload', 'recipient_type', 'recipient_ref'])
      .where('case_id', '=', caseId)
      .where('kind', '=', kind)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
  const asNotice = (payload: unknown) => ({ payload: payload as { text: string } & Record<string, unknown> });

  it('when a German managing partner writes on the case chat, then the reply is German, and the Danish partner reads the notice and the chat in Danish', async () => {
    const bot = engine();
    await bot.handleMessage(say('sprich Deutsch', 'managing-partner'));
    await bot.handleMessage(say('tal dansk', 'nordic-partner'));

    const [sent] = await bot.handleMessage(
      say('message the partner on case 1005: the debtor called us, please pause', 'managing-partner'),
    );
    expect(sent?.text).toBe(
      'An Nordic Collect A/S zu Fall 1005 gesendet; die Nachricht wird jetzt zugestellt. Schreiben Sie "messages on 1005", um den Fall-Chat zu sehen.',
    );

    // The notice as the outbox renders it for the Danish partner at delivery; its stored text stays English.
    const notice = await lastNotice(1005, 'case.message');
    expect(localizeNotice(asNotice(notice.payload), 'da-DK', 'console').payload.text).toBe(
      'Besked om sag 1005 (Dansk Maskinhandel A/S) fra Jonas Weber (Hanse Inkasso GmbH, administrerende partner): “the debtor called us, please pause” Skriv "reply on 1005: …" for at svare; "messages on 1005" viser sagschatten.',
    );
    expect((notice.payload as { text: string }).text).toBe(
      'Message on case 1005 (Dansk Maskinhandel A/S) from Jonas Weber (Hanse Inkasso GmbH, managing partner): “the debtor called us, please pause” To answer, say "reply on 1005: …"; "messages on 1005" shows the case chat.',
    );

    const [chat] = await bot.handleMessage(say('messages on 1005', 'nordic-partner'));
    expect(chat?.title).toBe('Sag 1005: chat');
    expect(chat?.text).toBe(
      [
        'Sagschat for sag 1005 (Dansk Maskinhandel A/S), ældste først:',
        '• 23. nov. 2026 10:00 UTC, Jonas Weber (Hanse Inkasso GmbH): “the debtor called us, please pause”',
        'Skriv "reply on 1005: …" for at skrive.',
      ].join('\n'),
    );

    // A case nobody works on has no chat: the refusal is German too.
    await bot.handleMessage(say('sprich Deutsch', 'acme-creditor'));
    const [nobody] = await bot.handleMessage(say('message the partner on 1013: hello', 'acme-creditor'));
    expect(nobody?.text).toMatch(
      /^Derzeit bearbeitet kein Inkassopartner Fall 1013 \(er ist Collecting Quotes\)/,
    );
    for (const text of [sent?.text, chat?.text, nobody?.text])
      expect(withoutCommands(text ?? '').replace(/“[^”]*”/g, '')).not.toMatch(ENGLISH);
  });

  it('when the same message and chat are read in English, then they are the English sentences, unchanged', async () => {
    const bot = engine();
    const [sent] = await bot.handleMessage(
      say('message the partner on case 1005: the debtor called us, please pause', 'managing-partner'),
    );
    expect(sent?.text).toBe(
      'Sent to Nordic Collect A/S on case 1005; they are told now. Say "messages on 1005" to see the case chat.',
    );
    const [chat] = await bot.handleMessage(say('messages on 1005', 'nordic-partner'));
    expect(chat?.title).toBe('Case 1005: chat');
    expect(chat?.text).toBe(
      [
        'Case chat of case 1005 (Dansk Maskinhandel A/S), oldest first:',
        '• 23 Nov 2026 10:00 UTC, Jonas Weber (Hanse Inkasso GmbH): “the debtor called us, please pause”',
        'To write, say "reply on 1005: …".',
      ].join('\n'),
    );
  });

  it('when a Finnish partner offers custom terms, then the plan, the title, the buttons and their descriptions and the result are Finnish; in English they are as before', async () => {
    const bot = engine();
    const [english] = await bot.handleMessage(
      say('offer custom terms on case 1001 at 22.5%', 'nordic-partner'),
    );
    expect(english?.title).toBe('Please confirm');
    expect(english?.text).toMatch(
      /^Offer custom terms on case 1001: a \*22\.5%\* success fee \(at 22\.5%\)\.\n/,
    );
    expect(english?.text).toContain(
      '• The case becomes a lead with your quote on it and goes to Collecting Quotes.\n• The creditor is told and picks a quote.',
    );
    expect(english?.choices?.map((c) => c.description)).toEqual([
      'Confirm: offer terms on case 1001',
      'Cancel: do not offer terms on case 1001',
    ]);
    await bot.handleMessage(say('cancel', 'nordic-partner'));

    await bot.handleMessage(say('language: fi', 'nordic-partner'));
    const [plan] = await bot.handleMessage(say('offer custom terms on case 1001 at 22.5%', 'nordic-partner'));
    expect(plan?.title).toBe('Vahvistakaa');
    expect(plan?.text).toMatch(
      /^Tarjoa erityisehtoja toimeksiannolle 1001: \*22,5 %:n\* onnistumispalkkio \(at 22\.5%\)\.\n• Toimeksiannosta tulee liidi/,
    );
    expect(plan?.text).toContain('• Velkojalle ilmoitetaan, ja se valitsee tarjouksen.');
    expect(plan?.choices?.map((c) => c.label)).toEqual(['Vahvista', 'Peruuta']);
    expect(plan?.choices?.map((c) => c.description)).toEqual([
      'Vahvista: ehtojen tarjoaminen toimeksiannolle 1001',
      'Peruuta (ehtojen tarjoaminen toimeksiannolle 1001 jää tekemättä)',
    ]);
    const [done] = await bot.handleMessage(say('yes', 'nordic-partner'));
    expect(done?.text).toMatch(
      /^22,5 %:n tarjouksenne on liidissä \d+; toimeksianto 1001 on tilassa Collecting Quotes, ja velkojalle on ilmoitettu\.$/,
    );
    for (const text of [plan?.text, done?.text]) expect(withoutCommands(text ?? '')).not.toMatch(ENGLISH);
  });

  it('when a Spanish creditor adds information after a decline, then the reply is Spanish, a German partner reads the notice in German, and its stored text stays English', async () => {
    const bot = engine();
    await bot.handleMessage(say('idioma: español', 'acme-creditor'));
    const [added] = await bot.handleMessage(
      say('add information to case 1013: the debtor has a new address', 'acme-creditor'),
    );
    expect(added?.text).toBe(
      'Añadido al expediente 1013: se ha informado al soporte y a los 3 socios que lo valoran. Escriba "messages on 1013" para verlo en el expediente.',
    );
    expect(withoutCommands(added?.text ?? '')).not.toMatch(ENGLISH);
    const toPartner = await lastNotice(1013, 'case.info_added');
    expect(toPartner.recipient_type).toBe('partner');
    expect(localizeNotice(asNotice(toPartner.payload), 'de-DE', 'console').payload.text).toMatch(
      /^Der Gläubiger hat Fall 1013 \(.+\), zu dessen Lead Sie gehören, Informationen hinzugefügt: „the debtor has a new address“ "status 1013" zeigt den Fall\.$/,
    );
    expect((toPartner.payload as { text: string }).text).toMatch(
      /^The creditor added information to case 1013 \(.+\), whose lead you are on: “the debtor has a new address” "status 1013" shows the case\.$/,
    );
  });

  it('when the bot is too busy for a Swedish reader it has answered before, then it says so in Swedish without asking the database; others hear English', async () => {
    const bot = engine();
    await bot.handleMessage(say('language: sv', 'nordic-partner'));
    // The language a turn finds is remembered for the next "busy" (no query then): this turn finds Swedish.
    await bot.handleMessage(say('my tasks', 'nordic-partner'));
    const busy = limitInFlight(bot, { max: 0 });
    expect(await busy.handleMessage(say('status 1001', 'nordic-partner'))).toEqual([
      {
        text: 'Jag hanterar väldigt många förfrågningar just nu och kunde inte ta emot den här; inget ändrades. Försök igen om en liten stund.',
        private: true,
      },
    ]);
    // Someone this process has not answered yet (the memory is the process's, not the database's).
    expect(await busy.handleMessage(say('status 1001', 'someone-not-seen-yet'))).toEqual([
      { text: BUSY_TEXT, private: true },
    ]);
  });

  it('when a Danish partner opens the App Home, then its titles, lines and words are Danish', async () => {
    await engine().handleMessage(say('tal dansk', 'nordic-partner'));
    const replies = await createCaseHome({ db: handle.db, clock, surface: 'console' })('nordic-partner');
    expect(replies.locale).toBe('da-DK');
    const waiting = replies.find((r) => r.title === 'Venter på dig');
    expect(waiting?.text).toMatch(
      /^• \*1001\* .+: har ventet .+; verificér den: acceptér, afvis, bed om flere oplysninger eller tilbyd særlige vilkår/m,
    );
    expect(replies.map((r) => r.title)).toContain('Din svartid');
    const view = JSON.stringify(homeView('U0NORDIC', replies, replies.locale));
    expect(view).toContain('Dine sager');
    expect(view).toContain('Indsend en sag for en klient');
    expect(view).not.toContain('Your cases');
    expect(view).not.toContain('Waiting for you');
  });

  it('when someone not linked yet writes from Teams in German, then the not-linked answer is German; with no locale it is English', async () => {
    const bot = engine();
    const stranger = (locale?: string): IncomingMessage => ({
      surface: 'teams',
      userExternalId: 'aad-not-linked',
      conversationKey: 'teams:a:stranger',
      text: 'status 1001',
      ...(locale ? { locale } : {}),
    });
    const [german] = await bot.handleMessage(stranger('de-DE'));
    expect(german?.text).toMatch(
      /^Hallo! Ihr Microsoft Teams-Konto ist noch mit keinem Benutzer der Inkassoplattform verknüpft/,
    );
    expect(withoutCommands(german?.text ?? '')).not.toMatch(ENGLISH);
    const [english] = await bot.handleMessage(stranger());
    expect(english?.text).toMatch(
      /^Hello! Your Microsoft Teams account is not linked to a user of the collection platform yet, so I can't show or change any case for you\./,
    );
  });

  it('when a Norwegian creditor answers "2" to a quote question it cancelled, then the late answer, its hint and the quote choices are Norwegian', async () => {
    const bot = engine();
    await bot.handleMessage(say('language: nb', 'acme-creditor'));
    const [asked] = await bot.handleMessage(say('go with the quote on 1013', 'acme-creditor'));
    expect(asked?.choices?.map((c) => c.label.slice(0, 11))).toEqual([
      'Tilbud 701:',
      'Tilbud 702:',
      'Tilbud 703:',
    ]);
    expect(asked?.choices?.[0]?.description).toMatch(/^Velg Tilbud 701: .+ for sak 1013$/);
    await bot.handleMessage(say('cancel', 'acme-creditor'));
    const [late] = await bot.handleMessage(say('2', 'acme-creditor'));
    expect(late?.text).toMatch(
      /^Spørsmålet som "2" ville besvare \(.+\?\), er allerede besvart eller avbrutt, så ingenting ble valgt og ingenting ble endret\. Skriv for eksempel "go with quote \d+ on case 1013" for å velge et tilbud, eller "quotes on 1013" for å se dem igjen\.$/,
    );
    expect(withoutCommands(late?.text ?? '')).not.toMatch(ENGLISH);
  });
});
