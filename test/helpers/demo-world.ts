import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { seedDemoWorld } from '../../src/db/seed/seed-demo-world.ts';
import type { fixedClock } from '../../src/domain/clock.ts';
import { createTestDatabase, truncateAll } from './db.ts';

/**
 * The end-to-end suites' arrangement: one test database for the file, and before every test the demo
 * world afresh with the clock back at `start` (so a test that moves time moves it for itself only).
 * Call inside a describe; `use` receives the handle once the database is up.
 */
export function useDemoWorld(
  clock: ReturnType<typeof fixedClock>,
  start: string,
  use: (handle: DatabaseHandle) => void,
): void {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
    use(handle);
  });
  afterAll(async () => handle.close());
  beforeEach(async () => {
    await truncateAll(handle);
    clock.set(start);
    await seedDemoWorld(handle.db, clock);
  });
}

/** A message typed on the console by the demo-world user with handle `as`, in their own conversation. */
export function consoleMessage(text: string, as: string): IncomingMessage {
  return { surface: 'console', userExternalId: as, conversationKey: `console:${as}`, text };
}
