import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/domain/clock.ts';
import { createHealth } from '../../../src/observability/health.ts';
import { type OpsServer, startOpsServer } from '../../../src/observability/ops-endpoints.ts';
import { apiSubmitCaseBody } from '../../../src/surfaces/api/api-schemas.ts';
import { createPartnerApi } from '../../../src/surfaces/api/partner-api.ts';
import { createApiKey, revokeApiKey } from '../../../src/use-cases/api/api-keys.ts';
import {
  forgetOldIdempotencyKeys,
  IDEMPOTENCY_KEEP_MS,
} from '../../../src/use-cases/api/partner-api-cases.ts';
import { capturedLogger } from '../../helpers/captured-log.ts';
import { createTestDatabase, type TestDatabase, truncateAll } from '../../helpers/db.ts';
import { insertPartner, TEST_NOW } from '../../helpers/world.ts';

/** A JSON answer, read loosely: the tests check its shape. */
// biome-ignore lint/suspicious/noExplicitAny: the tests check the shape of loose JSON answers
const json = (r: Response): Promise<any> => r.json();

// The Collection Partner API over real HTTP on an ephemeral port (the console's server; the Slack and
// Teams servers mount the same handler: api-on-every-server.test.ts), against real PostgreSQL.

let handle: TestDatabase;
let server: OpsServer;
let base: string;
const clock = fixedClock(TEST_NOW);
const log = capturedLogger('debug');

beforeAll(async () => {
  handle = await createTestDatabase();
  const api = createPartnerApi({
    db: handle.db,
    clock,
    logger: log.logger,
    rateLimit: { requestsPerMinute: 10_000, store: handle.isServer ? 'database' : 'memory' },
    bodyLimitBytes: 16 * 1024,
  });
  server = await startOpsServer(createHealth(), 0, '127.0.0.1', api.handle);
  base = `http://127.0.0.1:${server.port}/api/v1`;
});
afterAll(async () => {
  await server?.close();
  await handle?.close();
});

const body = {
  clientName: 'Nordlys ApS',
  clientCountry: 'Denmark',
  debtorName: 'Berliner Maschinen GmbH',
  debtorType: 'company',
  debtorCountry: 'DE',
  principal: 1500,
  currency: 'EUR',
  debtDate: '2026-01-15',
  disputed: false,
};

let key: string;
let prefix: string;
let managingId: number;
let germanId: number;

beforeEach(async () => {
  await truncateAll(handle);
  // The managing partner covers Denmark and submits a German debt for its Danish client.
  const managing = await insertPartner(handle.db, { name: 'Dansk Inkasso', coverage: [{ country: 'DK' }] });
  const german = await insertPartner(handle.db, { name: 'Berlin Collect', coverage: [{ country: 'DE' }] });
  await handle.db
    .insertInto('matching_rules')
    .values({ partner_id: german.id, country: 'DE', priority: 10, max_amount_usd: 50_000 })
    .execute();
  managingId = managing.id;
  germanId = german.id;
  ({ key, prefix } = await createApiKey(handle.db, clock, { partner: 'dansk inkasso', createdBy: 'test' }));
});

