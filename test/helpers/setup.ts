import fc from 'fast-check';
import nock from 'nock';

// No test reaches the network: OpenAI and Slack are faked at the wire, PostgreSQL is local.
nock.disableNetConnect();
nock.enableNetConnect((host) => host.startsWith('127.0.0.1') || host.startsWith('localhost'));
// The Slack Web API client's calls go through the global fetch, where nock sees them (see
// src/surfaces/slack/web-api-transport.ts; its own test runs it against a local server).
process.env.SLACK_WEB_API_FETCH ??= 'global';

// Property tests explore with a fixed seed so `npm test` and CI are repeatable; `FC_SEED=random npm test`
// explores new inputs (a failure prints its seed, and `FC_SEED=<that seed>` replays it).
if (process.env.FC_SEED !== 'random') {
  fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_123) });
}
