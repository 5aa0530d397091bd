import { createServer } from 'node:net';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { PLATFORM_TOO_SLOW, PLATFORM_UNREACHABLE } from '../../src/db/database-unavailable.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { type DatabaseRelay, databaseRelay } from '../helpers/database-relay.ts';
import type { TestDatabase } from '../helpers/db.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// What a person hears in chat while the database is down or too slow: that the platform can't be
// reached (or is too slow) right now, nothing was changed, try again shortly. Through the real engine.

const silent = pino({ level: 'silent' });
const clock = fixedClock('2026-11-23T10:00:00Z');
const say = (text: string): IncomingMessage => ({
  surface: 'slack',
  userExternalId: 'U0NORDIC',
  conversationKey: 'C0CASES:1700000000.000100',
  text,
});

describe('the conversation engine while the database is unavailable', () => {
  let handle: DatabaseHandle;
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'slack', external_id: 'U0NORDIC', user_id: 3 })
      .execute();
  });

  it('when nothing answers at the database address, then a message, a button and a form are answered that the platform cannot be reached', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((r) => probe.close(() => r()));
    const down = await connectDatabase({ url: `postgres://postgres@127.0.0.1:${port}/none` });
    try {
      const engine = createAppConversationEngine({ db: down.db, logger: silent, clock });
      expect(await engine.handleMessage({ ...say('accept 1001'), eventId: 'Ev-down' })).toEqual([
        { text: PLATFORM_UNREACHABLE },
      ]);
      expect(
        await engine.handleChoice({
          surface: 'slack',
          userExternalId: 'U0NORDIC',
          conversationKey: 'C0CASES:1',
          value: 'confirm:abc',
        }),
      ).toEqual([{ text: PLATFORM_UNREACHABLE }]);
      expect(
        await engine.handleForm({
          surface: 'slack',
          userExternalId: 'U0NORDIC',
          conversationKey: 'C0CASES:1',
          kind: 'decline',
          values: { caseId: '1001', reason: 'the debtor company was dissolved last year' },
        }),
      ).toEqual([{ text: PLATFORM_UNREACHABLE }]);
    } finally {
      await down.close();
    }
  });

  describe.skipIf(!process.env.DATABASE_URL)('on the server', () => {
    let relay: DatabaseRelay;
    let app: DatabaseHandle;
    beforeAll(async () => {
      relay = databaseRelay((handle as TestDatabase).url as string);
      await relay.open();
      app = await connectDatabase({ url: relay.url(), poolSize: 4, statementTimeoutMs: 300 });
    });
    afterAll(async () => {
      await app?.close();
      await relay?.cut();
    });

    it('when the database goes away and comes back, then people are told it cannot be reached meanwhile and are answered again after, with no restart', async () => {
      const engine = createAppConversationEngine({ db: app.db, logger: silent, clock });
      const before = await engine.handleMessage(say('accept 1001'));
      expect(before[0]?.text).toContain('Accept case 1001');

      await relay.cut(); // every connection reset, and the port refuses new ones
      expect(await engine.handleMessage(say('accept 1001'))).toEqual([{ text: PLATFORM_UNREACHABLE }]);

      await relay.open();
      const after = await engine.handleMessage(say('accept 1001'));
      expect(after[0]?.text).toContain('Accept case 1001');
    });

    it('when a table the message needs is locked past the statement timeout, then the person is told the platform is too slow right now', async () => {
      const engine = createAppConversationEngine({ db: app.db, logger: silent, clock });
      let release = () => {};
      const held = new Promise<void>((r) => {
        release = r;
      });
      let locked = () => {};
      const lockTaken = new Promise<void>((r) => {
        locked = r;
      });
      const holder = handle.db.transaction().execute(async (trx) => {
        await sql`lock table users in access exclusive mode`.execute(trx);
        locked();
        await held;
      });
      await lockTaken;
      try {
        expect(await engine.handleMessage(say('status 1001'))).toEqual([{ text: PLATFORM_TOO_SLOW }]);
      } finally {
        release();
        await holder;
      }
      const after = await engine.handleMessage(say('accept 1001'));
      expect(after[0]?.text).toContain('Accept case 1001');
    });
  });
});
