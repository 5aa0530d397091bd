import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { findUser } from '../../src/db/repositories/user.repository.ts';
import { DEMO_CASE_IDS } from '../../src/db/seed/demo-cases.ts';
import { createDeliveryWorker } from '../../src/delivery/outbox-worker.ts';
import type { Actor } from '../../src/domain/actor.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createSlackNoticeClient, createSlackNoticeSender } from '../../src/surfaces/slack/notice-sender.ts';
import { answerInfoRequest } from '../../src/use-cases/cases/answer-info-request.ts';
import { closeCase } from '../../src/use-cases/cases/close-case.ts';
import { declineCase } from '../../src/use-cases/cases/decline-case.ts';
import { registerPayment } from '../../src/use-cases/cases/register-payment.ts';
import { resolveManualReview } from '../../src/use-cases/cases/resolve-manual-review.ts';
import { alertNoQuotes } from '../../src/use-cases/scheduled/alert-no-quotes.ts';
import { endCollectionPeriod } from '../../src/use-cases/scheduled/end-collection-period.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';
import { contextFor } from '../helpers/world.ts';
import { fakeSlackApi } from '../surfaces/helpers/slack-api.ts';

// Issue 12, round 4: the notices that were still English — the case closed (to the creditor), the
// close-code suggestion (close-code channel), the no-quote alert (support channel), the decline review
// and the information answer (to the partner), the end of the collection period (to the partner) — are
// rendered at delivery in each reader's language, at the Slack wire. Acme's people read Danish, every
// partner's German, support Finnish; the close-code channel is support's, so it reads Finnish too.

const silent = pino({ level: 'silent' });
const channels = {
  QUOTE_ALERT_CHANNEL: 'quote-alerts',
  CLOSE_CODE_CHANNEL: 'close-codes',
  SUPPORT_CHANNEL: 'support',
};
const NORDIC = 3;
const ACME = 1;
const SUPPORT = 9;
const TYPED = {
  closeComment: 'debtor paid what they could',
  otherComment: 'debtor moved abroad and cannot be found',
  answer: 'the delivery note is attached to the case',
};

