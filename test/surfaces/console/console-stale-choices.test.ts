import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';
import { consoleTranscript } from './console-session.ts';

// A number typed in the console picks among the choices of the bot's latest answer only: the buttons of
// an answer the conversation has moved past are never clicked by a later "1".

describe('the console, numbers and earlier choices', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });

  const chat = (as: string, lines: string[]) => consoleTranscript(handle, clock, as, lines);
  const status = async (id: number) =>
    (await handle.db.selectFrom('cases').select('status').where('id', '=', id).executeTakeFirstOrThrow())
      .status;
  const payments = (id: number) =>
    handle.db.selectFrom('payments').select('amount').where('case_id', '=', id).execute();

  it('when a confirmation was shown and another answer came after it, then a typed "1" does not confirm the earlier decline', async () => {
    const out = await chat('nordic-partner', [
      'decline 1002, the debtor died last month',
      'status 1008',
      '1',
    ]);

    expect(out).toContain('[1] Confirm');
    expect(out).not.toContain('Case 1002 declined');
    expect(await status(1002)).toBe('pending_verification');

    // Asked again, the newest confirmation is the one a "1" picks.
    const again = await chat('nordic-partner', ['decline 1002, the debtor died last month', '1']);
    expect(again).toContain('Case 1002 declined');
    expect(await status(1002)).toBe('collecting_quotes');
  });

  it('when the bot asks a question after an earlier confirmation, then a typed number answers that question', async () => {
    const out = await chat('nordic-partner', [
      'decline 1002, the debtor died last month',
      'register a payment on 1008',
      '1',
    ]);

    expect(out).toContain('How much did the debtor pay on case 1008?');
    expect(out).toContain('Register a payment of *DKK 1.00* on case 1008');
    expect(out).not.toContain('Case 1002 declined');
    expect(await status(1002)).toBe('pending_verification');
    expect(await payments(1008)).toEqual([]);
  });
});
