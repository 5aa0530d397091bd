import { describe, expect, it } from 'vitest';
import { assertEscalatable, ESCALATION_WINDOW_DAYS } from '../../src/domain/escalation.ts';

// domain.md, "Further decisions": legal escalation for an Active case after its collection period, or a
// case Closed as Pre-Legal Exhausted in the last 90 days; anything else is refused with the reason.

const now = new Date('2026-12-07T10:00:00Z');
const base = {
  id: 12,
  status: 'active' as const,
  collectionPeriodStartsAt: new Date('2026-05-01T00:00:00Z'),
  collectionPeriodEndsAt: new Date('2026-11-01T00:00:00Z'),
  closeCode: null,
  closedAt: null,
};
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe('legal escalation rule', () => {
  it('allows an Active case whose collection period has ended', () => {
    expect(assertEscalatable(base, now)).toBe('active_after_period');
  });

  it('refuses an Active case still in its period, naming the end', () => {
    expect(() =>
      assertEscalatable({ ...base, collectionPeriodEndsAt: new Date('2027-01-01T00:00:00Z') }, now),
    ).toThrow(/still in its pre-legal collection period \(until 1 Jan 2027\)/);
  });

  it(`allows a close as Pre-Legal Exhausted up to ${ESCALATION_WINDOW_DAYS} days back, not one day more`, () => {
    const closed = { ...base, status: 'closed' as const, closeCode: 'prelegal_exhausted' as const };
    expect(assertEscalatable({ ...closed, closedAt: daysAgo(90) }, now)).toBe('closed_prelegal_exhausted');
    expect(() => assertEscalatable({ ...closed, closedAt: daysAgo(91) }, now)).toThrow(
      /more than 90 days ago/,
    );
  });

  it('refuses other closes and other statuses; a second request is "already escalated"', () => {
    expect(() =>
      assertEscalatable({ ...base, status: 'closed', closeCode: 'paid', closedAt: daysAgo(3) }, now),
    ).toThrow(/closed as Paid/);
    for (const status of ['pending_verification', 'needs_additional_details', 'paused'] as const)
      expect(() => assertEscalatable({ ...base, status }, now)).toThrow(/can't be escalated to legal/);
    expect(() => assertEscalatable({ ...base, status: 'collecting_quotes' }, now, 'decline')).toThrow(
      /collecting quotes already/,
    );
    expect(() =>
      assertEscalatable({ ...base, status: 'collecting_quotes' }, now, 'legal_escalation'),
    ).toThrow(expect.objectContaining({ code: 'already_done' }));
  });
});
