import { sql } from 'kysely';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import { BUSY_TEXT } from '../../src/conversation/in-flight-limit.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// When the database slows down, handlers pile up. Past the bound a new message is told at once that the
// bot is busy, rather than joining a queue that answers minutes later.

const silent = pino({ level: 'silent' });
const clock = fixedClock('2026-11-23T10:00:00Z');
const say = (text: string, conversationKey = 'C0CASES:1700000000.000100'): IncomingMessage => ({
  surface: 'slack',
  userExternalId: 'U0NORDIC',
  conversationKey,
  text,
});

describe('the bound on messages handled at once', () => {
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

  it('when more messages arrive than may be handled at once, then the extra one is told the bot is busy and the others are answered as usual', async () => {
    const engine = createAppConversationEngine({ db: handle.db, logger: silent, clock, maxInFlight: 2 });
    // The database stalls: every message waits on a lock until it is released.
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

    const first = engine.handleMessage(say('accept 1001', 'C0A:1'));
    const second = engine.handleMessage(say('status 1001', 'C0B:1'));
    const third = await engine.handleMessage(say('accept 1001', 'C0C:1'));
    expect(third).toEqual([{ text: BUSY_TEXT, private: true }]);

    release();
    await holder;
    expect((await first)[0]?.text).toContain('Accept case 1001');
    expect((await second)[0]?.text).toContain('1001');
    // Nothing of the refused message was kept: no confirmation waits in its conversation.
    const waiting = await handle.db.selectFrom('pending_commands').select('conversation_key').execute();
    expect(waiting.map((p) => p.conversation_key)).not.toContain('C0C:1');

    // With the others done, the next message is handled again.
    const again = await engine.handleMessage(say('accept 1001', 'C0C:1'));
    expect(again[0]?.text).toContain('Accept case 1001');
  });
});
