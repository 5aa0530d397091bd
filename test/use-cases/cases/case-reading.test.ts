import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { acceptCase } from '../../../src/use-cases/cases/accept-case.ts';
import { getCaseStatus } from '../../../src/use-cases/cases/get-case-status.ts';
import { listCases } from '../../../src/use-cases/cases/list-cases.ts';
import { contextFor, insertCase, insertCreditor, useWorld, type World } from '../../helpers/world.ts';

describe('case.status and case.list (who sees what)', () => {
  let handle: DatabaseHandle;
  let w: World;
  useWorld((h, world) => {
    handle = h;
    w = world;
  });

  it('when the creditor asks for a case status, then it sees the status, the partner and the latest history', async () => {
    const c = await insertCase(handle.db, {
      creditorId: w.creditor.id,
      assignedPartnerId: w.partner.id,
      debtorName: 'Nordic Parts ApS',
    });
    await acceptCase(contextFor(handle.db, w.partnerUser), { caseId: c.id });

    const view = await getCaseStatus(contextFor(handle.db, w.creditorUser), { caseId: c.id });

    expect(view.statusLabel).toBe('Active');
    expect(view.assignedPartnerName).toBe(w.partner.name);
    expect(view.history.map((h) => h.action)).toEqual(['case.accept']);
    expect(view.summary).toContain(`Case ${c.id} (Nordic Parts ApS`);
    expect(view.summary).toContain('Collection period until 2 Sep 2026');
  });

  it('when the collection period is over, then the status says it ended rather than that it runs until a past date', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
    await acceptCase(contextFor(handle.db, w.partnerUser), { caseId: c.id });
    const sevenMonthsOn = fixedClock('2026-10-02T10:00:00Z');

    const view = await getCaseStatus(contextFor(handle.db, w.creditorUser, { clock: sevenMonthsOn }), {
      caseId: c.id,
    });

    expect(view.summary).toContain('Collection period ended on 2 Sep 2026');
  });

  it('when a managing partner asks about the case it submitted, then it may read it; an unrelated partner may not', async () => {
    const c = await insertCase(handle.db, {
      creditorId: w.creditor.id,
      assignedPartnerId: w.partner.id,
      managingPartnerId: w.otherPartner.id,
    });

    const view = await getCaseStatus(contextFor(handle.db, w.otherPartnerUser), { caseId: c.id });
    expect(view.case.id).toBe(c.id);
    await expect(
      getCaseStatus(contextFor(handle.db, w.networkPartnerUser), { caseId: c.id }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('when support asks for any case, then it may read it', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });

    await expect(
      getCaseStatus(contextFor(handle.db, w.supportUser), { caseId: c.id }),
    ).resolves.toMatchObject({
      statusLabel: 'Pending Verification',
    });
  });

  it('when each role lists cases, then it gets only those it may see, optionally by status', async () => {
    const other = await insertCreditor(handle.db);
    const mine = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
    const mineActive = await insertCase(handle.db, {
      creditorId: w.creditor.id,
      assignedPartnerId: w.partner.id,
      status: 'active',
    });
    const notMine = await insertCase(handle.db, {
      creditorId: other.id,
      assignedPartnerId: w.otherPartner.id,
    });

    const creditorList = await listCases(contextFor(handle.db, w.creditorUser), {});
    const partnerActive = await listCases(contextFor(handle.db, w.partnerUser), { status: 'active' });
    const supportList = await listCases(contextFor(handle.db, w.supportUser), {});
    const networkList = await listCases(contextFor(handle.db, w.networkPartnerUser), {});

    expect(creditorList.cases.map((c) => c.id).sort()).toEqual([mine.id, mineActive.id].sort());
    expect(partnerActive.cases.map((c) => c.id)).toEqual([mineActive.id]);
    expect(supportList.cases.map((c) => c.id).sort()).toEqual([mine.id, mineActive.id, notMine.id].sort());
    expect(networkList.cases).toEqual([]);
    expect(networkList.summary).toBe('You have no cases.');
    expect(partnerActive.summary).toContain(`${mineActive.id} `);
  });
  it('when the case number is not a number, then the user is asked which case, before anything reaches the database', async () => {
    await expect(
      getCaseStatus(contextFor(handle.db, w.creditorUser), { caseId: Number('abc') }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Which case?'),
    });
    await expect(
      getCaseStatus(contextFor(handle.db, w.creditorUser), { caseId: 99_999_999_999 }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
