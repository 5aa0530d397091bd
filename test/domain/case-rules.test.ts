import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/actor.ts';
import { ALLOWED_FROM, assertStatusAllows } from '../../src/domain/case.ts';
import { countsAgainstScore, decideClose } from '../../src/domain/close-codes.ts';
import { CASE_STATUSES } from '../../src/domain/ids.ts';
import { assertExclusive, assertMay, canView } from '../../src/domain/permissions.ts';
import { assertSdcaSigned } from '../../src/domain/sdca.ts';

const NOW = new Date('2026-03-02T10:00:00Z');
const partner = (partnerId: number): Actor => ({
  userId: 1,
  name: 'p',
  role: 'partner',
  partnerId,
  creditorId: null,
});
const creditor = (creditorId: number): Actor => ({
  userId: 2,
  name: 'c',
  role: 'creditor',
  partnerId: null,
  creditorId,
});
const support: Actor = { userId: 3, name: 's', role: 'support', partnerId: null, creditorId: null };
const theCase = { id: 88, creditorId: 10, assignedPartnerId: 20, managingPartnerId: 30 };

describe('case state machine', () => {
  it('when a case is not pending verification, then it can no longer be declined, and the refusal says what to do instead', () => {
    expect(() => assertStatusAllows({ id: 88, status: 'active' }, 'decline')).toThrow(
      'Case 88 is Active, so it can no longer be declined. To stop working on it, close it with a close code.',
    );
  });

  it('decline, accept, request info and offer terms start only from pending verification', () => {
    for (const action of ['accept', 'decline', 'request_info', 'offer_terms'] as const) {
      expect(ALLOWED_FROM[action]).toEqual(['pending_verification']);
      // The table alone could be right while the check ignores it: refuse from every other status.
      expect(() => assertStatusAllows({ id: 1, status: 'pending_verification' }, action)).not.toThrow();
      for (const s of CASE_STATUSES.filter((s) => s !== 'pending_verification')) {
        expect(() => assertStatusAllows({ id: 1, status: s }, action), `${action} from ${s}`).toThrow();
      }
    }
  });

  it('close starts only from active, paused or needs additional details', () => {
    expect([...ALLOWED_FROM.close].sort()).toEqual(['active', 'needs_additional_details', 'paused']);
    for (const s of CASE_STATUSES.filter((s) => !ALLOWED_FROM.close.includes(s))) {
      expect(() => assertStatusAllows({ id: 1, status: s }, 'close')).toThrow();
    }
    for (const s of ALLOWED_FROM.close) {
      expect(() => assertStatusAllows({ id: 1, status: s }, 'close')).not.toThrow();
    }
  });

  it('when the same action was already done, then the refusal says "already"', () => {
    expect(() =>
      assertStatusAllows({ id: 88, status: 'collecting_quotes' }, 'decline', { action: 'declined' }),
    ).toThrow(/^Case 88 was already declined/);
  });
});

describe('permissions', () => {
  it('support reads every case, a creditor its own, a partner those it works or submitted', () => {
    expect(canView(support, theCase)).toBe(true);
    expect(canView(creditor(10), theCase)).toBe(true);
    expect(canView(creditor(11), theCase)).toBe(false);
    expect(canView(partner(20), theCase)).toBe(true);
    expect(canView(partner(30), theCase)).toBe(true);
    expect(canView(partner(40), theCase)).toBe(false);
  });

  it('only the assigned partner acts; the managing partner is read-only', () => {
    expect(() => assertMay('close', partner(20), theCase)).not.toThrow();
    expect(() => assertMay('close', partner(30), theCase)).toThrow(/read-only/);
    expect(() => assertMay('close', creditor(10), theCase)).toThrow();
    expect(() => assertMay('close', support, theCase)).toThrow();
  });

  it('a legal-network partner never gets a decline option', () => {
    expect(() => assertExclusive({ type: 'legal_network' }, 88, 'decline')).toThrow(/don't decline cases/);
    expect(() => assertExclusive({ type: 'exclusive' }, 88, 'decline')).not.toThrow();
  });

  it('every partner action needs a signed SDCA; the refusal offers the link', () => {
    expect(() => assertSdcaSigned({ name: 'X', sdcaSignedAt: null }, NOW)).toThrow(/Sign it at https:\/\//);
    expect(() => assertSdcaSigned({ name: 'X', sdcaSignedAt: new Date('2025-01-01') }, NOW)).not.toThrow();
  });
});

describe('close codes', () => {
  const period = {
    id: 88,
    collectionPeriodStartsAt: new Date('2026-01-01'),
    collectionPeriodEndsAt: new Date('2026-07-01'),
    principal: '1000.00',
    currency: 'EUR',
  };

  it('paid and partially paid need a registered payment', () => {
    expect(() => decideClose(period, { code: 'paid' }, 0n, NOW)).toThrow(/Register the payment first/);
    expect(() => decideClose(period, { code: 'partially_paid' }, 100n, NOW)).not.toThrow();
  });

  it('other needs a comment', () => {
    expect(() => decideClose(period, { code: 'other' }, 0n, NOW)).toThrow(/comment/);
    expect(decideClose(period, { code: 'other', comment: ' moved abroad ' }, 0n, NOW).comment).toBe(
      'moved abroad',
    );
  });

  it('pre-legal exhausted before the period ends needs confirmation', () => {
    expect(() => decideClose(period, { code: 'prelegal_exhausted' }, 0n, NOW)).toThrow(
      /runs until 1 Jul 2026/,
    );
    expect(() =>
      decideClose(period, { code: 'prelegal_exhausted', confirmedEarlyPrelegal: true }, 0n, NOW),
    ).not.toThrow();
  });

  it('partner decline and success codes do not count against the partner score; client decisions do', () => {
    expect(countsAgainstScore('case_never_started')).toBe(false);
    expect(countsAgainstScore('paid')).toBe(false);
    expect(countsAgainstScore('withdrawn_by_client')).toBe(true);
    expect(countsAgainstScore('prelegal_exhausted')).toBe(true);
  });
});