function post(payload: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/cases`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

const caseCount = async () =>
  Number(
    (
      await handle.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('Collection Partner API: submitting a case', () => {
  it('when a partner posts a valid case, then it is created as an Unpaid Invoice, routed, with history and notices, and can be read back', async () => {
    const res = await post(body);
    expect(res.status).toBe(201);
    const answer = await json(res);
    expect(answer.case).toMatchObject({
      status: 'pending_verification',
      claimType: 'unpaid_invoice',
      client: { name: 'Nordlys ApS', country: 'DK' },
      debtor: { name: 'Berliner Maschinen GmbH', country: 'DE', type: 'company' },
      collectionPartner: 'Berlin Collect',
    });
    expect(answer.routedTo).toEqual({ kind: 'exclusive', collectionPartner: 'Berlin Collect' });
    expect(res.headers.get('location')).toBe(`/api/v1/cases/${answer.case.id}`);

    const row = await handle.db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', answer.case.id)
      .executeTakeFirstOrThrow();
    expect([row.claim_type, row.managing_partner_id, row.assigned_partner_id]).toEqual([
      'unpaid_invoice',
      managingId,
      germanId,
    ]);
    const history = await handle.db
      .selectFrom('case_history')
      .selectAll()
      .where('case_id', '=', row.id)
      .execute();
    expect(history.map((h) => [h.action, h.channel])).toContainEqual(['case.submit', 'api']);
    const notices = await handle.db
      .selectFrom('notices')
      .select('id')
      .where('case_id', '=', row.id)
      .execute();
    expect(notices.length).toBeGreaterThan(0);

    const one = await fetch(`${base}/cases/${row.id}`, { headers: { authorization: `Bearer ${key}` } });
    expect(one.status).toBe(200);
    expect(await json(one)).toMatchObject({ id: row.id, statusLabel: 'Pending Verification' });
    const list = await fetch(`${base}/cases?limit=5`, { headers: { authorization: `Bearer ${key}` } });
    expect((await json(list)).cases.map((c: { id: number }) => c.id)).toEqual([row.id]);
  });

  it('when a partner previews a case, then it sees the success fee and where it would go, and nothing is written', async () => {
    const res = await fetch(`${base}/cases/preview`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    const preview = await json(res);
    expect(preview.summary).toMatch(
      /^Submit an unpaid invoice of .* against Berliner Maschinen GmbH \(DE\) for Nordlys ApS/,
    );
    expect(preview.successFee.pct).toBeGreaterThan(0);
    expect(preview.effects).toContain('Berlin Collect receives it in Pending Verification.');
    const refused = await fetch(`${base}/cases/preview`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, disputed: true }),
    });
    expect(refused.status).toBe(422);
    expect(await caseCount()).toBe(0);
  });

  it('when the body names a claim type (even Unpaid Invoice), then it is refused with the help-centre sentence and nothing is created', async () => {
    for (const claimType of ['loan_repayment', 'unpaid_invoice']) {
      const res = await post({ ...body, claimType });
      expect(res.status).toBe(400);
      const { error } = await json(res);
      expect(error.code).toBe('invalid_fields');
      expect(error.fields).toEqual([
        {
          path: 'claimType',
          message: expect.stringMatching(/no claim type.*Unpaid Invoice.*Loan Repayment/),
        },
      ]);
    }
    expect(await caseCount()).toBe(0);
  });

  it('when fields are missing or invalid, then each is named with the form’s own sentence, and a broken rule is a 422 with the rule’s sentence', async () => {
    const { debtorName: _gone, disputed: _unsaid, ...rest } = body;
    const res = await post({ ...rest, debtorType: 'robot', principal: -5, debtDate: 42, extra: 1 });
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error.fields).toEqual([
      { path: 'debtorName', message: '"Debtor name" is required.' },
      { path: 'debtorType', message: 'Debtor type: pick one of company, person.' },
      { path: 'principal', message: expect.stringMatching(/amount owed should be a positive number/) },
      { path: 'debtDate', message: 'Date the debt fell due should be text.' },
      { path: 'disputed', message: '"Does the debtor dispute the claim?" is required.' },
      { path: 'extra', message: expect.stringMatching(/not a field of a case submission/) },
    ]);

    const disputed = await post({ ...body, disputed: 'yes' });
    expect(disputed.status).toBe(422);
    expect((await json(disputed)).error).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/Only undisputed debts/),
    });
    const own = await post({ ...body, debtorCountry: 'Denmark' });
    expect(own.status).toBe(422);
    expect((await json(own)).error.message).toMatch(/covers DK itself/);
    const big = await post({ ...body, principal: '12.500,00' });
    expect(big.status).toBe(422);
    expect((await json(big)).error.message).toMatch(/needs a file/);
    expect(await caseCount()).toBe(0);
  });

  it('when the request is not JSON, too large, or the wrong method or path, then 415, 413, 405 and 404 answer in JSON', async () => {
    const form = await post('a=b', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect((await json(form)).error.code).toBe('unsupported_media_type');
    const huge = await post({ ...body, description: 'x'.repeat(20_000) });
    expect(huge.status).toBe(413);
    expect((await json(huge)).error.code).toBe('body_too_large');
    const broken = await post('{"clientName":');
    expect(broken.status).toBe(400);
    expect((await json(broken)).error.code).toBe('invalid_json');
    const put = await fetch(`${base}/cases`, { method: 'PUT', headers: { authorization: `Bearer ${key}` } });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST');
    expect((await json(put)).error.code).toBe('method_not_allowed');
    const del = await fetch(`${base}/cases/1`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(del.status).toBe(405);
    const nowhere = await fetch(`${base}/nowhere`);
    expect(nowhere.status).toBe(404);
    expect((await json(nowhere)).error.code).toBe('not_found');
  });
});

describe('Collection Partner API: keys', () => {
  it('when the key is missing, wrong, malformed or revoked, then 401 with a JSON error and nothing is created', async () => {
    const wrongSecret = `${key.slice(0, -4)}AAAA`;
    const otherPrefix = `dbk_${'0'.repeat(12)}_${key.slice(-43)}`;
    for (const authorization of [
      undefined,
      'Bearer nonsense',
      `Bearer ${wrongSecret}`,
      `Bearer ${otherPrefix}`,
      `Basic ${key}`,
    ]) {
      const res = await fetch(`${base}/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await json(res)).error.code).toBe('unauthorized');
    }
    await revokeApiKey(handle.db, clock, { key: prefix, revokedBy: 'test' });
    expect((await post(body)).status).toBe(401);
    expect(await caseCount()).toBe(0);
  });

  it('when a key is created, then only its SHA-256 is stored, never the key or its secret', async () => {
    const rows = await handle.db.selectFrom('api_keys').selectAll().execute();
    expect(rows).toHaveLength(1);
    const dump = JSON.stringify(rows);
    const secret = key.split('_').at(-1) as string;
    expect(dump).not.toContain(key);
    expect(dump).not.toContain(secret);
    expect(rows[0]?.key_hash).toBe(createHash('sha256').update(key).digest('hex'));
    expect(rows[0]?.prefix).toBe(prefix);
  });

  it('when the partner has not signed the SDCA, then its key works but submitting is refused with 403 and the SDCA sentence', async () => {
    const unsigned = await insertPartner(handle.db, {
      name: 'Unsigned Inkasso',
      sdcaSignedAt: null,
      coverage: [{ country: 'SE' }],
    });
    const { key: unsignedKey } = await createApiKey(handle.db, clock, {
      partner: String(unsigned.id),
      createdBy: 'test',
    });
    const res = await post(body, { authorization: `Bearer ${unsignedKey}` });
    expect(res.status).toBe(403);
    expect((await json(res)).error).toMatchObject({
      code: 'sdca_not_signed',
      message: expect.stringMatching(/SDCA/),
    });
    expect(await caseCount()).toBe(0);
  });

  it('when a partner reads a case another partner submitted, then it is not found', async () => {
    const created = await json(await post(body));
    const other = await insertPartner(handle.db, { name: 'Other Inkasso', coverage: [{ country: 'SE' }] });
    const { key: otherKey } = await createApiKey(handle.db, clock, {
      partner: String(other.id),
      createdBy: 'test',
    });
    const res = await fetch(`${base}/cases/${created.case.id}`, {
      headers: { authorization: `Bearer ${otherKey}` },
    });
    expect(res.status).toBe(404);
    const list = await fetch(`${base}/cases`, { headers: { authorization: `Bearer ${otherKey}` } });
    expect((await json(list)).cases).toEqual([]);
  });

  it('when requests and keys pass through, then neither the body nor the key is written to the log', async () => {
    await post({ ...body, debtorName: 'Secretive Debtor GmbH' });
    const text = log.text();
    expect(text).toContain('api request');
    expect(text).not.toContain('Secretive Debtor');
    expect(text).not.toContain(key.split('_').at(-1));
  });
});

