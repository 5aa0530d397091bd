import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { loadDotEnv } from '../../src/dot-env.ts';

describe('the .env file', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dotenv-'));
  });
  afterEach(async () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    await rm(dir, { recursive: true, force: true });
  });

  it('when a .env file exists, then its settings reach the configuration, and a variable already set in the environment wins', async () => {
    const file = join(dir, '.env');
    await writeFile(
      file,
      '# copied from .env.example\nEXPECTED_QUOTES=5\nQUOTE_ALERT_CHANNEL="quotes desk"\nSUPPORT_CHANNEL=from-file\n',
    );
    delete process.env.EXPECTED_QUOTES;
    delete process.env.QUOTE_ALERT_CHANNEL;
    process.env.SUPPORT_CHANNEL = 'from-environment';

    expect(loadDotEnv(file)).toBe(file);
    const config = loadConfig();

    expect(config.EXPECTED_QUOTES).toBe(5);
    expect(config.QUOTE_ALERT_CHANNEL).toBe('quotes desk');
    expect(config.SUPPORT_CHANNEL).toBe('from-environment');
  });

  it('when there is no .env file, then nothing is loaded and nothing fails', () => {
    expect(loadDotEnv(join(dir, '.env'))).toBeNull();
  });
});
