import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import { SUBMIT_CASE_FIELDS } from '../../src/conversation/forms.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { rememberLocale } from '../../src/i18n/known-locales.ts';
import { createLogger } from '../../src/logger.ts';
import { DOCUMENT_RULE } from '../../src/surfaces/slack/blocks/modals.ts';
import { replyBlocks } from '../../src/surfaces/slack/blocks/reply-blocks.ts';
import { replyCard } from '../../src/surfaces/teams/adaptive-cards.ts';
import { consoleMessage, useDemoWorld } from '../helpers/demo-world.ts';
import { fakeSlackApi } from '../surfaces/helpers/slack-api.ts';
import { slackAppUnderTest } from '../surfaces/helpers/slack-app-under-test.ts';
import {
  buttonClick,
  CHANNEL,
  number,
  PARTNER,
  slashCommand,
  TEAM,
  viewSubmission,
} from '../surfaces/helpers/slack-payloads.ts';

// Round 4 of the forms: the submission form a managing partner opens (Slack modal, Teams card) is said in
// the language of the turn that offered it, and so are its field problems, the amount written the reader's
// way. The Slack modal is checked at the wire (views.open as Slack receives it); an English reader gets the
// labels of before, word for word.

// biome-ignore lint/suspicious/noExplicitAny: Block Kit payloads are inspected freely.
type Loose = any;

