import { createTestApp } from '@microsoft/teams.apps/dist/test-utils.js';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { findUser } from '../../src/db/repositories/user.repository.ts';
import { chooseUserLocale } from '../../src/db/repositories/user-locale.repository.ts';
import { DEMO_CASE_IDS } from '../../src/db/seed/demo-cases.ts';
import { createDeliveryWorker } from '../../src/delivery/outbox-worker.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { createConsoleNoticeSender } from '../../src/surfaces/console/console-notice-sender.ts';
import {
  createEmailNoticeSender,
  type SmtpNoticeSender,
} from '../../src/surfaces/email/email-notice-sender.ts';
import { slackLocaleDirectory } from '../../src/surfaces/slack/locale-directory.ts';
import { createSlackNoticeClient, createSlackNoticeSender } from '../../src/surfaces/slack/notice-sender.ts';
import { createTeamsNoticeSender } from '../../src/surfaces/teams/notice-sender.ts';
import { createTeamsApp } from '../../src/surfaces/teams/teams-app.ts';
import { declineCase } from '../../src/use-cases/cases/decline-case.ts';
import { closeQuoteWindow } from '../../src/use-cases/leads/close-quote-window.ts';
import { remindQuoteSelection } from '../../src/use-cases/scheduled/remind-quote-selection.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.ts';
import { contextFor } from '../helpers/world.ts';
import { fakeSlackApi } from '../surfaces/helpers/slack-api.ts';
import { slackAppUnderTest } from '../surfaces/helpers/slack-app-under-test.ts';
import { directMessageEvent } from '../surfaces/helpers/slack-payloads.ts';
import { inbound, personalMessage, SERVICE_URL } from '../surfaces/helpers/teams-activities.ts';
import { fakeBotConnector } from '../surfaces/helpers/teams-api.ts';

// Issue 12's own test: a creditor whose locale is Danish gets the decline letter, the quote alerts and the
// reminders in Danish, on each surface, at the wire. Anna Jensen (user 1) is Acme ApS's only user; case
// 1002 (Acme's) is declined by Nordic Collect, lead 501 (case 1013, 3 of 3 quotes in) closes with quotes
// ready, and 7 days later the first reminder goes out. Her locale comes from where it comes in life:
// Slack's users.info, the Teams activity, her own "tal dansk" in the console, or stored (e-mail).

const ANNA = 1;
const NORDIC_PARTNER = 3;
const LEAD = 501;
const channels = {
  QUOTE_ALERT_CHANNEL: 'quote-alerts',
  CLOSE_CODE_CHANNEL: 'close-codes',
  SUPPORT_CHANNEL: 'support',
};
const silent = pino({ level: 'silent' });

// What a Danish reader must see (and an English one would not).
const DANISH_LETTER =
  /Kære Acme ApS[\s\S]*har afvist sagen\. Årsag: skyldneren ser ud til at være gået konkurs[\s\S]*Med venlig hilsen/;
const DANISH_QUOTES = /Der er tilbud klar på sag 1013 \(Odense Elektro ApS\): tilbud 701: .*, 18 %/;
const DANISH_REMINDER = /Påmindelse: Sag 1013 har 3 tilbud, der har ventet på dit valg siden /;