describe('Collection Partner API: Idempotency-Key', () => {
  it('when the same request is retried with the same key, then the first answer comes back and one case exists', async () => {
    const first = await post(body, { 'idempotency-key': 'order-1' });
    expect(first.status).toBe(201);
    const a = await json(first);
    // The same JSON with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await post(reordered, { 'idempotency-key': 'order-1' });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await json(again)).toEqual(a);
    expect(await caseCount()).toBe(1);
  });

  it('when ten identical requests with one key arrive at once, then exactly one case is created and all get its answer', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post(body, { 'idempotency-key': 'burst-7' })),
    );
    const bodies = await Promise.all(answers.map((r) => json(r)));
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(bodies.map((b) => b.case.id)).size).toBe(1);
    expect(answers.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(9);
    expect(await caseCount()).toBe(1);
  });

  it('when the same key comes with a different body, then 422 and no second case', async () => {
    expect((await post(body, { 'idempotency-key': 'k-1' })).status).toBe(201);
    const changed = await post({ ...body, principal: 1600 }, { 'idempotency-key': 'k-1' });
    expect(changed.status).toBe(422);
    expect((await json(changed)).error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/Idempotency-Key was already used/),
    });
    expect(await caseCount()).toBe(1);
  });

  it('when a week has passed, then the hourly housekeeping forgets the key, and only then', async () => {
    expect((await post(body, { 'idempotency-key': 'old-1' })).status).toBe(201);
    const later = (ms: number) => fixedClock(new Date(TEST_NOW.getTime() + ms));
    expect(await forgetOldIdempotencyKeys(handle.db, later(IDEMPOTENCY_KEEP_MS - 60_000))).toBe(0);
    expect(await forgetOldIdempotencyKeys(handle.db, later(IDEMPOTENCY_KEEP_MS + 60_000))).toBe(1);
    expect(await handle.db.selectFrom('api_idempotency').selectAll().execute()).toEqual([]);
  });

  it('when a refused request is fixed and retried with the same key, then it is accepted (a refusal is not remembered)', async () => {
    expect((await post({ ...body, disputed: true }, { 'idempotency-key': 'fix-me' })).status).toBe(422);
    expect((await post(body, { 'idempotency-key': 'fix-me' })).status).toBe(201);
    expect(await caseCount()).toBe(1);
  });
});

