import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import {
  TOO_MANY_TRIES_GLOBAL_TEXT,
  TOO_MANY_TRIES_TEXT,
} from '../../src/conversation/linking/link-code-guard.ts';
import { LINK_BY_EMAIL_CHOICE } from '../../src/conversation/linking/self-linking.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { findUserByChatIdentity } from '../../src/db/repositories/user.repository.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { issueLinkCodeAsPlatform } from '../../src/use-cases/identities/issue-link-code.ts';
import { LINK_CODE_REFUSALS } from '../../src/use-cases/identities/redeem-link-code.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

const silent = pino({ level: 'silent' });

describe('people link their own chat accounts', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-12-07T10:00:00Z');
  useDemoWorld(clock, '2026-12-07T10:00:00Z', (h) => {
    handle = h;
  });
  const engine = (guard = { failuresPerAccount: 5, failuresGlobal: 100 }) =>
    createAppConversationEngine({
      db: handle.db,
      logger: silent,
      clock,
      linking: { guard: { ...guard, store: 'database' } },
    });
  const say = (user: string, text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
    surface: 'slack',
    workspaceId: 'T0ACME',
    userExternalId: user,
    conversationKey: `D-${user}`,
    text,
    ...extra,
  });
  const linkedAs = async (user: string) =>
    (await findUserByChatIdentity(handle.db, 'slack', user, 'T0ACME'))?.name ?? null;
  const code = async () => (await issueLinkCodeAsPlatform(handle.db, clock, 'nordic-partner')).code;
  const history = () => handle.db.selectFrom('identity_history').selectAll().orderBy('id').execute();

  describe('with a link code', () => {
    it('when an unlinked person says "link <code>" in lower case and without the dash, then the account is theirs and the link is in the history', async () => {
      const issued = await code();
      const e = engine();

      const replies = await e.handleMessage(say('U0NEW', `link ${issued.toLowerCase().replace('-', ' ')}`));

      expect(replies[0]?.text).toContain('now linked to *Mikkel Sørensen* at Nordic Collect A/S');
      expect(await linkedAs('U0NEW')).toBe('Mikkel Sørensen');
      expect((await e.handleMessage(say('U0NEW', 'status of case 1001')))[0]?.text).toContain('Case 1001');
      expect(await history()).toMatchObject([
        { action: 'link', method: 'code', user_id: 3, workspace_id: 'T0ACME' },
      ]);
    });

    it('when a used code is tried again from another account, then it is refused and that account stays unlinked', async () => {
      const issued = await code();
      const e = engine();
      await e.handleMessage(say('U0NEW', `link ${issued}`));

      const again = await e.handleMessage(say('U0OTHER', `link ${issued}`));

      expect(again[0]?.text).toBe(LINK_CODE_REFUSALS.used);
      expect(await linkedAs('U0OTHER')).toBeNull();
    });

    it('when a code is used after it expired, then it is refused', async () => {
      const issued = await code();
      clock.advance(24 * 3600_000 + 1000);

      const replies = await engine().handleMessage(say('U0NEW', `link ${issued}`));

      expect(replies[0]?.text).toBe(LINK_CODE_REFUSALS.expired);
      expect(await linkedAs('U0NEW')).toBeNull();
    });

    it('when someone guesses codes, then after 5 wrong ones even the right code is refused from that account, while another account can still link', async () => {
      const issued = await code();
      const e = engine();
      for (const guess of ['AAAA-AAAA', 'CCCC-CCCC', 'not-a-code', 'DDDD-DDDD', 'EEEE-EEEE']) {
        expect((await e.handleMessage(say('U0GUESS', `link ${guess}`)))[0]?.text).toBe(
          LINK_CODE_REFUSALS.unknown,
        );
      }

      const blocked = await e.handleMessage(say('U0GUESS', `link ${issued}`));
      await e.handleMessage(say('U0REAL', `link ${issued}`));

      expect(blocked[0]?.text).toBe(TOO_MANY_TRIES_TEXT);
      expect(await linkedAs('U0GUESS')).toBeNull();
      expect(await linkedAs('U0REAL')).toBe('Mikkel Sørensen');
    });

    it('when many accounts each guess a little, then the global limit stops code linking for everybody', async () => {
      const issued = await code();
      const e = engine({ failuresPerAccount: 5, failuresGlobal: 3 });
      for (const user of ['U0A', 'U0B', 'U0C']) await e.handleMessage(say(user, 'link AAAA-AAAA'));

      const replies = await e.handleMessage(say('U0REAL', `link ${issued}`));

      expect(replies[0]?.text).toBe(TOO_MANY_TRIES_GLOBAL_TEXT);
      expect(await linkedAs('U0REAL')).toBeNull();
    });
  });

  describe('with the verified e-mail of the surface', () => {
    it('when the e-mail matches a platform user in another case, then the person is asked first and linked only after clicking "Link this account"', async () => {
      const e = engine();
      const lookupEmail = async () => 'Mikkel.Sorensen@Nordic-Collect.example';

      const offer = await e.handleMessage(say('U0MIKKEL', 'hi', { lookupEmail }));

      expect(offer[0]?.text).toContain('*Mikkel Sørensen* at Nordic Collect A/S: is that you?');
      expect(offer[0]?.choices).toEqual([
        { value: LINK_BY_EMAIL_CHOICE, label: 'Link this account', style: 'primary' },
      ]);
      expect(await linkedAs('U0MIKKEL')).toBeNull();

      const done = await e.handleChoice({
        surface: 'slack',
        workspaceId: 'T0ACME',
        userExternalId: 'U0MIKKEL',
        conversationKey: 'D-U0MIKKEL',
        value: LINK_BY_EMAIL_CHOICE,
        lookupEmail,
      });

      expect(done[0]?.text).toContain('now linked to *Mikkel Sørensen*');
      expect(await linkedAs('U0MIKKEL')).toBe('Mikkel Sørensen');
      expect(await history()).toMatchObject([{ action: 'link', method: 'email', user_id: 3 }]);
    });

    it('when the person answers "yes" to the offer, then the account is linked', async () => {
      const e = engine();
      const lookupEmail = async () => 'anna.jensen@acme.example';
      await e.handleMessage(say('U0ANNA', 'hello', { lookupEmail }));

      const done = await e.handleMessage(say('U0ANNA', 'yes', { lookupEmail }));

      expect(done[0]?.text).toContain('now linked to *Anna Jensen* at Acme ApS');
      expect(await linkedAs('U0ANNA')).toBe('Anna Jensen');
    });

    it('when the e-mail matches nobody, then the answer is the same as with no e-mail at all, and "yes" links nothing', async () => {
      const e = engine();

      const unknownEmail = await e.handleMessage(
        say('U0STRANGER', 'hello', { lookupEmail: async () => 'someone@elsewhere.example' }),
      );
      const noEmail = await e.handleMessage(say('U0STRANGER', 'hello', { lookupEmail: async () => null }));
      const yes = await e.handleMessage(
        say('U0STRANGER', 'yes', { lookupEmail: async () => 'someone@elsewhere.example' }),
      );

      expect(unknownEmail).toEqual(noEmail);
      expect(unknownEmail[0]?.text).toContain('ask support to link your Slack account');
      expect(unknownEmail[0]?.text).toContain('link K7MQ-3PXA');
      expect(yes).toEqual(noEmail);
      expect(await linkedAs('U0STRANGER')).toBeNull();
      expect(await history()).toEqual([]);
    });

    it('when the input came through the inbox (no lookup on it), then the e-mail directory of the engine is asked', async () => {
      const asked: string[] = [];
      const e = createAppConversationEngine({
        db: handle.db,
        logger: silent,
        clock,
        linking: {
          emailDirectory: async (who) => {
            asked.push(`${who.workspaceId}/${who.userExternalId}`);
            return 'sofia.berg@jurisnet.example';
          },
        },
      });

      const offer = await e.handleMessage(say('U0SOFIA', 'hello'));

      expect(asked).toEqual(['T0ACME/U0SOFIA']);
      expect(offer[0]?.text).toContain('*Sofia Berg* at JurisNet Advokatbyrå');
    });
  });
});
