import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SLACK_SCOPES } from '../../../src/config.ts';

// The manifest and the listeners must agree: an event the app handles but Slack never sends is a feature
// nobody can use.
const manifest = readFileSync(new URL('../../../manifest.yml', import.meta.url), 'utf8');
const listItems = (key: string) => {
  // Up to the next top-level key, so that one list does not run into the next.
  const block = (manifest.split(`${key}:`)[1] ?? '').split(/\n\S/)[0] ?? '';
  return [...block.matchAll(/^\s+- ([a-z_.:]+)/gm)].map((m) => m[1]);
};

describe('manifest.yml', () => {
  it('when the app is created from the manifest, then Slack sends exactly the events the bot listens to', () => {
    expect(listItems('bot_events').sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'app_uninstalled',
      'message.channels',
      'message.groups',
      'message.im',
      'tokens_revoked',
    ]);
  });

  it('when the app is installed, then the bot has exactly the scopes its listeners, modals and notices use', () => {
    // Each scope and what needs it: docs/notes/security-edges.md.
    expect(listItems('bot').sort()).toEqual([
      'app_mentions:read',
      'channels:history',
      'chat:write',
      'chat:write.public',
      'commands',
      'files:read',
      'groups:history',
      'im:history',
      'im:write',
      'users:read',
      'users:read.email',
    ]);
  });

  it('when a workspace installs the app through OAuth, then it is asked for the manifest’s scopes by default', () => {
    expect(DEFAULT_SLACK_SCOPES.split(',').sort()).toEqual(listItems('bot').sort());
    expect(manifest).toMatch(/# {3}- https:\/\/[^\n]+\/slack\/oauth_redirect/);
  });

  it('when the app is created, then /case, interactivity, the Home tab and Socket Mode are on', () => {
    expect(manifest).toMatch(/- command: \/case/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(/messages_tab_enabled: true/);
    expect(manifest).toMatch(/socket_mode_enabled: true/);
  });
});
