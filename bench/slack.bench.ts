// npm run bench:slack — how fast the Slack surface acknowledges events under a steady load.
//
// This process runs only the app: Slack's HTTP receiver (signature check included) on a loopback port and a
// fast fake engine. A child process plays Slack: it serves the Web API (the WebClient's slackApiUrl points
// at it) and sends signed app_mention events at a fixed rate over a keep-alive pool, measuring per event
// the time to the HTTP ack and to the threaded reply reaching its Web API. So the app process's CPU is the
// app's alone. Goal: ack p99 ≤ 50 ms at 300 events/s. BENCH_RATE, BENCH_SECONDS, BENCH_DEBUG=1 (per second).
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import type { ConversationEngine } from '../src/conversation/engine-contract.ts';
import { createLogger } from '../src/logger.ts';
import { createSlackApp } from '../src/surfaces/slack/slack-app.ts';

const RATE = Number(process.env.BENCH_RATE ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SECRET = 'bench-signing-secret';

const fakeSlack = `
const http = require('node:http');
const { createHmac } = require('node:crypto');
const { rate, seconds, secret } = JSON.parse(process.argv[1]);
const now = () => performance.timeOrigin + performance.now();
const say = (o) => process.stdout.write(JSON.stringify(o) + '\\n');
const arrivals = new Map();
const api = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    const params = new URLSearchParams(body);
    const thread = params.get('thread_ts');
    if (req.url.endsWith('chat.postMessage') && thread) arrivals.set(thread, now());
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, channel: params.get('channel'), ts: '1763900000.000200' }));
  });
});
// A bounded pool, as Slack's senders keep: opening hundreds of sockets at once overflows the accept queue
// and measures TCP SYN retransmits (1 s, 3 s…) instead of the app.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function post(port, i, prefix, cb) {
  const ts = prefix + '.' + String(i).padStart(6, '0');
  const body = JSON.stringify({
    token: 't', team_id: 'T0TEAM1', api_app_id: 'A0APP1', type: 'event_callback',
    event_id: 'Ev' + prefix + i, event_time: 1763900000,
    authorizations: [{ enterprise_id: null, team_id: 'T0TEAM1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    event: { type: 'app_mention', user: 'U0PARTNER', text: '<@UBOT> decline 123 duplicate of 122', ts, channel: 'C0CASES1', event_ts: ts },
  });
  const stamp = Math.floor(Date.now() / 1000);
  const sig = 'v0=' + createHmac('sha256', secret).update('v0:' + stamp + ':' + body).digest('hex');
  const t0 = now();
  const req = http.request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent, headers: {
    'content-type': 'application/json', 'content-length': Buffer.byteLength(body),
    'x-slack-request-timestamp': String(stamp), 'x-slack-signature': sig } }, (res) => {
    res.resume();
    res.on('end', () => cb({ ts, t0, ack: now() - t0, status: res.statusCode }));
  });
  req.on('error', (e) => cb({ ts, t0, ack: NaN, status: 0, error: String(e) }));
  req.end(body);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function run(port) {
  // Warm-up: the first requests load code lazily; they are not part of the figures.
  for (let i = 0; i < 50; i++) await new Promise((r) => post(port, i, '1763800000', r));
  while (arrivals.size < 50) await sleep(10);
  arrivals.clear();
  say({ warm: true });
  const total = rate * seconds;
  const interval = 1000 / rate;
  const sent = [];
  const start = now();
  await new Promise((resolve) => {
    let pending = total;
    let i = 0;
    const done = (e) => { sent.push(e); if (--pending === 0) resolve(); };
    const tick = () => {
      const due = Math.floor((now() - start) / interval) + 1;
      while (i < Math.min(due, total)) post(port, i++, '1763900000', done);
      if (i < total) setTimeout(tick, Math.max(0, start + i * interval - now()));
    };
    tick();
  });
  const elapsed = now() - start;
  for (let waited = 0; arrivals.size < total && waited < 5000; waited += 50) await sleep(50);
  for (const s of sent) s.reply = arrivals.has(s.ts) ? arrivals.get(s.ts) - s.t0 : undefined;
  say({ sent, elapsed });
  agent.destroy();
  api.close();
}
api.listen(0, '127.0.0.1', () => say({ apiPort: api.address().port }));
process.stdin.once('data', (d) => run(JSON.parse(String(d)).port));
`;

type Sent = { ts: string; t0: number; ack: number; reply?: number; status: number; error?: string };
const child = spawn(
  process.execPath,
  ['-e', fakeSlack, JSON.stringify({ rate: RATE, seconds: SECONDS, secret: SECRET })],
  {
    stdio: ['pipe', 'pipe', 'inherit'],
  },
);
const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
const next = async <T>(): Promise<T> => {
  const line = await lines.next();
  if (line.done) throw new Error('the fake Slack process ended early');
  return JSON.parse(line.value) as T;
};
const { apiPort } = await next<{ apiPort: number }>();

// A fast engine: what the surface costs, not what the LLM or the database cost.
const engine: ConversationEngine = {
  handleMessage: async (m) => [
    {
      text: `Decline case 123 as *Duplicate*? (${m.text.length} characters read)`,
      choices: [
        { value: 'confirm:t', label: 'Confirm', style: 'primary' },
        { value: 'cancel:t', label: 'Cancel' },
      ],
    },
  ],
  handleChoice: async () => [{ text: 'Done.' }],
  handleForm: async () => [{ text: 'Done.' }],
};
const slack = createSlackApp({
  config: {
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_APP_TOKEN: undefined,
    PORT: 0,
  },
  engine,
  logger: createLogger('warn'),
  botId: 'BBOT',
  botUserId: 'UBOT',
  clientOptions: { slackApiUrl: `http://127.0.0.1:${apiPort}/api/`, retryConfig: { retries: 0 } },
});
const { port } = await slack.start(0);
child.stdin.write(`${JSON.stringify({ port })}\n`);
await next<{ warm: boolean }>();
const cpuBefore = process.cpuUsage();
const result = await next<{ sent: Sent[]; elapsed: number }>();
const cpu = process.cpuUsage(cpuBefore);

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};
const ms = (v: number) => Number(v.toFixed(2));
const ok = result.sent.filter((s) => s.status === 200);
const acks = ok.map((s) => s.ack);
const replies = ok.flatMap((s) => (s.reply === undefined ? [] : [s.reply]));
const failure = result.sent.find((s) => s.status !== 200);
const summary = {
  rate_per_s: RATE,
  seconds: SECONDS,
  sent: result.sent.length,
  acked_200: acks.length,
  failed: result.sent.length - acks.length,
  ...(failure ? { first_failure: failure.error ?? failure.status } : {}),
  achieved_rate_per_s: ms(result.sent.length / (result.elapsed / 1000)),
  ack_ms: { p50: ms(quantile(acks, 0.5)), p99: ms(quantile(acks, 0.99)), max: ms(Math.max(...acks)) },
  reply_posted_ms: {
    count: replies.length,
    p50: ms(quantile(replies, 0.5)),
    p99: ms(quantile(replies, 0.99)),
  },
  // CPU of the app process alone per event: a figure that holds on a busy machine too.
  app_cpu_ms_per_event: ms((cpu.user + cpu.system) / 1000 / Math.max(1, result.sent.length)),
  load_average_1m: ms(loadavg()[0] ?? 0),
  goal_ack_p99_ms: 50,
  goal_met: quantile(acks, 0.99) <= 50,
  node: process.version,
};
console.log(JSON.stringify(summary, null, 2));
if (process.env.BENCH_DEBUG) {
  // Ack p99 per second of the run: a steady climb means the app cannot keep up, a spike means a stall.
  const start = Math.min(...result.sent.map((s) => s.t0));
  const perSecond = new Map<number, number[]>();
  for (const s of result.sent) {
    const second = Math.floor((s.t0 - start) / 1000);
    perSecond.set(second, [...(perSecond.get(second) ?? []), s.ack]);
  }
  console.error(
    [...perSecond.entries()]
      .map(([sec, v]) => `${sec}s p50=${ms(quantile(v, 0.5))} p99=${ms(quantile(v, 0.99))}`)
      .join('\n'),
  );
}
await slack.stop();
child.kill();
