import { describe, expect, it } from 'vitest';
import { parseAmount, parseCountry, parseDate } from '../../src/domain/input-parsing.ts';

describe('reading what people type into a form', () => {
  describe('amounts', () => {
    it('when an amount is written the European or the English way, then both read as the same number', () => {
      for (const text of [
        '4.800,00',
        '4 800,00',
        '4\u00a0800,00',
        "4'800.00",
        '4,800.00',
        '4800.00',
        '4800,00',
      ]) {
        expect(parseAmount(text), text).toBe('4800.00');
      }
      expect(parseAmount('4800.50')).toBe('4800.50');
      expect(parseAmount('4,800.50')).toBe('4800.50');
      expect(parseAmount('1.234.567,89')).toBe('1234567.89');
      expect(parseAmount('1,234,567')).toBe('1234567');
      expect(parseAmount('12500')).toBe('12500');
    });

    it('when a lone dot or comma is followed by exactly three digits, then it groups thousands; otherwise it is the decimal mark', () => {
      expect(parseAmount('4.800')).toBe('4800');
      expect(parseAmount('4,800')).toBe('4800');
      expect(parseAmount('4,80')).toBe('4.80');
      expect(parseAmount('4.8')).toBe('4.8');
      expect(parseAmount('0,5')).toBe('0.5');
    });

    it('when the text is not an amount or its grouping is broken, then nothing is guessed', () => {
      for (const text of [
        '',
        'abc',
        '-5',
        '12.34.56',
        '1.234,567.00',
        '4800.',
        '.5',
        '0.500',
        '1 23',
        '4,8,0',
        '12 EUR',
      ]) {
        expect(parseAmount(text), text).toBeNull();
      }
    });
  });

  describe('dates', () => {
    it('when a date is written day first with slashes, dots or dashes, or as ISO, then it reads as YYYY-MM-DD', () => {
      expect(parseDate('30/06/2026')).toBe('2026-06-30');
      expect(parseDate('30.06.2026')).toBe('2026-06-30');
      expect(parseDate('30-06-2026')).toBe('2026-06-30');
      expect(parseDate('1.6.2026')).toBe('2026-06-01');
      expect(parseDate('2026-06-30')).toBe('2026-06-30');
    });

    it('when the day does not exist, the year has two digits or the month comes first, then it is not read', () => {
      for (const text of ['31/02/2026', '2026-02-31', '30/06/26', '06/30/2026', 'June 30', '2026/06/30']) {
        expect(parseDate(text), text).toBeNull();
      }
    });
  });

  describe('countries', () => {
    it('when a country is given by its code or its name, in English or a language of the markets, then its ISO code is read', () => {
      expect(parseCountry('dk')).toBe('DK');
      expect(parseCountry('Denmark')).toBe('DK');
      expect(parseCountry('danmark')).toBe('DK');
      expect(parseCountry('Sverige')).toBe('SE');
      expect(parseCountry('Deutschland')).toBe('DE');
      expect(parseCountry('the Netherlands')).toBe('NL');
      expect(parseCountry('Österreich')).toBe('AT');
      expect(parseCountry('United Kingdom')).toBe('GB');
      expect(parseCountry('UK')).toBe('GB');
    });

    it('when the text names no country, then nothing is read', () => {
      for (const text of ['XX', 'EU', 'Atlantis', '', 'D']) {
        expect(parseCountry(text), text).toBeNull();
      }
    });
  });
});
