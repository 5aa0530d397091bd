import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { findCase } from '../../../src/db/repositories/case.repository.ts';
import { listHistory } from '../../../src/db/repositories/history.repository.ts';
import type { Actor } from '../../../src/domain/actor.ts';
import { isDomainError } from '../../../src/domain/errors.ts';
import { acceptCase } from '../../../src/use-cases/cases/accept-case.ts';
import { answerInfoRequest } from '../../../src/use-cases/cases/answer-info-request.ts';
import { closeCase } from '../../../src/use-cases/cases/close-case.ts';
import { declineCase } from '../../../src/use-cases/cases/decline-case.ts';
import { offerCustomTerms } from '../../../src/use-cases/cases/offer-custom-terms.ts';
import { registerPayment } from '../../../src/use-cases/cases/register-payment.ts';
import { requestInfo } from '../../../src/use-cases/cases/request-info.ts';
import { withdrawCase } from '../../../src/use-cases/cases/withdraw-case.ts';
import type { UseCaseContext } from '../../../src/use-cases/context.ts';
import { createTestDatabase, truncateAll } from '../../helpers/db.ts';
import { contextFor, insertCase, insertWorld, type World } from '../../helpers/world.ts';

type Who = 'partner' | 'otherPartner' | 'creditor' | 'support';
type Step =
  | { who: Who; action: 'accept' | 'request_info' | 'answer' | 'offer_terms' | 'withdraw' }
  | { who: Who; action: 'decline'; category: 'duplicate' | null }
  | { who: Who; action: 'pay'; amount: number }
  | {
      who: Who;
      action: 'close';
      code: 'paid' | 'other' | 'uneconomical' | 'prelegal_exhausted';
      comment: string;
    };

const who = fc.constantFrom<Who>('partner', 'partner', 'otherPartner', 'creditor', 'support');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ who, action: fc.constantFrom('accept', 'request_info', 'answer', 'offer_terms', 'withdraw') }),
  fc.record({ who, action: fc.constant('decline'), category: fc.constantFrom('duplicate', null) }),
  fc.record({ who, action: fc.constant('pay'), amount: fc.integer({ min: 1, max: 5000 }) }),
  fc.record({
    who,
    action: fc.constant('close'),
    code: fc.constantFrom('paid', 'other', 'uneconomical', 'prelegal_exhausted'),
    comment: fc.constantFrom('', 'Debtor moved abroad'),
  }),
) as fc.Arbitrary<Step>;

function run(ctx: UseCaseContext, caseId: number, s: Step): Promise<unknown> {
  switch (s.action) {
    case 'accept':
      return acceptCase(ctx, { caseId });
    case 'decline':
      return declineCase(ctx, {
        caseId,
        reason: 'Already with us under another number',
        category: s.category,
      });
    case 'request_info':
      return requestInfo(ctx, { caseId, question: 'Invoice copy?' });
    case 'answer':
      return answerInfoRequest(ctx, { caseId, answer: 'Attached.' });
    case 'offer_terms':
      return offerCustomTerms(ctx, { caseId, successFeePct: 30 });
    case 'withdraw':
      return withdrawCase(ctx, { caseId });
    case 'pay':
      return registerPayment(ctx, { caseId, amount: s.amount });
    case 'close':
      return closeCase(ctx, { caseId, code: s.code, comment: s.comment });
  }
}

describe('case lifecycle under any sequence of actions', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle.close());

  it('when anyone tries any actions in any order, then every refusal is a DomainError that writes nothing, and the case stays consistent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        await truncateAll(handle);
        const w: World = await insertWorld(handle.db);
        const actors: Record<Who, Actor> = {
          partner: w.partnerUser,
          otherPartner: w.otherPartnerUser,
          creditor: w.creditorUser,
          support: w.supportUser,
        };
        const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
        let succeeded = 0;
        for (const s of steps) {
          const before = (await listHistory(handle.db, c.id)).length;
          try {
            await run(contextFor(handle.db, actors[s.who]), c.id, s);
            succeeded++;
            expect((await listHistory(handle.db, c.id)).length).toBeGreaterThan(before);
          } catch (error) {
            expect(isDomainError(error), String(error)).toBe(true);
            expect((await listHistory(handle.db, c.id)).length).toBe(before);
          }
        }
        const after = await findCase(handle.db, c.id);
        const history = await listHistory(handle.db, c.id);
        const own = history.filter((h) => h.action !== 'lead.opened');
        expect(own).toHaveLength(succeeded);
        // the last status change recorded is the case's status
        const lastChange = own.at(-1);
        if (lastChange) expect(lastChange.toStatus).toBe(after?.status);
        const openAssignments = await handle.db
          .selectFrom('case_assignments')
          .select('id')
          .where('case_id', '=', c.id)
          .where('ended_at', 'is', null)
          .execute();
        expect(openAssignments.length).toBe(
          after?.assignedPartnerId !== null && after?.status !== 'closed' ? 1 : 0,
        );
        const liveLeads = await handle.db
          .selectFrom('leads')
          .select('id')
          .where('case_id', '=', c.id)
          .where('status', '<>', 'closed')
          .execute();
        expect(liveLeads.length).toBe(after?.status === 'collecting_quotes' ? 1 : 0);
      }),
      { numRuns: 25 },
    );
  });
});
