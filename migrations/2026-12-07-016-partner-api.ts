import { type Kysely, sql } from 'kysely';

// Frozen in time: never imports src/. The Collection Partner API (docs/notes/r-api.md):
// - api_keys: one partner's keys. Only the SHA-256 of the key is stored, with its public prefix for the
//   look-up; the key itself is shown once, at creation. A revoked key keeps its row (who, when).
// - api_idempotency: one row per (partner, Idempotency-Key). The first request inserts it and writes its
//   answer in the same transaction as the case; a retry (or a concurrent duplicate, which waits on the
//   unique index) reads that answer back instead of creating a second case.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('prefix', 'text', (c) => c.notNull().unique())
    .addColumn('key_hash', 'text', (c) => c.notNull()) // hex SHA-256 of the whole key
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.notNull()) // 'admin-cli' or 'user:<id>'
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'text')
    .addColumn('last_used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('api_keys_partner').on('api_keys').column('partner_id').execute();

  await db.schema
    .createTable('api_idempotency')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull()) // SHA-256 of method, path and canonical body
    .addColumn('api_key_id', 'integer', (c) => c.references('api_keys.id').onDelete('set null'))
    .addColumn('status_code', 'integer')
    .addColumn('response', 'jsonb')
    .addColumn('case_id', 'integer', (c) => c.references('cases.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('api_idempotency_partner_key', ['partner_id', 'idempotency_key'])
    .execute();
  await db.schema.createIndex('api_idempotency_created').on('api_idempotency').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('api_idempotency').execute();
  await db.schema.dropTable('api_keys').execute();
}
