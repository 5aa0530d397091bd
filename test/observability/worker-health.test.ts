import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { scrapeOver } from './scrape.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** Resolves with the first JSON log line that satisfies `match`; rejects if the process ends first. */
function logLine(child: ChildProcess, match: (line: Record<string, unknown>) => boolean) {
  return new Promise<Record<string, unknown>>((done, fail) => {
    let buffered = '';
    let all = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      all += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          if (match(parsed)) done(parsed);
        } catch {
          // not a log line
        }
      }
    });
    child.once('exit', (code) => fail(new Error(`the worker ended (${code}) before logging it:\n${all}`)));
  });
}

// `npm run worker` as an operator runs it: settings from a .env file in its working directory, the
// environment winning over the file, and /healthz, /readyz and /metrics on a port of its own.
describe('the worker process', () => {
  let dir: string;
  let server: TestDatabase | undefined;
  let worker: ChildProcess;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'worker-'));
    // On the server, a fresh database of its own; otherwise the embedded one in the temporary folder.
    server = process.env.DATABASE_URL ? await createTestDatabase() : undefined;
    await writeFile(
      join(dir, '.env'),
      [
        '# as an operator would write it',
        'HEALTH_PORT=0',
        'LOG_LEVEL=silent',
        server ? `DATABASE_URL=${server.url}` : 'DATABASE_URL=',
        `DATA_DIR=${join(dir, 'pglite')}`,
        '',
      ].join('\n'),
    );
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LOG_LEVEL: 'info' };
    worker = spawn(process.execPath, ['--import', TSX, join(ROOT, 'src/worker.ts')], {
      cwd: dir,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // LOG_LEVEL=info from the environment beats the file's `silent`: the line is there to be read.
    const listening = await logLine(worker, (l) => l.msg === 'worker health and metrics listening');
    base = `http://127.0.0.1:${listening.port}`;
  }, 180_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      const ended = new Promise((done) => worker.once('exit', done));
      worker.kill('SIGTERM');
      await ended;
    }
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('when it runs with a .env file, then it reads its settings from the file (a free port for HEALTH_PORT=0) and /healthz answers', async () => {
    // Without the file the port would be PORT's default, 3000; HEALTH_PORT=0 came from the file.
    expect(base).not.toMatch(/:3000$/);
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('when its database answers and its jobs run, then /readyz says ready and names both', async () => {
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ready: true,
      checks: { database: { ok: true }, jobs: { ok: true } },
    });
  });

  it('when Prometheus scrapes it, then the outbox and job-queue gauges are read from its database', async () => {
    const samples = await scrapeOver(base);
    expect(samples.find((s) => s.name === 'chatops_database_up')?.value).toBe(1);
    expect(samples.find((s) => s.name === 'chatops_outbox_pending')?.value).toBe(0);
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
  });

  it('when it is told to stop, then it finishes and exits cleanly', async () => {
    const ended = new Promise<number | null>((done) => worker.once('exit', (code) => done(code)));
    worker.kill('SIGTERM');
    expect(await ended).toBe(0);
  });
});
