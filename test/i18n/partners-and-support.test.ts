import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { findUser } from '../../src/db/repositories/user.repository.ts';
import { DEMO_CASE_IDS } from '../../src/db/seed/demo-cases.ts';
import { createDeliveryWorker } from '../../src/delivery/outbox-worker.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { withReader } from '../../src/i18n/messages.ts';
import { createLogger } from '../../src/logger.ts';
import { createSlackNoticeClient, createSlackNoticeSender } from '../../src/surfaces/slack/notice-sender.ts';
import { declineCase } from '../../src/use-cases/cases/decline-case.ts';
import { getNetworkSharing } from '../../src/use-cases/creditors/network-sharing.ts';
import { escalateCase } from '../../src/use-cases/leads/escalate-case.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';
import { contextFor } from '../helpers/world.ts';
import { fakeSlackApi } from '../surfaces/helpers/slack-api.ts';
import { slackAppUnderTest } from '../surfaces/helpers/slack-app-under-test.ts';
import { directMessageEvent } from '../surfaces/helpers/slack-payloads.ts';

// Issue 12, round 2: what partners and support receive, and the replies of the lead, escalation and
// sharing use cases, in the reader's language. Nordic Collect (partner user 3) declines Acme's case 1002:
// a lead opens for the network (invitations to the other partners) and, for a reason that fits no
// category, support is asked to review it.

const NORDIC_PARTNER = 3;
const channels = {
  QUOTE_ALERT_CHANNEL: 'quote-alerts',
  CLOSE_CODE_CHANNEL: 'close-codes',
  SUPPORT_CHANNEL: 'support',
};
const silent = pino({ level: 'silent' });

