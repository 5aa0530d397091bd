import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import {
  describeProblem,
  type ImportProblem,
  type ImportRow,
  KINDS,
  type Kind,
  kindOfCsv,
  readCsvFile,
  readJsonFile,
  type Value,
} from './import-rows.ts';

// `npm run admin -- import <files>`: organisations (partners, creditors), their users, partner coverage,
// matching rules and client overrides, from CSV or JSON. Every row has a natural key (a partner's or
// creditor's name, a user's handle, the identifying columns of a rule), so running the same file again
// changes nothing. All files go in one transaction: one bad line, and nothing at all is written.

type Trx = Transaction<Database>;

export interface ImportFile {
  name: string;
  text: string;
}

export type ImportCounts = Record<Kind, { created: number; updated: number; unchanged: number }>;

export class ImportRejected extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(
      `Nothing was imported: ${problems.length} problem(s).\n${problems.map(describeProblem).join('\n')}`,
    );
    this.name = 'ImportRejected';
  }
}

export function readImportFiles(files: ImportFile[]): { rows: ImportRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  for (const f of files) {
    if (f.name.toLowerCase().endsWith('.json')) rows.push(...readJsonFile(f.name, f.text, problems));
    else if (f.name.toLowerCase().endsWith('.csv')) {
      const kind = kindOfCsv(f.name);
      if (!kind)
        problems.push({
          file: f.name,
          line: 1,
          why: `name the file after what it holds: ${KINDS.map((k) => `${k.replace('_', '-')}.csv`).join(', ')}`,
        });
      else rows.push(...readCsvFile(f.name, f.text, kind, problems));
    } else problems.push({ file: f.name, line: 1, why: 'must be a .csv or .json file' });
  }
  return { rows, problems };
}

