import nock from 'nock';

// No test reaches the network: OpenAI and Slack are faked at the wire, PostgreSQL is local.
nock.disableNetConnect();
nock.enableNetConnect((host) => host.startsWith('127.0.0.1') || host.startsWith('localhost'));
