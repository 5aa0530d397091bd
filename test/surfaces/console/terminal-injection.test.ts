import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';
import { consoleTranscript } from './console-session.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

// Names and reasons are printed as text: an escape sequence in them never reaches the terminal.
describe('the console strips terminal escape sequences from what people typed', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  const chat = (as: string, lines: string[]) => consoleTranscript(handle, clock, as, lines);

  it('when a decline reason given as an answer holds a clipboard write and a screen clear, then the #support notice prints the words without them', async () => {
    const out = await chat('nordic-partner', [
      'decline case 1002',
      'the client keeps writing \x1b]52;c;ZXZpbA==\x07 and \x1b[2J\x1b[31m to us',
      '1',
    ]);

    expect(out).toMatch(/→ #support: .*"the client keeps writing\s+and\s+to us"/);
    expect(out).not.toMatch(CONTROL);
  });

  it('when a debtor name holds escape sequences, then the case status prints the name without them', async () => {
    await handle.db
      .updateTable('cases')
      .set({ debtor_name: 'Jens \x1b[8mhidden\x1b[28m Pedersen\r\x1b[2KOK' })
      .where('id', '=', 1002)
      .execute();

    const out = await chat('nordic-partner', ['status 1002']);

    expect(out).toContain('Jens hidden PedersenOK');
    expect(out).not.toMatch(CONTROL);
  });
});
