import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The manifest and the listeners must agree: an event the app handles but Slack never sends is a feature
// nobody can use.
const manifest = readFileSync(new URL('../../../manifest.yml', import.meta.url), 'utf8');
const listItems = (key: string) => {
  const block = manifest.split(`${key}:`)[1] ?? '';
  return [...block.matchAll(/^\s+- ([a-z_.:]+)/gm)].map((m) => m[1]);
};

describe('manifest.yml', () => {
  it('when the app is created from the manifest, then Slack sends every event the bot listens to', () => {
    expect(listItems('bot_events')).toEqual(
      expect.arrayContaining([
        'app_mention',
        'message.im',
        'message.channels',
        'message.groups',
        'app_home_opened',
      ]),
    );
  });

  it('when the app is installed, then the bot has the scopes its listeners and notices use', () => {
    expect(listItems('bot')).toEqual(
      expect.arrayContaining([
        'app_mentions:read',
        'chat:write',
        'commands',
        'im:history',
        'im:read',
        'im:write',
        'users:read',
      ]),
    );
  });

  it('when the app is created, then /case, interactivity, the Home tab and Socket Mode are on', () => {
    expect(manifest).toMatch(/- command: \/case/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(/messages_tab_enabled: true/);
    expect(manifest).toMatch(/socket_mode_enabled: true/);
  });
});
