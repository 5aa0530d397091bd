import nock from 'nock';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmailNoticeSender, NoticeSender } from '../../src/conversation/engine-contract.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { enqueueNotices } from '../../src/db/repositories/notice.repository.ts';
import { createDeliveryWorker } from '../../src/delivery/outbox-worker.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createSlackNoticeClient, createSlackNoticeSender } from '../../src/surfaces/slack/notice-sender.ts';
import { createTestDatabase, truncateAll } from '../helpers/db.ts';
import { insertCreditor, insertUser, TEST_NOW } from '../helpers/world.ts';

// One notice, every surface its recipient is linked on: Slack at the wire (nock, real Web API client and
// sender), Teams and e-mail recorded at the sender seam. E-mail only for the people linked on none.

const channels = {
  QUOTE_ALERT_CHANNEL: 'quote-alerts',
  CLOSE_CODE_CHANNEL: 'close-codes',
  SUPPORT_CHANNEL: 'support',
};

function fakeSlack(answers: Array<'ok' | 500> = []) {
  const posted: Array<{ channel: string; text: string }> = [];
  nock('https://slack.com')
    .persist()
    .post(/^\/api\/[a-zA-Z.]+$/)
    .reply((uri, body) => {
      const args = Object.fromEntries(new URLSearchParams(String(body)));
      if (uri.endsWith('conversations.open')) return [200, { ok: true, channel: { id: `D-${args.users}` } }];
      if (answers.shift() === 500) return [500, 'Internal Server Error'];
      posted.push({ channel: String(args.channel), text: String(args.text) });
      return [200, { ok: true, channel: args.channel, ts: `1763900000.00000${posted.length}` }];
    });
  return posted;
}

function recordingTeams() {
  const sent: Array<{ to: string; text: string }> = [];
  const sender: NoticeSender = {
    surface: 'teams',
    async send(notice, address) {
      sent.push({
        to: address.kind === 'dm' ? address.userExternalId : address.channel,
        text: notice.payload.text,
      });
    },
  };
  return { sender, sent };
}

function recordingEmail() {
  const sent: Array<{ to: string; recipientId: string }> = [];
  const sender: EmailNoticeSender = {
    surface: 'email',
    async send(_notice, address) {
      sent.push({ to: address.to, recipientId: address.recipientId });
    },
  };
  return { sender, sent };
}

describe('a notice on every surface', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock(TEST_NOW);

  beforeAll(async () => {
    handle = await createTestDatabase();
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  });
  afterAll(async () => {
    nock.enableNetConnect();
    await handle.close();
  });
  beforeEach(async () => {
    await truncateAll(handle);
    clock.set(TEST_NOW);
  });
  afterEach(() => nock.cleanAll());

  function worker(
    teams: NoticeSender,
    email: EmailNoticeSender,
    order: 'slack-first' | 'teams-first' = 'slack-first',
  ) {
    const slack = createSlackNoticeSender(createSlackNoticeClient('xoxb-test'));
    return createDeliveryWorker({
      db: handle.db,
      senders: order === 'slack-first' ? [slack, teams] : [teams, slack],
      email,
      channels,
      logger: pino({ level: 'silent' }),
      clock,
      paceMs: 0,
      jitter: 0,
    });
  }

  async function creditorWith(people: Array<{ slack?: string; teams?: string; email?: string }>) {
    const creditor = await insertCreditor(handle.db, { name: 'Acme ApS' });
    for (const p of people) {
      const user = await insertUser(handle.db, { role: 'creditor', creditorId: creditor.id });
      await handle.db
        .updateTable('users')
        .set({ email: p.email ?? null })
        .where('id', '=', user.userId)
        .execute();
      if (p.slack) {
        await handle.db
          .insertInto('chat_identities')
          .values({ surface: 'slack', external_id: p.slack, user_id: user.userId })
          .execute();
      }
      if (p.teams) {
        await handle.db
          .insertInto('chat_identities')
          .values({ surface: 'teams', external_id: p.teams, user_id: user.userId })
          .execute();
      }
    }
    await enqueueNotices(handle.db, [
      {
        recipient: { type: 'creditor', creditorId: creditor.id },
        kind: 'lead.quotes_ready',
        caseId: null,
        payload: { text: 'Quotes are ready.' },
        at: clock.now(),
      },
    ]);
  }

  it('when the recipient is linked on Slack and on Teams, then it gets the notice on both and no e-mail', async () => {
    await creditorWith([{ slack: 'U0ANNA', teams: '29:anna', email: 'anna@acme.test' }]);
    const slack = fakeSlack();
    const teams = recordingTeams();
    const email = recordingEmail();
    const w = worker(teams.sender, email.sender);

    expect(await w.runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });
    clock.advance(60_000);
    await w.runOnce();

    expect(slack).toEqual([{ channel: 'D-U0ANNA', text: 'Quotes are ready.' }]);
    expect(teams.sent).toEqual([{ to: '29:anna', text: 'Quotes are ready.' }]);
    expect(email.sent).toEqual([]);
  });

  it('when Slack fails after Teams took the notice, then the retry goes to Slack only', async () => {
    await creditorWith([{ slack: 'U0ANNA', teams: '29:anna' }]);
    const slack = fakeSlack([500]);
    const teams = recordingTeams();
    const w = worker(teams.sender, recordingEmail().sender, 'teams-first');

    // Teams is reached, then Slack answers 500: the notice is retried, and Teams keeps its delivery mark.
    expect(await w.runOnce()).toEqual({ delivered: 0, retried: 1, parked: 0 });
    expect(teams.sent).toHaveLength(1);
    clock.advance(5_000);
    expect(await w.runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });
    clock.advance(60_000);
    await w.runOnce();

    expect(slack).toEqual([{ channel: 'D-U0ANNA', text: 'Quotes are ready.' }]);
    expect(teams.sent).toHaveLength(1);
  });

  it('when one of a creditor’s users is linked on Slack and the other nowhere, then one gets a DM and the other an e-mail', async () => {
    await creditorWith([{ slack: 'U0ANNA', email: 'anna@acme.test' }, { email: 'Erik@Acme.test' }]);
    const slack = fakeSlack();
    const email = recordingEmail();

    await worker(recordingTeams().sender, email.sender).runOnce();

    expect(slack.map((p) => p.channel)).toEqual(['D-U0ANNA']);
    expect(email.sent).toEqual([{ to: 'Erik@Acme.test', recipientId: expect.stringMatching(/^user \d+$/) }]);
  });
});
