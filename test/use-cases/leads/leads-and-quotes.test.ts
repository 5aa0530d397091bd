import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { listHistory } from '../../../src/db/repositories/history.repository.ts';
import { listNotices } from '../../../src/db/repositories/notice.repository.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { closeQuoteWindow } from '../../../src/use-cases/leads/close-quote-window.ts';
import { declineToQuote } from '../../../src/use-cases/leads/decline-to-quote.ts';
import { expireLead } from '../../../src/use-cases/leads/expire-lead.ts';
import { listQuotes } from '../../../src/use-cases/leads/list-quotes.ts';
import { type OpenLeadInput, openLead } from '../../../src/use-cases/leads/open-lead.ts';
import { checkPullbackLead, pullbackLead } from '../../../src/use-cases/leads/pullback-lead.ts';
import { checkSelectQuote, selectQuote } from '../../../src/use-cases/leads/select-quote.ts';
import { checkSubmitQuote, submitQuote } from '../../../src/use-cases/leads/submit-quote.ts';
import { createTestDatabase, truncateAll } from '../../helpers/db.ts';
import {
  contextFor,
  insertCase,
  insertCreditor,
  insertPartner,
  insertUser,
  insertWorld,
  TEST_NOW,
  type World,
} from '../../helpers/world.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

const DAY = 86_400_000;

async function open(input: Omit<OpenLeadInput, 'at'> & { at?: Date }) {
  return handle.db.transaction().execute((trx) => openLead(trx, { at: TEST_NOW, ...input }));
}

