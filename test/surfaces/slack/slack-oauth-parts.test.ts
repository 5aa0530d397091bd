import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, chooseSurface, loadConfig, slackMode } from '../../../src/config.ts';
import { createTokenCipher, TokenCipherError } from '../../../src/surfaces/slack/oauth/token-cipher.ts';
import { originOf } from '../../../src/surfaces/slack/slack-origin.ts';

// The pieces of the distributed Slack app that need no server: tokens at rest, whose identity a
// delivery is, and the configuration that chooses between one token and OAuth.

const KEY = randomBytes(32).toString('base64');

describe('Slack tokens at rest (AES-256-GCM with SLACK_TOKEN_ENCRYPTION_KEY)', () => {
  it('when a token is sealed with a key, then it is not readable in the stored text and opens back with the same key', () => {
    const cipher = createTokenCipher(KEY);
    const stored = cipher.seal('xoxb-1-secret', '/T0AAA');

    expect(stored).not.toContain('xoxb');
    expect(cipher.open(stored, '/T0AAA')).toBe('xoxb-1-secret');
    // A fresh nonce each time: the same token never looks the same twice.
    expect(cipher.seal('xoxb-1-secret', '/T0AAA')).not.toBe(stored);
  });

  it('when a sealed token is moved to another installation, opened with another key, or altered, then it does not open', () => {
    const cipher = createTokenCipher(KEY);
    const stored = cipher.seal('xoxb-1-secret', '/T0AAA');
    const altered = `${stored.slice(0, -4)}AAAA`;

    expect(() => cipher.open(stored, '/T0BBB')).toThrow(TokenCipherError);
    expect(() => createTokenCipher(randomBytes(32).toString('hex')).open(stored, '/T0AAA')).toThrow(
      TokenCipherError,
    );
    expect(() => cipher.open(altered, '/T0AAA')).toThrow(TokenCipherError);
    expect(() => createTokenCipher().open(stored, '/T0AAA')).toThrow(/SLACK_TOKEN_ENCRYPTION_KEY is not set/);
  });

  it('when no key is configured, then tokens are stored marked plain, and still open once a key is set', () => {
    const stored = createTokenCipher().seal('xoxb-1-secret', '/T0AAA');

    expect(stored).toBe('plain:xoxb-1-secret');
    expect(createTokenCipher(KEY).open(stored, '/T0AAA')).toBe('xoxb-1-secret');
  });

  it('when the key is not 32 bytes, then the cipher refuses to start, without echoing it', () => {
    expect(() => createTokenCipher('c2hvcnQ=')).toThrow(/32 bytes/);
    expect(() => createTokenCipher('c2hvcnQ=')).not.toThrow(/c2hvcnQ/);
  });
});

describe('whose chat identity a delivery speaks for', () => {
  const teamContext = { teamId: 'T0AAA', isEnterpriseInstall: false } as never;

  it('when one SLACK_BOT_TOKEN serves one workspace, then its own people keep workspace "" and a Slack Connect guest keeps their team', () => {
    expect(originOf('single', { context: teamContext }, 'T0AAA', false).workspaceId).toBe('');
    expect(originOf('single', { context: teamContext }, undefined).workspaceId).toBe('');
    expect(originOf('single', { context: teamContext }, 'T0ZZZ', true).workspaceId).toBe('T0ZZZ');
    expect(originOf('single', { context: teamContext }, 'T0ZZZ', true).installation).toBeUndefined();
  });

  it('when installed through OAuth, then people are keyed by their team and the delivery by its installation', () => {
    expect(originOf('oauth', { context: teamContext }, 'T0AAA', false)).toEqual({
      workspaceId: 'T0AAA',
      installation: { teamId: 'T0AAA', isEnterpriseInstall: false },
    });
    expect(originOf('oauth', { context: teamContext }, 'T0ZZZ', true).workspaceId).toBe('T0ZZZ');
  });

  it('when installed org-wide on Enterprise Grid, then the org’s people are keyed by the enterprise id', () => {
    const org = { teamId: 'T0INORG', enterpriseId: 'E0ORG', isEnterpriseInstall: true } as never;

    expect(originOf('oauth', { context: org }, 'T0OTHERINORG', false).workspaceId).toBe('E0ORG');
    expect(originOf('oauth', { context: org }, 'T0ZZZ', true).workspaceId).toBe('T0ZZZ');
  });
});

describe('choosing one token or OAuth', () => {
  const oauth = {
    SLACK_CLIENT_ID: '1111.2222',
    SLACK_CLIENT_SECRET: 'secret',
    SLACK_STATE_SECRET: 'state-secret',
    SLACK_SIGNING_SECRET: 'signing',
  };

  it('when the OAuth variables are set, then Slack runs as the distributed app', () => {
    const config = loadConfig(oauth);
    expect([slackMode(config), chooseSurface(config)]).toEqual(['oauth', 'slack']);
    expect(slackMode(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }))).toBe('single');
  });

  it('when OAuth is half configured, mixed with a bot token, or given a bad key, then start-up stops with the reason', () => {
    expect(() => loadConfig({ ...oauth, SLACK_STATE_SECRET: '' })).toThrow(/SLACK_STATE_SECRET/);
    expect(() => loadConfig({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...oauth, SLACK_SIGNING_SECRET: '' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => loadConfig({ ...oauth, SLACK_TOKEN_ENCRYPTION_KEY: 'too-short' })).toThrow(/32 bytes/);
    expect(loadConfig({ ...oauth, SLACK_TOKEN_ENCRYPTION_KEY: KEY }).SLACK_TOKEN_ENCRYPTION_KEY).toBe(KEY);
  });
});
