import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTION_NAMES } from '../../src/commands/command-table.ts';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// The engine is split by what it does (src/conversation/engine/) and knows no command by name: what a
// command does on its way (its advice, its tidying, how its answers are read) is in its table entry.

const ENGINE_FILES = [
  'src/conversation/conversation-engine.ts',
  ...readdirSync('src/conversation/engine').map((f) => join('src/conversation/engine', f)),
];
/** The conversation's own commands, answered by the engine itself (their entries have no handler). */
const ENGINE_OWN = new Set(['help', 'none', 'clarify', 'closecode.suggest']);
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

describe('the engine split', () => {
  it('no engine file names a command of the table other than its own, so a new command needs no engine edit', () => {
    const named = ENGINE_FILES.flatMap((file) => {
      const code = withoutComments(readFileSync(file, 'utf8'));
      return ACTION_NAMES.filter((a) => !ENGINE_OWN.has(a) && code.includes(`'${a}'`)).map(
        (a) => `${file}: ${a}`,
      );
    });
    expect(named).toEqual([]);
  });

  it('no engine file queries the database itself (queries live in repositories)', () => {
    const queries = ENGINE_FILES.filter((file) =>
      /\b(selectFrom|insertInto|deleteFrom|updateTable)\b|\bsql`/.test(
        withoutComments(readFileSync(file, 'utf8')),
      ),
    );
    expect(queries).toEqual([]);
  });
});

describe('command hooks through the engine', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'slack', external_id: 'U0SUPPORT', user_id: 9 })
      .execute();
  });
  const engine = () =>
    createAppConversationEngine({ db: handle.db, logger: pino({ level: 'silent' }), clock });
  const say = (text: string): IncomingMessage => ({
    surface: 'slack',
    userExternalId: 'U0SUPPORT',
    conversationKey: 'D0SUPPORT',
    text,
  });

  it('when support resolves a review naming the category in words, then the confirmation records that category', async () => {
    const replies = await engine().handleMessage(say('resolve 1021 as time barred'));

    expect(replies[0]?.choices?.map((c) => c.label)).toEqual(['Confirm', 'Cancel']);
    expect(replies[0]?.text).toContain('as *Time-barred*');
  });

  it('when the category cannot be read, then it is asked, and the answer completes the resolution', async () => {
    const e = engine();
    const asked = await e.handleMessage(say('resolve 1021 as xyzzy'));
    expect(asked[0]?.text).toContain('Which decline category fits the decline of case 1021?');

    const replies = await e.handleMessage(say('duplicate'));

    expect(replies[0]?.choices?.map((c) => c.label)).toEqual(['Confirm', 'Cancel']);
    expect(replies[0]?.text).toMatch(/case 1021 .* as \*Duplicate/);
  });
});
