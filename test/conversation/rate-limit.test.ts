import { sql } from 'kysely';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { ConversationEngine, IncomingMessage } from '../../src/conversation/engine-contract.ts';
import { RATE_LIMITED_TEXT, withMessageRateLimit } from '../../src/conversation/rate-limit.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

const silent = pino({ level: 'silent' });

describe('the per-user message rate limit', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values([
        { surface: 'slack', external_id: 'U0NORDIC', user_id: 3 },
        { surface: 'slack', external_id: 'U0ACME', user_id: 1 },
      ])
      .execute();
  });

  const say = (userExternalId: string, text: string): IncomingMessage => ({
    surface: 'slack',
    userExternalId,
    conversationKey: `D-${userExternalId}`,
    text,
  });
  const pendingCount = async () =>
    (await handle.db.selectFrom('pending_commands').select('id').execute()).length;
  const sendMany = async (engine: ConversationEngine, user: string, count: number) => {
    for (let i = 0; i < count; i++) {
      const replies = await engine.handleMessage(say(user, 'help'));
      expect(replies[0]?.text).not.toBe(RATE_LIMITED_TEXT);
    }
  };

  it('when one user sends a 31st message within a minute, then it is refused and not processed, while another user is served', async () => {
    const engine = createAppConversationEngine({
      db: handle.db,
      logger: silent,
      clock,
      rateLimit: { messagesPerMinute: 30, store: 'memory' },
    });
    await sendMany(engine, 'U0NORDIC', 30);

    const refused = await engine.handleMessage(say('U0NORDIC', 'accept 1001'));
    const other = await engine.handleMessage(say('U0ACME', 'status of case 1001'));

    expect(refused).toEqual([{ text: RATE_LIMITED_TEXT, private: true }]);
    expect(await pendingCount()).toBe(0); // "accept 1001" would have asked for a confirmation
    expect(other[0]?.text).toContain('Case 1001');
  });

  it('when a user spreads messages over two instances sharing the database, then the limit holds across them', async () => {
    const instance = () =>
      createAppConversationEngine({
        db: handle.db,
        logger: silent,
        clock,
        rateLimit: { messagesPerMinute: 30, store: 'database' },
      });
    const first = instance();
    const second = instance();
    await sendMany(first, 'U0NORDIC', 15);
    await sendMany(second, 'U0NORDIC', 15);

    const refused = await first.handleMessage(say('U0NORDIC', 'accept 1001'));
    const other = await second.handleMessage(say('U0ACME', 'help'));

    expect(refused).toEqual([{ text: RATE_LIMITED_TEXT, private: true }]);
    expect(await pendingCount()).toBe(0);
    expect(other[0]?.text).not.toBe(RATE_LIMITED_TEXT);
  });

  it('when one instance counts the limit in its turn and another with the limiter alone, then both count on the same budget', async () => {
    // The engine counts in its first statement; an engine that cannot (a surface's stand-in) is limited
    // by rate-limiter-flexible's own statement. One row per speaker, one window.
    const inTurn = createAppConversationEngine({
      db: handle.db,
      logger: silent,
      clock,
      rateLimit: { messagesPerMinute: 30, store: 'database' },
    });
    const core = createAppConversationEngine({ db: handle.db, logger: silent, clock });
    const apart = withMessageRateLimit(
      {
        handleMessage: (m) => core.handleMessage(m),
        handleChoice: core.handleChoice,
        handleForm: core.handleForm,
      },
      { messagesPerMinute: 30, store: 'database', db: handle.db, logger: silent },
    );
    await sendMany(inTurn, 'U0NORDIC', 15);
    await sendMany(apart, 'U0NORDIC', 15);
    expect(await inTurn.handleMessage(say('U0NORDIC', 'accept 1001'))).toEqual([
      { text: RATE_LIMITED_TEXT, private: true },
    ]);
    expect(await apart.handleMessage(say('U0NORDIC', 'help'))).toEqual([
      { text: RATE_LIMITED_TEXT, private: true },
    ]);
    expect(await pendingCount()).toBe(0);

    // Once the window is over, the count starts again from one.
    await sql`update rate_limits set expire = ${Date.now() - 1}`.execute(handle.db);
    await sendMany(inTurn, 'U0NORDIC', 30);
    expect(await inTurn.handleMessage(say('U0NORDIC', 'help'))).toEqual([
      { text: RATE_LIMITED_TEXT, private: true },
    ]);
  });
});
