import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

// A supervisor stops `npm run worker` with SIGTERM; the worker must end, not linger as an orphan holding
// pg-boss timers and database connections. Runs the real worker process against this file's database.

const root = join(import.meta.dirname, '..', '..');

/** Resolves with the worker's pid once it logged that it runs (its own pid, under npm and tsx). */
function whenRunning(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const pid = /"pid":(\d+)[^\n]*"msg":"worker running"/.exec(seen)?.[1];
      if (pid) resolve(Number(pid));
    });
    child.once('exit', (code) => reject(new Error(`worker exited early (${code}): ${seen.slice(-2000)}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('stopping `npm run worker`', () => {
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;
  let dataDir: string | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    if (db.url) {
      env = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'info', SHUTDOWN_GRACE_MS: '10000' };
    } else {
      // Embedded: the worker keeps its own database files.
      dataDir = await mkdtemp(join(tmpdir(), 'worker-stop-'));
      env = { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, LOG_LEVEL: 'info' };
    }
  });
  afterAll(async () => {
    await db.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('when the worker process gets SIGTERM, then it stops its jobs and exits with code 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], { cwd: root, env });
    await whenRunning(child);

    child.kill('SIGTERM');

    expect(await exited(child)).toBe(0);
  }, 120_000);

  it('when npm run worker gets SIGTERM, then the node process under it ends too', async () => {
    const npm = spawn('npm', ['run', '--silent', 'worker'], { cwd: root, env });
    const workerPid = await whenRunning(npm);

    try {
      npm.kill('SIGTERM');
      await exited(npm);

      // The worker finishes its own shutdown after npm has gone; it must not stay behind.
      while (alive(workerPid)) await new Promise((r) => setTimeout(r, 50));
      expect(alive(workerPid)).toBe(false);
    } finally {
      if (alive(workerPid)) process.kill(workerPid, 'SIGKILL');
    }
  }, 120_000);
});
