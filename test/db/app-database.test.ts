import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../src/db/open-app-database.ts';
import { DEMO_CASES } from '../../src/db/seed/demo-cases.ts';
import { fixedClock } from '../../src/domain/clock.ts';

// The start-up path of `npm start` on a fresh machine: an embedded database kept on disk, in a folder
// that does not exist yet. (The server path is the same code with DATABASE_URL; the test helpers use it.)
describe('the application database on the embedded engine', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'app-db-'));
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('when opened twice on an empty folder with seeding asked, then it is created, migrated and seeded once', async () => {
    const config = { DATABASE_URL: undefined, DATA_DIR: join(root, 'nested', 'pglite') };
    const lines: string[] = [];
    const clock = fixedClock('2026-11-23T10:00:00Z');

    const first = await openAppDatabase(config, { seedIfEmpty: true, clock, log: (l) => lines.push(l) });
    const casesAfterFirst = await first.db.selectFrom('cases').select('id').execute();
    await first.close();

    const second = await openAppDatabase(config, { seedIfEmpty: true, clock, log: (l) => lines.push(l) });
    const casesAfterSecond = await second.db.selectFrom('cases').select('id').execute();
    await second.close();

    expect(casesAfterFirst).toHaveLength(DEMO_CASES.length);
    expect(casesAfterSecond).toHaveLength(DEMO_CASES.length);
    expect(lines.filter((l) => l.includes('demo world'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('applied migrations'))).toHaveLength(1);
  });
});
