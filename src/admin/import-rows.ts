import { CLAIM_TYPES, DEBTOR_TYPES, PARTNER_TYPES, USER_ROLES } from '../domain/ids.ts';
import { CsvSyntaxError, readCsv } from './csv-reader.ts';

// Reading an import file into rows, each checked field by field, every problem kept with the file, the
// line and the field, so that one run names every bad line at once.

export const KINDS = ['partners', 'creditors', 'users', 'coverage', 'matching_rules', 'overrides'] as const;
export type Kind = (typeof KINDS)[number];

export interface ImportProblem {
  file: string;
  line: number;
  field?: string;
  why: string;
}

export const describeProblem = (p: ImportProblem) =>
  `${p.file} line ${p.line}${p.field ? `, field ${p.field}` : ''}: ${p.why}`;

export type Value = string | number | boolean | Date | null;

/** One checked row; a field left out or empty is absent (the database default, or left as it is). */
export interface ImportRow {
  kind: Kind;
  file: string;
  line: number;
  values: Record<string, Value | undefined>;
}

type Parsed = { ok: true; value: Value } | { ok: false; why: string };
type Parse = (raw: string | number | boolean) => Parsed;

const ok = (value: Value): Parsed => ({ ok: true, value });
const bad = (why: string): Parsed => ({ ok: false, why });
const str = (raw: string | number | boolean) => String(raw).trim();

const text: Parse = (raw) => (str(raw) ? ok(str(raw)) : bad('is empty'));
const oneOf =
  (values: readonly string[]): Parse =>
  (raw) => {
    const v = str(raw).toLowerCase();
    return values.includes(v) ? ok(v) : bad(`must be one of ${values.join(', ')} (got "${str(raw)}")`);
  };
const country: Parse = (raw) =>
  /^[A-Za-z]{2}$/.test(str(raw))
    ? ok(str(raw).toUpperCase())
    : bad(`must be a two-letter country code such as DK (got "${str(raw)}")`);
const amount: Parse = (raw) => {
  const n = typeof raw === 'number' ? raw : Number(str(raw));
  return Number.isFinite(n) && n >= 0 && str(raw) !== ''
    ? ok(n)
    : bad(`must be an amount in USD such as 100 or 2500.50 (got "${str(raw)}")`);
};
const integer: Parse = (raw) => {
  const n = typeof raw === 'number' ? raw : Number(str(raw));
  return Number.isInteger(n) && n >= 0 && n < 1_000_000
    ? ok(n)
    : bad(`must be a whole number (got "${str(raw)}")`);
};
const date: Parse = (raw) => {
  const s = str(raw);
  const d = new Date(s);
  return /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(d.getTime())
    ? ok(d)
    : bad(`must be a date such as 2025-03-01 (got "${s}")`);
};
const bool: Parse = (raw) => {
  if (typeof raw === 'boolean') return ok(raw);
  const v = str(raw).toLowerCase();
  if (['true', 'yes', '1'].includes(v)) return ok(true);
  if (['false', 'no', '0'].includes(v)) return ok(false);
  return bad(`must be true or false (got "${str(raw)}")`);
};
const email: Parse = (raw) =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(str(raw))
    ? ok(str(raw))
    : bad(`must be an e-mail address (got "${str(raw)}")`);
const handle: Parse = (raw) =>
  /^[a-z0-9][a-z0-9._-]{0,62}$/.test(str(raw))
    ? ok(str(raw))
    : bad(`must be lower-case letters, digits, dots, dashes or underscores (got "${str(raw)}")`);

interface Field {
  parse: Parse;
  required?: boolean;
}

/** Every kind's columns (CSV header cells, JSON keys). Names are the database's where there is one. */
export const FIELDS: Record<Kind, Record<string, Field>> = {
  partners: {
    name: { parse: text, required: true },
    type: { parse: oneOf(PARTNER_TYPES), required: true },
    minimum_threshold_usd: { parse: amount },
    sdca_signed_at: { parse: date },
    channel: { parse: text },
  },
  creditors: {
    name: { parse: text, required: true },
    country: { parse: country, required: true },
    network_sharing: { parse: bool },
    shadow_of_partner: { parse: text },
  },
  users: {
    handle: { parse: handle, required: true },
    name: { parse: text, required: true },
    email: { parse: email, required: true },
    role: { parse: oneOf(USER_ROLES), required: true },
    organisation: { parse: text },
  },
  coverage: {
    partner: { parse: text, required: true },
    country: { parse: country, required: true },
    region: { parse: text },
  },
  matching_rules: {
    partner: { parse: text, required: true },
    country: { parse: country, required: true },
    region: { parse: text },
    debtor_type: { parse: oneOf(DEBTOR_TYPES) },
    claim_type: { parse: oneOf(CLAIM_TYPES) },
    min_amount_usd: { parse: amount },
    max_amount_usd: { parse: amount },
    priority: { parse: integer },
  },
  overrides: {
    creditor: { parse: text, required: true },
    partner: { parse: text, required: true },
    country: { parse: country },
    priority: { parse: integer },
  },
};