const lower = (v: Value | undefined) => String(v ?? '').toLowerCase();
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const sameDate = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** Reads, checks against the database, and writes; throws ImportRejected (nothing written) on any problem. */
export async function importOrganisations(db: Kysely<Database>, files: ImportFile[]): Promise<ImportCounts> {
  const { rows, problems } = readImportFiles(files);
  const counts = Object.fromEntries(
    KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0 }]),
  ) as ImportCounts;
  return db.transaction().execute(async (trx) => {
    // Two imports at once would both insert the same new partner: the second waits here.
    await sql`select pg_advisory_xact_lock(20261207)`.execute(trx);
    const of = (kind: Kind) => rows.filter((r) => r.kind === kind);

    // Names known before writing: the database's and the file's own, so that rows may refer to either.
    const partners = new Map<string, number | null>();
    for (const p of await trx.selectFrom('partners').select(['id', 'name']).execute()) {
      partners.set(p.name.toLowerCase(), partners.has(p.name.toLowerCase()) ? -1 : p.id);
    }
    const creditors = new Map<string, number | null>();
    for (const c of await trx.selectFrom('creditors').select(['id', 'name']).execute()) {
      creditors.set(c.name.toLowerCase(), creditors.has(c.name.toLowerCase()) ? -1 : c.id);
    }
    const users = await trx.selectFrom('users').select(['id', 'handle', 'email']).execute();

    const once = (kind: Kind, key: (r: ImportRow) => string, what: string) => {
      const seen = new Map<string, number>();
      for (const r of of(kind)) {
        const k = key(r);
        const first = seen.get(k);
        if (first !== undefined)
          problems.push({
            file: r.file,
            line: r.line,
            why: `${what} is already on line ${first} of this import`,
          });
        else seen.set(k, r.line);
      }
    };
    once('partners', (r) => lower(r.values.name), 'this partner');
    once('creditors', (r) => lower(r.values.name), 'this creditor');
    once('users', (r) => lower(r.values.handle), 'this handle');
    once('users', (r) => lower(r.values.email), 'this e-mail');
    once(
      'coverage',
      (r) => [r.values.partner, r.values.country, r.values.region].map(lower).join('|'),
      'this coverage',
    );
    once('matching_rules', ruleKey, 'this matching rule');
    once(
      'overrides',
      (r) => [r.values.creditor, r.values.partner, r.values.country].map(lower).join('|'),
      'this override',
    );

    for (const r of of('partners'))
      if (!partners.has(lower(r.values.name))) partners.set(lower(r.values.name), null);
    for (const r of of('creditors'))
      if (!creditors.has(lower(r.values.name))) creditors.set(lower(r.values.name), null);

    const refer = (r: ImportRow, field: string, names: Map<string, number | null>, what: string) => {
      const v = r.values[field];
      if (v === undefined) return;
      const id = names.get(lower(v));
      if (id === undefined)
        problems.push({
          file: r.file,
          line: r.line,
          field,
          why: `no ${what} is named "${String(v)}" (in the platform or this import)`,
        });
      else if (id === -1)
        problems.push({
          file: r.file,
          line: r.line,
          field,
          why: `more than one ${what} is named "${String(v)}"; rename one on the platform first`,
        });
    };
    for (const r of of('partners')) refer(r, 'name', partners, 'partner');
    for (const r of of('creditors')) {
      refer(r, 'name', creditors, 'creditor');
      refer(r, 'shadow_of_partner', partners, 'partner');
    }
    for (const r of of('coverage')) refer(r, 'partner', partners, 'partner');
    for (const r of of('matching_rules')) {
      refer(r, 'partner', partners, 'partner');
      const min = r.values.min_amount_usd;
      const max = r.values.max_amount_usd;
      if (typeof min === 'number' && typeof max === 'number' && min > max)
        problems.push({
          file: r.file,
          line: r.line,
          field: 'max_amount_usd',
          why: 'is below min_amount_usd',
        });
    }
    for (const r of of('overrides')) {
      refer(r, 'creditor', creditors, 'creditor');
      refer(r, 'partner', partners, 'partner');
    }
    for (const r of of('users')) {
      const role = r.values.role;
      if (role === 'support' && r.values.organisation !== undefined)
        problems.push({
          file: r.file,
          line: r.line,
          field: 'organisation',
          why: 'must be empty for a support user',
        });
      if (role === 'partner' || role === 'creditor') {
        if (r.values.organisation === undefined)
          problems.push({
            file: r.file,
            line: r.line,
            field: 'organisation',
            why: `is required: the ${role}'s name`,
          });
        else refer(r, 'organisation', role === 'partner' ? partners : creditors, role);
      }
      const owner = users.find((u) => u.email && lower(u.email) === lower(r.values.email));
      if (owner && lower(owner.handle) !== lower(r.values.handle))
        problems.push({
          file: r.file,
          line: r.line,
          field: 'email',
          why: `belongs to another user (${owner.handle})`,
        });
    }

    if (problems.length > 0) throw new ImportRejected(sortProblems(problems));

    await writePartners(trx, of('partners'), partners, counts);
    await writeCreditors(trx, of('creditors'), partners, creditors, counts);
    await writeUsers(trx, of('users'), partners, creditors, counts);
    await writeCoverage(trx, of('coverage'), partners, counts);
    await writeRules(trx, of('matching_rules'), partners, counts);
    await writeOverrides(trx, of('overrides'), partners, creditors, counts);
    return counts;
  });
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function ruleKey(r: ImportRow): string {
  const v = r.values;
  return [v.partner, v.country, v.region, v.debtor_type, v.claim_type, v.min_amount_usd, v.max_amount_usd]
    .map(lower)
    .join('|');
}

const idOf = (names: Map<string, number | null>, v: Value | undefined): number => {
  const id = names.get(lower(v));
  if (typeof id !== 'number' || id < 0) throw new Error(`import: ${String(v)} has no id`);
  return id;
};

