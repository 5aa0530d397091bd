import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledOnce } from '../../src/db/compiled-once.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createTestDatabase } from '../helpers/db.ts';

// Hot queries are built and compiled once per shape and then run with each call's own values
// (src/db/compiled-once.ts): a later call must never see an earlier call's values, and the values must
// stay parameters.
describe('queries compiled once', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await sql`create table notes (id int primary key, owner text, body text, at timestamptz)`.execute(
      handle.db,
    );
  });
  afterAll(async () => handle?.close());

  // biome-ignore lint/suspicious/noExplicitAny: a table the schema type does not know
  const anyDb = () => handle.db as any;
  const texts: string[] = [];
  const notesOf = compiledOnce((db, a: { owner: string; after?: Date }, shape: 'all' | 'after') => {
    // biome-ignore lint/suspicious/noExplicitAny: a table the schema type does not know
    let q = (db as any).selectFrom('notes').select(['id', 'body']).where('owner', '=', a.owner);
    if (shape === 'after') q = q.where('at', '>', a.after);
    const compilable = q.orderBy('id').limit(10);
    texts.push(compilable.compile().sql);
    return compilable;
  });

  const bodies = (r: { rows: unknown[] }) => (r.rows as { body: string }[]).map((n) => n.body);

  it('when the same query runs with other values and in another shape, then each call gets its own rows', async () => {
    await sql`insert into notes values (1, 'ann', 'a1', '2026-01-01'), (2, 'bob', 'b1', '2026-01-02'),
      (3, 'ann', 'a2', '2026-02-01'), (4, 'o''brien', 'quoted', '2026-01-03')`.execute(handle.db);

    const ann = await notesOf(anyDb(), { owner: 'ann' }, 'all');
    const bob = await notesOf(anyDb(), { owner: 'bob' }, 'all');
    const quoted = await notesOf(anyDb(), { owner: "o'brien" }, 'all');
    const annLater = await notesOf(anyDb(), { owner: 'ann', after: new Date('2026-01-15') }, 'after');
    const annAll = await notesOf(anyDb(), { owner: 'ann' }, 'all');

    expect(bodies(ann)).toEqual(['a1', 'a2']);
    expect(bodies(bob)).toEqual(['b1']);
    expect(bodies(quoted)).toEqual(['quoted']);
    expect(bodies(annLater)).toEqual(['a2']);
    expect(bodies(annAll)).toEqual(['a1', 'a2']);
    // Built once per shape; no value is ever in the text.
    expect(texts).toHaveLength(2);
    expect(texts.join(' ')).not.toMatch(/ann|bob|brien|2026/);
  });

  it('when an argument would not be sent as a parameter, then the query is refused', () => {
    const wrong = compiledOnce((db, a: { owner: string; unused: string }) =>
      // biome-ignore lint/suspicious/noExplicitAny: a table the schema type does not know
      (db as any)
        .selectFrom('notes')
        .select('id')
        .where('owner', '=', a.owner),
    );
    expect(() => wrong(anyDb(), { owner: 'ann', unused: 'x' })).toThrow(/unused/);
  });
});
