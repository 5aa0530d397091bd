import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { findCase } from '../../../src/db/repositories/case.repository.ts';
import { listHistory } from '../../../src/db/repositories/history.repository.ts';
import { listNotices } from '../../../src/db/repositories/notice.repository.ts';
import { addBusinessHours } from '../../../src/domain/business-time.ts';
import { acceptCase } from '../../../src/use-cases/cases/accept-case.ts';
import { checkDeclineCase, declineCase } from '../../../src/use-cases/cases/decline-case.ts';
import { getCaseStatus } from '../../../src/use-cases/cases/get-case-status.ts';
import { listManualReviews } from '../../../src/use-cases/cases/list-manual-reviews.ts';
import {
  checkResolveManualReview,
  resolveManualReview,
} from '../../../src/use-cases/cases/resolve-manual-review.ts';
import {
  contextFor,
  insertCase,
  insertCreditor,
  insertPartner,
  insertUser,
  useWorld,
  type World,
} from '../../helpers/world.ts';

const BANKRUPT = 'The debtor was declared bankrupt last month.';

describe('case.decline', () => {
  let handle: DatabaseHandle;
  let w: World;
  useWorld((h, world) => {
    handle = h;
    w = world;
  });

  const pending = (opts: { creditorId?: number; assignedPartnerId?: number } = {}) =>
    insertCase(handle.db, {
      creditorId: opts.creditorId ?? w.creditor.id,
      assignedPartnerId: opts.assignedPartnerId ?? w.partner.id,
    });

  it('when the assigned exclusive partner declines with network sharing on, then the case collects quotes from a lead that excludes the decliner', async () => {
    const c = await pending();
    const ctx = contextFor(handle.db, w.partnerUser);

    const plan = await checkDeclineCase(ctx, {
      caseId: c.id,
      reason: BANKRUPT,
      category: 'insolvency_or_ceased',
    });
    const result = await declineCase(ctx, {
      caseId: c.id,
      reason: BANKRUPT,
      category: 'insolvency_or_ceased',
    });

    expect(plan.summary).toBe(
      `Decline case ${c.id} as *Insolvency or ceased (bankrupt, deceased, dissolved)*. The creditor will be told; the case goes to the partner network for quotes.`,
    );
    expect(result.status).toBe('collecting_quotes');
    expect(await findCase(handle.db, c.id)).toMatchObject({
      status: 'collecting_quotes',
      assignedPartnerId: null,
    });
    const lead = await handle.db
      .selectFrom('leads')
      .selectAll()
      .where('case_id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(lead.origin).toBe('decline');
    expect(lead.excluded_partner_ids).toEqual([w.partner.id]);
    const invited = await handle.db
      .selectFrom('lead_invitations')
      .select('partner_id')
      .where('lead_id', '=', lead.id)
      .execute();
    expect(invited.map((i) => i.partner_id)).not.toContain(w.partner.id);
  });

  it('when the quote window is configured (one article says 72 hours), then the lead opened by a decline uses it', async () => {
    const c = await pending();
    const ctx = {
      ...contextFor(handle.db, w.partnerUser),
      leadSettings: { windowBusinessHours: 72, expectedQuotes: 2 },
    };

    await declineCase(ctx, { caseId: c.id, reason: BANKRUPT, category: 'insolvency_or_ceased' });

    const lead = await handle.db
      .selectFrom('leads')
      .selectAll()
      .where('case_id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(lead).toMatchObject({ window_business_hours: 72, expected_quotes: 2 });
    expect(lead.window_ends_at).toEqual(addBusinessHours(ctx.clock.now(), 72));
  });

  it('when a case is declined, then the decline, the creditor message and the case-never-started assignment are recorded and the creditor is told', async () => {
    const c = await pending();

    await declineCase(contextFor(handle.db, w.partnerUser), {
      caseId: c.id,
      reason: BANKRUPT,
      category: 'insolvency_or_ceased',
    });

    const decline = await handle.db.selectFrom('declines').selectAll().executeTakeFirstOrThrow();
    expect(decline).toMatchObject({
      case_id: c.id,
      partner_id: w.partner.id,
      declined_by_user_id: w.partnerUser.userId,
      reason: BANKRUPT,
      category: 'insolvency_or_ceased',
    });
    expect(decline.creditor_message.length).toBeGreaterThan(20);
    const assignment = await handle.db
      .selectFrom('case_assignments')
      .selectAll()
      .where('case_id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(assignment.outcome).toBe('case_never_started');
    expect(assignment.ended_at).not.toBeNull();
    const history = await listHistory(handle.db, c.id);
    expect(history[0]).toMatchObject({
      action: 'case.decline',
      fromStatus: 'pending_verification',
      toStatus: 'collecting_quotes',
      actorUserId: w.partnerUser.userId,
    });
    expect(history[0]?.details).toMatchObject({ reason: BANKRUPT, category: 'insolvency_or_ceased' });
    const toCreditor = (await listNotices(handle.db, { caseId: c.id })).filter(
      (n) => n.recipient.type === 'creditor',
    );
    expect(toCreditor).toHaveLength(1);
    expect(toCreditor[0]?.kind).toBe('case.declined');
    expect(toCreditor[0]?.payload.text).toBe(decline.creditor_message);
  });

  it('when the creditor has network sharing off, then a decline closes the case as Case never started and no lead opens', async () => {
    const private_ = await insertCreditor(handle.db, { networkSharing: false });
    const c = await pending({ creditorId: private_.id });

    const plan = await checkDeclineCase(contextFor(handle.db, w.partnerUser), {
      caseId: c.id,
      reason: BANKRUPT,
      category: 'insolvency_or_ceased',
    });
    const result = await declineCase(contextFor(handle.db, w.partnerUser), {
      caseId: c.id,
      reason: BANKRUPT,
      category: 'insolvency_or_ceased',
    });

    expect(plan.summary).toContain('closed as Case never started');
    expect(result.status).toBe('closed');
    expect(await findCase(handle.db, c.id)).toMatchObject({
      status: 'closed',
      closeCode: 'case_never_started',
    });
    expect(await handle.db.selectFrom('leads').selectAll().execute()).toHaveLength(0);
    const notices = await listNotices(handle.db, { caseId: c.id });
    expect(notices.map((n) => [n.recipient, n.kind])).toEqual([
      [{ type: 'creditor', creditorId: private_.id }, 'case.declined'],
    ]);
  });

  it('when the reason fits no category, then the decline is recorded for manual review and support is alerted', async () => {
    const c = await pending();

    await declineCase(contextFor(handle.db, w.partnerUser), {
      caseId: c.id,
      reason: 'We just do not feel like it',
      category: null,
    });

    const decline = await handle.db.selectFrom('declines').selectAll().executeTakeFirstOrThrow();
    expect(decline.category).toBeNull();
    const support = (await listNotices(handle.db, { caseId: c.id })).filter(
      (n) => n.recipient.type === 'channel',
    );
    expect(support.map((n) => [n.recipient, n.kind])).toEqual([
      [{ type: 'channel', channel: 'support' }, 'decline.needs_review'],
    ]);
    expect(support[0]?.payload.text).toContain('We just do not feel like it');
  });

  it('when support resolves a manual-review decline, then the category is set, the review is closed and the partner is told', async () => {
    const c = await pending();
    await declineCase(contextFor(handle.db, w.partnerUser), {
      caseId: c.id,
      reason: 'Client is my cousin',
      category: null,
    });
    const support = contextFor(handle.db, w.supportUser);

    const queue = await listManualReviews(support);
    expect(queue.declines.map((d) => d.caseId)).toEqual([c.id]);
    await checkResolveManualReview(support, { caseId: c.id, category: 'conflict_of_interest' });
    await resolveManualReview(support, { caseId: c.id, category: 'conflict_of_interest' });

    const decline = await handle.db.selectFrom('declines').selectAll().executeTakeFirstOrThrow();
    expect(decline).toMatchObject({
      category: 'conflict_of_interest',
      reviewed_by_user_id: w.supportUser.userId,
    });
    expect((await listHistory(handle.db, c.id)).map((h) => h.action)).toContain('decline.review_resolved');
    const toPartner = (await listNotices(handle.db, { caseId: c.id })).filter(
      (n) => n.recipient.type === 'partner' && n.kind === 'decline.reviewed',
    );
    expect(toPartner).toHaveLength(1);
    await expect(resolveManualReview(support, { caseId: c.id, category: 'duplicate' })).rejects.toMatchObject(
      {
        code: 'already_done',
      },
    );
  });

  it('when someone other than support resolves a manual review, then it is refused', async () => {
    const c = await pending();
    await declineCase(contextFor(handle.db, w.partnerUser), { caseId: c.id, reason: 'Hmm', category: null });

    await expect(
      resolveManualReview(contextFor(handle.db, w.partnerUser), { caseId: c.id, category: 'duplicate' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('when a decline comes without a reason, then the partner is asked for one and nothing is written', async () => {
    const c = await pending();

    await expect(
      declineCase(contextFor(handle.db, w.partnerUser), {
        caseId: c.id,
        reason: '   ',
        category: 'duplicate',
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await findCase(handle.db, c.id))?.status).toBe('pending_verification');
    expect(await handle.db.selectFrom('declines').selectAll().execute()).toHaveLength(0);
    expect(await listHistory(handle.db, c.id)).toHaveLength(0);
  });

  it('when an active case is declined, then it is refused: close it with a close code instead', async () => {
    const c = await pending();
    await acceptCase(contextFor(handle.db, w.partnerUser), { caseId: c.id });

    await expect(
      declineCase(contextFor(handle.db, w.partnerUser), {
        caseId: c.id,
        reason: BANKRUPT,
        category: 'insolvency_or_ceased',
      }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('To stop working on it, close it with a close code.'),
    });
    expect((await findCase(handle.db, c.id))?.status).toBe('active');
  });

  it('when a case not yet accepted is declined twice, then the second hears it was already declined', async () => {
    const c = await pending();
    const ctx = contextFor(handle.db, w.partnerUser);
    await declineCase(ctx, { caseId: c.id, reason: BANKRUPT, category: 'insolvency_or_ceased' });

    await expect(
      declineCase(ctx, { caseId: c.id, reason: BANKRUPT, category: 'insolvency_or_ceased' }),
    ).rejects.toMatchObject({
      code: 'already_done',
      message: expect.stringContaining(`Case ${c.id} was already declined`),
    });
    await expect(acceptCase(ctx, { caseId: c.id })).rejects.toMatchObject({ code: 'already_done' });
    expect(await handle.db.selectFrom('declines').selectAll().execute()).toHaveLength(1);
  });

  it('when a legal-network partner holds a case, then it never gets a decline option', async () => {
    const c = await pending({ assignedPartnerId: w.networkPartner.id });

    await expect(
      checkDeclineCase(contextFor(handle.db, w.networkPartnerUser), {
        caseId: c.id,
        reason: BANKRUPT,
        category: 'insolvency_or_ceased',
      }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('Legal-network partners'),
    });
  });

  it('when the partner has not signed the SDCA, then the decline is refused with the link to sign it', async () => {
    const unsigned = await insertPartner(handle.db, { sdcaSignedAt: null });
    const user = await insertUser(handle.db, { role: 'partner', partnerId: unsigned.id });
    const c = await pending({ assignedPartnerId: unsigned.id });

    await expect(
      declineCase(contextFor(handle.db, user), {
        caseId: c.id,
        reason: BANKRUPT,
        category: 'insolvency_or_ceased',
      }),
    ).rejects.toMatchObject({
      code: 'sdca_not_signed',
      details: { link: expect.stringContaining('https://') },
    });
  });

  it('when the creditor tries to decline its own case, then only the assigned partner may', async () => {
    const c = await pending();

    await expect(
      checkDeclineCase(contextFor(handle.db, w.creditorUser), {
        caseId: c.id,
        reason: BANKRUPT,
        category: 'duplicate',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('when accept and two declines race on one case, then exactly one wins and the others hear "already"', async () => {
    const c = await pending();
    const ctx = contextFor(handle.db, w.partnerUser);

    const outcomes = await Promise.allSettled([
      acceptCase(ctx, { caseId: c.id }),
      declineCase(ctx, { caseId: c.id, reason: BANKRUPT, category: 'insolvency_or_ceased' }),
      declineCase(ctx, { caseId: c.id, reason: 'Duplicate of 12', category: 'duplicate' }),
    ]);

    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((o) => o.status === 'rejected')) {
      expect((o as PromiseRejectedResult).reason).toMatchObject({ code: 'already_done' });
    }
    const history = await listHistory(handle.db, c.id);
    expect(history.filter((h) => h.action === 'case.accept' || h.action === 'case.decline')).toHaveLength(1);
  });
  it('when a partner has declined a case, then it can still read the case status but not act on it', async () => {
    const c = await pending();
    await declineCase(contextFor(handle.db, w.partnerUser), {
      caseId: c.id,
      reason: BANKRUPT,
      category: 'insolvency_or_ceased',
    });

    const view = await getCaseStatus(contextFor(handle.db, w.partnerUser), { caseId: c.id });

    expect(view.statusLabel).toBe('Collecting Quotes');
    expect(view.lead?.status).toBeDefined();
  });
});
