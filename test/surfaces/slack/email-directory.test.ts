import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { slackEmailDirectory } from '../../../src/surfaces/slack/email-directory.ts';
import { createSlackNoticeClient } from '../../../src/surfaces/slack/notice-sender.ts';

// users.info faked at the wire, shaped like Slack's answer (https://api.slack.com/methods/users.info).
const userInfo = (user: Record<string, unknown>) => ({
  ok: true,
  user: {
    id: 'U0MIKKEL',
    team_id: 'T0ACME',
    name: 'mikkel',
    deleted: false,
    is_bot: false,
    is_email_confirmed: true,
    profile: { real_name: 'Mikkel Sørensen', email: 'mikkel.sorensen@nordic-collect.example' },
    ...user,
  },
});

describe('the Slack e-mail directory (self-service linking)', () => {
  afterEach(() => nock.cleanAll());
  const directory = () => slackEmailDirectory(createSlackNoticeClient('xoxb-test'));
  const who = {
    surface: 'slack' as const,
    workspaceId: 'T0ACME',
    userExternalId: 'U0MIKKEL',
    conversationKey: 'D1',
  };

  it('when Slack gives a confirmed profile e-mail, then that is the e-mail, asked with the user id', async () => {
    let asked = '';
    nock('https://slack.com')
      .post('/api/users.info', (body) => {
        asked = String(body.user);
        return true;
      })
      .reply(200, userInfo({}));

    expect(await directory()(who)).toBe('mikkel.sorensen@nordic-collect.example');
    expect(asked).toBe('U0MIKKEL');
  });

  it('when the address is unconfirmed or the account is a bot, then there is no e-mail', async () => {
    nock('https://slack.com')
      .post('/api/users.info')
      .reply(200, userInfo({ is_email_confirmed: false }));
    expect(await directory()(who)).toBeNull();
    nock('https://slack.com')
      .post('/api/users.info')
      .reply(200, userInfo({ is_bot: true }));
    expect(await directory()(who)).toBeNull();
  });

  it('when the scope users:read.email is missing, then Slack leaves the e-mail out and there is none', async () => {
    nock('https://slack.com')
      .post('/api/users.info')
      .reply(200, userInfo({ profile: { real_name: 'Mikkel Sørensen' } }));
    expect(await directory()(who)).toBeNull();
  });
});
