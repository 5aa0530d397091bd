import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { listHistory } from '../../../src/db/repositories/history.repository.ts';
import { listNotices } from '../../../src/db/repositories/notice.repository.ts';
import { isDomainError } from '../../../src/domain/errors.ts';
import { openLead } from '../../../src/use-cases/leads/open-lead.ts';
import { pullbackLead } from '../../../src/use-cases/leads/pullback-lead.ts';
import { selectQuote } from '../../../src/use-cases/leads/select-quote.ts';
import { submitQuote } from '../../../src/use-cases/leads/submit-quote.ts';
import { createTestDatabase } from '../../helpers/db.ts';
import { contextFor, insertCase, insertWorld, TEST_NOW } from '../../helpers/world.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

describe('conflicting creditor decisions on one lead', () => {
  it('when 30 selections and pullbacks race on one lead, then exactly one wins and the others hear it is already decided', async () => {
    const w = await insertWorld(handle.db);
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, status: 'collecting_quotes' });
    await handle.db
      .transaction()
      .execute((trx) =>
        openLead(trx, { caseId: c.id, origin: 'decline', excludedPartnerIds: [w.partner.id], at: TEST_NOW }),
      );
    const a = await submitQuote(contextFor(handle.db, w.otherPartnerUser), {
      caseId: c.id,
      successFeePct: 20,
    });
    const b = await submitQuote(contextFor(handle.db, w.networkPartnerUser), {
      caseId: c.id,
      successFeePct: 18,
    });
    const ctx = contextFor(handle.db, w.creditorUser);

    const attempts = Array.from({ length: 30 }, (_, i) => {
      switch (i % 3) {
        case 0:
          return selectQuote(ctx, { caseId: c.id, quoteId: a.quoteId });
        case 1:
          return selectQuote(ctx, { caseId: c.id, quoteId: b.quoteId });
        default:
          return pullbackLead(ctx, { caseId: c.id });
      }
    });
    const results = await Promise.allSettled(attempts);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(
      lost.every((r) => isDomainError(r.reason) && ['already_done', 'invalid_state'].includes(r.reason.code)),
    ).toBe(true);

    const quotes = await handle.db.selectFrom('quotes').select('status').execute();
    const accepted = quotes.filter((q) => q.status === 'accepted').length;
    const lead = await handle.db.selectFrom('leads').select(['status', 'outcome']).executeTakeFirstOrThrow();
    expect(lead.status).toBe('closed');
    expect(accepted).toBe(lead.outcome === 'winner' ? 1 : 0);
    const decisions = (await listHistory(handle.db, c.id)).filter((h) =>
      ['quote.select', 'lead.pullback'].includes(h.action),
    );
    expect(decisions).toHaveLength(1);
    const told = (await listNotices(handle.db, { caseId: c.id })).filter((n) =>
      ['quote.accepted', 'quote.declined'].includes(n.kind),
    );
    expect(told).toHaveLength(2); // both quoting partners hear the decision once
  });
});
