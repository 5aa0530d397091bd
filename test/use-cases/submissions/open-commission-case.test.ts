import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import {
  checkOpenCommissionCase,
  openCommissionCase,
} from '../../../src/use-cases/submissions/open-commission-case.ts';
import { createTestDatabase, truncateAll } from '../../helpers/db.ts';
import { contextFor, insertCase, insertCreditor, insertPartner, insertUser } from '../../helpers/world.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

async function arrange(partnerAmount: number) {
  const partner = await insertPartner(handle.db, { name: 'Dansk Inkasso', coverage: [{ country: 'DK' }] });
  const user = await insertUser(handle.db, { role: 'partner', partnerId: partner.id });
  const creditor = await insertCreditor(handle.db, { name: 'Slow Payer AB', country: 'SE' });
  const c = await insertCase(handle.db, {
    creditorId: creditor.id,
    assignedPartnerId: partner.id,
    status: 'closed',
    closeCode: 'paid',
  });
  await handle.db
    .insertInto('payouts')
    .values({
      case_id: c.id,
      total: partnerAmount * 4,
      creditor_amount: partnerAmount * 3,
      partner_amount: partnerAmount,
      commission_rate: 0.25,
      currency: 'EUR',
    })
    .execute();
  return { ctx: contextFor(handle.db, user), caseId: c.id };
}

describe('commission case from chat (use case)', () => {
  beforeEach(async () => truncateAll(handle));

  it('when the partner names an amount, then the case carries it, with the prefilled debtor and comment', async () => {
    const { ctx, caseId } = await arrange(800);

    const result = await openCommissionCase(ctx, { creditor: 'slow payer', amount: 1250, currency: 'eur' });

    const row = await handle.db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', result.caseId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      debtor_name: 'Slow Payer AB',
      debtor_country: 'SE',
      principal: '1250.00',
      currency: 'EUR',
      claim_type: 'unpaid_invoice',
      description: `Unpaid success fee owed for recovered debt on case ${caseId}.`,
    });
  });

  it('when two people of the partner confirm the same fee at the same moment, then one case is opened and the other is told it already is', async () => {
    const { ctx } = await arrange(800);
    const other = await insertUser(handle.db, {
      role: 'partner',
      partnerId: ctx.actor.partnerId ?? undefined,
    });
    const otherCtx = contextFor(handle.db, other);

    const outcomes = await Promise.allSettled([
      openCommissionCase(ctx, { creditor: 'slow payer', amount: 1250, currency: 'eur' }),
      openCommissionCase(otherCtx, { creditor: 'slow payer', amount: 1250, currency: 'eur' }),
    ]);

    const opened = await handle.db
      .selectFrom('cases')
      .select('id')
      .where('debtor_name', '=', 'Slow Payer AB')
      .execute();
    expect(opened).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason.message)).toContain(`You already opened commission case ${opened[0]?.id}`);
  });

  it('when the fee is over 10,000 USD, then the document rule asks for a file and says where to attach it', async () => {
    const { ctx } = await arrange(12_000);

    await expect(checkOpenCommissionCase(ctx, { creditor: 'Slow Payer AB' })).rejects.toThrow(
      /needs a file: .* Open the submission form \("submit a case"\) to attach it/,
    );
  });

  it('when no creditor is named, or none of that name exists, then it says which to name', async () => {
    const { ctx } = await arrange(500);

    await expect(checkOpenCommissionCase(ctx, {})).rejects.toThrow(
      /Which creditor owes you the success fee\?/,
    );
    await expect(checkOpenCommissionCase(ctx, { creditor: 'Nobody Ltd' })).rejects.toThrow(
      'There is no creditor called "Nobody Ltd" on the platform. Check the name.',
    );
  });
});
