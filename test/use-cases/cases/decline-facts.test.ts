import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { findCase } from '../../../src/db/repositories/case.repository.ts';
import { loadDeclineFacts } from '../../../src/db/repositories/decline.repository.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';

// A decline's reason is checked against the partner's rules, its coverage and the creditor's other cases
// for the debtor, read in one statement (docs/notes/perf.md, round 2). Each must read what its own query
// read: a rule for the debtor's country, every coverage row with its region, and the count of the
// creditor's other cases for the same debtor, whatever the case of the name.
describe('the facts a decline is checked against', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });

  it('when the partner has a rule, regional coverage and the debtor has other cases, then all are read', async () => {
    const c = await findCase(handle.db, 1002);
    if (!c) throw new Error('no case 1002');
    const country = c.debtorCountry.trim().toUpperCase();
    const partner = await handle.db
      .selectFrom('partners')
      .select('id')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await handle.db.deleteFrom('matching_rules').where('partner_id', '=', partner.id).execute();
    await handle.db.deleteFrom('partner_coverage').where('partner_id', '=', partner.id).execute();
    await handle.db
      .insertInto('matching_rules')
      .values([
        { partner_id: partner.id, country, min_amount_usd: '1234.50' },
        { partner_id: partner.id, country: 'ZZ', min_amount_usd: '99' },
      ])
      .execute();
    await handle.db
      .insertInto('partner_coverage')
      .values([
        { partner_id: partner.id, country, region: null },
        { partner_id: partner.id, country: 'ZZ', region: 'North' },
      ])
      .execute();
    const twin = await handle.db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    const { id: _id, ...copy } = twin;
    await handle.db
      .insertInto('cases')
      .values({ ...copy, debtor_name: c.debtorName.toUpperCase() })
      .execute();

    const facts = await loadDeclineFacts(handle.db, c, { id: partner.id, minimumThresholdUsd: '250' });

    expect(facts.partnerCoverage).toEqual(
      expect.arrayContaining([
        { country, region: null },
        { country: 'ZZ', region: 'North' },
      ]),
    );
    expect(facts.partnerCoverage).toHaveLength(2);
    expect(facts.partnerRules).toEqual([{ minAmountUsd: 1234.5 }]);
    expect(facts.otherCasesForDebtor).toBe(1);
    expect(facts.partnerMinimumUsd).toBe(250);
  });
});
