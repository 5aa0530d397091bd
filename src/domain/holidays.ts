import Holidays from 'date-holidays';

// Public holidays per jurisdiction, for business-day arithmetic. A five-day quote window over
// Christmas or Midsummer is not five working days for the partners who must quote.
//
// Decision: the jurisdiction of a case is its debtor's country (where the collection happens and the
// partners quoting on it work). Days off are the country's 'public' holidays plus its 'bank' days (Swedish
// and Finnish Midsummer Eve, Christmas Eve and New Year's Eve in the Nordics and Germany: offices are
// closed), as date-holidays lists them; regional holidays (a German Land) are not modelled, since cases
// carry the country only. A country the library does not know has no holidays (weekends still count).
// Pure: the data ships with the library; nothing reads the clock or the machine's time zone.

const DAYS_OFF = new Set(['public', 'bank']);
const calendars = new Map<string, Holidays | null>();
const yearsOff = new Map<string, ReadonlySet<string>>();

function calendarOf(country: string): Holidays | null {
  let calendar = calendars.get(country);
  if (calendar === undefined) {
    calendar =
      /^[A-Z]{2}$/.test(country) && new Holidays().getCountries()[country] ? new Holidays(country) : null;
    calendars.set(country, calendar);
  }
  return calendar;
}

function daysOff(country: string, year: number): ReadonlySet<string> {
  const key = `${country}:${year}`;
  let days = yearsOff.get(key);
  if (!days) {
    const calendar = calendarOf(country);
    days = new Set(
      (calendar?.getHolidays(year) ?? [])
        .filter((h) => DAYS_OFF.has(h.type))
        .map((h) => h.date.slice(0, 10)), // "2026-12-25 00:00:00": the local calendar date
    );
    yearsOff.set(key, days);
  }
  return days;
}

/** Whether the UTC calendar day of `at` is a public holiday in `country` (ISO 3166-1 alpha-2). */
export function isPublicHoliday(at: Date, country: string): boolean {
  const code = country.trim().toUpperCase();
  return daysOff(code, at.getUTCFullYear()).has(at.toISOString().slice(0, 10));
}
