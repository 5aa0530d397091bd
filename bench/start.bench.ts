// npm run bench:start — how long `npm start` (no Slack or Teams credentials) takes to show the console's
// first prompt: from spawning the process to the "You are …" line printed right before the prompt.
// One cold start on a new embedded database (created, migrated and seeded with the demo world), then
// BENCH_RUNS warm starts on the same files, as `npm start` runs it (tsx) and compiled (`npm run build`
// first; skipped when dist/ is missing). Goal: the first prompt within 3 s on a warm database.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dataDir = mkdtempSync(join(tmpdir(), 'bench-start-'));

/** Milliseconds from spawn to the welcome line; the process is then given end of input and waited for. */
function timeToPrompt(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(dataDir, 'pglite'), LOG_LEVEL: 'warn' };
    for (const key of ['SLACK_BOT_TOKEN', 'TEAMS_CLIENT_ID', 'TEAMS_CLIENT_SECRET', 'DATABASE_URL'])
      delete env[key];
    const child = spawn(process.execPath, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let at: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (at === undefined && out.includes('You are ')) {
        at = performance.now() - started;
        child.stdin.end();
      }
    });
    child.stderr.resume();
    child.on('exit', () =>
      at === undefined ? reject(new Error(`no prompt: ${out.slice(0, 300)}`)) : resolve(at),
    );
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (v: number) => Math.round(v);
const tsx = ['--import', 'tsx', 'src/main.ts'];
const compiled = ['--enable-source-maps', 'dist/src/main.js'];

const cold = await timeToPrompt(tsx);
const warmTsx: number[] = [];
for (let i = 0; i < RUNS; i++) warmTsx.push(await timeToPrompt(tsx));
const warmCompiled: number[] = [];
if (existsSync('dist/src/main.js'))
  for (let i = 0; i < RUNS; i++) warmCompiled.push(await timeToPrompt(compiled));
rmSync(dataDir, { recursive: true, force: true });

console.log(
  JSON.stringify(
    {
      first_start_new_database_ms: ms(cold),
      warm_tsx_ms: { median: ms(median(warmTsx)), runs: warmTsx.map(ms) },
      ...(warmCompiled.length
        ? { warm_compiled_ms: { median: ms(median(warmCompiled)), runs: warmCompiled.map(ms) } }
        : { warm_compiled_ms: 'run `npm run build` first' }),
      goal_ms: 3000,
      load_average_1m: Number((loadavg()[0] ?? 0).toFixed(1)),
      node: process.version,
    },
    null,
    2,
  ),
);
