import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessHours,
  businessHoursBetween,
  isBusinessDay,
} from '../../src/domain/business-time.ts';

const at = (iso: string) => new Date(iso);

describe('business time (UTC, Monday to Friday)', () => {
  it('when a quote window of 120 business hours opens on a Monday, then it ends the next Monday at the same time', () => {
    expect(addBusinessHours(at('2026-11-23T09:00:00Z'), 120)).toEqual(at('2026-11-30T09:00:00Z'));
  });

  it('when a 120-hour window opens on a Friday, then the weekend does not count and it ends the next Friday', () => {
    expect(addBusinessHours(at('2026-11-27T10:00:00Z'), 120)).toEqual(at('2026-12-04T10:00:00Z'));
  });

  it('when a window opens on a Saturday, then counting starts on Monday 00:00 UTC', () => {
    expect(addBusinessHours(at('2026-11-28T15:30:00Z'), 24)).toEqual(at('2026-12-01T00:00:00Z'));
    expect(addBusinessHours(at('2026-11-29T23:00:00Z'), 1)).toEqual(at('2026-11-30T01:00:00Z'));
  });

  it('when a short window (72 hours) crosses a weekend, then it skips Saturday and Sunday', () => {
    expect(addBusinessHours(at('2026-11-26T12:00:00Z'), 72)).toEqual(at('2026-12-01T12:00:00Z'));
  });

  it('when zero business hours are added, then the start is returned unchanged', () => {
    expect(addBusinessHours(at('2026-11-28T12:00:00Z'), 0)).toEqual(at('2026-11-28T12:00:00Z'));
  });

  it('when 5 business days are added to a Wednesday, then the result is the next Wednesday', () => {
    expect(addBusinessDays(at('2026-11-25T08:00:00Z'), 5)).toEqual(at('2026-12-02T08:00:00Z'));
  });

  it('when 1 business day is added to a Friday, then the result is Monday', () => {
    expect(addBusinessDays(at('2026-11-27T10:00:00Z'), 1)).toEqual(at('2026-11-30T10:00:00Z'));
  });

  it('when asked for Saturday, Sunday and Monday, then only Monday is a business day', () => {
    expect(isBusinessDay(at('2026-11-28T12:00:00Z'))).toBe(false);
    expect(isBusinessDay(at('2026-11-29T12:00:00Z'))).toBe(false);
    expect(isBusinessDay(at('2026-11-30T00:00:00Z'))).toBe(true);
  });

  it('when counting business hours across a weekend, then it is the inverse of adding them', () => {
    const start = at('2026-11-27T10:00:00Z');
    expect(businessHoursBetween(start, addBusinessHours(start, 120))).toBe(120);
    expect(businessHoursBetween(at('2026-11-28T00:00:00Z'), at('2026-11-30T00:00:00Z'))).toBe(0);
  });
});

describe('business time over public holidays of the case jurisdiction', () => {
  it('when a Danish lead is qualified on 22 December, then Christmas Day and Boxing Day do not count: 5 business days end on 30 December', () => {
    // Fri 25 and Sat 26 are holidays, Sun 27 a weekend day: one weekday lost, so Wednesday 30 December
    // 09:00 instead of Tuesday 29 (Christmas Eve is a working day in Denmark).
    expect(addBusinessHours(at('2026-12-22T09:00:00Z'), 120, 'DK')).toEqual(at('2026-12-30T09:00:00Z'));
    expect(addBusinessHours(at('2026-12-22T09:00:00Z'), 120)).toEqual(at('2026-12-29T09:00:00Z'));
  });

  it('when a Swedish lead is qualified on the Wednesday before Midsummer, then Midsummer Eve does not count', () => {
    // Midsummer Eve is Friday 19 June 2026 (offices closed in Sweden); Denmark works that day.
    expect(addBusinessDays(at('2026-06-17T12:00:00Z'), 3, 'SE')).toEqual(at('2026-06-23T12:00:00Z'));
    expect(addBusinessDays(at('2026-06-17T12:00:00Z'), 3, 'DK')).toEqual(at('2026-06-22T12:00:00Z'));
  });

  it('when business hours are counted across Easter in Germany, then Good Friday and Easter Monday are not counted', () => {
    // Thu 2 April 2026 00:00 → Wed 8 April 00:00: Thu 2, Tue 7 count; Fri 3 and Mon 6 are holidays.
    expect(businessHoursBetween(at('2026-04-02T00:00:00Z'), at('2026-04-08T00:00:00Z'), 'DE')).toBe(48);
    expect(isBusinessDay(at('2026-04-06T10:00:00Z'), 'de')).toBe(false);
    expect(isBusinessDay(at('2026-04-06T10:00:00Z'))).toBe(true);
  });

  it('when the country is unknown to the calendar, then only weekends are skipped', () => {
    expect(addBusinessHours(at('2026-12-22T09:00:00Z'), 120, 'XX')).toEqual(at('2026-12-29T09:00:00Z'));
  });
});