describe('partners and support in their own language', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });

  describe('on Slack, at the wire', () => {
    let api: ReturnType<typeof fakeSlackApi>;
    beforeEach(() => {
      api = fakeSlackApi();
    });
    afterEach(() => api.done());

    /** Every partner user (but the decliner's) reads `locale` and is linked on Slack; support reads `supportLocale`. */
    async function readers(locale: string, supportLocale: string) {
      const partners = await handle.db
        .selectFrom('users')
        .select('id')
        .where('partner_id', 'is not', null)
        .execute();
      await handle.db
        .updateTable('users')
        .set({ locale, locale_source: 'chosen' })
        .where('partner_id', 'is not', null)
        .execute();
      await handle.db
        .updateTable('users')
        .set({ locale: supportLocale, locale_source: 'chosen' })
        .where('role', '=', 'support')
        .execute();
      const linked = new Set(
        (
          await handle.db
            .selectFrom('chat_identities')
            .select('user_id')
            .where('surface', '=', 'slack')
            .execute()
        ).map((r) => r.user_id),
      );
      const missing = partners.filter((p) => !linked.has(p.id));
      if (missing.length > 0) {
        await handle.db
          .insertInto('chat_identities')
          .values(missing.map((p) => ({ surface: 'slack', external_id: `U0P${p.id}`, user_id: p.id })))
          .execute();
      }
    }

    async function deliver() {
      const client = createSlackNoticeClient('xoxb-test-token');
      await createDeliveryWorker({
        db: handle.db,
        senders: [createSlackNoticeSender(client)],
        channels,
        logger: silent,
        clock,
        paceMs: 0,
        jitter: 0,
      }).runOnce();
      return api
        .of('chat.postMessage')
        .map((c) => ({ channel: String(c.args.channel), text: String(c.args.text) }));
    }

    it('when a Danish partner is invited to a lead and support reads Swedish, then the invitation is in Danish and the manual-review alert in Swedish', async () => {
      await readers('da-DK', 'sv-SE');
      const partner = await findUser(handle.db, NORDIC_PARTNER);
      if (!partner) throw new Error('no partner');
      await declineCase(contextFor(handle.db, partner, { clock }), {
        caseId: DEMO_CASE_IDS.toDeclineSharingOn,
        reason: 'We just do not feel like it',
        category: null,
      });

      const posted = await deliver();
      const invitation = posted.find((p) => /^Nyt lead \d+: sag 1002,/.test(p.text));
      expect(invitation?.text).toMatch(
        /^Nyt lead \d+: sag 1002, en (virksomhed|privatperson) som skyldner i [A-Z]{2}.*, (ubetalt faktura|tilbagebetaling af lån) \([\d.]+,\d\d\skr\.\)\. Der indhentes tilbud indtil \d{4}-\d\d-\d\d \d\d:\d\d UTC\. Svar "quote &lt;procent&gt;% on case 1002" for at give et tilbud, eller "no quote on case 1002" for at melde pas\.$/,
      );
      expect(posted.some((p) => p.text.startsWith('New lead'))).toBe(false);

      const review = posted.find(
        (p) => p.channel.endsWith('support') && p.text.includes('We just do not feel like it'),
      );
      expect(review?.text).toMatch(
        /avböjde ärende 1002 \(.+\) med en motivering som inte passar någon avböjandekategori: "We just do not feel like it"\. Granska den och ange kategorin \(lös granskningen på ärende 1002\)\.$/,
      );
    });

    it('when support reads several languages, then the support channel stays English', async () => {
      await readers('da-DK', 'sv-SE');
      const someSupport = await handle.db
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'support')
        .executeTakeFirstOrThrow();
      await handle.db
        .updateTable('users')
        .set({ locale: 'fi-FI' })
        .where('id', '=', someSupport.id)
        .execute();
      await handle.db
        .insertInto('users')
        .values({
          name: 'Second Support',
          handle: 'second-support',
          email: 'second@support.test',
          role: 'support',
          locale: 'de-DE',
        })
        .execute();
      const partner = await findUser(handle.db, NORDIC_PARTNER);
      if (!partner) throw new Error('no partner');
      await declineCase(contextFor(handle.db, partner, { clock }), {
        caseId: DEMO_CASE_IDS.toDeclineSharingOn,
        reason: 'We just do not feel like it',
        category: null,
      });
      const all = await deliver();
      const review = all.find((p) => p.channel.endsWith('support') && p.text.includes('not feel'));
      expect(review?.text).toMatch(/declined case 1002 \(.+\) with a reason that fits no decline category/);
    });

    it('when a partner asks on Slack to accept a case, then the collection period end is a Slack date token', async () => {
      await handle.db
        .insertInto('chat_identities')
        .values({ surface: 'slack', external_id: 'U0MIKKEL', user_id: NORDIC_PARTNER })
        .execute();
      const { receiver } = slackAppUnderTest({
        engine: createAppConversationEngine({ db: handle.db, logger: createLogger('silent'), clock }),
      });
      await receiver.send(directMessageEvent({ text: `accept ${DEMO_CASE_IDS.toAccept}`, user: 'U0MIKKEL' }));
      const plan = api
        .of('chat.postMessage')
        .map((c) => c.args)
        .find((a) => String(a.text).includes(`${DEMO_CASE_IDS.toAccept}`));
      // The 6-month period ends 23 May 2027: each reader sees it in their own time zone; English fallback.
      expect(String(plan?.text)).toMatch(/<!date\^\d{10}\^\{date_short\}\|23 May 2027>/);
      expect(JSON.stringify(plan?.blocks)).toContain('<!date^');
      expect(String(plan?.text)).not.toMatch(/[\uE000\uE001]/);
    });
  });

  describe('a creditor who reads German', () => {
    async function creditorOf(caseId: number) {
      const c = await handle.db
        .selectFrom('cases')
        .select('creditor_id')
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      const user = await handle.db
        .selectFrom('users')
        .select('id')
        .where('creditor_id', '=', c.creditor_id)
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const found = await findUser(handle.db, user.id);
      if (!found) throw new Error('no creditor user');
      return found;
    }

    it('when she escalates a case to legal and asks about network sharing, then both answers are in German', async () => {
      const creditor = await creditorOf(DEMO_CASE_IDS.activeAfterPeriod);
      const ctx = contextFor(handle.db, creditor, { clock });
      const result = await withReader('de-DE', () =>
        escalateCase(ctx, { caseId: DEMO_CASE_IDS.activeAfterPeriod }),
      );
      expect(result.summary).toMatch(
        new RegExp(
          `^Fall ${DEMO_CASE_IDS.activeAfterPeriod} ist an die gerichtliche Durchsetzung eskaliert: .+\\(Lead \\d+\\); .+ wurde aufgefordert, das Inkasso einzustellen\\. Sie werden benachrichtigt, sobald die Angebote vorliegen\\.$`,
        ),
      );

      const sharing = await withReader('de-DE', () => getNetworkSharing(ctx, {}));
      expect(sharing.text).toMatch(
        /^Netzwerkfreigabe ist für Ihr Konto \*(aktiviert|deaktiviert)\*: wenn ein Partner einen Ihrer Fälle ablehnt, .+\. Sagen Sie "turn (on|off) network sharing", um dies zu ändern\.$/,
      );
      // The same answers outside her turn: English, as before.
      expect((await getNetworkSharing(ctx, {})).text).toMatch(
        /^Network sharing is \*(on|off)\* for your account: /,
      );
    });
  });
});
