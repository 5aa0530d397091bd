import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { findUserByChatIdentity } from '../../src/db/repositories/user.repository.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// Issue 12, round 4: support's own replies — link codes, people's chat accounts, channel registration,
// parked notices — in the language of the support agent who asks, through the real engine.

const silent = pino({ level: 'silent' });
const SUPPORT_ID = 9; // support-agent, Sam Carter
const MIKKEL_ID = 3; // nordic-partner, Mikkel Sørensen at Nordic Collect A/S

describe('support replies in the support agent language', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-12-07T10:00:00Z');
  useDemoWorld(clock, '2026-12-07T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'slack', external_id: 'U0SAM', user_id: SUPPORT_ID })
      .execute();
    await handle.db
      .updateTable('users')
      .set({ locale: 'sv-SE', locale_source: 'chosen' })
      .where('id', '=', SUPPORT_ID)
      .execute();
  });

  const engine = () =>
    createAppConversationEngine({
      db: handle.db,
      logger: silent,
      clock,
      linking: { guard: { failuresPerAccount: 5, failuresGlobal: 100, store: 'database' } },
    });
  const sam = (text: string): IncomingMessage => ({
    surface: 'slack',
    userExternalId: 'U0SAM',
    conversationKey: 'D-U0SAM',
    text,
  });

  it('when a Swedish-reading support agent issues a link code, links, lists and unlinks an account, then every reply is Swedish', async () => {
    const e = engine();

    const issued = await e.handleMessage(sam('new link code for nordic-partner'));
    expect(issued[0]?.text).toMatch(
      /^Länkkod för Mikkel Sørensen \(nordic-partner\): \*[A-Z0-9]{4}-[A-Z0-9]{4}\*, gäller en gång i 24 timmar\. Ge den till personen privat; hen skriver `link [A-Z0-9]{4}-[A-Z0-9]{4}` till boten\.$/,
    );

    const nobody = await e.handleMessage(sam('link code for nobody-here'));
    expect(nobody[0]?.text).toBe('Det finns ingen plattformsanvändare "nobody-here".');

    const none = await e.handleMessage(sam('identities of nordic-partner'));
    expect(none[0]?.text).toMatch(
      /^Mikkel Sørensen \(nordic-partner, Nordic Collect A\/S\) är kopplad till: console /,
    );

    const plan = await e.handleMessage(sam('link slack T0ACME/U0MIKKEL to nordic-partner'));
    expect(plan[0]?.text).toContain(
      'Koppla slack T0ACME/U0MIKKEL till Mikkel Sørensen på Nordic Collect A/S?',
    );
    expect(plan[0]?.text).toContain(
      'Den som använder kontot är därefter Mikkel Sørensen (nordic-partner, partner) för assistenten.',
    );
    const value = plan[0]?.choices?.find((c) => c.label === 'Bekräfta')?.value;
    if (!value) throw new Error(`no Bekräfta in ${JSON.stringify(plan)}`);
    const done = await e.handleChoice({
      surface: 'slack',
      userExternalId: 'U0SAM',
      conversationKey: 'D-U0SAM',
      value,
    });
    expect(done[0]?.text).toContain('slack T0ACME/U0MIKKEL är nu kopplat till Mikkel Sørensen.');
    expect((await findUserByChatIdentity(handle.db, 'slack', 'U0MIKKEL', 'T0ACME'))?.userId).toBe(MIKKEL_ID);

    const again = await e.handleMessage(sam('link slack T0ACME/U0MIKKEL to nordic-partner'));
    expect(again[0]?.text).toBe('slack T0ACME/U0MIKKEL är redan kopplat till Mikkel Sørensen.');
    const unlink = await e.handleMessage(sam('unlink slack T0ACME/U0NOBODY'));
    expect(unlink[0]?.text).toBe('slack T0ACME/U0NOBODY är inte kopplat till någon.');
  });

  it('when a Swedish-reading support agent registers a channel and asks for parked notices, then the replies are Swedish', async () => {
    const e = engine();

    const plan = await e.handleMessage(sam('register channel C0123ABC for Nordic Collect'));
    expect(plan[0]?.text).toContain(
      'Registrera slack-kanalen C0123ABC som egen kanal för Nordic Collect A/S?',
    );
    expect(plan[0]?.text).toContain(
      'Ärendefrågor från organisationens egna personer där besvaras synligt för alla i kanalen; alla andras förblir privata.',
    );
    const unknown = await e.handleMessage(sam('register channel C0123ABC for Nobody Such'));
    expect(unknown[0]?.text).toBe('Det finns ingen partner eller borgenär som heter "Nobody Such".');

    const parked = await e.handleMessage(sam('show parked notices'));
    expect(parked[0]?.text).toBe('Inga meddelanden är parkerade: alla har levererats eller är på väg.');
    const requeue = await e.handleMessage(sam('requeue notice 4242'));
    expect(requeue[0]?.text).toBe('Det finns inget meddelande 4242.');
  });

  it('when someone not linked yet tries a wrong link code from Teams in German, then the refusal is German; without a locale it is English', async () => {
    const e = engine();
    const from = (locale?: string) => ({
      surface: 'teams' as const,
      workspaceId: 'tenant-1',
      userExternalId: `aad-${locale ?? 'none'}`,
      conversationKey: `a:${locale ?? 'none'}`,
      text: 'link ZZZZ-ZZZZ',
      ...(locale ? { locale } : {}),
    });

    const german = await e.handleMessage(from('de-DE'));
    expect(german[0]?.text).toBe(
      'Dieser Verknüpfungscode ist nicht gültig. Vergleichen Sie ihn mit dem Code, den Sie erhalten haben (Codes sehen aus wie K7MQ-3PXA), oder bitten Sie den Support um einen neuen.',
    );
    const english = await e.handleMessage(from());
    expect(english[0]?.text).toBe(
      'That link code is not valid. Check it against the one you were given (codes look like K7MQ-3PXA), or ask support for a new one.',
    );
  });
});
