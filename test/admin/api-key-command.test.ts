import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runApiKeyCommand, UsageError } from '../../src/admin/api-key-command.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { authenticateApiKey } from '../../src/use-cases/api/api-keys.ts';
import { createTestDatabase, type TestDatabase, truncateAll } from '../helpers/db.ts';
import { insertPartner, TEST_NOW } from '../helpers/world.ts';

let handle: TestDatabase;
const clock = fixedClock(TEST_NOW);
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => truncateAll(handle));

describe('npm run admin -- api-key', () => {
  it('when an operator creates a key by partner name, then it is printed once, works, is listed by prefix only, and stops working once revoked', async () => {
    const partner = await insertPartner(handle.db, { name: 'Nordic Collect A/S' });
    const created = await runApiKeyCommand(handle.db, clock, [
      'create',
      '--partner',
      'nordic collect a/s',
      '--label',
      'ERP',
    ]);
    const key = created.find((line) => line.startsWith('dbk_')) as string;
    expect(created[0]).toMatch(/^API key for Nordic Collect A\/S \(partner \d+\), prefix [0-9a-f]{12}:$/);
    expect(await authenticateApiKey(handle.db, clock, key)).toMatchObject({ partnerId: partner.id });

    const prefix = key.slice(4, 16);
    const listed = (await runApiKeyCommand(handle.db, clock, ['list', '--partner', String(partner.id)])).join(
      '\n',
    );
    expect(listed).toContain(`${prefix}  active`);
    expect(listed).toContain('(ERP)');
    expect(listed).not.toContain(key);

    expect(await runApiKeyCommand(handle.db, clock, ['revoke', key])).toEqual([
      `API key ${prefix} (partner ${partner.id}) is revoked: it is refused from now on.`,
    ]);
    expect(await authenticateApiKey(handle.db, clock, key)).toBeNull();
    expect(await runApiKeyCommand(handle.db, clock, ['revoke', prefix])).toEqual([
      `API key ${prefix} was already revoked.`,
    ]);
  });

  it('when the partner is unknown or arguments are missing, then the operator is told, and no key is made', async () => {
    await expect(runApiKeyCommand(handle.db, clock, ['create', '--partner', 'Nobody'])).rejects.toThrow(
      /There is no partner "Nobody"/,
    );
    await expect(runApiKeyCommand(handle.db, clock, ['create'])).rejects.toBeInstanceOf(UsageError);
    await expect(runApiKeyCommand(handle.db, clock, ['revoke', 'abc'])).rejects.toThrow(/no API key/);
    expect(await handle.db.selectFrom('api_keys').selectAll().execute()).toEqual([]);
  });
});