describe('the case forms in the reader language', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-12-07T10:00:00Z');
  useDemoWorld(clock, '2026-12-07T10:00:00Z', (h) => {
    handle = h;
  });
  let api: ReturnType<typeof fakeSlackApi>;
  beforeEach(() => {
    api = fakeSlackApi();
  });
  afterEach(() => api.done());

  const engine = () => createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock });
  const say = consoleMessage;
  /** The reply that offers the submission form, to a managing partner who chose `language`. */
  const formOffer = async (language: string): Promise<Reply> => {
    const bot = engine();
    await bot.handleMessage(say(language, 'managing-partner'));
    const replies = await bot.handleMessage(say('submit a case', 'managing-partner'));
    const offer = replies.find((r) => r.form);
    if (!offer) throw new Error(`no form offered: ${replies.map((r) => r.text).join(' / ')}`);
    return offer;
  };
  const block = (view: Loose, id: string) => (view.blocks as Loose[]).find((b) => b.block_id === id);
  const key = `slack:${CHANNEL}:1763900000.000100`;

  /** Clicks the form button of `reply` as Slack posted it; returns the view Slack was asked to open. */
  const openFromButton = async (reply: Reply) => {
    const { receiver } = slackAppUnderTest();
    const actions = replyBlocks(reply, key).find((b) => b.type === 'actions') as Loose;
    const button = actions.elements.find((e: Loose) => String(e.action_id).startsWith('form:'));
    await receiver.send(buttonClick({ actionId: button.action_id, value: button.value }));
    return { button, view: api.of('views.open')[0]?.args.view, receiver };
  };

  it('when a German-reading managing partner opens the submission form in Slack, then its title, labels, hints and buttons are German; a bad amount is refused in German, written the German way', async () => {
    const { button, view, receiver } = await openFromButton(await formOffer('sprich Deutsch'));

    expect(button.accessibility_label).toBe('Formular öffnen: Einen Fall einreichen');
    expect(view.title.text).toBe('Fall einreichen');
    expect(view.submit.text).toBe('Weiter');
    expect(view.close.text).toBe('Abbrechen');
    expect(block(view, 'principal').label.text).toBe('Geschuldeter Betrag');
    expect(block(view, 'principal').hint.text).toBe('z. B. 12500, 4.800,00 oder 4,800.00');
    expect(block(view, 'clientCountry').hint.text).toBe(
      'ein Name oder zwei Buchstaben, z. B. Deutschland oder DE',
    );
    expect(block(view, 'debtorType').element.options.map((o: Loose) => o.text.text)).toEqual([
      'Unternehmen',
      'Privatperson',
    ]);
    expect(block(view, 'disputed').label.text).toBe('Bestreitet der Schuldner die Forderung?');
    expect(JSON.stringify(view.blocks)).toContain('Dokumente nach Forderungswert');
    expect(JSON.stringify(view.blocks)).not.toMatch(/Debtor|Amount owed|Currency"/);

    const tooLarge = await receiver.send(
      viewSubmission({
        callbackId: 'submit_case',
        privateMetadata: view.private_metadata,
        fields: { principal: number('5000000000000') },
      }),
    );
    expect(tooLarge.ackBody).toEqual({
      response_action: 'errors',
      errors: {
        principal:
          '5.000.000.000.000,00 ist mehr, als ich erfassen kann: Beträge gehen bis 999.999.999.999,99.',
      },
    });
    const negative = await receiver.send(
      viewSubmission({
        callbackId: 'submit_case',
        privateMetadata: view.private_metadata,
        fields: { principal: number('-4800') },
        viewId: 'V0SECOND',
      }),
    );
    expect((negative.ackBody as Loose).errors.principal).toMatch(/^Ein Betrag kann nicht negativ sein/);
  });

  it('when a Swedish-reading partner types /case submit in Slack, then the modal is Swedish (the language their last turn found)', async () => {
    const who = { surface: 'slack', userExternalId: PARTNER, workspaceId: TEAM };
    rememberLocale(who, 'sv-SE');
    try {
      const { receiver } = slackAppUnderTest();
      await receiver.send(slashCommand('submit'));
      const view = api.of('views.open')[0]?.args.view;
      expect(view.title.text).toBe('Skicka in ett ärende');
      expect(block(view, 'debtorName').label.text).toBe('Gäldenärens namn');
      expect(JSON.parse(view.private_metadata).locale).toBe('sv-SE');
    } finally {
      rememberLocale(who, null);
    }
  });

  it('when a Danish-reading managing partner is offered the submission form in Teams, then the card labels, hints and button are Danish', async () => {
    const card = replyCard(await formOffer('tal dansk'), 'teams:conv-1');
    const inputs = card.body as Loose[];
    const principal = inputs.find((i) => i.id === 'principal');
    expect(principal.label).toBe('Skyldigt beløb');
    expect(principal.placeholder).toBe('f.eks. 12500, 4.800,00 eller 4,800.00');
    expect(principal.errorMessage).toBe('Skyldigt beløb skal udfyldes.');
    expect(inputs.find((i) => i.id === 'debtorType').choices.map((c: Loose) => c.title)).toEqual([
      'Virksomhed',
      'Privatperson',
    ]);
    expect(card.actions?.at(-1)).toMatchObject({ title: 'Fortsæt' });
    expect(JSON.stringify(card)).not.toMatch(/Amount owed|Debtor name| is needed/);
  });

  it('when a Finnish-reading partner clicks a close-form button, then the close modal, its groups and its problems are Finnish; in English they are as before', async () => {
    const { receiver } = slackAppUnderTest();
    const value = (l?: string) => JSON.stringify({ k: key, v: '88', ...(l ? { l } : {}) });
    await receiver.send(buttonClick({ actionId: 'form:close', value: value('fi-FI') }));
    await receiver.send(buttonClick({ actionId: 'form:close', value: value() }));
    const [finnish, english] = api.of('views.open').map((c) => c.args.view);

    expect(finnish.title.text).toBe('Sulje toimeksianto');
    expect(block(finnish, 'caseId').label.text).toBe('Toimeksiannon numero');
    expect(block(finnish, 'closeCode').element.option_groups[0].label.text).toBe('Onnistuminen');
    expect(block(finnish, 'paymentAmount').label.text).toBe('Peritty määrä');
    expect(english.title.text).toBe('Close case');
    expect(block(english, 'paymentAmount').hint.text).toBe(
      'Only for Paid or Partially paid: the payment is registered before the case is closed.',
    );

    const { ackBody } = await receiver.send(
      viewSubmission({
        callbackId: 'close_case',
        privateMetadata: finnish.private_metadata,
        fields: { caseId: { type: 'plain_text_input', value: '88' }, paymentAmount: number('-3') },
      }),
    );
    expect((ackBody as Loose).errors.paymentAmount).toMatch(/negatiivinen/);
  });

  it('when a German-reading partner gives a payment in "kr" on a EUR case, then why the currency is asked is said in German', async () => {
    const bot = engine();
    await bot.handleMessage(say('sprich Deutsch', 'nordic-partner'));
    const [asked] = await bot.handleMessage(say('register payment 500 kr on 1012', 'nordic-partner'));

    expect(asked?.text).toContain('Fall 1012 ist in EUR, daher weiß ich nicht, welche Währung Sie meinen.');
    expect(asked?.text).not.toContain("can't tell");
  });

  it('when an English reader opens the form, then every label, hint and problem is the one of before', async () => {
    const { receiver } = slackAppUnderTest();
    await receiver.send(slashCommand('submit', { user: 'U0NEWCOMER' }));
    const view = api.of('views.open')[0]?.args.view;

    expect(view.title.text).toBe('Submit a case');
    expect(view.submit.text).toBe('Continue');
    expect(view.close.text).toBe('Cancel');
    for (const field of SUBMIT_CASE_FIELDS) {
      expect(block(view, field.name).label.text).toBe(field.label);
      expect(block(view, field.name).hint?.text).toBe(field.hint);
    }
    expect(JSON.stringify(view.blocks)).toContain(JSON.stringify(DOCUMENT_RULE).slice(1, -1));
    expect(JSON.parse(view.private_metadata)).toEqual({ conversationKey: expect.any(String) });

    const { ackBody } = await receiver.send(
      viewSubmission({
        callbackId: 'submit_case',
        privateMetadata: view.private_metadata,
        fields: { principal: number('5000000000000') },
        user: 'U0NEWCOMER',
      }),
    );
    expect((ackBody as Loose).errors.principal).toBe(
      '5,000,000,000,000.00 is more than I can record: amounts go up to 999,999,999,999.99.',
    );
  });
});
