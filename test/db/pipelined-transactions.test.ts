import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeLast } from '../../src/db/write-together.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

// On the server, BEGIN is not waited for and COMMIT is sent right behind a transaction's last statement
// (src/db/pipelined-transactions.ts). A transaction must still mean all or nothing. On the embedded
// database the same code runs unpipelined, so these hold there too.

describe('transactions whose BEGIN and COMMIT travel with their statements', () => {
  let handle: TestDatabase;
  // biome-ignore lint/suspicious/noExplicitAny: the notes table is not in the Database interface
  let db: Kysely<any>;
  beforeAll(async () => {
    handle = await createTestDatabase();
    // biome-ignore lint/suspicious/noExplicitAny: as above
    db = handle.db as unknown as Kysely<any>;
    await sql`create table notes (id int primary key, body text not null check (body <> ''))`.execute(db);
  });
  afterAll(async () => handle?.close());
  beforeEach(async () => {
    await sql`delete from notes`.execute(db);
  });

  const notes = async () =>
    (await sql<{ id: number }>`select id from notes order by id`.execute(db)).rows.map((r) => r.id);

  it('when the last statement succeeds, then everything the transaction wrote is there', async () => {
    const returned = await db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 1, body: 'first' }).execute();
      await writeLast(trx, [trx.insertInto('notes').values({ id: 2, body: 'second' })]);
      return 'done';
    });
    expect(returned).toBe('done');
    expect(await notes()).toEqual([1, 2]);
  });

  it('when the last statement fails, then nothing of the transaction is kept and the error is the statement’s', async () => {
    const attempt = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 1, body: 'first' }).execute();
      await writeLast(trx, [trx.insertInto('notes').values({ id: 2, body: '' })]);
    });
    await expect(attempt).rejects.toThrow(/check constraint/);
    expect(await notes()).toEqual([]);
  });

  it('when the first statement fails, then nothing is kept and the next transaction on the pool works', async () => {
    const attempt = db.transaction().execute(async (trx) => {
      await sql`select * from no_such_table`.execute(trx);
    });
    await expect(attempt).rejects.toThrow(/no_such_table/);
    for (let i = 0; i < 12; i++) {
      await db.transaction().execute(async (trx) => {
        await writeLast(trx, [trx.insertInto('notes').values({ id: 10 + i, body: 'again' })]);
      });
    }
    expect((await notes()).length).toBe(12);
  });

  // Only the server's pipelined pool sends COMMIT early; embedded, such a statement simply runs in the transaction.
  it.skipIf(!process.env.DATABASE_URL)(
    'when code sends a statement after the last one, then it fails loudly instead of running outside the transaction',
    async () => {
      const attempt = db.transaction().execute(async (trx) => {
        await writeLast(trx, [trx.insertInto('notes').values({ id: 1, body: 'first' })]);
        await trx.insertInto('notes').values({ id: 2, body: 'after the last' }).execute();
      });
      await expect(attempt).rejects.toThrow(/after the last statement of a transaction/);
      expect(await notes()).not.toContain(2);
    },
  );

  it.skipIf(!process.env.DATABASE_URL)(
    'when the first statement is not plain SQL text (a query config), then it still runs inside the transaction',
    async () => {
      const { createServerPool } = await import('../../src/db/connection.ts');
      const pool = createServerPool(handle.url as string, 1);
      try {
        const client = await pool.connect();
        await client.query('begin');
        await client.query({ text: 'insert into notes (id, body) values ($1, $2)', values: [7, 'config'] });
        await client.query('rollback');
        client.release();
      } finally {
        await pool.end();
      }
      expect(await notes()).not.toContain(7);
    },
  );

  it('when many transactions run at once on the pool, then each keeps exactly its own rows', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('notes')
            .values({ id: 100 + i, body: 'a' })
            .execute();
          // Every fifth one fails in its last statement and must leave nothing.
          await writeLast(trx, [
            trx.insertInto('notes').values({ id: 200 + i, body: i % 5 === 0 ? '' : 'b' }),
          ]);
        }),
      ),
    );
    const kept = await notes();
    const succeeded = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
    expect(succeeded.length).toBe(32);
    expect(kept).toEqual([...succeeded.map((i) => 100 + i), ...succeeded.map((i) => 200 + i)]);
  });
});
