import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createInbox } from '../../../src/conversation/inbox.ts';
import { createLogger } from '../../../src/logger.ts';
import { createSlackApp, type SlackApp } from '../../../src/surfaces/slack/slack-app.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.ts';
import { FakeEngine } from '../helpers/fake-engine.ts';
import { eventually, fakeSlackApi } from '../helpers/slack-api.ts';
import { appMentionEvent, BOT_ID, BOT_USER, buttonClick, slashCommand } from '../helpers/slack-payloads.ts';
import { signedHeaders } from '../helpers/slack-signature.ts';

const SECRET = 'test-signing-secret';

describe('Slack over HTTP: the request signature, the ack and the retries', () => {
  const engine = new FakeEngine();
  let slack: SlackApp;
  let base: string;
  let api: ReturnType<typeof fakeSlackApi>;

  beforeAll(async () => {
    slack = createSlackApp({
      config: {
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_APP_TOKEN: undefined,
        PORT: 0,
      },
      engine,
      logger: createLogger('silent'),
      botId: BOT_ID,
      botUserId: BOT_USER,
      clientOptions: { retryConfig: { retries: 0 } },
    });
    const { port } = await slack.start(0);
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => slack.stop());
  beforeEach(() => {
    api = fakeSlackApi();
    engine.calls.length = 0;
    engine.log.length = 0;
  });
  afterEach(() => api.done());

  const postJson = (body: unknown, headers: Record<string, string> = {}) => {
    const raw = JSON.stringify(body);
    return fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(SECRET, raw), ...headers },
      body: raw,
    });
  };
  const postForm = (form: Record<string, string>) => {
    const raw = new URLSearchParams(form).toString();
    return fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(SECRET, raw) },
      body: raw,
    });
  };

  it('when a signed mention arrives, then Slack gets 200 and the answer is posted in the thread', async () => {
    const response = await postJson(
      appMentionEvent({ text: `<@${BOT_USER}> status 123`, ts: '1763900000.000100' }),
    );

    expect(response.status).toBe(200);
    const post = await eventually(() => api.of('chat.postMessage')[0]);
    expect(post.args.thread_ts).toBe('1763900000.000100');
    expect(engine.messages()[0]?.text).toBe('status 123');
  });

  it('when the signature is wrong, then the request is refused with 401 and nothing runs', async () => {
    const raw = JSON.stringify(appMentionEvent({ text: `<@${BOT_USER}> accept 123` }));
    const response = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders('not-the-secret', raw) },
      body: raw,
    });

    expect(response.status).toBe(401);
    expect(engine.calls).toHaveLength(0);
  });

  it('when the engine is slow, then Slack is answered before the engine finishes', async () => {
    engine.hold();

    const response = await postJson(appMentionEvent({ text: `<@${BOT_USER}> decline 123 duplicate` }));

    expect(response.status).toBe(200);
    expect(engine.log).not.toContain('engine:end');
    engine.release();
    await eventually(() => api.of('chat.postMessage')[0]);
  });

  it('when Slack retries a delivery (X-Slack-Retry-Num), then the event is processed once', async () => {
    const event = appMentionEvent({ text: `<@${BOT_USER}> accept 123`, eventId: 'Ev0HTTPRETRY' });

    const first = await postJson(event);
    const retry = await postJson(event, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });

    expect([first.status, retry.status]).toEqual([200, 200]);
    await eventually(() => api.of('chat.postMessage')[0]);
    expect(engine.messages()).toHaveLength(1);
  });

  it('when a signed /case command arrives, then it is acknowledged and answered through the response URL', async () => {
    const response = await postForm(slashCommand('123'));

    expect(response.status).toBe(200);
    const answer = await eventually(() => api.responses[0]);
    expect(answer.args.text).toBe('You said: status of case 123');
  });

  it('when a signed button click arrives, then the choice reaches the engine', async () => {
    const click = buttonClick({
      actionId: 'choice:0',
      value: JSON.stringify({ k: 'slack:C0CASES1:1.1', v: 'confirm:t9' }),
    });

    const response = await postForm({ payload: JSON.stringify(click) });

    expect(response.status).toBe(200);
    await eventually(() => engine.choices()[0]);
    expect(engine.choices()[0]?.value).toBe('confirm:t9');
  });

  it('when Slack verifies the request URL, then the challenge is echoed', async () => {
    const response = await postJson({ token: 't', challenge: 'c-4f1e', type: 'url_verification' });

    expect(await response.json()).toEqual({ challenge: 'c-4f1e' });
  });

  it('when /healthz is asked, then it answers ok', async () => {
    const response = await fetch(`${base}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});

describe('Slack over HTTP with the inbox on PostgreSQL: the 200 follows the record', () => {
  const engine = new FakeEngine();
  let handle: TestDatabase;
  let api: ReturnType<typeof fakeSlackApi>;
  const started: SlackApp[] = [];

  const start = async (db: TestDatabase) => {
    const slack = createSlackApp({
      config: {
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_APP_TOKEN: undefined,
        PORT: 0,
      },
      engine,
      logger: createLogger('silent'),
      inbox: createInbox({ db: db.db, engine, logger: createLogger('silent') }),
      botId: BOT_ID,
      botUserId: BOT_USER,
      clientOptions: { retryConfig: { retries: 0 } },
    });
    started.push(slack);
    const { port } = await slack.start(0);
    return (body: unknown) => {
      const raw = JSON.stringify(body);
      return fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signedHeaders(SECRET, raw) },
        body: raw,
      });
    };
  };

  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    for (const slack of started) await slack.stop();
    await handle.close();
  });
  beforeEach(() => {
    api = fakeSlackApi();
  });
  afterEach(() => api.done());

  it('when Slack is answered 200 for a mention, then the mention is already recorded as work to do', async () => {
    const post = await start(handle);
    engine.hold();

    const response = await post(appMentionEvent({ text: `<@${BOT_USER}> status 123`, eventId: 'Ev0REC1' }));

    expect(response.status).toBe(200);
    const row = await handle.db
      .selectFrom('inbox')
      .select(['status', 'kind'])
      .where('event_id', '=', 'Ev0REC1')
      .executeTakeFirst();
    expect(row).toEqual({ status: 'received', kind: 'message' });
    engine.release();
    await eventually(() => api.of('chat.postMessage')[0]);
  });

  it('when the mention cannot be recorded (database down), then Slack gets an error and delivers it again', async () => {
    const down = await createTestDatabase();
    const post = await start(down);
    await down.close();

    const response = await post(appMentionEvent({ text: `<@${BOT_USER}> status 123`, eventId: 'Ev0REC2' }));

    expect(response.status).toBe(500);
  });
});