async function leadRow(id: number) {
  return handle.db.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** A case in collecting_quotes after the world's exclusive partner declined it, with a lead. */
async function declinedCaseWithLead(w: World, opts: { expectedQuotes?: number } = {}) {
  const c = await insertCase(handle.db, { creditorId: w.creditor.id, status: 'collecting_quotes' });
  const { leadId, invitedPartnerIds } = await open({
    caseId: c.id,
    origin: 'decline',
    excludedPartnerIds: [w.partner.id],
    expectedQuotes: opts.expectedQuotes ?? 3,
  });
  return { caseId: c.id, leadId, invitedPartnerIds };
}

describe('leads and quotes', () => {
  let w: World;
  beforeEach(async () => {
    await truncateAll(handle);
    w = await insertWorld(handle.db);
  });

  describe('lead qualification and invitations', () => {
    it('when a lead is opened after a decline, then every matching partner except the decliner is invited and told', async () => {
      const { caseId, leadId, invitedPartnerIds } = await declinedCaseWithLead(w);
      expect(invitedPartnerIds).toEqual([w.otherPartner.id, w.networkPartner.id]);
      const lead = await leadRow(leadId);
      expect(lead.status).toBe('qualified');
      expect(lead.excluded_partner_ids).toEqual([w.partner.id]);
      const notices = await listNotices(handle.db, { caseId });
      expect(notices.filter((n) => n.kind === 'lead.invitation').map((n) => n.recipient)).toEqual([
        { type: 'partner', partnerId: w.otherPartner.id },
        { type: 'partner', partnerId: w.networkPartner.id },
      ]);
    });

    it('when a lead is qualified, then the quote window ends 120 business hours later, skipping the weekend', async () => {
      const c = await insertCase(handle.db, { creditorId: w.creditor.id, status: 'collecting_quotes' });
      const friday = new Date('2026-03-06T10:00:00Z');
      const { leadId } = await open({ caseId: c.id, origin: 'decline', excludedPartnerIds: [], at: friday });
      expect((await leadRow(leadId)).window_ends_at).toEqual(new Date('2026-03-13T10:00:00Z'));
    });

    it("when a lead on a Danish debtor is qualified just before Christmas, then the window skips Denmark's Christmas holidays", async () => {
      const c = await insertCase(handle.db, { creditorId: w.creditor.id, status: 'collecting_quotes' });
      const tuesday = new Date('2026-12-22T09:00:00Z');
      const { leadId } = await open({ caseId: c.id, origin: 'decline', excludedPartnerIds: [], at: tuesday });
      // 25 and 26 December are public holidays in Denmark: Wednesday 30 December, not Tuesday 29.
      expect((await leadRow(leadId)).window_ends_at).toEqual(new Date('2026-12-30T09:00:00Z'));
    });

    it('when a partner declined the case before, then it is excluded from the lead even if the caller did not say so', async () => {
      const c = await insertCase(handle.db, { creditorId: w.creditor.id, status: 'collecting_quotes' });
      await handle.db
        .insertInto('declines')
        .values({
          case_id: c.id,
          partner_id: w.otherPartner.id,
          declined_by_user_id: w.otherPartnerUser.userId,
          reason: 'conflict',
          category: 'conflict_of_interest',
          creditor_message: 'declined',
        })
        .execute();
      const { leadId, invitedPartnerIds } = await open({
        caseId: c.id,
        origin: 'decline',
        excludedPartnerIds: [w.partner.id],
      });
      expect(invitedPartnerIds).toEqual([w.networkPartner.id]);
      expect((await leadRow(leadId)).excluded_partner_ids.sort()).toEqual(
        [w.partner.id, w.otherPartner.id].sort(),
      );
    });

    it('when the quote window is set per lead (72 hours), then it is used instead of the default', async () => {
      const c = await insertCase(handle.db, { creditorId: w.creditor.id, status: 'collecting_quotes' });
      const { leadId } = await open({
        caseId: c.id,
        origin: 'decline',
        excludedPartnerIds: [],
        windowBusinessHours: 72,
      });
      expect((await leadRow(leadId)).window_ends_at).toEqual(new Date(TEST_NOW.getTime() + 3 * DAY));
    });

    it('when no exclusive partner matched a case, then its lead goes to the legal network only', async () => {
      const c = await insertCase(handle.db, { creditorId: w.creditor.id, status: 'collecting_quotes' });
      const { invitedPartnerIds } = await open({
        caseId: c.id,
        origin: 'no_exclusive_match',
        excludedPartnerIds: [],
      });
      expect(invitedPartnerIds).toEqual([w.networkPartner.id]);
    });

    it('when partners lack an SDCA, cover another country or have a higher minimum, then they are not invited', async () => {
      await insertPartner(handle.db, {
        type: 'legal_network',
        sdcaSignedAt: null,
        coverage: [{ country: 'DK' }],
      });
      await insertPartner(handle.db, { type: 'legal_network', coverage: [{ country: 'SE' }] });
      await insertPartner(handle.db, {
        type: 'legal_network',
        minimumThresholdUsd: 5000,
        coverage: [{ country: 'DK' }],
      });
      await insertPartner(handle.db, {
        type: 'legal_network',
        coverage: [{ country: 'DK', region: 'Jutland' }],
      });
      const c = await insertCase(handle.db, {
        creditorId: w.creditor.id,
        status: 'collecting_quotes',
        debtorRegion: 'Zealand',
      });
      const { invitedPartnerIds } = await open({
        caseId: c.id,
        origin: 'no_exclusive_match',
        excludedPartnerIds: [],
      });
      expect(invitedPartnerIds).toEqual([w.networkPartner.id]);
    });

    it('when no partner matches at all, then the lead stays open and support is asked to find partners', async () => {
      const c = await insertCase(handle.db, {
        creditorId: w.creditor.id,
        status: 'collecting_quotes',
        debtorCountry: 'NO',
      });
      const { leadId, invitedPartnerIds } = await open({
        caseId: c.id,
        origin: 'decline',
        excludedPartnerIds: [],
      });
      expect(invitedPartnerIds).toEqual([]);
      expect((await leadRow(leadId)).status).toBe('open');
      const notices = await listNotices(handle.db, { caseId: c.id });
      expect(notices.map((n) => [n.recipient, n.kind])).toEqual([
        [{ type: 'channel', channel: 'support' }, 'lead.no_partners'],
      ]);
    });

    it('when a partner offers custom terms, then its quote is on the lead and the network is invited too', async () => {
      const c = await insertCase(handle.db, {
        creditorId: w.creditor.id,
        status: 'collecting_quotes',
        assignedPartnerId: w.partner.id,
      });
      const { leadId, invitedPartnerIds } = await open({
        caseId: c.id,
        origin: 'custom_terms',
        excludedPartnerIds: [],
        customQuote: { partnerId: w.partner.id, successFeePct: 30, terms: 'needs local counsel' },
      });
      expect(invitedPartnerIds).toEqual([w.otherPartner.id, w.networkPartner.id]);
      const listing = await listQuotes(contextFor(handle.db, w.creditorUser), { caseId: c.id });
      expect(listing.quotes.map((q) => [q.partnerId, q.successFeePct, q.status])).toEqual([
        [w.partner.id, 30, 'sent'],
      ]);
      expect((await leadRow(leadId)).quotes_ready_at).toBeNull();
    });

    it('when the custom-terms partner is the only one on the lead, then the quotes are ready at once', async () => {
      const creditor = await insertCreditor(handle.db, {});
      const only = await insertPartner(handle.db, { coverage: [{ country: 'FI' }] });
      const c = await insertCase(handle.db, {
        creditorId: creditor.id,
        status: 'collecting_quotes',
        debtorCountry: 'FI',
      });
      const { leadId } = await open({
        caseId: c.id,
        origin: 'custom_terms',
        excludedPartnerIds: [],
        customQuote: { partnerId: only.id, successFeePct: 25 },
      });
      expect((await leadRow(leadId)).quotes_ready_at).toEqual(TEST_NOW);
      const kinds = (await listNotices(handle.db, { caseId: c.id })).map((n) => n.kind);
      expect(kinds).toContain('lead.quotes_ready');
    });
  });

  describe('submitting a quote (quote.submit)', () => {
    it('when an invited partner quotes, then the quote is sent and the creditor is not yet disturbed', async () => {
      const { caseId } = await declinedCaseWithLead(w);
      const plan = await checkSubmitQuote(contextFor(handle.db, w.networkPartnerUser), {
        caseId,
        successFeePct: 18,
      });
      expect(plan.summary).toContain('18%');
      const result = await submitQuote(contextFor(handle.db, w.networkPartnerUser), {
        caseId,
        successFeePct: 18,
      });
      expect(result.collectionEnded).toBe(false);
      const listing = await listQuotes(contextFor(handle.db, w.creditorUser), { caseId });
      expect(listing.quotes.map((q) => [q.partnerId, q.status])).toEqual([[w.networkPartner.id, 'sent']]);
      const kinds = (await listNotices(handle.db, { caseId })).map((n) => n.kind);
      expect(kinds).not.toContain('lead.quotes_ready');
    });

    it('when a partner quotes a second time, then it is refused: one quote per partner', async () => {
      const { caseId } = await declinedCaseWithLead(w);
      await submitQuote(contextFor(handle.db, w.networkPartnerUser), { caseId, successFeePct: 18 });
      await expect(
        submitQuote(contextFor(handle.db, w.networkPartnerUser), { caseId, successFeePct: 15 }),
      ).rejects.toMatchObject({ code: 'already_done' });
    });

    it('when a partner that was not invited (the decliner) tries to quote, then it is refused', async () => {
      const { caseId } = await declinedCaseWithLead(w);
      await expect(
        submitQuote(contextFor(handle.db, w.partnerUser), { caseId, successFeePct: 18 }),
      ).rejects.toMatchObject({
        code: 'forbidden',
      });
    });

    it('when a creditor tries to quote, then it is refused', async () => {
      const { caseId } = await declinedCaseWithLead(w);
      await expect(
        submitQuote(contextFor(handle.db, w.creditorUser), { caseId, successFeePct: 18 }),
      ).rejects.toMatchObject({
        code: 'forbidden',
      });
    });

    it('when an invited partner has no signed SDCA, then quoting is refused with the link to sign', async () => {
      const { caseId, leadId } = await declinedCaseWithLead(w);
      await handle.db
        .updateTable('partners')
        .set({ sdca_signed_at: null })
        .where('id', '=', w.networkPartner.id)
        .execute();
      await expect(
        submitQuote(contextFor(handle.db, w.networkPartnerUser), { caseId, successFeePct: 18 }),
      ).rejects.toMatchObject({ code: 'sdca_not_signed' });
      expect(
        await listQuotes(contextFor(handle.db, w.creditorUser), { caseId }).then((l) => l.quotes),
      ).toEqual([]);
      expect(leadId).toBeGreaterThan(0);
    });

    it('when the quote window has passed, then a late quote is refused', async () => {
      const { caseId } = await declinedCaseWithLead(w);
      const late = fixedClock(new Date(TEST_NOW.getTime() + 8 * DAY));
      await expect(
        submitQuote(contextFor(handle.db, w.networkPartnerUser, { clock: late }), {
          caseId,
          successFeePct: 18,
        }),
      ).rejects.toMatchObject({ code: 'invalid_state' });
    });

    it('when the expected number of quotes arrives, then the window closes early and the creditor hears quotes are ready', async () => {
      const { caseId, leadId } = await declinedCaseWithLead(w, { expectedQuotes: 2 });
      await submitQuote(contextFor(handle.db, w.networkPartnerUser), { caseId, successFeePct: 18 });
      const clock = fixedClock(new Date(TEST_NOW.getTime() + DAY));
      const result = await submitQuote(contextFor(handle.db, w.otherPartnerUser, { clock }), {
        caseId,
        successFeePct: 20,
      });
      expect(result.collectionEnded).toBe(true);
      expect((await leadRow(leadId)).quotes_ready_at).toEqual(clock.now());
      const ready = (await listNotices(handle.db, { caseId })).filter((n) => n.kind === 'lead.quotes_ready');
      expect(ready.map((n) => n.recipient)).toEqual([
        { type: 'creditor', creditorId: w.creditor.id },
        { type: 'channel', channel: 'quote_alerts' },
      ]);
    });
  });

  describe('declining to quote', () => {
    it('when every invited partner declines to quote, then the lead closes as declined options and the creditor gets suggestions', async () => {
      const { caseId, leadId } = await declinedCaseWithLead(w);
      const first = await declineToQuote(contextFor(handle.db, w.otherPartnerUser), { caseId });
      expect(first.leadOutcome).toBeNull();
      const last = await declineToQuote(contextFor(handle.db, w.networkPartnerUser), {
        caseId,
        reason: 'no capacity',
      });
      expect(last.leadOutcome).toBe('declined_options');
      const lead = await leadRow(leadId);
      expect([lead.status, lead.outcome]).toEqual(['closed', 'declined_options']);
      const notice = (await listNotices(handle.db, { caseId })).find(
        (n) => n.kind === 'lead.declined_options',
      );
      expect(notice?.recipient).toEqual({ type: 'creditor', creditorId: w.creditor.id });
      expect(notice?.payload.text).toMatch(/adjust the case terms/);
    });

    it('when some partners quoted and the rest declined, then the quotes are ready rather than declined options', async () => {
      const { caseId, leadId } = await declinedCaseWithLead(w);
      await submitQuote(contextFor(handle.db, w.networkPartnerUser), { caseId, successFeePct: 18 });
      const result = await declineToQuote(contextFor(handle.db, w.otherPartnerUser), { caseId });
      expect(result.leadOutcome).toBe('quotes_ready');
      expect((await leadRow(leadId)).status).toBe('qualified');
    });

    it('when a partner declines to quote twice, then the second is refused as already done', async () => {
      const { caseId } = await declinedCaseWithLead(w);
      await declineToQuote(contextFor(handle.db, w.otherPartnerUser), { caseId });
      await expect(
        declineToQuote(contextFor(handle.db, w.otherPartnerUser), { caseId }),
      ).rejects.toMatchObject({
        code: 'already_done',
      });
    });
  });

  describe('quote window end (scheduled)', () => {
    it('when the window has not ended yet, then closing it does nothing', async () => {
      const { leadId } = await declinedCaseWithLead(w);
      const outcome = await closeQuoteWindow({ db: handle.db, clock: fixedClock(TEST_NOW) }, { leadId });
      expect(outcome.status).toBe('skipped');
    });

    it('when the window ends with quotes, then the creditor and the quote-alert channel hear it, once', async () => {
      const { caseId, leadId } = await declinedCaseWithLead(w);
      await submitQuote(contextFor(handle.db, w.networkPartnerUser), { caseId, successFeePct: 18 });
      const ctx = { db: handle.db, clock: fixedClock(new Date('2026-03-09T10:00:00Z')) };
      expect(await closeQuoteWindow(ctx, { leadId })).toMatchObject({
        status: 'done',
        result: 'quotes_ready',
      });
      expect(await closeQuoteWindow(ctx, { leadId })).toMatchObject({ status: 'skipped' });
      const ready = (await listNotices(handle.db, { caseId })).filter((n) => n.kind === 'lead.quotes_ready');
      expect(ready).toHaveLength(2);
      const history = await listHistory(handle.db, caseId);
      expect(history.filter((h) => h.action === 'lead.quotes_ready')).toHaveLength(1);
    });

    it('when the window ends without any quote, then the lead closes as declined options', async () => {
      const { leadId } = await declinedCaseWithLead(w);
      const ctx = { db: handle.db, clock: fixedClock(new Date('2026-03-09T10:00:00Z')) };
      expect(await closeQuoteWindow(ctx, { leadId })).toMatchObject({
        status: 'done',
        result: 'declined_options',
      });
      expect((await leadRow(leadId)).outcome).toBe('declined_options');
    });
  });

  describe('selecting a quote (quote.select)', () => {
    async function twoQuotes() {
      const { caseId, leadId } = await declinedCaseWithLead(w, { expectedQuotes: 2 });
      const a = await submitQuote(contextFor(handle.db, w.networkPartnerUser), { caseId, successFeePct: 18 });
      const b = await submitQuote(contextFor(handle.db, w.otherPartnerUser), { caseId, successFeePct: 22 });
      return { caseId, leadId, networkQuote: a.quoteId, otherQuote: b.quoteId };
    }

    it('when the creditor selects a quote, then it wins, the others are declined and told, and the case is active with the winner', async () => {
      const { caseId, leadId, networkQuote, otherQuote } = await twoQuotes();
      const ctx = contextFor(handle.db, w.creditorUser);
      const plan = await checkSelectQuote(ctx, { caseId, quoteId: networkQuote });
      expect(plan.effects.join(' ')).toMatch(/declined/);
      const result = await selectQuote(ctx, { caseId, quoteId: networkQuote });
      expect(result.status).toBe('active');

      const c = await handle.db
        .selectFrom('cases')
        .selectAll()
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      expect([c.status, c.assigned_partner_id, Number(c.success_fee_pct)]).toEqual([
        'active',
        w.networkPartner.id,
        18,
      ]);
      const assignment = await handle.db
        .selectFrom('case_assignments')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('ended_at', 'is', null)
        .executeTakeFirstOrThrow();
      expect(assignment.partner_id).toBe(w.networkPartner.id);
      const lead = await leadRow(leadId);
      expect([lead.status, lead.outcome]).toEqual(['closed', 'winner']);
      const quotes = await handle.db.selectFrom('quotes').select(['id', 'status']).orderBy('id').execute();
      expect(quotes).toEqual([
        { id: networkQuote, status: 'accepted' },
        { id: otherQuote, status: 'declined' },
      ]);
      const notices = (await listNotices(handle.db, { caseId })).filter((n) => n.kind.startsWith('quote.'));
      expect(notices.map((n) => [n.kind, n.recipient])).toEqual([
        ['quote.accepted', { type: 'partner', partnerId: w.networkPartner.id }],
        ['quote.declined', { type: 'partner', partnerId: w.otherPartner.id }],
      ]);
    });

    it('when another creditor or a partner tries to select, then it is refused and nothing changes', async () => {
      const { caseId, networkQuote } = await twoQuotes();
      const stranger = await insertCreditor(handle.db, {});
      const strangerUser = await insertUser(handle.db, { role: 'creditor', creditorId: stranger.id });
      await expect(
        selectQuote(contextFor(handle.db, strangerUser), { caseId, quoteId: networkQuote }),
      ).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(
        selectQuote(contextFor(handle.db, w.networkPartnerUser), { caseId, quoteId: networkQuote }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      const c = await handle.db
        .selectFrom('cases')
        .select('status')
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      expect(c.status).toBe('collecting_quotes');
    });

    it('when a quote is selected twice, then the second is "already selected"', async () => {
      const { caseId, networkQuote, otherQuote } = await twoQuotes();
      await selectQuote(contextFor(handle.db, w.creditorUser), { caseId, quoteId: networkQuote });
      await expect(
        selectQuote(contextFor(handle.db, w.creditorUser), { caseId, quoteId: networkQuote }),
      ).rejects.toMatchObject({ code: 'already_done' });
      await expect(
        selectQuote(contextFor(handle.db, w.creditorUser), { caseId, quoteId: otherQuote }),
      ).rejects.toThrow(/Closed \(Winner\)/);
    });

    it('when the quote number is not on the case, then the refusal names the quotes that are', async () => {
      const { caseId, networkQuote, otherQuote } = await twoQuotes();
      await expect(
        selectQuote(contextFor(handle.db, w.creditorUser), { caseId, quoteId: 999 }),
      ).rejects.toThrow(`The quotes on it are ${networkQuote}, ${otherQuote}.`);
    });
  });

  describe('expiry (scheduled) and manual selection afterwards', () => {
    it('when 14 days pass after the quotes were ready without a winner, then the lead expires and the creditor is told; a winner can still be chosen', async () => {
      const { caseId, leadId } = await declinedCaseWithLead(w, { expectedQuotes: 1 });
      const q = await submitQuote(contextFor(handle.db, w.networkPartnerUser), { caseId, successFeePct: 18 });
      const early = { db: handle.db, clock: fixedClock(new Date(TEST_NOW.getTime() + 13 * DAY)) };
      expect(await expireLead(early, { leadId })).toMatchObject({ status: 'skipped' });
      const due = { db: handle.db, clock: fixedClock(new Date(TEST_NOW.getTime() + 14 * DAY)) };
      expect(await expireLead(due, { leadId })).toMatchObject({ status: 'done', result: 'expired' });
      expect(await expireLead(due, { leadId })).toMatchObject({ status: 'skipped' });
      const lead = await leadRow(leadId);
      expect([lead.status, lead.outcome]).toEqual(['closed', 'expired']);
      expect(
        (await listNotices(handle.db, { caseId })).filter((n) => n.kind === 'lead.expired'),
      ).toHaveLength(1);

      const later = fixedClock(new Date(TEST_NOW.getTime() + 20 * DAY));
      await selectQuote(contextFor(handle.db, w.creditorUser, { clock: later }), {
        caseId,
        quoteId: q.quoteId,
      });
      expect((await leadRow(leadId)).outcome).toBe('winner');
    });
  });

  describe('pullback (lead.pullback)', () => {
    it('when the creditor pulls back, then every quote is declined, the lead closes as pullback and the partners are told', async () => {
      const { caseId, leadId } = await declinedCaseWithLead(w);
      await submitQuote(contextFor(handle.db, w.networkPartnerUser), { caseId, successFeePct: 18 });
      const ctx = contextFor(handle.db, w.creditorUser);
      expect((await checkPullbackLead(ctx, { caseId })).summary).toMatch(/Pull back case/);
      const result = await pullbackLead(ctx, { caseId });
      expect(result.status).toBe('closed');
      const lead = await leadRow(leadId);
      expect([lead.status, lead.outcome]).toEqual(['closed', 'pullback']);
      const quotes = await handle.db.selectFrom('quotes').select('status').execute();
      expect(quotes.map((q) => q.status)).toEqual(['declined']);
      const notices = (await listNotices(handle.db, { caseId })).filter((n) =>
        ['quote.declined', 'lead.withdrawn'].includes(n.kind),
      );
      expect(notices.map((n) => [n.kind, n.recipient])).toEqual([
        ['quote.declined', { type: 'partner', partnerId: w.networkPartner.id }],
        ['lead.withdrawn', { type: 'partner', partnerId: w.otherPartner.id }],
      ]);
      await expect(pullbackLead(ctx, { caseId })).rejects.toMatchObject({ code: 'already_done' });
    });

    it('when no partner was interested (declined options), then pulling back closes the case and keeps the outcome', async () => {
      const { caseId, leadId } = await declinedCaseWithLead(w);
      await declineToQuote(contextFor(handle.db, w.otherPartnerUser), { caseId });
      await declineToQuote(contextFor(handle.db, w.networkPartnerUser), { caseId });
      const result = await pullbackLead(contextFor(handle.db, w.creditorUser), { caseId });
      expect(result.status).toBe('closed');
      expect((await leadRow(leadId)).outcome).toBe('declined_options');
      const c = await handle.db
        .selectFrom('cases')
        .select(['status', 'close_code'])
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      expect(c).toEqual({ status: 'closed', close_code: 'withdrawn_by_client' });
    });

    it('when a partner tries to pull back, then it is refused', async () => {
      const { caseId } = await declinedCaseWithLead(w);
      await expect(
        pullbackLead(contextFor(handle.db, w.networkPartnerUser), { caseId }),
      ).rejects.toMatchObject({
        code: 'forbidden',
      });
    });
  });

  describe('listing quotes (quote.list)', () => {
    it('when an invited partner lists quotes, then it sees only its own; an uninvited partner sees nothing', async () => {
      const { caseId } = await declinedCaseWithLead(w);
      await submitQuote(contextFor(handle.db, w.networkPartnerUser), { caseId, successFeePct: 18 });
      await submitQuote(contextFor(handle.db, w.otherPartnerUser), { caseId, successFeePct: 22 });
      const own = await listQuotes(contextFor(handle.db, w.otherPartnerUser), { caseId });
      expect([own.scope, own.quotes.map((q) => q.successFeePct)]).toEqual(['own', [22]]);
      const all = await listQuotes(contextFor(handle.db, w.supportUser), { caseId });
      expect(all.quotes).toHaveLength(2);
      const outsider = await insertPartner(handle.db, { coverage: [{ country: 'DK' }] });
      const outsiderUser = await insertUser(handle.db, { role: 'partner', partnerId: outsider.id });
      await expect(listQuotes(contextFor(handle.db, outsiderUser), { caseId })).rejects.toMatchObject({
        code: 'forbidden',
      });
    });
  });
});
