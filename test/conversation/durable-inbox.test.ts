import { sql } from 'kysely';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type {
  ConversationEngine,
  IncomingChoice,
  IncomingMessage,
} from '../../src/conversation/engine-contract.ts';
import { finish, recordDelivery, storeReplies } from '../../src/conversation/inbox.repository.ts';
import { createInbox, type InboxWork } from '../../src/conversation/inbox.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

const silent = pino({ level: 'silent' });
const THREAD = 'slack:C0CASES:1700000000.000100';
const MINUTE = 60_000;

// An acknowledged delivery is a promise: these tests stop the work at each point where a process can die
// and show that it is carried out later, once, and answered once.
describe('the durable inbox', () => {
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

  const engine = () => createAppConversationEngine({ db: handle.db, logger: silent, clock });
  /** An inbox whose Slack answers are recorded instead of posted. */
  const instance = (e: ConversationEngine = engine()) => {
    const posted: Array<{ target: Record<string, unknown>; replies: Reply[] }> = [];
    const inbox = createInbox({ db: handle.db, engine: e, logger: silent, clock });
    inbox.deliverTo('slack', async (target, replies) => {
      posted.push({ target, replies });
    });
    return { inbox, posted, texts: () => posted.flatMap((p) => p.replies.map((r) => r.text)) };
  };
  const mention = (eventId: string, text: string, user = 'U0NORDIC'): InboxWork => ({
    surface: 'slack',
    eventId,
    kind: 'message',
    input: { surface: 'slack', userExternalId: user, conversationKey: THREAD, text },
    target: { conversationKey: THREAD, userId: user },
  });
  const click = (eventId: string, value: string, user = 'U0NORDIC'): InboxWork => ({
    surface: 'slack',
    eventId,
    kind: 'choice',
    input: { surface: 'slack', userExternalId: user, conversationKey: THREAD, value },
    target: { conversationKey: THREAD, userId: user },
  });
  const confirmValue = (replies: Reply[] | undefined) => {
    const value = replies?.[0]?.choices?.find((c) => c.label === 'Confirm')?.value;
    if (!value) throw new Error(`no Confirm in ${JSON.stringify(replies)}`);
    return value;
  };
  const acceptCount = async (caseId: number) =>
    (
      await handle.db
        .selectFrom('case_history')
        .select('id')
        .where('case_id', '=', caseId)
        .where('action', '=', 'case.accept')
        .execute()
    ).length;
  const caseStatus = async (id: number) =>
    (await handle.db.selectFrom('cases').select('status').where('id', '=', id).executeTakeFirstOrThrow())
      .status;
  const inboxRow = (eventId: string) =>
    handle.db.selectFrom('inbox').selectAll().where('event_id', '=', eventId).executeTakeFirstOrThrow();
  /** Confirmation offered for "accept 1001" through an inbox, as a user would see it. */
  const offered = async (a: ReturnType<typeof instance>) => {
    const row = await a.inbox.accept(mention('Ev-ask', 'accept 1001'));
    if (!row) throw new Error('not recorded');
    await a.inbox.run(row);
    return confirmValue(a.posted.at(-1)?.replies);
  };

  it('when the process dies right after acknowledging a mention, then the sweeper carries it out and answers once', async () => {
    const dead = instance();
    await dead.inbox.accept(mention('Ev-crash-1', 'accept 1001')); // recorded and acked; then the crash

    clock.advance(3 * MINUTE); // the lease of the dead process runs out
    const survivor = instance();
    expect(await survivor.inbox.sweep()).toBe(1);
    expect(await survivor.inbox.sweep()).toBe(0);

    expect(survivor.texts()).toHaveLength(1);
    expect(survivor.texts()[0]).toContain('Accept case 1001');
    expect((await inboxRow('Ev-crash-1')).status).toBe('done');
  });

  it('when the process dies after the confirmed action committed but before answering, then the action is not done twice and the user hears it was done', async () => {
    const a = instance();
    const value = await offered(a);
    const work = click('act-crash-2', value);
    await a.inbox.accept(work);
    // The first run got as far as the action's commit, then the process died.
    await engine().handleChoice({
      ...(work.input as IncomingChoice),
      eventId: 'act-crash-2',
      recorded: true,
    });
    expect(await acceptCount(1001)).toBe(1);

    clock.advance(3 * MINUTE);
    const b = instance();
    await b.inbox.sweep();

    expect(await acceptCount(1001)).toBe(1);
    expect(b.texts()).toEqual([expect.stringContaining('Confirmed and carried out: Accept case 1001')]);
  });

  it('when two runs of the same click race (one taken up while the first still works), then the action is carried out once', async () => {
    const a = instance();
    const value = await offered(a);
    const input = {
      ...(click('act-race', value).input as IncomingChoice),
      eventId: 'act-race',
      recorded: true,
    };

    const [one, two] = await Promise.all([engine().handleChoice(input), engine().handleChoice(input)]);

    expect(await acceptCount(1001)).toBe(1);
    expect([one[0]?.text, two[0]?.text].sort()).toEqual([
      expect.stringContaining('Case 1001 is Active'),
      expect.stringContaining('Confirmed and carried out: Accept case 1001'),
    ]);
  });

  it('when the process dies after working out the answer but before posting it, then the stored answer is posted without running the turn again', async () => {
    const row = await recordDelivery(handle.db, {
      surface: 'slack',
      eventId: 'Ev-crash-3',
      kind: 'message',
      payload: { input: mention('x', 'accept 1001').input as never, target: { conversationKey: THREAD } },
      now: clock.now(),
      lockedUntil: new Date(clock.now().getTime() + MINUTE),
    });
    if (!row) throw new Error('not recorded');
    await storeReplies(handle.db, row, [{ text: 'The answer worked out before the crash.' }]);

    clock.advance(3 * MINUTE);
    const b = instance();
    await b.inbox.sweep();

    expect(b.texts()).toEqual(['The answer worked out before the crash.']);
    expect(await handle.db.selectFrom('pending_commands').select('id').execute()).toEqual([]);
  });

  it('when many deliveries keep their answers and finish at once, then each row is updated only under its own lease, whatever else shares the statement', async () => {
    // The answer-kept and done updates of concurrent deliveries share statements (group commit).
    const record = (eventId: string) =>
      recordDelivery(handle.db, {
        surface: 'slack',
        eventId,
        kind: 'message',
        payload: { input: mention('x', 'help').input as never, target: { conversationKey: THREAD } },
        now: clock.now(),
        lockedUntil: new Date(clock.now().getTime() + MINUTE),
      }).then((row) => {
        if (!row) throw new Error('not recorded');
        return row;
      });
    const rows = await Promise.all(Array.from({ length: 12 }, (_, i) => record(`Ev-batch-${i}`)));
    // One lease was lost to another instance meanwhile.
    const lost = rows[5] as (typeof rows)[number];
    await handle.db
      .updateTable('inbox')
      .set({ lease_token: 'someone-else' })
      .where('event_id', '=', lost.eventId)
      .execute();
    const tricky = [{ text: 'He said "no" \\ {not, now} – ok? 😀\nnext', private: true }];

    const kept = await Promise.all(rows.map((row) => storeReplies(handle.db, row, tricky)));
    expect(kept).toEqual(rows.map((row) => row !== lost));
    await Promise.all(
      rows.map((row, i) =>
        finish(handle.db, row, clock.now(), i === 7 ? 'failed' : 'done', i === 7 ? 'boom' : undefined),
      ),
    );

    const stored = await handle.db
      .selectFrom('inbox')
      .select(['event_id', 'status', 'replies', 'lease_token', 'last_error', 'finished_at'])
      .where('event_id', 'like', 'Ev-batch-%')
      .execute();
    const of = (id: string) => stored.find((r) => r.event_id === id);
    expect(of(lost.eventId)).toMatchObject({
      status: 'received',
      replies: null,
      lease_token: 'someone-else',
    });
    expect(of('Ev-batch-0')).toMatchObject({
      status: 'done',
      replies: tricky,
      lease_token: null,
      last_error: null,
    });
    expect(of('Ev-batch-0')?.finished_at).toEqual(clock.now());
    expect(of('Ev-batch-7')).toMatchObject({ status: 'failed', replies: tricky, last_error: 'boom' });
  });

  it('when the same event arrives twice at the same moment among others, then it is recorded once and the others each once', async () => {
    // Deliveries recorded at once share one insert (group commit): the dedupe must hold inside it too.
    const a = instance();
    const b = instance();
    const tricky = 'accept 1001 — "quoted" \\ {braces}, 😀';
    const [first, again, elsewhere, other] = await Promise.all([
      a.inbox.accept(mention('Ev-same', tricky)),
      a.inbox.accept(mention('Ev-same', tricky)),
      b.inbox.accept(mention('Ev-same', tricky)),
      a.inbox.accept(mention('Ev-other', 'help')),
    ]);

    expect([first, again, elsewhere].filter((r) => r !== null)).toHaveLength(1);
    expect(first?.payload.input.text).toBe(tricky);
    expect(other?.eventId).toBe('Ev-other');
    const rows = await handle.db.selectFrom('inbox').select(['event_id', 'lease_token']).execute();
    expect(rows.map((r) => r.event_id).sort()).toEqual(['Ev-other', 'Ev-same']);
    expect(rows.find((r) => r.event_id === 'Ev-same')?.lease_token).toBe(first?.leaseToken);
  });

  it('when the same event is delivered twice, to one instance or two, then it is carried out and answered once', async () => {
    const a = instance();
    const b = instance();
    const first = await a.inbox.accept(mention('Ev-dup', 'accept 1001'));
    const again = await a.inbox.accept(mention('Ev-dup', 'accept 1001'));
    const elsewhere = await b.inbox.accept(mention('Ev-dup', 'accept 1001'));
    if (first) await a.inbox.run(first);

    expect(again).toBeNull();
    expect(elsewhere).toBeNull();
    expect(a.texts()).toHaveLength(1);
    expect(b.texts()).toHaveLength(0);
    expect(await handle.db.selectFrom('pending_commands').select('id').execute()).toHaveLength(1);
  });

  it('when the confirmed action fails in its transaction, then nothing changes and the confirmation can be used again', async () => {
    const e = engine();
    const say: IncomingMessage = {
      surface: 'slack',
      userExternalId: 'U0NORDIC',
      conversationKey: THREAD,
      text: 'accept 1001',
    };
    const value = confirmValue(await e.handleMessage(say));
    const before = await caseStatus(1001);
    const choice = { surface: 'slack' as const, userExternalId: 'U0NORDIC', conversationKey: THREAD, value };
    // The database refuses the action's last write (as a lost connection or a deadlock would end it).
    await sql`create function refuse_history() returns trigger language plpgsql as $$
      begin raise exception 'simulated failure'; end $$`.execute(handle.db);
    await sql`create trigger refuse_history before insert on case_history
      for each row execute function refuse_history()`.execute(handle.db);

    const failed = await e.handleChoice(choice);
    await sql`drop trigger refuse_history on case_history`.execute(handle.db);
    await sql`drop function refuse_history()`.execute(handle.db);

    expect(failed[0]?.text).toContain('Sorry, something went wrong');
    expect(await caseStatus(1001)).toBe(before);
    const retried = await e.handleChoice(choice);
    expect(retried[0]?.text).toContain('Case 1001 is Active');
    expect(await acceptCount(1001)).toBe(1);
  });

  it('when shutdown begins while a message is worked on, then it finishes and is answered before the drain ends', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const real = engine();
    const slow: ConversationEngine = {
      ...real,
      handleMessage: async (m) => {
        await gate;
        return real.handleMessage(m);
      },
    };
    const a = instance(slow);
    const row = await a.inbox.accept(mention('Ev-drain-1', 'accept 1001'));
    if (!row) throw new Error('not recorded');
    const running = a.inbox.run(row);

    const drained = a.inbox.drain(60_000);
    release();
    const outcome = await drained;
    await running;

    expect(outcome).toEqual({ finished: 1, handedBack: 0 });
    expect(a.texts()).toEqual([expect.stringContaining('Accept case 1001')]);
    expect((await inboxRow('Ev-drain-1')).status).toBe('done');
  });

  it('when work outlasts the shutdown grace, then it is handed back and another instance answers it', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const real = engine();
    const stuck: ConversationEngine = {
      ...real,
      handleMessage: async (m) => {
        await gate;
        return real.handleMessage(m);
      },
    };
    const a = instance(stuck);
    const row = await a.inbox.accept(mention('Ev-drain-2', 'accept 1001'));
    if (!row) throw new Error('not recorded');
    const running = a.inbox.run(row);

    expect(await a.inbox.drain(1)).toEqual({ finished: 0, handedBack: 1 });
    const b = instance();
    await b.inbox.sweep(); // at once: the lease was handed back, not left to run out
    release();
    await running;

    expect(a.texts()).toEqual([]);
    expect(b.texts()).toEqual([expect.stringContaining('Accept case 1001')]);
    expect((await inboxRow('Ev-drain-2')).status).toBe('done');
  });

  it('when shutdown comes while an answer is being posted, then it is posted once, not again by another instance', async () => {
    let slackAnswers: () => void = () => {};
    const answered = new Promise<void>((r) => {
      slackAnswers = r;
    });
    let posting: () => void = () => {};
    const postStarted = new Promise<void>((r) => {
      posting = r;
    });
    const posted: string[] = [];
    const a = createInbox({ db: handle.db, engine: engine(), logger: silent, clock });
    a.deliverTo('slack', async (_target, replies) => {
      posted.push(...replies.map((r) => r.text)); // Slack has it now; its answer is still on the way
      posting();
      await answered;
    });
    const row = await a.accept(mention('Ev-drain-3', 'accept 1001'));
    if (!row) throw new Error('not recorded');
    const running = a.run(row);
    await postStarted;

    const drained = a.drain(1);
    setTimeout(slackAnswers, 50); // Slack's answer comes a moment after the shutdown grace ran out
    await drained;
    const b = instance();
    await b.inbox.sweep();
    await running;

    expect([...posted, ...b.texts()]).toEqual([expect.stringContaining('Accept case 1001')]);
    expect((await inboxRow('Ev-drain-3')).status).toBe('done');
  });

  it('when finished deliveries are older than the keep period, then the sweeper deletes them', async () => {
    const a = instance();
    const row = await a.inbox.accept(mention('Ev-old', 'help'));
    if (row) await a.inbox.run(row);

    clock.advance(8 * 24 * 60 * MINUTE);
    await instance().inbox.sweep();

    expect(await handle.db.selectFrom('inbox').select('event_id').execute()).toEqual([]);
  });

  it('when a confirmation is offered, then it says when it expires, and after that Confirm does nothing', async () => {
    const a = instance();
    const value = await offered(a);
    expect(a.texts()[0]).toContain('This confirmation expires in 30 minutes.');

    clock.advance(31 * MINUTE);
    const late = await a.inbox.accept(click('act-late', value));
    if (late) await a.inbox.run(late);

    expect(a.texts()[1]).toContain('already used or has expired');
    expect(await acceptCount(1001)).toBe(0);
  });

  it('when two people have confirmations open in one thread, then a bare "ok" confirms only the speaker\'s latest one', async () => {
    const e = engine();
    const say = (user: string, text: string): IncomingMessage => ({
      surface: 'slack',
      userExternalId: user,
      conversationKey: THREAD,
      text,
    });
    await e.handleMessage(say('U0NORDIC', 'accept 1005'));
    await e.handleMessage(say('U0NORDIC', 'accept 1001'));
    // Someone else's confirmation, newer than both, waits in the same thread.
    await handle.db
      .insertInto('pending_commands')
      .values({
        token: 'other-persons-token',
        surface: 'slack',
        conversation_key: THREAD,
        user_id: 1,
        stage: 'confirm',
        action: 'case.accept',
        args: JSON.stringify({ caseId: '1005' }),
        created_at: clock.now(),
        expires_at: new Date(clock.now().getTime() + 30 * MINUTE),
      })
      .execute();

    const replies = await e.handleMessage(say('U0NORDIC', 'ok'));

    expect(replies[0]?.text).toContain('Case 1001 is Active');
    expect(await acceptCount(1001)).toBe(1);
    expect(await acceptCount(1005)).toBe(0);
    const others = await handle.db
      .selectFrom('pending_commands')
      .select('used_at')
      .where('token', '=', 'other-persons-token')
      .executeTakeFirstOrThrow();
    expect(others.used_at).toBeNull();
  });
});
