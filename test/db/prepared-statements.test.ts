import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createTestDatabase } from '../helpers/db.ts';

// The server pool prepares each parameterised statement once per connection (src/db/prepared-statements.ts).
// A live schema change must not leave a connection stuck on a stale plan.
const onServer = Boolean(process.env.DATABASE_URL);

describe.skipIf(!onServer)('prepared statements on the PostgreSQL server', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await sql`create table notes (id int primary key, body text)`.execute(handle.db);
    await sql`insert into notes values (1, 'first')`.execute(handle.db);
  });
  afterAll(async () => handle?.close());

  const readNote = (db: DatabaseHandle['db']) =>
    db.transaction().execute(async (trx) => {
      const r = await sql<Record<string, unknown>>`select * from notes where id = ${1}`.execute(trx);
      return r.rows[0];
    });

  it('when a migration adds a column while the app runs, then a read fails at most once and then sees the column', async () => {
    expect(await readNote(handle.db)).toEqual({ id: 1, body: 'first' });
    await sql`alter table notes add column tag text default 'x'`.execute(handle.db);

    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      try {
        outcomes.push(Object.keys((await readNote(handle.db)) ?? {}).join(','));
      } catch (error) {
        outcomes.push((error as Error).message);
      }
    }
    // The transaction ran on the one pooled connection that prepared the old plan.
    expect(outcomes.filter((o) => o !== 'id,body,tag').length).toBeLessThanOrEqual(1);
    expect(outcomes.at(-1)).toBe('id,body,tag');
  });

  it('when the same statement runs many times, then it gives the same rows each time', async () => {
    const counts = await Promise.all(
      Array.from({ length: 50 }, () =>
        sql<{ n: number }>`select count(*)::int as n from notes where id >= ${0}`.execute(handle.db),
      ),
    );
    expect(new Set(counts.map((c) => c.rows[0]?.n))).toEqual(new Set([1]));
  });
});
