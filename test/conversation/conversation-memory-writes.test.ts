import { describe, expect, it } from 'vitest';
import {
  conversationCase,
  createPendingCommand,
  findOpenQuestion,
  writeConversationMemory,
} from '../../src/conversation/conversation-memory.repository.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// Closing the open questions, remembering the thread's case and opening the next command go in one
// statement (docs/notes/perf.md, round 2); each must still mean what it meant as its own statement.
describe('the conversation memory written in one statement', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  const thread = 'C0CASES:1700000000.000100';
  const open = (userId: number, conversationKey = thread) =>
    createPendingCommand(handle.db, {
      surface: 'slack',
      conversationKey,
      userId,
      stage: 'ask',
      action: 'decline',
      args: { caseId: '1002' },
      missing: 'reason',
      now: clock.now(),
      ttlMs: 3600_000,
    });

  it('when a new command replaces open questions, then they close, the case is remembered and only the new one is open', async () => {
    const mine = await open(3);
    const alsoMine = await open(3); // as another instance might have opened meanwhile
    const otherThread = await open(3, 'C0CASES:other');
    const someoneElses = await open(1);

    const created = await writeConversationMemory(handle.db, {
      surface: 'slack',
      conversationKey: thread,
      userId: 3,
      eventId: 'Ev1',
      closeAt: clock.now(),
      remember: { caseId: 1003, at: clock.now() },
      pending: {
        stage: 'confirm',
        action: 'accept',
        args: { caseId: '1003', note: 'a "quoted" \\ {brace} 🙂' },
        now: clock.now(),
        ttlMs: 3600_000,
      },
    });

    const rows = await handle.db
      .selectFrom('pending_commands')
      .select(['id', 'used_at', 'used_by_event', 'created_by_event'])
      .orderBy('id')
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(mine.id)?.used_by_event).toBe('Ev1');
    expect(byId.get(alsoMine.id)?.used_at).not.toBeNull();
    expect(byId.get(otherThread.id)?.used_at).toBeNull();
    expect(byId.get(someoneElses.id)?.used_at).toBeNull();
    expect(created?.stage).toBe('confirm');
    expect(created?.args).toEqual({ caseId: '1003', note: 'a "quoted" \\ {brace} 🙂' });
    expect(byId.get(created?.id ?? -1)).toMatchObject({ used_at: null, created_by_event: 'Ev1' });
    expect((await findOpenQuestion(handle.db, 'slack', thread, 3, clock.now()))?.id).toBe(created?.id);
    expect(await conversationCase(handle.db, 'slack', thread)).toBe(1003);
  });

  it('when only the close or only the case is written, then each happens alone', async () => {
    const mine = await open(3);
    await writeConversationMemory(handle.db, {
      surface: 'slack',
      conversationKey: thread,
      userId: 3,
      closeAt: clock.now(),
    });
    expect(await findOpenQuestion(handle.db, 'slack', thread, 3, clock.now())).toBeNull();
    expect(mine.usedAt).toBeNull();

    await writeConversationMemory(handle.db, {
      surface: 'slack',
      conversationKey: thread,
      userId: 3,
      remember: { caseId: 1002, at: clock.now() },
    });
    await writeConversationMemory(handle.db, {
      surface: 'slack',
      conversationKey: thread,
      userId: 3,
      remember: { caseId: 1003, at: clock.now() },
    });
    expect(await conversationCase(handle.db, 'slack', thread)).toBe(1003);
  });

  it('when a confirmation is opened with the case numbers its reply names, then the private-person debtors among them come back with it', async () => {
    // Channel privacy of the offering reply reads them with the write: 1002's debtor is a private person,
    // 1003's a company, 999999 is no case, 30 is a number from "30 minutes".
    const created = await writeConversationMemory(handle.db, {
      surface: 'slack',
      conversationKey: thread,
      userId: 3,
      closeAt: clock.now(),
      pending: {
        stage: 'confirm',
        action: 'accept',
        args: { caseId: '1002' },
        now: clock.now(),
        ttlMs: 3600_000,
      },
      debtorsOf: [1002, 1003, 999999, 30],
    });
    expect(created?.personDebtors).toEqual([{ id: 1002, name: 'Jens Pedersen' }]);
    expect((await findOpenQuestion(handle.db, 'slack', thread, 3, clock.now()))?.id).toBe(created?.id);

    const none = await writeConversationMemory(handle.db, {
      surface: 'slack',
      conversationKey: thread,
      userId: 3,
      pending: { stage: 'confirm', action: 'accept', args: {}, now: clock.now(), ttlMs: 3600_000 },
      debtorsOf: [1003],
    });
    expect(none?.personDebtors).toEqual([]);
  });
});