describe('a creditor whose locale is Danish', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });

  /** The three things a creditor receives here, each through its own use case. */
  async function declineQuotesAndRemind() {
    const partner = await findUser(handle.db, NORDIC_PARTNER);
    if (!partner) throw new Error('no partner');
    await declineCase(contextFor(handle.db, partner, { clock }), {
      caseId: DEMO_CASE_IDS.toDeclineSharingOn,
      reason: 'The debtor was declared bankrupt last month.',
      category: 'insolvency_or_ceased',
    });
    // The demo lead's last quote has just come in: its collection ends now (the seed had ended it already).
    await handle.db
      .updateTable('leads')
      .set({ quotes_ready_at: null, reminders_sent: 0 })
      .where('id', '=', LEAD)
      .execute();
    expect(await closeQuoteWindow({ db: handle.db, clock }, { leadId: LEAD })).toMatchObject({
      result: 'quotes_ready',
    });
    clock.advance(7 * 24 * 3600_000 + 60_000);
    expect(await remindQuoteSelection({ db: handle.db, clock }, LEAD)).toMatchObject({ status: 'done' });
  }

  const storedLocale = async () =>
    await handle.db
      .selectFrom('users')
      .select(['locale', 'locale_source'])
      .where('id', '=', ANNA)
      .executeTakeFirstOrThrow();

  describe('on Slack', () => {
    let api: ReturnType<typeof fakeSlackApi>;
    beforeEach(async () => {
      await handle.db
        .insertInto('chat_identities')
        .values({ surface: 'slack', external_id: 'U0ANNA', user_id: ANNA })
        .execute();
      api = fakeSlackApi();
    });
    afterEach(() => api.done());

    it('when Slack says her locale is da-DK, then the decline letter, quote alert and reminder are posted in Danish, with the date as a Slack date token', async () => {
      api.respondWith('users.info', (args) => [
        200,
        { ok: true, user: { id: args.user, name: 'anna', locale: 'da-DK', profile: {} } },
      ]);
      const client = createSlackNoticeClient('xoxb-test-token');
      const { receiver } = slackAppUnderTest({
        engine: createAppConversationEngine({
          db: handle.db,
          logger: createLogger('silent'),
          clock,
          localeDirectory: slackLocaleDirectory(client),
        }),
      });
      await receiver.send(directMessageEvent({ text: 'my cases', user: 'U0ANNA' }));
      expect(api.of('users.info')[0]?.args).toMatchObject({ user: 'U0ANNA', include_locale: 'true' });
      expect(await storedLocale()).toEqual({ locale: 'da-DK', locale_source: 'slack' });

      await declineQuotesAndRemind();
      const posted = api.of('chat.postMessage').length;
      await createDeliveryWorker({
        db: handle.db,
        senders: [createSlackNoticeSender(client)],
        channels,
        logger: silent,
        clock,
        paceMs: 0,
        jitter: 0,
      }).runOnce();

      const toAnna = api
        .of('chat.postMessage')
        .slice(posted)
        .filter((c) => c.args.channel === 'D0DMCHAN1')
        .map((c) => String(c.args.text));
      expect(toAnna.find((t) => DANISH_LETTER.test(t))).toBeDefined();
      expect(toAnna.find((t) => DANISH_QUOTES.test(t))).toBeDefined();
      const reminder = toAnna.find((t) => DANISH_REMINDER.test(t));
      // Slack shows the day in each reader's own time zone; the fallback is the Danish day.
      expect(reminder).toMatch(/siden <!date\^\d{10}\^\{date_short\}\|\d{1,2}\. [a-zæøå]+\.? 2026>\./);
      // The section block says the same, with the same live token (escaping kept everything else inert).
      const block = api.of('chat.postMessage').find((c) => String(c.args.text) === reminder)?.args.blocks[0]
        .text.text;
      expect(block).toContain('<!date^');
    });
  });

  describe('on Teams', () => {
    let connector: ReturnType<typeof fakeBotConnector>;
    beforeEach(async () => {
      await handle.db
        .insertInto('chat_identities')
        .values({ surface: 'teams', external_id: 'aad-anna', user_id: ANNA })
        .execute();
      connector = fakeBotConnector(SERVICE_URL);
    });
    afterEach(() => connector.done());

    it('when her Teams activity carries locale da-DK, then the notices she receives are in Danish', async () => {
      const teams = createTeamsApp({
        config: {
          TEAMS_CLIENT_ID: undefined,
          TEAMS_CLIENT_SECRET: undefined,
          TEAMS_TENANT_ID: undefined,
          PORT: 0,
        },
        engine: createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock }),
        logger: createLogger('silent'),
        app: createTestApp(),
      });
      const message = personalMessage('my cases');
      await teams.app.process(
        inbound({ ...message, locale: 'da-DK', from: { ...message.from, aadObjectId: 'aad-anna' } }),
      );
      await teams.idle();
      expect(await storedLocale()).toEqual({ locale: 'da-DK', locale_source: 'teams' });

      await declineQuotesAndRemind();
      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', appid: 'bot-app-id', exp: 4102444800 })}.sig`;
      const sender = createTeamsNoticeSender(
        createTestApp({ clientId: 'bot-app-id', token: async () => token, serviceUrl: SERVICE_URL }),
        { tenantId: 'tenant-0001' },
      );
      const before = connector.sent.length;
      await createDeliveryWorker({
        db: handle.db,
        senders: [sender],
        channels,
        logger: silent,
        clock,
        paceMs: 0,
        jitter: 0,
      }).runOnce();

      const texts = connector.sent.slice(before).map((s) => String(s.activity.text));
      expect(texts.find((t) => DANISH_LETTER.test(t))).toBeDefined();
      expect(texts.find((t) => DANISH_QUOTES.test(t))).toBeDefined();
      // Teams has no date tokens: the day is written for a Danish reader.
      expect(texts.find((t) => DANISH_REMINDER.test(t))).toMatch(/siden 2?\d\. [a-zæøå]+\.? 2026\./);
    });
  });

  it('in the console, when she says "tal dansk", then she is answered in Danish and her notices are Danish', async () => {
    // The demo world links console handles as the people they name (`--as acme-creditor`).
    const engine = createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock });
    const [answer] = await engine.handleMessage({
      surface: 'console',
      userExternalId: 'acme-creditor',
      conversationKey: 'console:acme-creditor',
      text: 'tal dansk',
    });
    expect(answer?.text).toBe('Fra nu af svarer jeg dig på dansk, og dine meddelelser skrives på dansk.');
    expect(await storedLocale()).toEqual({ locale: 'da-DK', locale_source: 'chosen' });

    await declineQuotesAndRemind();
    const printed: string[] = [];
    await createDeliveryWorker({
      db: handle.db,
      senders: [createConsoleNoticeSender((line) => printed.push(line))],
      channels,
      logger: silent,
      clock,
      paceMs: 0,
      jitter: 0,
    }).runOnce();
    const all = printed.join('\n');
    expect(all).toMatch(DANISH_LETTER);
    expect(all).toMatch(DANISH_QUOTES);
    expect(all).toMatch(DANISH_REMINDER);
  });

  describe('by e-mail', () => {
    let sink: SmtpSink;
    let email: SmtpNoticeSender;
    beforeAll(async () => {
      sink = await startSmtpSink();
      email = createEmailNoticeSender({
        host: '127.0.0.1',
        port: sink.port,
        secure: false,
        from: 'Debitura <notices@debitura.test>',
        timeoutMs: 5000,
      });
    });
    afterAll(async () => {
      email.close();
      await sink.close();
    });

    it('when she is linked on no chat surface and reads Danish, then the e-mails are in Danish', async () => {
      sink.received.length = 0;
      await chooseUserLocale(handle.db, ANNA, 'da-DK');
      await declineQuotesAndRemind();
      await createDeliveryWorker({
        db: handle.db,
        senders: [],
        email,
        channels,
        logger: silent,
        clock,
        jitter: 0,
      }).runOnce();

      const toAnna = sink.received.filter((m) => m.envelopeTo.includes('anna.jensen@acme.example'));
      const bodies = toAnna.map((m) => m.text.replace(/\r\n/g, '\n'));
      expect(bodies.find((t) => DANISH_LETTER.test(t))).toBeDefined();
      expect(bodies.find((t) => DANISH_QUOTES.test(t))).toBeDefined();
      expect(bodies.find((t) => DANISH_REMINDER.test(t))).toBeDefined();
      // The frame is hers too: greeting, subject and footer.
      const letter = toAnna.find((m) => DANISH_LETTER.test(m.text.replace(/\r\n/g, '\n')));
      expect(letter?.headers.subject).toBe(
        `Debitura: sag ${DEMO_CASE_IDS.toDeclineSharingOn} afvist af partneren`,
      );
      expect(letter?.text).toMatch(/^Hej Anna Jensen\r?\n/);
      expect(letter?.text).toContain('Du modtager denne e-mail, fordi du ikke er forbundet til Debitura');
    });
  });
});
