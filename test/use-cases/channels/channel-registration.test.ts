import { beforeEach, describe, expect, it } from 'vitest';
import { noticeForChannel, shapeForChannel } from '../../../src/conversation/channel-privacy.ts';
import { rememberConversationCase } from '../../../src/conversation/conversation-memory.repository.ts';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { findUser } from '../../../src/db/repositories/user.repository.ts';
import type { Actor } from '../../../src/domain/actor.ts';
import { channelShowsCaseDataTo, withoutNames } from '../../../src/domain/channel-privacy.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { isDomainError } from '../../../src/domain/errors.ts';
import { registerChannel, unregisterChannel } from '../../../src/use-cases/channels/register-channel.ts';
import { TurnReads } from '../../../src/use-cases/turn-reads.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';

const CHANNEL = 'C0CASES1';

describe('registering a channel for an organisation or support', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  let support: Actor;
  let partner: Actor;
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    support = (await findUser(handle.db, 9)) as Actor;
    partner = (await findUser(handle.db, 3)) as Actor; // Mikkel Sørensen, Nordic Collect (partner 1)
  });
  const ctx = (actor: Actor) => ({ db: handle.db, clock, actor, channel: 'slack' as const });
  const registration = () =>
    handle.db.selectFrom('channel_registrations').selectAll().where('channel_id', '=', CHANNEL).execute();
  const asked = (text = 'status of case 1002') => ({
    surface: 'slack' as const,
    conversationKey: `slack:${CHANNEL}:1763900000.000100`,
    userExternalId: 'U0PARTNER',
    text,
  });

  it('when support registers a channel as a partner’s own, then it is stored with who did it, and registering again replaces it', async () => {
    const done = await registerChannel(ctx(support), {
      surface: 'slack',
      channelId: CHANNEL,
      workspaceId: 'T0TEAM1',
      kind: 'organisation',
      partnerId: 1,
    });
    expect(done.summary).toContain("Nordic Collect A/S's own channel");
    expect(await registration()).toMatchObject([
      { kind: 'organisation', partner_id: 1, creditor_id: null, registered_by: 9, workspace_id: 'T0TEAM1' },
    ]);

    await registerChannel(ctx(support), { surface: 'slack', channelId: CHANNEL, kind: 'support' });
    expect(await registration()).toMatchObject([{ kind: 'support', partner_id: null }]);
  });

  it('when support unregisters a channel, then look-ups there are private again', async () => {
    await registerChannel(ctx(support), {
      surface: 'slack',
      channelId: CHANNEL,
      kind: 'organisation',
      creditorId: 1,
    });
    const done = await unregisterChannel(ctx(support), { surface: 'slack', channelId: CHANNEL });
    expect(done.summary).toMatch(/no longer registered/);
    expect(await registration()).toEqual([]);
    expect((await unregisterChannel(ctx(support), { surface: 'slack', channelId: CHANNEL })).summary).toMatch(
      /was not registered/,
    );
  });

  it('when a partner tries to register or unregister a channel, then it is refused and nothing is stored', async () => {
    const refused = await registerChannel(ctx(partner), {
      surface: 'slack',
      channelId: CHANNEL,
      kind: 'organisation',
      partnerId: 1,
    }).catch((e: unknown) => e);
    expect(isDomainError(refused) && refused.code).toBe('forbidden');
    const refusedToo = await unregisterChannel(ctx(partner), { surface: 'slack', channelId: CHANNEL }).catch(
      (e: unknown) => e,
    );
    expect(isDomainError(refusedToo) && refusedToo.code).toBe('forbidden');
    expect(await registration()).toEqual([]);
  });

  it('when support names a direct message or an unknown organisation, then it is refused', async () => {
    const dm = await registerChannel(ctx(support), {
      surface: 'slack',
      channelId: 'D0DMCHAN1',
      kind: 'support',
    }).catch((e: unknown) => e);
    expect(isDomainError(dm) && dm.code).toBe('invalid_input');
    const personal = await registerChannel(ctx(support), {
      surface: 'teams',
      channelId: 'a:personal-chat-1',
      kind: 'support',
    }).catch((e: unknown) => e);
    expect(isDomainError(personal) && personal.code).toBe('invalid_input');
    const unknown = await registerChannel(ctx(support), {
      surface: 'slack',
      channelId: CHANNEL,
      kind: 'organisation',
      partnerId: 999,
    }).catch((e: unknown) => e);
    expect(isDomainError(unknown) && unknown.code).toBe('not_found');
  });

  it('when a look-up answer is shaped for a registered support channel, then it opens for support only', async () => {
    await handle.db
      .insertInto('chat_identities')
      .values([
        { surface: 'slack', external_id: 'U0PARTNER', user_id: 3 },
        { surface: 'slack', external_id: 'U0SUPPORT', user_id: 9 },
      ])
      .execute();
    await registerChannel(ctx(support), { surface: 'slack', channelId: CHANNEL, kind: 'support' });
    const answer = [
      { text: 'Case 1002 (Jens Pedersen, 8,200 DKK) is Pending Verification.', audience: 'asker' as const },
    ];

    const toPartner = await shapeForChannel(handle.db, asked(), answer);
    const toSupport = await shapeForChannel(handle.db, { ...asked(), userExternalId: 'U0SUPPORT' }, answer);

    expect(toPartner[0]?.audience).toBe('asker');
    expect(toPartner[0]?.text).toContain('Jens Pedersen'); // only the asker sees it
    expect(toSupport[0]).toMatchObject({
      audience: 'conversation',
      text: 'Case 1002 (the debtor (private person), 8,200 DKK) is Pending Verification.',
    });
  });

  it('when an answer in a channel names no case, then the debtor of the case the thread is about is still not named', async () => {
    // The names of the cases a reply names and of the thread's case are read in one statement (perf).
    const open = [{ text: 'Jens Pedersen was told; case 1003 (Stockholm Bygg AB) is next.' }];
    const before = await shapeForChannel(handle.db, asked(), open);
    expect(before[0]?.text).toBe('Jens Pedersen was told; case 1003 (Stockholm Bygg AB) is next.');

    await rememberConversationCase(handle.db, 'slack', asked().conversationKey, 1002, clock.now());
    const after = await shapeForChannel(handle.db, asked(), open);
    expect(after[0]?.text).toBe(
      'the debtor (private person) was told; case 1003 (Stockholm Bygg AB) is next.',
    );
    // Another thread of the same channel is about no case: nothing to hide there.
    const elsewhere = await shapeForChannel(
      handle.db,
      { ...asked(), conversationKey: `slack:${CHANNEL}:1763900000.000200` },
      open,
    );
    expect(elsewhere[0]?.text).toContain('Jens Pedersen');
  });

  it('when the turn read some cases, then privacy answers from them and still hides a private person it did not read', async () => {
    const open = [{ text: 'Case 1002 (Jens Pedersen) and case 1003 (Stockholm Bygg AB) were looked at.' }];
    const hidden =
      'Case 1002 (the debtor (private person)) and case 1003 (Stockholm Bygg AB) were looked at.';
    // The turn read case 1003 only, and not which case the thread is about: 1002 is asked of the database.
    const readCompany = new TurnReads();
    readCompany.sawCase({ id: 1003, debtorType: 'company', debtorName: 'Stockholm Bygg AB' });
    expect((await shapeForChannel(handle.db, asked(), open, [], readCompany))[0]?.text).toBe(hidden);

    // The thread is about 1002 in the database; the turn read it as about no case and named no number:
    // the case the turn made the thread's still counts, read or not.
    await rememberConversationCase(handle.db, 'slack', asked().conversationKey, 1002, clock.now());
    const remembered = new TurnReads();
    remembered.sawConversationCase(null);
    remembered.rememberedCase(1002);
    const noNumber = [{ text: 'Jens Pedersen was told.' }];
    expect((await shapeForChannel(handle.db, asked(), noNumber, [], remembered))[0]?.text).toBe(
      'the debtor (private person) was told.',
    );

    // Answered from the turn's own read: the thread's case as the turn read it, its debtor as read.
    const elsewhere = { ...asked(), conversationKey: `slack:${CHANNEL}:1763900000.000300` };
    const readThread = new TurnReads();
    readThread.sawConversationCase(1002);
    readThread.sawCase({ id: 1002, debtorType: 'person', debtorName: 'Jens Pedersen' });
    expect((await shapeForChannel(handle.db, elsewhere, noNumber, [], readThread))[0]?.text).toBe(
      'the debtor (private person) was told.',
    );
  });

  it('when a notice goes to a channel, then a private-person debtor is not named; a company debtor is', async () => {
    const person = await noticeForChannel(handle.db, {
      caseId: 1002,
      payload: { text: 'Case 1002 (Acme ApS, debtor Jens Pedersen) has had no quote.' },
    });
    expect(person.payload.text).toBe(
      'Case 1002 (Acme ApS, debtor the debtor (private person)) has had no quote.',
    );
    const company = await noticeForChannel(handle.db, {
      caseId: 1003,
      payload: { text: 'Case 1003 (Stockholm Bygg AB) has quotes.' },
    });
    expect(company.payload.text).toBe('Case 1003 (Stockholm Bygg AB) has quotes.');
  });
});

