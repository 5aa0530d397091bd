import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { findCase } from '../../../src/db/repositories/case.repository.ts';
import { listHistory } from '../../../src/db/repositories/history.repository.ts';
import { listNotices } from '../../../src/db/repositories/notice.repository.ts';
import { answerInfoRequest } from '../../../src/use-cases/cases/answer-info-request.ts';
import { checkRequestInfo, requestInfo } from '../../../src/use-cases/cases/request-info.ts';
import { contextFor, insertCase, insertCreditor, useWorld, type World } from '../../helpers/world.ts';

describe('case.request_info and the answer', () => {
  let handle: DatabaseHandle;
  let w: World;
  useWorld((h, world) => {
    handle = h;
    w = world;
  });

  it('when the partner requests more information, then the case needs additional details and the creditor is asked', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
    const ctx = contextFor(handle.db, w.partnerUser);

    await checkRequestInfo(ctx, { caseId: c.id, question: 'Please send the signed contract.' });
    const result = await requestInfo(ctx, { caseId: c.id, question: 'Please send the signed contract.' });

    expect(result.status).toBe('needs_additional_details');
    const requests = await handle.db.selectFrom('info_requests').selectAll().execute();
    expect(requests).toMatchObject([
      { case_id: c.id, question: 'Please send the signed contract.', answer: null },
    ]);
    const notices = await listNotices(handle.db, { caseId: c.id });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      recipient: { type: 'creditor', creditorId: w.creditor.id },
      kind: 'case.info_requested',
    });
    expect(notices[0]?.payload.text).toContain('signed contract');
  });

  it('when the creditor answers, then the case returns to pending verification and the partner is told', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
    await requestInfo(contextFor(handle.db, w.partnerUser), { caseId: c.id, question: 'Invoice copy?' });

    const result = await answerInfoRequest(contextFor(handle.db, w.creditorUser), {
      caseId: c.id,
      answer: 'Attached invoice INV-88.',
    });

    expect(result.status).toBe('pending_verification');
    expect((await findCase(handle.db, c.id))?.status).toBe('pending_verification');
    const request = await handle.db.selectFrom('info_requests').selectAll().executeTakeFirstOrThrow();
    expect(request.answer).toBe('Attached invoice INV-88.');
    expect(request.answered_by_user_id).toBe(w.creditorUser.userId);
    const history = await listHistory(handle.db, c.id);
    expect(history.map((h) => [h.action, h.toStatus])).toEqual([
      ['case.request_info', 'needs_additional_details'],
      ['case.answer_info', 'pending_verification'],
    ]);
    const toPartner = (await listNotices(handle.db, { caseId: c.id })).filter(
      (n) => n.recipient.type === 'partner',
    );
    expect(toPartner.map((n) => n.kind)).toEqual(['case.info_answered']);
  });

  it('when the case belongs to a shadow client, then the managing partner is asked and may answer', async () => {
    const shadow = await insertCreditor(handle.db, { shadowOfPartnerId: w.otherPartner.id });
    const c = await insertCase(handle.db, {
      creditorId: shadow.id,
      assignedPartnerId: w.partner.id,
      managingPartnerId: w.otherPartner.id,
    });

    await requestInfo(contextFor(handle.db, w.partnerUser), { caseId: c.id, question: 'Debtor address?' });
    const asked = await listNotices(handle.db, { caseId: c.id });
    await answerInfoRequest(contextFor(handle.db, w.otherPartnerUser), { caseId: c.id, answer: 'Main St 1' });

    expect(asked.map((n) => n.recipient)).toEqual([{ type: 'partner', partnerId: w.otherPartner.id }]);
    expect((await findCase(handle.db, c.id))?.status).toBe('pending_verification');
  });

  it('when a case is answered that nobody asked about, then it is refused', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });

    await expect(
      answerInfoRequest(contextFor(handle.db, w.creditorUser), { caseId: c.id, answer: 'here' }),
    ).rejects.toMatchObject({ code: 'invalid_state' });
  });

  it('when an active case gets a request for information, then it is refused', async () => {
    const c = await insertCase(handle.db, {
      creditorId: w.creditor.id,
      assignedPartnerId: w.partner.id,
      status: 'active',
      collectionPeriodStartsAt: new Date('2026-01-01T00:00:00Z'),
      collectionPeriodEndsAt: new Date('2026-07-01T00:00:00Z'),
    });

    await expect(requestInfo(contextFor(handle.db, w.partnerUser), { caseId: c.id })).rejects.toMatchObject({
      code: expect.stringMatching(/already_done|invalid_state/),
    });
    expect(await listHistory(handle.db, c.id)).toHaveLength(0);
  });
});