describe('round-4 notices in the reader language, at the Slack wire', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  let api: ReturnType<typeof fakeSlackApi>;
  beforeEach(() => {
    api = fakeSlackApi();
  });
  afterEach(() => api.done());

  async function actor(id: number): Promise<Actor> {
    const user = await findUser(handle.db, id);
    if (!user) throw new Error(`no user ${id}`);
    return user;
  }

  /** Everyone is linked on Slack; creditors, partners and support read the given locales (null: none). */
  async function readers(locales: {
    creditor: string | null;
    partner: string | null;
    support: string | null;
  }) {
    const set = (locale: string | null) => ({ locale, locale_source: locale ? ('chosen' as const) : null });
    await handle.db
      .updateTable('users')
      .set(set(locales.creditor))
      .where('creditor_id', 'is not', null)
      .execute();
    await handle.db
      .updateTable('users')
      .set(set(locales.partner))
      .where('partner_id', 'is not', null)
      .execute();
    await handle.db.updateTable('users').set(set(locales.support)).where('role', '=', 'support').execute();
    const users = await handle.db.selectFrom('users').select('id').execute();
    await handle.db
      .insertInto('chat_identities')
      .values(users.map((u) => ({ surface: 'slack', external_id: `U0R4${u.id}`, user_id: u.id })))
      .execute();
  }

  /** The six notices of this round, written by the use cases and rules themselves. */
  async function produceAll() {
    const nordic = contextFor(handle.db, await actor(NORDIC), { clock });
    await registerPayment(nordic, { caseId: DEMO_CASE_IDS.activeWithinPeriod, amount: 5_000 });
    await closeCase(nordic, {
      caseId: DEMO_CASE_IDS.activeWithinPeriod,
      code: 'partially_paid',
      comment: TYPED.closeComment,
    });
    await closeCase(nordic, {
      caseId: DEMO_CASE_IDS.activePrelegalTooEarly,
      code: 'other',
      comment: TYPED.otherComment,
      suggestedCode: 'debtor_untraceable',
    });
    await resolveManualReview(contextFor(handle.db, await actor(SUPPORT), { clock }), {
      caseId: DEMO_CASE_IDS.manualReviewDecline,
      category: 'untraceable_debtor',
    });
    await answerInfoRequest(contextFor(handle.db, await actor(ACME), { clock }), {
      caseId: DEMO_CASE_IDS.infoRequested,
      answer: TYPED.answer,
    });
    expect(
      await endCollectionPeriod({ db: handle.db, clock }, DEMO_CASE_IDS.activeAfterPeriod),
    ).toMatchObject({
      status: 'done',
    });
    // Declined on Monday 23 Nov with network sharing on: a lead opens; no quote by Thursday 3 Dec.
    await declineCase(nordic, {
      caseId: DEMO_CASE_IDS.toDeclineSharingOn,
      reason: 'We cannot find the debtor at any address',
      category: 'untraceable_debtor',
    });
    const lead = await handle.db
      .selectFrom('leads')
      .select('id')
      .where('case_id', '=', DEMO_CASE_IDS.toDeclineSharingOn)
      .executeTakeFirstOrThrow();
    clock.set('2026-12-03T10:00:00Z');
    expect(await alertNoQuotes({ db: handle.db, clock }, lead.id)).toMatchObject({ status: 'done' });
    return lead.id;
  }

  async function deliver() {
    await createDeliveryWorker({
      db: handle.db,
      senders: [createSlackNoticeSender(createSlackNoticeClient('xoxb-test-token'))],
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

  /** English words that a translated notice must not contain once the typed and platform terms are taken out. */
  function englishLeft(text: string): string[] {
    const stripped = [
      ...Object.values(TYPED),
      'We cannot find the debtor at any address',
      'Not something we want to take on right now.',
      'Pre-Legal Exhausted - No Payment',
      'Pending Verification',
      'Partially paid',
      'Debtor Untraceable',
      'Other',
    ].reduce((t, typed) => t.split(typed).join(' '), text);
    return (
      stripped.match(/\b(the|was|has|have|and|case|closed|with|is|to|of|your|you|please|ended)\b/gi) ?? []
    );
  }

  it('when the creditor reads Danish, the partners German and support Finnish, then each notice arrives in its reader language', async () => {
    await readers({ creditor: 'da-DK', partner: 'de-DE', support: 'fi-FI' });
    const leadId = await produceAll();
    const posted = await deliver();
    const find = (pattern: RegExp) => {
      const found = posted.find((p) => pattern.test(p.text));
      if (!found) throw new Error(`nothing posted like ${pattern}:\n${posted.map((p) => p.text).join('\n')}`);
      return found;
    };

    // The creditor's case closed, in Danish (Danish amounts).
    const closed = find(/har lukket sag 1008 /);
    expect(closed.text).toMatch(
      /^Nordic Collect A\/S har lukket sag 1008 \(.+\) som Partially paid\. Der er inddrevet 5\.000,00\skr\.: [\d.]+,\d\d\skr\. udbetales til jer\. Kommentar: debtor paid what they could\.$/,
    );
    // The close-code suggestion, in the close-code channel, in support's Finnish.
    const suggestion = find(/^Nordic Collect A\/S sulki toimeksiannon 1011 /);
    expect(suggestion.channel).toBe('#close-codes');
    expect(suggestion.text).toBe(
      'Nordic Collect A/S sulki toimeksiannon 1011 koodilla Other kommentilla "debtor moved abroad and cannot be found". Ehdotettu koodi: Debtor Untraceable.',
    );
    // The no-quote alert, in the support channel, in Finnish, with the lead state and window in Finnish.
    const alert = find(/^Toimeksianto 1002 \(Acme ApS, velallinen /);
    expect(alert.channel).toBe('#support');
    // The private-person debtor goes unnamed in a channel, in the channel's language too.
    expect(alert.text).toContain('velallinen (yksityishenkilö)');
    expect(alert.text).toContain(
      `hylättiin 23.11.2026 eikä se ole saanut tarjousta 5 arkipäivässä (liidi ${leadId})`,
    );
    expect(alert.text).toContain(
      'Hylkäyksen syy: Velallista ei tavoiteta - "We cannot find the debtor at any address".',
    );
    expect(alert.text).toMatch(
      /Liidi: (Avoin|Kvalifioitu); kutsuttuja kumppaneita \d+ \(kieltäytyi tarjoamasta: 0, ei vastannut: \d+\); tarjouksia toistaiseksi 0; tarjousaika (päättyi|päättyy) \d{1,2}\.\d{1,2}\.2026 klo \d\d:\d\d UTC\./,
    );
    // The partner's notices, in German.
    const reviewed = find(/^Der Support hat Ihre Ablehnung von Fall 1021 /);
    expect(reviewed.text).toMatch(
      /^Der Support hat Ihre Ablehnung von Fall 1021 \("Not something we want to take on right now\."\) geprüft und als Schuldner nicht auffindbar erfasst\.$/,
    );
    const answered = find(/^Die Informationen, um die Sie zu Fall 1007 /);
    expect(answered.text).toMatch(
      /^Die Informationen, um die Sie zu Fall 1007 \(.+\) gebeten haben, sind eingegangen: the delivery note is attached to the case\. Der Fall ist wieder in Pending Verification: Nehmen Sie ihn an, lehnen Sie ihn ab oder bieten Sie individuelle Konditionen an\.$/,
    );
    const periodEnd = find(/^Der Inkassozeitraum von Fall 1010 endete am /);
    // A Slack date token: each reader sees the day in their own time zone; the fallback is German.
    expect(periodEnd.text).toMatch(
      /^Der Inkassozeitraum von Fall 1010 endete am <!date\^\d+\^\{date_short\}\|\d{1,2}\. [A-Za-zä]+\.? \d{4}>\. /,
    );

    for (const p of [closed, suggestion, alert, reviewed, answered, periodEnd])
      expect({ text: p.text, english: englishLeft(p.text) }).toEqual({ text: p.text, english: [] });
    // No English sentence of this round reached anybody.
    expect(
      posted.filter((p) =>
        /^(Nordic Collect A\/S closed case|Case \d+ was closed as Other|Case \d+ \(Acme ApS, debtor|Support reviewed your decline|The information you asked for|The collection period of case)/.test(
          p.text,
        ),
      ),
    ).toEqual([]);
  });

  it('when nobody has a language, then the same notices are the English sentences, word for word', async () => {
    await readers({ creditor: null, partner: null, support: null });
    const leadId = await produceAll();
    const posted = await deliver();
    const texts = posted.map((p) => p.text);
    const one = (pattern: RegExp) => texts.find((t) => pattern.test(t)) ?? `nothing like ${pattern}`;

    expect(one(/^Nordic Collect A\/S closed case 1008 /)).toMatch(
      /^Nordic Collect A\/S closed case 1008 \(.+\) as Partially paid\. DKK 5,000\.00 was recovered: DKK [\d,]+\.\d\d is paid out to you\. Comment: debtor paid what they could\.$/,
    );
    expect(texts).toContain(
      'Case 1011 was closed as Other by Nordic Collect A/S with the comment "debtor moved abroad and cannot be found". Suggested code: Debtor Untraceable.',
    );
    expect(one(/^Case 1002 \(Acme ApS/)).toMatch(
      new RegExp(
        `^Case 1002 \\(Acme ApS, debtor .+\\) was declined on 23 Nov 2026 and has had no quote in 5 business days \\(lead ${leadId}\\)\\. Decline reason: Untraceable debtor - "We cannot find the debtor at any address"\\. Lead: (Open|Qualified); \\d+ partners? invited \\(0 declined to quote, \\d+ not answered\\); 0 quotes so far; quote window (ended|ends) \\d{1,2} [A-Z][a-z]{2} 2026 \\d\\d:\\d\\d UTC\\. The creditor has been told to contact support\\. Please follow up with the creditor\\.$`,
      ),
    );
    expect(one(/^Support reviewed your decline of case 1021 /)).toMatch(
      /^Support reviewed your decline of case 1021 \(".+"\) and recorded it as Untraceable debtor\.$/,
    );
    expect(one(/^The information you asked for on case 1007 /)).toMatch(
      /^The information you asked for on case 1007 \(.+\) has arrived: the delivery note is attached to the case\. The case is back in Pending Verification: accept, decline or offer custom terms\.$/,
    );
    expect(one(/^The collection period of case 1010 /)).toMatch(
      /^The collection period of case 1010 ended on <!date\^\d+\^\{date_short\}\|\d{1,2} [A-Z][a-z]{2} \d{4}>\. If the creditor withdraws it now, the case closes at once\. When all pre-legal efforts are exhausted, close it as Pre-Legal Exhausted - No Payment\.$/,
    );
    // The stored English text is the sentence as before (what the parked list and the logs' tests read).
    const stored = await handle.db
      .selectFrom('notices')
      .select('payload')
      .where('kind', '=', 'case.collection_period_ended')
      .where('recipient_type', '=', 'partner')
      .executeTakeFirstOrThrow();
    expect((stored.payload as { text: string }).text).toMatch(
      /^The collection period of case 1010 ended on \d{1,2} [A-Z][a-z]{2} \d{4}\. If the creditor withdraws/,
    );
  });
});
