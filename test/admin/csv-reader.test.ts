import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, readCsv } from '../../src/admin/csv-reader.ts';

describe('the RFC 4180 reader of the import', () => {
  it('when fields are quoted, then commas, doubled quotes and line breaks inside them are kept, and each record keeps its first line', () => {
    const text =
      'name,type\r\n"Hansen, Berg & Co",exclusive\r\n"The ""Best"" Collect",legal_network\n"Two\nlines",exclusive\n';

    expect(readCsv(text)).toEqual([
      { line: 1, fields: ['name', 'type'] },
      { line: 2, fields: ['Hansen, Berg & Co', 'exclusive'] },
      { line: 3, fields: ['The "Best" Collect', 'legal_network'] },
      { line: 4, fields: ['Two\nlines', 'exclusive'] },
    ]);
  });

  it('when cells are empty or the file has a byte-order mark and blank lines, then empty cells stay and blank lines are skipped', () => {
    expect(readCsv('\uFEFFa,b,c\n\n1,,3\n,,\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 3, fields: ['1', '', '3'] },
      { line: 4, fields: ['', '', ''] },
    ]);
  });

  it('when a quote is never closed or stands inside an unquoted field, then the line is named', () => {
    expect(() => readCsv('a,b\n1,"open\n2,3\n')).toThrow(CsvSyntaxError);
    try {
      readCsv('a,b\n1,"open\n2,3\n');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
    expect(() => readCsv('a,b\n1,x"y\n')).toThrow('a quote inside an unquoted field');
    expect(() => readCsv('a,b\n"x"y,1\n')).toThrow('text after a closing quote');
  });
});
