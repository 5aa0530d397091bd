import { createLogger } from '../../../src/logger.ts';
import { createSlackApp, type SlackAppOptions } from '../../../src/surfaces/slack/slack-app.ts';
import { FakeEngine } from './fake-engine.ts';
import { BOT_ID, BOT_USER } from './slack-payloads.ts';
import { TestReceiver } from './test-receiver.ts';

/** The Slack app wired to a fake engine and a test receiver; the Web API goes to nock (no retries). */
export function slackAppUnderTest(overrides: Partial<SlackAppOptions> = {}) {
  const engine = new FakeEngine();
  const receiver = new TestReceiver(engine.log);
  const slack = createSlackApp({
    config: {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: undefined,
      SLACK_APP_TOKEN: undefined,
      PORT: 0,
    },
    engine,
    logger: createLogger('silent'),
    receiver,
    botId: BOT_ID,
    botUserId: BOT_USER,
    clientOptions: { retryConfig: { retries: 0 } },
    ...overrides,
  });
  return { engine, receiver, slack };
}
