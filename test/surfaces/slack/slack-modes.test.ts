import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import { createSlackApp } from '../../../src/surfaces/slack/slack-app.ts';
import { FakeEngine } from '../helpers/fake-engine.ts';

type SlackConfig = {
  SLACK_BOT_TOKEN: string;
  SLACK_SIGNING_SECRET?: string;
  SLACK_APP_TOKEN?: string;
  PORT: number;
};
const base: SlackConfig = { SLACK_BOT_TOKEN: 'xoxb-test', PORT: 0 };
const make = (config: Partial<SlackConfig>) =>
  createSlackApp({
    config: { ...base, ...config },
    engine: new FakeEngine(),
    logger: createLogger('silent'),
    botId: 'BBOT',
    botUserId: 'UBOT',
  });

describe('which way the Slack app connects', () => {
  it('when an app-level token is configured, then it uses Socket Mode', () => {
    expect(make({ SLACK_APP_TOKEN: 'xapp-1-test', SLACK_SIGNING_SECRET: 'secret' }).mode).toBe('socket');
  });

  it('when only the signing secret is configured, then it uses the HTTP receiver', () => {
    expect(make({ SLACK_SIGNING_SECRET: 'secret' }).mode).toBe('http');
  });

  it('when neither is configured, then it refuses to start and says what to set', () => {
    expect(() => make({})).toThrow(/SLACK_SIGNING_SECRET is required.*SLACK_APP_TOKEN/);
  });
});
