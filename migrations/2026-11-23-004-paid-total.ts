import { type Kysely, sql } from 'kysely';

// Frozen in time: never imports src/. What a case has been paid so far, kept on the case row itself.
//
// Closing as Paid needs the total, and a separate read of payments cost every close a round trip. On the
// case row it arrives with the row lock the close takes anyway, and it is current under that lock: a
// payment registered concurrently updates this same row, so the lock waits for it and returns the row as
// that payment left it (a sum over payments read in the same statement would be from before the wait).
// A trigger keeps it, so no insert anywhere (use case, seed, import) can forget to.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('cases')
    .addColumn('paid_total', 'numeric(14, 2)', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`
    update cases set paid_total = p.total
    from (select case_id, sum(amount) as total from payments group by case_id) p
    where p.case_id = cases.id`.execute(db);
  await sql`
    create function cases_keep_paid_total() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        update cases set paid_total = paid_total - old.amount where id = old.case_id;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        update cases set paid_total = paid_total + new.amount where id = new.case_id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger payments_keep_paid_total after insert or update of amount, case_id or delete on payments
    for each row execute function cases_keep_paid_total()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger payments_keep_paid_total on payments`.execute(db);
  await sql`drop function cases_keep_paid_total()`.execute(db);
  await db.schema.alterTable('cases').dropColumn('paid_total').execute();
}