async function writePartners(
  trx: Trx,
  rows: ImportRow[],
  partners: Map<string, number | null>,
  counts: ImportCounts,
) {
  for (const r of rows) {
    const v = r.values;
    const wanted = {
      name: String(v.name),
      type: String(v.type),
      ...(v.minimum_threshold_usd !== undefined
        ? { minimum_threshold_usd: Number(v.minimum_threshold_usd) }
        : {}),
      ...(v.sdca_signed_at !== undefined ? { sdca_signed_at: v.sdca_signed_at as Date } : {}),
      ...(v.channel !== undefined ? { channel: String(v.channel) } : {}),
    };
    const id = partners.get(lower(v.name));
    if (typeof id !== 'number') {
      const made = await trx.insertInto('partners').values(wanted).returning('id').executeTakeFirstOrThrow();
      partners.set(lower(v.name), made.id);
      counts.partners.created++;
      continue;
    }
    const now = await trx.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const same =
      now.name === wanted.name &&
      now.type === wanted.type &&
      (wanted.minimum_threshold_usd === undefined ||
        Number(now.minimum_threshold_usd) === wanted.minimum_threshold_usd) &&
      (wanted.sdca_signed_at === undefined || sameDate(now.sdca_signed_at, wanted.sdca_signed_at)) &&
      (wanted.channel === undefined || now.channel === wanted.channel);
    if (same) counts.partners.unchanged++;
    else {
      await trx.updateTable('partners').set(wanted).where('id', '=', id).execute();
      counts.partners.updated++;
    }
  }
}

async function writeCreditors(
  trx: Trx,
  rows: ImportRow[],
  partners: Map<string, number | null>,
  creditors: Map<string, number | null>,
  counts: ImportCounts,
) {
  for (const r of rows) {
    const v = r.values;
    const wanted = {
      name: String(v.name),
      country: String(v.country),
      ...(v.network_sharing !== undefined ? { network_sharing: Boolean(v.network_sharing) } : {}),
      ...(v.shadow_of_partner !== undefined
        ? { shadow_of_partner_id: idOf(partners, v.shadow_of_partner) }
        : {}),
    };
    const id = creditors.get(lower(v.name));
    if (typeof id !== 'number') {
      const made = await trx.insertInto('creditors').values(wanted).returning('id').executeTakeFirstOrThrow();
      creditors.set(lower(v.name), made.id);
      counts.creditors.created++;
      continue;
    }
    const now = await trx.selectFrom('creditors').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const same =
      now.name === wanted.name &&
      now.country === wanted.country &&
      (wanted.network_sharing === undefined || now.network_sharing === wanted.network_sharing) &&
      (wanted.shadow_of_partner_id === undefined || now.shadow_of_partner_id === wanted.shadow_of_partner_id);
    if (same) counts.creditors.unchanged++;
    else {
      await trx.updateTable('creditors').set(wanted).where('id', '=', id).execute();
      counts.creditors.updated++;
    }
  }
}

async function writeUsers(
  trx: Trx,
  rows: ImportRow[],
  partners: Map<string, number | null>,
  creditors: Map<string, number | null>,
  counts: ImportCounts,
) {
  for (const r of rows) {
    const v = r.values;
    const wanted = {
      handle: String(v.handle),
      name: String(v.name),
      email: String(v.email),
      role: String(v.role),
      partner_id: v.role === 'partner' ? idOf(partners, v.organisation) : null,
      creditor_id: v.role === 'creditor' ? idOf(creditors, v.organisation) : null,
    };
    const now = await trx
      .selectFrom('users')
      .selectAll()
      .where((eb) => eb(eb.fn('lower', ['handle']), '=', wanted.handle.toLowerCase()))
      .executeTakeFirst();
    if (!now) {
      await trx.insertInto('users').values(wanted).execute();
      counts.users.created++;
      continue;
    }
    const same =
      now.name === wanted.name &&
      now.email === wanted.email &&
      now.role === wanted.role &&
      now.partner_id === wanted.partner_id &&
      now.creditor_id === wanted.creditor_id;
    if (same) counts.users.unchanged++;
    else {
      const { handle: _keep, ...changes } = wanted;
      await trx.updateTable('users').set(changes).where('id', '=', now.id).execute();
      counts.users.updated++;
    }
  }
}

