import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

// The database going away must not take the process with it. Each scenario runs in a process of its own
// (connection-loss.scenario.ts): an unhandled 'error' event there is an uncaught exception, and the exit
// code shows it exactly as production would. Server only: sessions are ended with pg_terminate_backend.

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runScenario(url: string, ...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'test/db/connection-loss.scenario.ts', url, ...args],
      { cwd: process.cwd(), timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const report = (outcome: Outcome) => {
  expect(outcome.stderr).toBe('');
  expect(outcome.code).toBe(0);
  return JSON.parse(outcome.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
};

describe.skipIf(!process.env.DATABASE_URL)('when the database ends our sessions', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle?.close());

  it('when every idle connection of the pool is terminated, then the process stays up and the next queries succeed', async () => {
    const result = report(await runScenario(handle.url as string, 'idle'));
    expect(result.terminated).toBeGreaterThanOrEqual(4);
    expect(result.lost).toBe(4); // each lost connection was reported, not thrown
    expect(result.next).toBe(1);
    expect(result.together).toEqual([0, 1, 2, 3]);
  });

  it('when connections are terminated while statements and a transaction run on them, then those calls fail as platform_unavailable and the process carries on', async () => {
    const result = report(await runScenario(handle.url as string, 'busy'));
    expect(result.failures).toEqual(['platform_unavailable', 'platform_unavailable', 'platform_unavailable']);
    expect(result.next).toBe(1);
    expect(result.together).toEqual([0, 1, 2, 3]);
  });

  it('when the pool is set up for a transaction pooler and its busy connections are terminated, then it recovers the same way', async () => {
    const result = report(await runScenario(handle.url as string, 'busy', 'pooler'));
    expect(result.failures).toEqual(['platform_unavailable', 'platform_unavailable', 'platform_unavailable']);
    expect(result.next).toBe(1);
  });

  it('when the job queue is running and every session is terminated, then pg-boss carries on and the next tick runs', async () => {
    const result = report(await runScenario(handle.url as string, 'jobs'));
    expect(result.tick).toBe('completed');
    expect(result.next).toBe(1);
  });
});