describe('Collection Partner API: limits and documentation', () => {
  it('when a key exceeds its requests per minute, then 429 with Retry-After', async () => {
    const api = createPartnerApi({
      db: handle.db,
      clock,
      logger: log.logger,
      rateLimit: { requestsPerMinute: 2, store: handle.isServer ? 'database' : 'memory' },
    });
    const small = await startOpsServer(createHealth(), 0, '127.0.0.1', api.handle);
    try {
      const get = () =>
        fetch(`http://127.0.0.1:${small.port}/api/v1/cases`, { headers: { authorization: `Bearer ${key}` } });
      expect((await get()).status).toBe(200);
      expect((await get()).status).toBe(200);
      const third = await get();
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await small.close();
    }
  });

  it('when the OpenAPI document is fetched, then it is 3.1 and documents exactly the fields the body schema validates', async () => {
    const res = await fetch(`${base}/openapi.json`);
    expect(res.status).toBe(200);
    const doc = await json(res);
    expect(doc.openapi).toBe('3.1.0');
    const submission = doc.components.schemas.CaseSubmission;
    const shape = apiSubmitCaseBody.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
    expect(Object.keys(submission.properties).sort()).toEqual(Object.keys(shape).sort());
    const required = Object.keys(shape).filter((k) => !shape[k]?.safeParse(undefined).success);
    expect([...submission.required].sort()).toEqual(required.sort());
    expect(submission.properties.claimType).toBeUndefined();
    expect(submission.additionalProperties).toBe(false);
    expect(submission.properties.debtorType.enum).toEqual(['company', 'person']);
    expect(doc.paths['/api/v1/cases'].post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/CaseSubmission',
    });
    expect(doc.paths['/api/v1/cases/{id}'].get).toBeDefined();
  });
});
