import { describe, expect, it } from 'vitest';
import {
  isDue,
  leadExpiresAt,
  nextQuoteReminder,
  noQuoteAlertDueAt,
  quoteReminderDueNow,
  quoteWindowEndsAt,
  quoteWindowFilled,
  verificationReminderDueAt,
  verificationReminderOccurrence,
} from '../../src/domain/schedule.ts';

const at = (iso: string) => new Date(iso);

describe('quote window', () => {
  it('when a lead is qualified on Friday afternoon, then its 120-business-hour window ends the next Friday afternoon', () => {
    expect(quoteWindowEndsAt(at('2026-03-06T15:00:00Z'), 120)).toEqual(at('2026-03-13T15:00:00Z'));
  });

  it('when a lead is qualified on a Saturday, then the window counts from Monday morning', () => {
    expect(quoteWindowEndsAt(at('2026-03-07T12:00:00Z'), 120)).toEqual(at('2026-03-14T00:00:00Z'));
  });

  it('when the window is configured to 72 hours, then a Wednesday noon lead ends Monday noon', () => {
    expect(quoteWindowEndsAt(at('2026-03-04T12:00:00Z'), 72)).toEqual(at('2026-03-09T12:00:00Z'));
  });

  it('when the expected number of quotes has arrived, then the window is filled', () => {
    expect(quoteWindowFilled(3, 3)).toBe(true);
    expect(quoteWindowFilled(2, 3)).toBe(false);
  });
});

describe('reminders and expiry after quotes are ready', () => {
  const ready = at('2026-03-13T15:00:00Z');

  it('when no reminder was sent, then the first is due 7 days after quote collection ended', () => {
    expect(nextQuoteReminder(ready, 0)).toEqual({ number: 1, dueAt: at('2026-03-20T15:00:00Z') });
    expect(nextQuoteReminder(ready, 1)).toEqual({ number: 2, dueAt: at('2026-03-27T15:00:00Z') });
    expect(nextQuoteReminder(ready, 2)).toBeNull();
  });

  it('when 6 days have passed, then no reminder is due; at 7 days the first is', () => {
    expect(quoteReminderDueNow(ready, 0, at('2026-03-19T15:00:00Z'))).toBeNull();
    expect(quoteReminderDueNow(ready, 0, at('2026-03-20T15:00:00Z'))).toBe(1);
  });

  it('when the scheduler was down past both dates, then only the latest reminder is sent', () => {
    expect(quoteReminderDueNow(ready, 0, at('2026-04-01T00:00:00Z'))).toBe(2);
    expect(quoteReminderDueNow(ready, 2, at('2026-04-01T00:00:00Z'))).toBeNull();
  });

  it('when 14 days pass without a winner, then the lead expires', () => {
    expect(leadExpiresAt(ready)).toEqual(at('2026-03-27T15:00:00Z'));
  });
});

describe('pending-verification reminders', () => {
  const thursday = at('2026-03-05T09:00:00Z');

  it('when a case enters verification on Thursday, then the first reminder is Monday (2 business days), then daily', () => {
    expect(verificationReminderDueAt(thursday, 1)).toEqual(at('2026-03-09T09:00:00Z'));
    expect(verificationReminderDueAt(thursday, 2)).toEqual(at('2026-03-10T09:00:00Z'));
  });

  it('when only a weekend has passed, then no reminder is due yet', () => {
    expect(verificationReminderOccurrence(thursday, at('2026-03-08T23:00:00Z'))).toBeNull();
    expect(verificationReminderOccurrence(thursday, at('2026-03-09T09:00:00Z'))).toBe(1);
    expect(verificationReminderOccurrence(thursday, at('2026-03-10T10:00:00Z'))).toBe(2);
  });
});

describe('no-quote alert', () => {
  it('when a case is declined on Wednesday, then support is alerted the next Wednesday (5 business days)', () => {
    const dueAt = noQuoteAlertDueAt(at('2026-03-04T11:00:00Z'));
    expect(dueAt).toEqual(at('2026-03-11T11:00:00Z'));
    expect(isDue(dueAt, at('2026-03-11T10:59:00Z'))).toBe(false);
    expect(isDue(dueAt, at('2026-03-11T11:00:00Z'))).toBe(true);
  });
});