async function writeCoverage(
  trx: Trx,
  rows: ImportRow[],
  partners: Map<string, number | null>,
  counts: ImportCounts,
) {
  for (const r of rows) {
    const partnerId = idOf(partners, r.values.partner);
    const region = r.values.region === undefined ? null : String(r.values.region);
    const country = String(r.values.country);
    const existing = await trx
      .selectFrom('partner_coverage')
      .select('partner_id')
      .where('partner_id', '=', partnerId)
      .where('country', '=', country)
      .where((eb) => (region === null ? eb('region', 'is', null) : eb('region', '=', region)))
      .executeTakeFirst();
    if (existing) counts.coverage.unchanged++;
    else {
      await trx.insertInto('partner_coverage').values({ partner_id: partnerId, country, region }).execute();
      counts.coverage.created++;
    }
  }
}

async function writeRules(
  trx: Trx,
  rows: ImportRow[],
  partners: Map<string, number | null>,
  counts: ImportCounts,
) {
  for (const r of rows) {
    const v = r.values;
    const partnerId = idOf(partners, v.partner);
    const key = {
      country: String(v.country),
      region: v.region === undefined ? null : String(v.region),
      debtor_type: v.debtor_type === undefined ? null : String(v.debtor_type),
      claim_type: v.claim_type === undefined ? null : String(v.claim_type),
      min_amount_usd: v.min_amount_usd === undefined ? null : Number(v.min_amount_usd),
      max_amount_usd: v.max_amount_usd === undefined ? null : Number(v.max_amount_usd),
    };
    const candidates = await trx
      .selectFrom('matching_rules')
      .selectAll()
      .where('partner_id', '=', partnerId)
      .where('country', '=', key.country)
      .execute();
    const now = candidates.find(
      (c) =>
        c.region === key.region &&
        c.debtor_type === key.debtor_type &&
        c.claim_type === key.claim_type &&
        numOrNull(c.min_amount_usd) === key.min_amount_usd &&
        numOrNull(c.max_amount_usd) === key.max_amount_usd,
    );
    const priority = v.priority === undefined ? undefined : Number(v.priority);
    if (!now) {
      await trx
        .insertInto('matching_rules')
        .values({ partner_id: partnerId, ...key, ...(priority !== undefined ? { priority } : {}) })
        .execute();
      counts.matching_rules.created++;
    } else if (priority !== undefined && now.priority !== priority) {
      await trx.updateTable('matching_rules').set({ priority }).where('id', '=', now.id).execute();
      counts.matching_rules.updated++;
    } else counts.matching_rules.unchanged++;
  }
}

async function writeOverrides(
  trx: Trx,
  rows: ImportRow[],
  partners: Map<string, number | null>,
  creditors: Map<string, number | null>,
  counts: ImportCounts,
) {
  for (const r of rows) {
    const v = r.values;
    const creditorId = idOf(creditors, v.creditor);
    const partnerId = idOf(partners, v.partner);
    const country = v.country === undefined ? null : String(v.country);
    const now = await trx
      .selectFrom('client_partner_overrides')
      .selectAll()
      .where('creditor_id', '=', creditorId)
      .where('partner_id', '=', partnerId)
      .where((eb) => (country === null ? eb('country', 'is', null) : eb('country', '=', country)))
      .executeTakeFirst();
    const priority = v.priority === undefined ? undefined : Number(v.priority);
    if (!now) {
      await trx
        .insertInto('client_partner_overrides')
        .values({
          creditor_id: creditorId,
          partner_id: partnerId,
          country,
          ...(priority !== undefined ? { priority } : {}),
        })
        .execute();
      counts.overrides.created++;
    } else if (priority !== undefined && now.priority !== priority) {
      await trx
        .updateTable('client_partner_overrides')
        .set({ priority })
        .where('creditor_id', '=', creditorId)
        .where('partner_id', '=', partnerId)
        .where((eb) => (country === null ? eb('country', 'is', null) : eb('country', '=', country)))
        .execute();
      counts.overrides.updated++;
    } else counts.overrides.unchanged++;
  }
}
