import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';
import { consoleTranscript } from './console-session.ts';

// The case chat typed into the console: the same command and use case as on Slack and Teams.
describe('the case chat in the console', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  const chat = (as: string, lines: string[]) => consoleTranscript(handle, clock, as, lines);

  it('when the managing partner messages the partner and the partner replies, then each is told by DM and both see the chat', async () => {
    const managing = await chat('managing-partner', [
      'message the partner on case 1005: the debtor called us, please pause',
    ]);
    expect(managing).toMatch(/Sent to Nordic Collect A\/S on case 1005/);
    expect(managing).toMatch(
      /→ DM to Nordic Collect A\/S: Message on case 1005 .*the debtor called us, please pause/s,
    );

    const partner = await chat('nordic-partner', [
      'reply on 1005: noted, we hold the reminders',
      'messages on 1005',
    ]);
    expect(partner).toMatch(
      /→ DM to Hanse Inkasso GmbH: Message on case 1005 .*noted, we hold the reminders/s,
    );
    expect(partner).toMatch(/Jonas Weber \(Hanse Inkasso GmbH\): “the debtor called us, please pause”/);
    const rows = await handle.db
      .selectFrom('case_history')
      .select('channel')
      .where('case_id', '=', 1005)
      .where('action', '=', 'case.message')
      .execute();
    expect(rows.map((r) => r.channel)).toEqual(['console', 'console']);
  });
});
