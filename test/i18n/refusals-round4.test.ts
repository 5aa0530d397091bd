import { describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { DEMO_CASE_IDS } from '../../src/db/seed/demo-cases.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { readingLocale } from '../../src/i18n/locale.ts';
import { dayFor } from '../../src/i18n/reader-format.ts';
import { createLogger } from '../../src/logger.ts';
import { consoleMessage, useDemoWorld } from '../helpers/demo-world.ts';
import { insertCase } from '../helpers/world.ts';

// Round 4 of the catalogue: the domain's refusals (escalation with its date, close, submission rules), the
// escalation, network-sharing and commission confirmations and results are said in the reader's language,
// through the real engine on the demo world; an English reader hears the sentences of before, word for word.

describe('refusals and plans of round 4 in the person language', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-12-07T10:00:00Z');
  useDemoWorld(clock, '2026-12-07T10:00:00Z', (h) => {
    handle = h;
  });
  const engine = () => createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock });
  const say = consoleMessage;
  const textOf = (replies: Reply[]) => replies.map((r) => r.text).join('\n');
  const periodEnd = async (id: number) =>
    (
      await handle.db
        .selectFrom('cases')
        .select('collection_period_ends_at')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).collection_period_ends_at as Date;
  /** Words that only an English sentence of these replies has. */
  const ENGLISH = /\b(Case|case|the|is|can't|Say|Close it|Register|Escalate|Turn|Open a)\b/;

  /** Hanse Inkasso (DE, AT) recovered a debt for Acme ApS (DK): Acme owes it a success fee. */
  const arrangeFee = async (currency: string, partnerAmount: number) => {
    const c = await insertCase(handle.db, {
      creditorId: 1,
      assignedPartnerId: 2,
      debtorCountry: 'DE',
      status: 'closed',
      closeCode: 'paid',
      principal: partnerAmount * 4,
      currency,
    });
    await handle.db
      .insertInto('payouts')
      .values({
        case_id: c.id,
        total: partnerAmount * 4,
        creditor_amount: partnerAmount * 3,
        partner_amount: partnerAmount,
        commission_rate: 0.25,
        currency,
      })
      .execute();
    return c.id;
  };

  it('when a German-reading creditor asks to escalate too early, then the refusal is German with a German date; the escalation and sharing plans are German', async () => {
    const bot = engine();
    await bot.handleMessage(say('sprich Deutsch', 'acme-creditor'));
    const within = DEMO_CASE_IDS.activeWithinPeriod;
    const until = dayFor(await periodEnd(within), readingLocale('de-DE'));

    const early = textOf(await bot.handleMessage(say(`escalate ${within} to legal`, 'acme-creditor')));
    expect(early).toBe(
      `Fall ${within} ist noch in seiner vorgerichtlichen Inkassophase (bis ${until}) und kann daher noch nicht an die gerichtliche Durchsetzung gehen. Er kann eskaliert werden, sobald die Phase abgelaufen ist oder der Partner ihn als Pre-Legal Exhausted schließt.`,
    );
    expect(until).toMatch(/^\d{1,2}\. \S+ \d{4}$/);

    const after = DEMO_CASE_IDS.activeAfterPeriod;
    const [plan] = await bot.handleMessage(say(`escalate ${after} to legal`, 'acme-creditor'));
    expect(plan?.text).toContain(`Fall ${after} (`);
    expect(plan?.text).toContain(') an die gerichtliche Durchsetzung eskalieren?');
    expect(plan?.text).toContain(
      'Der vorgerichtliche Auftrag von Nordic Collect A/S endet als Pre-Legal Exhausted, und der Partner wird aufgefordert, das Inkasso einzustellen.',
    );
    expect(plan?.text).toContain('Der Fall ist Collecting Quotes, bis Sie eines der Angebote auswählen.');
    expect(plan?.text).not.toMatch(ENGLISH);
    expect(plan?.choices?.map((c) => c.label)).toEqual(['Bestätigen', 'Abbrechen']);
    await bot.handleMessage(say('no', 'acme-creditor'));

    const [sharing] = await bot.handleMessage(say('turn off network sharing', 'acme-creditor'));
    expect(sharing?.text).toContain('Netzwerkfreigabe für Acme ApS *deaktivieren*?');
    expect(sharing?.text).toContain(
      'Ab sofort gilt: wenn ein Partner einen Ihrer Fälle ablehnt, wird der Fall geschlossen.',
    );
    expect(sharing?.text).toContain('Fälle, die vor der Änderung abgelehnt wurden, bleiben unverändert.');
    expect(sharing?.text).not.toMatch(ENGLISH);
  });

  it('when a Spanish-reading partner closes as Paid with no payment, or as Pre-Legal Exhausted too early, then both answers are Spanish', async () => {
    const bot = engine();
    await bot.handleMessage(say('idioma: español', 'nordic-partner'));
    const within = DEMO_CASE_IDS.activeWithinPeriod;

    const paid = textOf(await bot.handleMessage(say(`close ${within} as paid`, 'nordic-partner')));
    // The refusal "no registered payment" becomes the question for the amount, with its note.
    expect(paid).toContain(
      `El expediente ${within} todavía no tiene ningún pago registrado, así que lo registraré y cerraré el expediente en un solo paso.`,
    );
    expect(paid).not.toContain('has no registered payment');
    await bot.handleMessage(say('cancel', 'nordic-partner'));

    const early = DEMO_CASE_IDS.activePrelegalTooEarly;
    const until = dayFor(await periodEnd(early), readingLocale('es-ES'));
    const asked = textOf(await bot.handleMessage(say(`close ${early} prelegal exhausted`, 'nordic-partner')));
    expect(asked).toContain(
      `El periodo de cobro del expediente ${early} dura hasta el ${until}. Pre-Legal Exhausted está pensado para cuando se han agotado todos los intentos extrajudiciales razonables, normalmente tras el periodo de 6 meses. ¿Cerrarlo igualmente como Pre-Legal Exhausted?`,
    );
    expect(asked).not.toContain('collection period runs until');
  });

  it('when a Danish-reading managing partner opens a commission case, then plan and result are Danish', async () => {
    const feeCase = await arrangeFee('EUR', 1250);
    const bot = engine();
    await bot.handleMessage(say('tal dansk', 'managing-partner'));

    const [plan] = await bot.handleMessage(
      say('open a commission case against Acme ApS', 'managing-partner'),
    );
    expect(plan?.text).toContain('Åbn en provisionssag mod Acme ApS på 1.250,00\u00a0€ (Unpaid Invoice)?');
    expect(plan?.text).toContain(
      `Udfyldt på forhånd: skyldner Acme ApS (virksomhed, DK); din organisation Hanse Inkasso GmbH er klienten; kommentar: "Unpaid success fee owed for recovered debt on case ${feeCase}."`,
    );
    expect(plan?.text).toContain('Dokumenter: ingen dokumenter nødvendige (under 2.000 USD).');
    expect(plan?.text).not.toContain('is kept as your client');
    expect(plan?.text).not.toContain('Success fee');

    const [done] = await bot.handleMessage(say('yes', 'managing-partner'));
    expect(done?.text).toMatch(
      /^Provisionssag (\d+) mod Acme ApS på 1\.250,00\u00a0€ er åbnet\. Sag \1 er indsendt for Hanse Inkasso GmbH med et succeshonorar på \d+ %/,
    );
    expect(done?.text).not.toMatch(ENGLISH);
  });

  it('when a Finnish-reading managing partner asks for a commission in a currency the platform has no rate for, then the submission rule is said in Finnish', async () => {
    await arrangeFee('JPY', 200000);
    const bot = engine();
    await bot.handleMessage(say('language: fi', 'managing-partner'));
    const refused = textOf(
      await bot.handleMessage(say('open a commission case against Acme ApS', 'managing-partner')),
    );
    expect(refused).toBe(
      'Alustalla ei ole valuuttakurssia valuutalle JPY. Antakaa myös saatavan arvo dollareina (USD) tai jättäkää se USD- tai EUR-määräisenä.',
    );
  });

  it('when an English reader meets the same refusals, then they are the sentences of before, word for word', async () => {
    const bot = engine();
    const within = DEMO_CASE_IDS.activeWithinPeriod;
    const early = DEMO_CASE_IDS.activePrelegalTooEarly;
    const until = dayFor(await periodEnd(within), readingLocale(null));

    expect(textOf(await bot.handleMessage(say(`escalate ${within} to legal`, 'acme-creditor')))).toBe(
      `Case ${within} is still in its pre-legal collection period (until ${until}), so it can't go to legal yet. It can be escalated once the period has ended, or once the partner closes it as Pre-Legal Exhausted.`,
    );
    expect(textOf(await bot.handleMessage(say(`close ${within} as paid`, 'nordic-partner')))).toContain(
      `Case ${within} has no registered payment yet, so I'll register it and close the case in one step.`,
    );
    await bot.handleMessage(say('cancel', 'nordic-partner'));
    const endsEarly = dayFor(await periodEnd(early), readingLocale(null));
    expect(
      textOf(await bot.handleMessage(say(`close ${early} prelegal exhausted`, 'nordic-partner'))),
    ).toContain(
      `Case ${early}'s collection period runs until ${endsEarly}. Pre-Legal Exhausted is meant for when all reasonable pre-legal attempts are done, typically after the 6-month period. Close it as Pre-Legal Exhausted anyway?`,
    );
    await arrangeFee('JPY', 200000);
    expect(
      textOf(await bot.handleMessage(say('open a commission case against Acme ApS', 'managing-partner'))),
    ).toBe(
      "The platform has no exchange rate for JPY. Give the claim's USD equivalent as well, or submit it in USD or EUR.",
    );
  });
});
