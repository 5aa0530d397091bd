import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { findCase } from '../../../src/db/repositories/case.repository.ts';
import { listHistory } from '../../../src/db/repositories/history.repository.ts';
import { listNotices } from '../../../src/db/repositories/notice.repository.ts';
import { checkOfferCustomTerms, offerCustomTerms } from '../../../src/use-cases/cases/offer-custom-terms.ts';
import { contextFor, insertCase, useWorld, type World } from '../../helpers/world.ts';

describe('case.offer_terms', () => {
  let handle: DatabaseHandle;
  let w: World;
  useWorld((h, world) => {
    handle = h;
    w = world;
  });

  it('when the partner offers custom terms, then a lead opens with its quote on it and the case collects quotes', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
    const ctx = contextFor(handle.db, w.partnerUser);

    const plan = await checkOfferCustomTerms(ctx, {
      caseId: c.id,
      successFeePct: 25,
      terms: 'Includes court fees',
    });
    const result = await offerCustomTerms(ctx, {
      caseId: c.id,
      successFeePct: 25,
      terms: 'Includes court fees',
    });

    expect(plan.summary).toContain('25%');
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
    expect(lead.origin).toBe('custom_terms');
    const quotes = await handle.db.selectFrom('quotes').selectAll().where('lead_id', '=', lead.id).execute();
    expect(quotes).toMatchObject([
      { partner_id: w.partner.id, success_fee_pct: '25.00', terms: 'Includes court fees' },
    ]);
    const history = await listHistory(handle.db, c.id);
    expect(history.map((h) => h.action)).toEqual(['case.offer_terms', 'lead.opened']);
    const toCreditor = (await listNotices(handle.db, { caseId: c.id })).filter(
      (n) => n.recipient.type === 'creditor',
    );
    expect(toCreditor.map((n) => n.kind)).toEqual(['case.custom_terms_offered']);
  });

  it('when custom terms name no success fee, then the partner is asked for one', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });

    await expect(
      offerCustomTerms(contextFor(handle.db, w.partnerUser), { caseId: c.id, successFeePct: null }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await findCase(handle.db, c.id))?.status).toBe('pending_verification');
    expect(await handle.db.selectFrom('leads').selectAll().execute()).toHaveLength(0);
  });
});
