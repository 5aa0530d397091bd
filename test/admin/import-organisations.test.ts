import { describe, expect, it } from 'vitest';
import { ImportRejected, importOrganisations } from '../../src/admin/import-organisations.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

const WORLD = `{
  "partners": [
    { "name": "Fenno Perintä Oy", "type": "exclusive", "minimum_threshold_usd": 120, "sdca_signed_at": "2026-01-15" },
    { "name": "Nordic Collect A/S", "type": "exclusive", "minimum_threshold_usd": 100 }
  ],
  "creditors": [
    { "name": "Sauna Supplies Oy", "country": "FI", "network_sharing": false }
  ],
  "coverage": [
    { "partner": "Fenno Perintä Oy", "country": "FI" },
    { "partner": "Fenno Perintä Oy", "country": "EE", "region": "Harju" }
  ],
  "matching_rules": [
    { "partner": "Fenno Perintä Oy", "country": "FI", "priority": 5, "min_amount_usd": 120 }
  ],
  "overrides": [
    { "creditor": "Sauna Supplies Oy", "partner": "fenno perintä oy", "country": "FI", "priority": 1 }
  ]
}
`;

const USERS_CSV = [
  'handle,name,email,role,organisation',
  'aino,"Virtanen, Aino",aino.virtanen@fenno.example,partner,Fenno Perintä Oy',
  'mika,Mika Korhonen,Mika.Korhonen@sauna.example,creditor,Sauna Supplies Oy',
  'nordic-partner,Mikkel Sørensen,mikkel.sorensen@nordic-collect.example,partner,Nordic Collect A/S',
  '',
].join('\n');

describe('npm run admin -- import', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-12-07T10:00:00Z');
  useDemoWorld(clock, '2026-12-07T10:00:00Z', (h) => {
    handle = h;
  });
  const files = [
    { name: 'world.json', text: WORLD },
    { name: 'users.csv', text: USERS_CSV },
  ];
  /** Everything an import can touch, in a stable order. */
  const snapshot = async () => ({
    partners: await handle.db.selectFrom('partners').selectAll().orderBy('id').execute(),
    creditors: await handle.db.selectFrom('creditors').selectAll().orderBy('id').execute(),
    users: await handle.db.selectFrom('users').selectAll().orderBy('id').execute(),
    coverage: await handle.db
      .selectFrom('partner_coverage')
      .selectAll()
      .orderBy(['partner_id', 'country', 'region'])
      .execute(),
    rules: await handle.db.selectFrom('matching_rules').selectAll().orderBy('id').execute(),
    overrides: await handle.db
      .selectFrom('client_partner_overrides')
      .selectAll()
      .orderBy(['creditor_id', 'partner_id'])
      .execute(),
  });

  it('when organisations, users, coverage, rules and overrides are imported, then they are on the platform and tied together', async () => {
    const counts = await importOrganisations(handle.db, files);

    expect(counts.partners).toEqual({ created: 1, updated: 0, unchanged: 1 });
    expect(counts.users).toEqual({ created: 2, updated: 0, unchanged: 1 });
    const fenno = await handle.db
      .selectFrom('partners')
      .selectAll()
      .where('name', '=', 'Fenno Perintä Oy')
      .executeTakeFirstOrThrow();
    expect(fenno.minimum_threshold_usd).toBe('120.00');
    const aino = await handle.db
      .selectFrom('users')
      .selectAll()
      .where('handle', '=', 'aino')
      .executeTakeFirstOrThrow();
    expect(aino).toMatchObject({ name: 'Virtanen, Aino', role: 'partner', partner_id: fenno.id });
    const rule = await handle.db
      .selectFrom('matching_rules')
      .selectAll()
      .where('partner_id', '=', fenno.id)
      .executeTakeFirstOrThrow();
    expect(rule).toMatchObject({ country: 'FI', priority: 5, min_amount_usd: '120.00' });
    const override = await handle.db
      .selectFrom('client_partner_overrides')
      .selectAll()
      .where('partner_id', '=', fenno.id)
      .executeTakeFirstOrThrow();
    expect(override).toMatchObject({ country: 'FI', priority: 1 });
    expect(
      await handle.db
        .selectFrom('partner_coverage')
        .select('country')
        .where('partner_id', '=', fenno.id)
        .execute(),
    ).toHaveLength(2);
  });

  it('when the same import runs twice, then the second run changes nothing', async () => {
    await importOrganisations(handle.db, files);
    const before = await snapshot();

    const counts = await importOrganisations(handle.db, files);

    expect(await snapshot()).toEqual(before);
    for (const c of Object.values(counts)) expect(c.created + c.updated).toBe(0);
  });

  it('when a changed value is imported, then that row is updated and nothing else', async () => {
    await importOrganisations(handle.db, files);
    const moved = WORLD.replace('"priority": 5', '"priority": 7');

    const counts = await importOrganisations(handle.db, [{ name: 'world.json', text: moved }]);

    expect(counts.matching_rules).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(counts.partners).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it('when one line is bad, then nothing at all is written and every bad line is named with its file, line and field', async () => {
    const before = await snapshot();
    const badUsers = USERS_CSV.replace('Mika.Korhonen@sauna.example', 'not-an-address').replace(
      'partner,Fenno Perintä Oy',
      'partner,Nowhere Oy',
    );
    const badWorld = WORLD.replace('"country": "EE"', '"country": "Estonia"');

    const run = importOrganisations(handle.db, [
      { name: 'world.json', text: badWorld },
      { name: 'users.csv', text: badUsers },
    ]);

    await expect(run).rejects.toBeInstanceOf(ImportRejected);
    const problems = await run.catch((e: ImportRejected) => e.problems);
    expect(problems).toEqual([
      {
        file: 'users.csv',
        line: 2,
        field: 'organisation',
        why: 'no partner is named "Nowhere Oy" (in the platform or this import)',
      },
      { file: 'users.csv', line: 3, field: 'email', why: 'must be an e-mail address (got "not-an-address")' },
      {
        file: 'world.json',
        line: 11,
        field: 'country',
        why: 'must be a two-letter country code such as DK (got "Estonia")',
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("when a user's e-mail belongs to someone else or a handle repeats, then the line says so", async () => {
    const csv = [
      'handle,name,email,role,organisation',
      'anna2,Anna Two,ANNA.JENSEN@acme.example,creditor,Acme ApS',
      'sam,Sam,sam@x.example,support,',
      'sam,Sam Again,sam2@x.example,support,',
    ].join('\n');

    const problems = await importOrganisations(handle.db, [{ name: 'users-december.csv', text: csv }]).catch(
      (e: ImportRejected) => e.problems,
    );

    expect(problems).toEqual([
      { file: 'users-december.csv', line: 2, field: 'email', why: 'belongs to another user (acme-creditor)' },
      { file: 'users-december.csv', line: 4, why: 'this handle is already on line 3 of this import' },
    ]);
  });

  it('when a CSV file is not named after what it holds, then nothing is read and the names it may have are given', async () => {
    const problems = await importOrganisations(handle.db, [{ name: 'people.csv', text: USERS_CSV }]).catch(
      (e: ImportRejected) => e.problems,
    );

    expect(problems).toMatchObject([
      { file: 'people.csv', line: 1, why: expect.stringContaining('users.csv') },
    ]);
  });
});
