import { beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { findUser } from '../../../src/db/repositories/user.repository.ts';
import type { Actor } from '../../../src/domain/actor.ts';
import { fixedClock } from '../../../src/domain/clock.ts';
import { LINK_CODE_ALPHABET } from '../../../src/domain/link-code.ts';
import type { UseCaseContext } from '../../../src/use-cases/context.ts';
import { issueLinkCode } from '../../../src/use-cases/identities/issue-link-code.ts';
import {
  checkLinkIdentity,
  checkUnlinkIdentity,
  linkIdentity,
  listIdentities,
  parseChatIdentity,
  unlinkIdentity,
} from '../../../src/use-cases/identities/support-identities.ts';
import { useDemoWorld } from '../../helpers/demo-world.ts';

describe('support links, unlinks and lists chat accounts, and issues link codes', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-12-07T10:00:00Z');
  useDemoWorld(clock, '2026-12-07T10:00:00Z', (h) => {
    handle = h;
  });
  let support: Actor;
  let partner: Actor;
  beforeEach(async () => {
    support = (await findUser(handle.db, 9)) as Actor;
    partner = (await findUser(handle.db, 3)) as Actor;
  });
  const ctx = (actor: Actor): UseCaseContext => ({ db: handle.db, clock, actor, channel: 'slack' });
  const slackU456 = { surface: 'slack' as const, workspaceId: 'T123', externalId: 'U456' };
  const history = () => handle.db.selectFrom('identity_history').selectAll().orderBy('id').execute();

  it('when support asks for a link code for a handle, then a code without look-alike characters is shown once and only its hash is stored', async () => {
    const issued = await issueLinkCode(ctx(support), 'nordic-partner');

    expect(issued.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    for (const ch of issued.code.replace('-', '')) expect(LINK_CODE_ALPHABET).toContain(ch);
    expect(issued.user.name).toBe('Mikkel Sørensen');
    expect(issued.expiresAt.toISOString()).toBe('2026-12-08T10:00:00.000Z');
    const rows = await handle.db.selectFrom('link_codes').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.issued_by_user_id).toBe(9);
    expect(JSON.stringify(rows)).not.toContain(issued.code.replace('-', ''));
    expect(JSON.stringify(rows)).not.toContain(issued.code);
  });

  it('when a partner asks for a link code, then it is refused and nothing is stored', async () => {
    await expect(issueLinkCode(ctx(partner), 'nordic-partner')).rejects.toThrow(
      'Only a support agent can issue link codes.',
    );
    expect(await handle.db.selectFrom('link_codes').selectAll().execute()).toHaveLength(0);
  });

  it('when support asks for a code for someone who does not exist, then it says so', async () => {
    await expect(issueLinkCode(ctx(support), 'nobody-here')).rejects.toThrow(
      'There is no platform user "nobody-here".',
    );
  });

  it('when support links "slack T123/U456" to mikkel, then he speaks as himself there and the link is in the history', async () => {
    const identity = parseChatIdentity('slack T123/U456');
    expect(identity).toEqual(slackU456);

    const done = await linkIdentity(ctx(support), 'nordic-partner', slackU456);

    expect(done.user.name).toBe('Mikkel Sørensen');
    const owner = await handle.db
      .selectFrom('chat_identities')
      .select('user_id')
      .where('external_id', '=', 'U456')
      .where('workspace_id', '=', 'T123')
      .executeTakeFirst();
    expect(owner?.user_id).toBe(3);
    const [entry] = await history();
    expect(entry).toMatchObject({ action: 'link', method: 'support', actor_user_id: 9, user_id: 3 });
  });

  it('when the account is already linked to someone else, then support is told whose it is and how to unlink it', async () => {
    await linkIdentity(ctx(support), 'acme-creditor', slackU456);

    await expect(linkIdentity(ctx(support), 'nordic-partner', slackU456)).rejects.toThrow(
      'slack T123/U456 is linked to Anna Jensen (acme-creditor); unlink it first ("unlink slack T123/U456").',
    );
    expect(await history()).toHaveLength(1);
  });

  it('when support unlinks an account, then it no longer speaks as the person and the unlink is in the history', async () => {
    await linkIdentity(ctx(support), 'nordic-partner', slackU456);

    const done = await unlinkIdentity(ctx(support), slackU456);

    expect(done.user.handle).toBe('nordic-partner');
    expect(
      await handle.db.selectFrom('chat_identities').selectAll().where('external_id', '=', 'U456').execute(),
    ).toEqual([]);
    expect((await history()).map((h) => [h.action, h.method, h.actor_user_id])).toEqual([
      ['link', 'support', 9],
      ['unlink', 'support', 9],
    ]);
    await expect(unlinkIdentity(ctx(support), slackU456)).rejects.toThrow(
      'slack T123/U456 is not linked to anyone.',
    );
  });

  it('when support lists the identities of mikkel, then every linked account is named', async () => {
    await linkIdentity(ctx(support), 'nordic-partner', slackU456);

    const listed = await listIdentities(ctx(support), 'mikkel.sorensen@nordic-collect.example');

    expect(listed.text).toBe(
      'Mikkel Sørensen (nordic-partner, Nordic Collect A/S) is linked to: console nordic-partner; slack T123/U456.',
    );
  });

  it('when a partner tries to link, unlink or list, then each is refused', async () => {
    await expect(linkIdentity(ctx(partner), 'nordic-partner', slackU456)).rejects.toThrow(
      /Only a support agent/,
    );
    await expect(unlinkIdentity(ctx(partner), slackU456)).rejects.toThrow(/Only a support agent/);
    await expect(listIdentities(ctx(partner), 'nordic-partner')).rejects.toThrow(/Only a support agent/);
    expect(await history()).toHaveLength(0);
  });

  it('when support checks a link or an unlink, then the plan names the person and nothing is written', async () => {
    const link = await checkLinkIdentity(ctx(support), 'nordic-partner', slackU456);
    await linkIdentity(ctx(support), 'nordic-partner', slackU456);
    const unlink = await checkUnlinkIdentity(ctx(support), slackU456);

    expect(link.summary).toBe('Link slack T123/U456 to Mikkel Sørensen at Nordic Collect A/S?');
    expect(unlink).toEqual({
      summary: 'Unlink slack T123/U456 from Mikkel Sørensen?',
      effects: ['They will no longer be able to use the assistant from that account.'],
    });
    expect(await history()).toMatchObject([{ action: 'link' }]);
  });

  it('when a check cannot be done, then it refuses as the change would: already linked, linked to another, not linked, not support', async () => {
    await linkIdentity(ctx(support), 'nordic-partner', slackU456);

    await expect(checkLinkIdentity(ctx(support), 'nordic-partner', slackU456)).rejects.toThrow(
      'slack T123/U456 is already linked to Mikkel Sørensen.',
    );
    await expect(checkLinkIdentity(ctx(support), 'acme-creditor', slackU456)).rejects.toThrow(
      'slack T123/U456 is linked to Mikkel Sørensen (nordic-partner); unlink it first ("unlink slack T123/U456").',
    );
    await expect(
      checkUnlinkIdentity(ctx(support), { surface: 'slack', workspaceId: 'T123', externalId: 'U999' }),
    ).rejects.toThrow('slack T123/U999 is not linked to anyone.');
    await expect(checkLinkIdentity(ctx(partner), 'nordic-partner', slackU456)).rejects.toThrow(
      'Only a support agent can link chat accounts.',
    );
    await expect(checkUnlinkIdentity(ctx(partner), slackU456)).rejects.toThrow(
      'Only a support agent can unlink chat accounts.',
    );
  });
});
