import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { da } from '../../src/i18n/catalogue/da.ts';
import { de } from '../../src/i18n/catalogue/de.ts';
import { en } from '../../src/i18n/catalogue/en.ts';
import { es } from '../../src/i18n/catalogue/es.ts';
import { fi } from '../../src/i18n/catalogue/fi.ts';
import { nb } from '../../src/i18n/catalogue/nb.ts';
import { sv } from '../../src/i18n/catalogue/sv.ts';

// Every message the bot can say exists in every language, and renders: a key only English has is an
// English sentence to a Danish reader, and a message that does not render is an error instead of a reply.

const LANGUAGES = { da, sv, nb, de, fi, es } as const;
const INTL = { en: 'en-GB', da: 'da-DK', sv: 'sv-SE', nb: 'nb-NO', de: 'de-DE', fi: 'fi-FI', es: 'es-ES' };

type Arg = { name: string; kind: 'text' | 'number' | 'select'; options: string[] };

/** The arguments of a message, with how each is used (text, a number / plural, a select and its options). */
function argumentsOf(source: string): Map<string, Arg> {
  const found = new Map<string, Arg>();
  const walk = (els: unknown[]) => {
    for (const el of els as Array<Record<string, unknown>>) {
      // intl-messageformat's AST: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural.
      const type = el.type as number;
      if (type === 0 || type === 7 || type === 8) continue;
      const name = String(el.value);
      const kind = type === 5 ? 'select' : type === 2 || type === 6 ? 'number' : 'text';
      const arg = found.get(name) ?? { name, kind, options: [] };
      if (kind !== 'text') arg.kind = kind;
      const options = (el.options ?? {}) as Record<string, { value: unknown[] }>;
      if (type === 5) arg.options.push(...Object.keys(options));
      found.set(name, arg);
      for (const option of Object.values(options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(source, 'en', undefined, { ignoreTag: true }).getAst() as unknown[]);
  return found;
}

/** Sample values: each select option once (the others at 'other'), and 0, 1, 2 for each number. */
function samples(args: Map<string, Arg>): Array<Record<string, string | number>> {
  const base: Record<string, string | number> = {};
  for (const a of args.values()) base[a.name] = a.kind === 'number' ? 2 : a.kind === 'select' ? 'other' : 'X';
  const out = [base];
  for (const a of args.values()) {
    if (a.kind === 'select') for (const o of a.options) out.push({ ...base, [a.name]: o });
    if (a.kind === 'number') for (const n of [0, 1]) out.push({ ...base, [a.name]: n });
  }
  return out;
}

describe('the catalogue is complete', () => {
  it('has every English key in every other language', () => {
    for (const [language, messages] of Object.entries(LANGUAGES)) {
      const missing = Object.keys(en).filter((key) => !Object.hasOwn(messages, key));
      expect(missing, `${language} lacks these keys, so its readers get English`).toEqual([]);
    }
  });

  it('parses and renders every message in every language with sample values', () => {
    const all = { en, ...LANGUAGES } as Record<keyof typeof INTL, Record<string, string>>;
    for (const [language, messages] of Object.entries(all)) {
      for (const [key, source] of Object.entries(messages)) {
        const format = new IntlMessageFormat(source, INTL[language as keyof typeof INTL], undefined, {
          ignoreTag: true,
        });
        // The English message's arguments: a translation is rendered with what the code passes.
        for (const values of samples(argumentsOf((en as Record<string, string>)[key] ?? source))) {
          const text = format.format(values);
          expect(typeof text === 'string' && text.length > 0, `${language} ${key}`).toBe(true);
          expect(String(text), `${language} ${key} left an ICU brace`).not.toMatch(/\{[a-zA-Z]+[},]/);
        }
      }
    }
  });
});