function checkRow(
  kind: Kind,
  file: string,
  line: number,
  raw: Record<string, unknown>,
  problems: ImportProblem[],
): ImportRow | null {
  const fields = FIELDS[kind];
  const values: ImportRow['values'] = {};
  let fine = true;
  for (const [name, given] of Object.entries(raw)) {
    const field = fields[name];
    if (!field) {
      problems.push({
        file,
        line,
        field: name,
        why: `is not a ${kind} column (${Object.keys(fields).join(', ')})`,
      });
      fine = false;
      continue;
    }
    if (given === null || given === undefined || (typeof given === 'string' && given.trim() === '')) continue;
    if (typeof given !== 'string' && typeof given !== 'number' && typeof given !== 'boolean') {
      problems.push({ file, line, field: name, why: 'must be text, a number or true/false' });
      fine = false;
      continue;
    }
    const parsed = field.parse(given);
    if (parsed.ok) values[name] = parsed.value;
    else {
      problems.push({ file, line, field: name, why: parsed.why });
      fine = false;
    }
  }
  for (const [name, field] of Object.entries(fields)) {
    if (
      field.required &&
      values[name] === undefined &&
      !problems.some((p) => p.line === line && p.field === name && p.file === file)
    ) {
      problems.push({ file, line, field: name, why: 'is required' });
      fine = false;
    }
  }
  return fine ? { kind, file, line, values } : null;
}

/** partners.csv, users-2026.csv, matching-rules.csv: what a CSV file holds, from its name. */
export function kindOfCsv(fileName: string): Kind | null {
  const base = (fileName.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/-/g, '_');
  return (
    KINDS.find((k) => base === `${k}.csv` || base.startsWith(`${k}_`) || base.startsWith(`${k}.`)) ?? null
  );
}

export function readCsvFile(file: string, text: string, kind: Kind, problems: ImportProblem[]): ImportRow[] {
  let records: ReturnType<typeof readCsv>;
  try {
    records = readCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      problems.push({ file, line: error.line, why: error.message });
      return [];
    }
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) {
    problems.push({ file, line: 1, why: 'the file is empty; the first line names the columns' });
    return [];
  }
  const columns = header.fields.map((c) => c.trim().toLowerCase());
  const out: ImportRow[] = [];
  for (const r of rows) {
    if (r.fields.length !== columns.length) {
      problems.push({
        file,
        line: r.line,
        why: `has ${r.fields.length} fields; the header has ${columns.length}`,
      });
      continue;
    }
    const raw = Object.fromEntries(columns.map((c, i) => [c, r.fields[i]]));
    const row = checkRow(kind, file, r.line, raw, problems);
    if (row) out.push(row);
  }
  return out;
}

/**
 * The line each record object of a JSON import starts on: JSON.parse gives no positions, so the text is
 * walked once (strings and escapes skipped) and the line of every `{` directly inside a top-level array
 * is noted, per key.
 */
function jsonRecordLines(text: string): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  let depth = 0;
  let line = 1;
  let key: string | null = null;
  let lastString: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    else if (ch === '"') {
      let s = '';
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') {
          s += text[i + 1];
          i++;
        } else s += text[i];
      }
      lastString = s;
    } else if (ch === ':' && depth === 1) key = lastString;
    else if (ch === '{' || ch === '[') {
      if (ch === '{' && depth === 2 && key) {
        const list = lines.get(key) ?? [];
        list.push(line);
        lines.set(key, list);
      }
      depth++;
    } else if (ch === '}' || ch === ']') depth--;
  }
  return lines;
}

export function readJsonFile(file: string, text: string, problems: ImportProblem[]): ImportRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push({ file, line: 1, why: `is not valid JSON (${(error as Error).message})` });
    return [];
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: 1, why: `must be an object with lists named ${KINDS.join(', ')}` });
    return [];
  }
  const lines = jsonRecordLines(text);
  const out: ImportRow[] = [];
  for (const [key, list] of Object.entries(data as Record<string, unknown>)) {
    const kind = KINDS.find((k) => k === key.replace(/-/g, '_'));
    const at = lines.get(key) ?? [];
    if (!kind) {
      problems.push({ file, line: 1, field: key, why: `is not something to import (${KINDS.join(', ')})` });
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push({ file, line: 1, field: key, why: 'must be a list of objects' });
      continue;
    }
    list.forEach((item, index) => {
      const line = at[index] ?? 1;
      if (!item || typeof item !== 'object' || Array.isArray(item)) {
        problems.push({ file, line, why: `${key}[${index}] must be an object` });
        return;
      }
      const row = checkRow(kind, file, line, item as Record<string, unknown>, problems);
      if (row) out.push(row);
    });
  }
  return out;
}
