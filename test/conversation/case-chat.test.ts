import nock from 'nock';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createDeliveryWorker } from '../../src/delivery/outbox-worker.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createSlackNoticeClient, createSlackNoticeSender } from '../../src/surfaces/slack/notice-sender.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// The case chat and the information a creditor adds after a decline, end to end: a Slack message through
// the conversation engine, the use cases and the demo world on real PostgreSQL, the notice through the
// outbox to Slack's Web API at the wire. Case 1005 is Müller Maschinenbau's (a shadow client), submitted
// by Hanse Inkasso (managing partner), worked by Nordic Collect; 1008 is Acme's, worked by Nordic.

const silent = pino({ level: 'silent' });
const USERS = {
  acme: { id: 1, ext: 'U0ACME' },
  fjord: { id: 2, ext: 'U0FJORD' },
  nordic: { id: 3, ext: 'U0NORDIC' },
  lex: { id: 5, ext: 'U0LEX' },
  iberia: { id: 7, ext: 'U0IBERIA' },
  managing: { id: 8, ext: 'U0HANSE' },
  support: { id: 9, ext: 'U0SUPPORT' },
} as const;
type Who = keyof typeof USERS;
const NORDIC = 1;
const HANSE = 2;

describe('the case chat, through the conversation engine', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  });
  afterAll(() => nock.enableNetConnect());
  afterEach(() => nock.cleanAll());
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values(Object.values(USERS).map((u) => ({ surface: 'slack', external_id: u.ext, user_id: u.id })))
      .execute();
  });

  const engine = () => createAppConversationEngine({ db: handle.db, logger: silent, clock });
  const say = (who: Who, text: string) =>
    engine().handleMessage({
      surface: 'slack',
      userExternalId: USERS[who].ext,
      conversationKey: `D0${who}`,
      text,
    });
  const confirm = async (who: Who, replies: Reply[]) => {
    const value = replies[0]?.choices?.find((c) => c.label === 'Confirm')?.value;
    if (!value) throw new Error(`no Confirm in ${JSON.stringify(replies)}`);
    return engine().handleChoice({
      surface: 'slack',
      userExternalId: USERS[who].ext,
      conversationKey: `D0${who}`,
      value,
    });
  };
  const status = async (id: number) =>
    (await handle.db.selectFrom('cases').select('status').where('id', '=', id).executeTakeFirstOrThrow())
      .status;
  const noticesOf = (caseId: number, kind: string) =>
    handle.db
      .selectFrom('notices')
      .select(['recipient_type', 'recipient_ref', 'payload'])
      .where('case_id', '=', caseId)
      .where('kind', '=', kind)
      .orderBy('id')
      .execute();
  const historyOf = (caseId: number, action: string) =>
    handle.db
      .selectFrom('case_history')
      .select(['actor_user_id', 'details', 'from_status', 'to_status'])
      .where('case_id', '=', caseId)
      .where('action', '=', action)
      .orderBy('id')
      .execute();
  const textOf = (n: { payload: unknown }) => String((n.payload as { text?: string }).text ?? '');
  const detailsOf = (h: { details: unknown }) =>
    (typeof h.details === 'string' ? JSON.parse(h.details) : h.details) as Record<string, unknown>;

  describe('managing partner and assigned partner', () => {
    it('when the managing partner messages the partner on its case, then it is sent at once, kept in the history, the partner is told once, and the case is unchanged', async () => {
      const reply = await say(
        'managing',
        'message the partner on case 1005: the debtor called us, please pause',
      );

      expect(reply[0]?.text).toMatch(/Sent to Nordic Collect A\/S on case 1005/);
      expect(reply[0]?.choices ?? []).toEqual([]);
      const rows = await historyOf(1005, 'case.message');
      expect(rows).toHaveLength(1);
      expect(rows[0]?.actor_user_id).toBe(USERS.managing.id);
      expect(detailsOf(rows[0] ?? { details: {} })).toMatchObject({
        text: 'the debtor called us, please pause',
        from: 'managing_partner',
        to: 'assigned_partner',
      });
      const notices = await noticesOf(1005, 'case.message');
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ recipient_type: 'partner', recipient_ref: String(NORDIC) });
      expect(textOf(notices[0] ?? { payload: {} })).toContain('“the debtor called us, please pause”');
      expect(textOf(notices[0] ?? { payload: {} })).toMatch(
        /Jonas Weber \(Hanse Inkasso GmbH, managing partner\)/,
      );
      expect(textOf(notices[0] ?? { payload: {} })).toContain('reply on 1005');
      expect(await status(1005)).toBe('pending_verification');
    });

    it('when the assigned partner replies, then the managing partner is told, and both read the chat with who wrote and when', async () => {
      await say('managing', 'tell the agency on 1005 the debtor called us, please pause');
      const reply = await say('nordic', 'reply on 1005: noted, we hold the reminders');

      expect(reply[0]?.text).toMatch(/Sent to Hanse Inkasso GmbH on case 1005/);
      const notices = await noticesOf(1005, 'case.message');
      expect(notices.map((n) => [n.recipient_type, n.recipient_ref])).toEqual([
        ['partner', String(NORDIC)],
        ['partner', String(HANSE)],
      ]);
      expect(textOf(notices[1] ?? { payload: {} })).toContain('“noted, we hold the reminders”');

      for (const who of ['managing', 'nordic', 'support'] as const) {
        const chat = (await say(who, 'messages on case 1005'))[0]?.text ?? '';
        expect(chat, who).toMatch(
          /23 Nov 2026 10:00 UTC, Jonas Weber \(Hanse Inkasso GmbH\): “the debtor called us, please pause”[\s\S]*Mikkel Sørensen \(Nordic Collect A\/S\): “noted, we hold the reminders”/,
        );
      }
      expect((await say('support', 'show the chat on 1005'))[0]?.text).not.toMatch(/To write/);
    });

    it('when the message has no words, then they are asked for, and the answer is what is sent', async () => {
      const asked = await say('managing', 'message the partner on case 1005');
      expect(asked[0]?.text).toMatch(/What is your message on case 1005\?/);
      expect(await noticesOf(1005, 'case.message')).toHaveLength(0);

      const sent = await say('managing', 'the debtor asks for a payment plan');

      expect(sent[0]?.text).toMatch(/Sent to Nordic Collect/);
      expect(detailsOf((await historyOf(1005, 'case.message'))[0] ?? { details: {} }).text).toBe(
        'the debtor asks for a payment plan',
      );
    });

    it('when a managing partner is refused a change, then the refusal says how to message the partner, and that wording works', async () => {
      const refused = (await say('managing', 'withdraw case 1005'))[0]?.text ?? '';
      const how = /"(message the partner on 1005): …"/.exec(refused);
      expect(how, refused).not.toBeNull();

      const reply = await say('managing', `${how?.[1]}: please withdraw, the client was paid directly`);

      expect(reply[0]?.text).toMatch(/Sent to Nordic Collect/);
      expect(await status(1005)).toBe('pending_verification');
    });
  });

  describe('who may not write', () => {
    it('when a partner with nothing to do with the case writes on it, then it is refused at once (not asked what to say), and nothing is stored or sent', async () => {
      for (const text of ['message the partner on case 1005: hello', 'message the partner on case 1005']) {
        const reply = await say('lex', text);
        expect(reply[0]?.text, text).toMatch(/not one of your cases/);
      }
      expect((await say('lex', 'messages on 1005'))[0]?.text).toMatch(/not one of your cases/);
      expect(await historyOf(1005, 'case.message')).toHaveLength(0);
      expect(await noticesOf(1005, 'case.message')).toHaveLength(0);
    });

    it('when the partner that declined a case writes on it, then it is told it no longer holds it', async () => {
      await confirm('nordic', await say('nordic', 'decline 1002, the debtor died last month'));
      expect(await status(1002)).toBe('collecting_quotes');

      const reply = await say('nordic', 'message the creditor on 1002: sorry about this one');

      expect(reply[0]?.text).toMatch(/no longer holds case 1002/);
      expect(await historyOf(1002, 'case.message')).toHaveLength(0);
    });

    it('when a partner invited to the lead writes on the case chat, then it is told how to quote or pass instead', async () => {
      const reply = await say('iberia', 'message the partner on 1015: what is the debtor address?');

      expect(reply[0]?.text).toMatch(/invited to quote on/);
      expect(reply[0]?.text).toMatch(/no quote on case 1015/);
      expect(await historyOf(1015, 'case.message')).toHaveLength(0);
    });

    it('when support writes on a case chat, then it is told it reads it only', async () => {
      const reply = await say('support', 'message the partner on 1005: hi');
      expect(reply[0]?.text).toMatch(/Support can read case 1005/);
    });
  });

  describe('creditor and partner of a case it submitted itself', () => {
    it('when the creditor tells the agency and the partner replies, then each side is told by its own notice', async () => {
      await say('acme', 'tell the agency on 1008 the debtor wants to pay in two parts');
      const reply = await say('nordic', 'reply on 1008: fine, we agree the plan with the debtor');

      expect(reply[0]?.text).toMatch(/Sent to Acme ApS on case 1008/);
      const notices = await noticesOf(1008, 'case.message');
      expect(notices.map((n) => [n.recipient_type, n.recipient_ref])).toEqual([
        ['partner', String(NORDIC)],
        ['creditor', '1'],
      ]);
    });
  });

  it("when a message holds <!channel> as Slack delivers it, then the partner's Slack DM shows it as text, delivered once", async () => {
    const posted: string[] = [];
    nock('https://slack.com')
      .persist()
      .post(/^\/api\/[a-zA-Z.]+$/)
      .reply((uri, body) => {
        const args = Object.fromEntries(new URLSearchParams(String(body)));
        if (uri.endsWith('conversations.open'))
          return [200, { ok: true, channel: { id: `D-${args.users}` } }];
        posted.push(`${args.text}\n${args.blocks}`);
        return [200, { ok: true, channel: args.channel, ts: `1763900000.00000${posted.length}` }];
      });
    const worker = () =>
      createDeliveryWorker({
        db: handle.db,
        sender: createSlackNoticeSender(
          createSlackNoticeClient('xoxb-test', { retryConfig: { retries: 0 } }),
        ),
        channels: {
          QUOTE_ALERT_CHANNEL: 'quote-alerts',
          CLOSE_CODE_CHANNEL: 'close-codes',
          SUPPORT_CHANNEL: 'support',
        },
        logger: silent,
        clock,
        paceMs: 0,
      });

    await say('managing', 'message the partner on 1005: the debtor wrote &lt;!channel&gt; in his mail to us');
    await worker().runOnce();
    await worker().runOnce();

    const toNordic = posted.filter((p) => p.includes('the debtor wrote'));
    expect(toNordic).toHaveLength(1);
    expect(toNordic[0]).toContain('the debtor wrote &lt;!channel&gt; in his mail');
    expect(toNordic[0]).not.toMatch(/<!channel>/);
    expect(toNordic[0]).not.toContain('&amp;lt;');
  });

  describe('information after a decline', () => {
    it('when the creditor adds information to a declined case collecting quotes, then support and the partners quoting are told, not the partner that declined', async () => {
      const reply = await say(
        'acme',
        'add information to case 1013: the debtor moved to Aarhus, new address Vestergade 5, 8000 Aarhus C',
      );

      expect(reply[0]?.text).toMatch(
        /Added to case 1013: support and the 3 partners considering it have been told/,
      );
      expect(reply[0]?.choices ?? []).toEqual([]);
      const rows = await historyOf(1013, 'case.add_info');
      expect(rows).toHaveLength(1);
      expect(rows[0]?.actor_user_id).toBe(USERS.acme.id);
      expect(detailsOf(rows[0] ?? { details: {} }).text).toBe(
        'the debtor moved to Aarhus, new address Vestergade 5, 8000 Aarhus C',
      );
      const notices = await noticesOf(1013, 'case.info_added');
      expect(notices.map((n) => `${n.recipient_type}:${n.recipient_ref}`).sort()).toEqual([
        'channel:support',
        'partner:4',
        'partner:5',
        'partner:6',
      ]);
      expect(notices.every((n) => textOf(n).includes('Vestergade 5'))).toBe(true);
      expect(await status(1013)).toBe('collecting_quotes');
      expect((await say('acme', 'messages on 1013'))[0]?.text).toMatch(
        /Anna Jensen \(Acme ApS\): added information: “the debtor moved to Aarhus/,
      );
    });

    it('when the case was closed after a decline, then support alone is told and the creditor hears support will get back about resubmitting', async () => {
      const reply = await say(
        'fjord',
        'add additional details to 1018: we found the debtor’s new company number',
      );

      expect(reply[0]?.text).toMatch(/support has been told/);
      expect(reply[0]?.text).toMatch(/resubmit/);
      const notices = await noticesOf(1018, 'case.info_added');
      expect(notices.map((n) => `${n.recipient_type}:${n.recipient_ref}`)).toEqual(['channel:support']);
    });

    it('when a partner holds the case, then adding information is pointed to the case chat or to the answer', async () => {
      expect((await say('acme', 'add information to case 1008: new phone number'))[0]?.text).toMatch(
        /message the partner on 1008/,
      );
      expect((await say('acme', 'add information to case 1007: new phone number'))[0]?.text).toMatch(
        /answer 1007/,
      );
      expect((await say('nordic', 'add information to case 1013: x'))[0]?.text).toMatch(/no longer holds/);
      expect(await historyOf(1008, 'case.add_info')).toHaveLength(0);
    });

    it('when the information is missing, then it is asked for', async () => {
      const asked = await say('acme', 'add information to case 1013');
      expect(asked[0]?.text).toMatch(/What information do you add to case 1013\?/);
      const added = await say('acme', 'the debtor has a new address in Aarhus');
      expect(added[0]?.text).toMatch(/Added to case 1013/);
    });
  });

  describe('answering an information request in chat', () => {
    it('when the creditor answers, then after the confirmation the case is back with the partner, who is told with the answer', async () => {
      const plan = await say('acme', 'answer 1007: the signed contract is attached &lt;!here&gt;');
      expect(plan[0]?.choices?.map((c) => c.label)).toEqual(['Confirm', 'Cancel']);
      await confirm('acme', plan);

      expect(await status(1007)).toBe('pending_verification');
      const notices = await noticesOf(1007, 'case.info_answered');
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ recipient_type: 'partner', recipient_ref: String(NORDIC) });
      expect(textOf(notices[0] ?? { payload: {} })).toContain('the signed contract is attached <!here>');
      expect((await say('nordic', 'messages on 1007'))[0]?.text).toMatch(
        /Anna Jensen \(Acme ApS\): answered the information request: “the signed contract is attached <!here>”/,
      );
    });

    it('when the partner asks the managing partner for information, then the managing partner answers in chat and the case goes back to the partner', async () => {
      await confirm('nordic', await say('nordic', 'request info on 1005, we need the signed order'));
      expect(await status(1005)).toBe('needs_additional_details');

      await confirm('managing', await say('managing', 'answer 1005: the signed order is uploaded'));

      expect(await status(1005)).toBe('pending_verification');
      const answered = await noticesOf(1005, 'case.info_answered');
      expect(answered.map((n) => n.recipient_ref)).toEqual([String(NORDIC)]);
      const chat = (await say('managing', 'messages on 1005'))[0]?.text ?? '';
      expect(chat).toMatch(/Mikkel Sørensen \(Nordic Collect A\/S\): asked for more information/);
      expect(chat).toMatch(
        /Jonas Weber \(Hanse Inkasso GmbH\): answered the information request: “the signed order is uploaded”/,
      );
    });
  });
});
