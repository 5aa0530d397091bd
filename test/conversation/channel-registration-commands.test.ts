import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// Support registers a shared channel from chat (so look-ups there are answered for the whole channel),
// confirmed first; nobody else can.

const silent = pino({ level: 'silent' });
const SUPPORT_ID = 9; // support-agent
const MIKKEL_ID = 3; // nordic-partner, Nordic Collect A/S

describe('registering a shared channel from chat', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-12-07T10:00:00Z');
  useDemoWorld(clock, '2026-12-07T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values([
        { surface: 'slack', external_id: 'U0SAM', user_id: SUPPORT_ID },
        { surface: 'slack', external_id: 'U0NORDIC', user_id: MIKKEL_ID },
      ])
      .execute();
  });
  const engine = () => createAppConversationEngine({ db: handle.db, logger: silent, clock });
  const says = (user: string, text: string): IncomingMessage => ({
    surface: 'slack',
    userExternalId: user,
    conversationKey: `D-${user}`,
    text,
  });
  const confirm = (e: ReturnType<typeof engine>, user: string, replies: Reply[]) => {
    const value = replies[0]?.choices?.find((c) => c.label === 'Confirm')?.value;
    if (!value) throw new Error(`no Confirm in ${JSON.stringify(replies)}`);
    return e.handleChoice({ surface: 'slack', userExternalId: user, conversationKey: `D-${user}`, value });
  };
  const registrations = () =>
    handle.db
      .selectFrom('channel_registrations')
      .leftJoin('partners', 'partners.id', 'channel_registrations.partner_id')
      .select(['channel_registrations.channel_id', 'channel_registrations.kind', 'partners.name as partner'])
      .execute();

  it('when support registers a channel for an organisation by name, then after Confirm it is that organisation’s own channel', async () => {
    const e = engine();
    const asked = await e.handleMessage(says('U0SAM', 'register channel C0NORDIC1 for nordic collect'));
    expect(asked[0]?.text).toContain('Register slack channel C0NORDIC1 as Nordic Collect A/S');
    expect(await registrations()).toEqual([]);

    const done = await confirm(e, 'U0SAM', asked);

    expect(done[0]?.text).toContain("registered as Nordic Collect A/S's own channel");
    expect(await registrations()).toEqual([
      { channel_id: 'C0NORDIC1', kind: 'organisation', partner: 'Nordic Collect A/S' },
    ]);
  });

  it('when support registers the support channel and later unregisters it, then the registration is gone', async () => {
    const e = engine();
    await confirm(
      e,
      'U0SAM',
      await e.handleMessage(says('U0SAM', 'register channel C0HELP as support channel')),
    );
    expect(await registrations()).toEqual([{ channel_id: 'C0HELP', kind: 'support', partner: null }]);

    await confirm(e, 'U0SAM', await e.handleMessage(says('U0SAM', 'unregister channel C0HELP')));

    expect(await registrations()).toEqual([]);
  });

  it('when a partner tries to register a channel, then it is refused and nothing is registered', async () => {
    const replies = await engine().handleMessage(
      says('U0NORDIC', 'register channel C0NORDIC1 for nordic collect'),
    );

    expect(replies[0]?.text).toContain('Only support can register or unregister a channel');
    expect(replies[0]?.choices ?? []).toEqual([]);
    expect(await registrations()).toEqual([]);
  });

  it('when the organisation is not known, then support is told so and nothing is asked to confirm', async () => {
    const replies = await engine().handleMessage(says('U0SAM', 'register channel C0X for Nobody Inc'));

    expect(replies[0]?.text).toContain('There is no partner or creditor called "Nobody Inc"');
    expect(await registrations()).toEqual([]);
  });
});
