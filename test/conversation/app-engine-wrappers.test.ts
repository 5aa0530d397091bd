import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { DEMO_CASE_IDS } from '../../src/db/seed/demo-cases.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// The app's engine is the conversation engine inside wrappers (metrics, in-flight bound, rate limit). A
// wrapper that forgot a method of the contract once made every plain thread answer go unheard in Slack.
describe('the app engine with every wrapper on', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'slack', external_id: 'U0NORDIC', user_id: 3 })
      .execute();
  });

  it('when the bot asked a question in a thread, then the wrapped engine still tells the Slack surface an answer is awaited', async () => {
    const engine = createAppConversationEngine({
      db: handle.db,
      logger: pino({ level: 'silent' }),
      clock,
      maxInFlight: 4,
      rateLimit: { messagesPerMinute: 30, store: 'memory' },
    });
    const thread = 'slack:C0CASES:1763900000.000100';

    const asked = await engine.handleMessage({
      surface: 'slack',
      userExternalId: 'U0NORDIC',
      conversationKey: thread,
      text: `decline case ${DEMO_CASE_IDS.toDeclineSharingOn}`,
    });

    expect(asked[0]?.text).toMatch(/reason/i);
    expect(await engine.awaitsAnswer?.('slack', thread, 'U0NORDIC')).toBe(true);
    expect(await engine.awaitsAnswer?.('slack', thread, 'U0SOMEONEELSE')).toBe(false);
  });
});