describe('channel privacy rules (pure)', () => {
  const actor = (over: Partial<Actor>): Actor => ({
    userId: 1,
    name: 'x',
    role: 'partner',
    partnerId: null,
    creditorId: null,
    ...over,
  });

  it('opens a channel only to its own organisation, or to support in the support channel', () => {
    expect(channelShowsCaseDataTo(null, actor({ partnerId: 1 }))).toBe(false);
    expect(
      channelShowsCaseDataTo(
        { kind: 'organisation', partnerId: 1, creditorId: null },
        actor({ partnerId: 1 }),
      ),
    ).toBe(true);
    expect(
      channelShowsCaseDataTo(
        { kind: 'organisation', partnerId: 1, creditorId: null },
        actor({ partnerId: 2 }),
      ),
    ).toBe(false);
    expect(
      channelShowsCaseDataTo(
        { kind: 'organisation', partnerId: null, creditorId: 1 },
        actor({ role: 'creditor', creditorId: 1 }),
      ),
    ).toBe(true);
    expect(
      channelShowsCaseDataTo(
        { kind: 'organisation', partnerId: 1, creditorId: null },
        actor({ role: 'support' }),
      ),
    ).toBe(false);
    expect(
      channelShowsCaseDataTo(
        { kind: 'support', partnerId: null, creditorId: null },
        actor({ role: 'support' }),
      ),
    ).toBe(true);
    expect(
      channelShowsCaseDataTo({ kind: 'support', partnerId: null, creditorId: null }, actor({ partnerId: 1 })),
    ).toBe(false);
  });

  it('replaces whole names in any case, wrapped or not, and leaves other words alone', () => {
    expect(withoutNames('• 1002 jens  pedersen, 8,200 DKK', ['Jens Pedersen'])).toBe(
      '• 1002 the debtor (private person), 8,200 DKK',
    );
    expect(withoutNames('Case 7 (Jens Pedersen)\nJens Pedersen paid', ['Jens Pedersen'])).toBe(
      'Case 7 (the debtor (private person))\nthe debtor (private person) paid',
    );
    expect(withoutNames('Janus and Jan', ['Jan'])).toBe('Janus and the debtor (private person)');
    expect(withoutNames('Ann-Kristin (Ann)', ['Ann', 'Ann-Kristin'])).toBe(
      'the debtor (private person) (the debtor (private person))',
    );
    expect(withoutNames('a+b (x)', ['a+b'])).toBe('the debtor (private person) (x)');
  });
});
