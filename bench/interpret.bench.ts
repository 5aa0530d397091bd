import { readdirSync, readFileSync } from 'node:fs';
import { getEncoding } from 'js-tiktoken';
import { llmToolDefinitions, systemPrompt } from '../src/understanding/llm-interpreter.ts';
import { interpretOffline } from '../src/understanding/offline-interpreter.ts';

// `npm run bench:interpret`: the offline interpreter over ≥ 10,000 chat messages (messages per second,
// p50 and p99 per message), and the input tokens the LLM path sends on every call (system prompt plus
// tool schemas) counted with the gpt-4o tokenizer. Goals: p99 ≤ 1 ms; ≤ 1,200 tokens per call.

const COUNT = Number(process.env.BENCH_MESSAGES ?? 20_000);

function seedMessages(): string[] {
  const sets = readdirSync(new URL('../test/understanding/', import.meta.url)).filter((f) =>
    f.endsWith('.jsonl'),
  );
  const texts: string[] = [];
  for (const set of sets) {
    const file = new URL(`../test/understanding/${set}`, import.meta.url);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text?: string; reason?: string };
      texts.push(row.text ?? `decline case 4242, ${row.reason}`);
    }
  }
  return texts;
}

/** Varied messages: the labelled sets with other case numbers, typos, mention markup and noise. */
function messages(count: number): string[] {
  const seeds = seedMessages();
  let state = 42;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const typo = (s: string) => {
    const i = Math.floor(random() * (s.length - 1));
    return s.length > 4 ? s.slice(0, i) + (s[i + 1] ?? '') + (s[i] ?? '') + s.slice(i + 2) : s;
  };
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = seeds[n % seeds.length] ?? '';
    text = text.replace(/\d{2,5}/, () => String(1 + Math.floor(random() * 99_999)));
    const r = random();
    if (r < 0.15) text = typo(text);
    else if (r < 0.25) text = `<@U024BE7LH> ${text}`;
    else if (r < 0.3) text = `${text} ${'and some more context about the debtor and the invoice '.repeat(3)}`;
    out.push(text);
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const batch = messages(COUNT);
for (const text of batch.slice(0, 2000)) interpretOffline(text); // warm-up: JIT and caches

const times: number[] = new Array(batch.length);
const started = process.hrtime.bigint();
for (let i = 0; i < batch.length; i++) {
  const t0 = process.hrtime.bigint();
  interpretOffline(batch[i] as string);
  times[i] = Number(process.hrtime.bigint() - t0) / 1e6;
}
const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
times.sort((a, b) => a - b);

// Worst cases: 2,000-character messages of the shapes the patterns backtrack on (runs of digits, of
// separators, of repeated words, half-written markup). Goal: each ≤ 5 ms (before the regex rewrite a
// run of digits alone took 6–10 s).
const ADVERSARIAL_UNITS = [
  '1',
  '1 ',
  '1,',
  '1.',
  "1'",
  '1-',
  '1/',
  '1 000 ',
  '1,000,',
  '1.1,',
  '12.',
  '1:',
  '€1 ',
  'eur 1 ',
  '1 % ',
  '1 of ',
  '1 or ',
  '1k ',
  '#1 ',
  '+1 ',
  'a1',
  'x1.',
  'a1.',
  '1.a',
  'a',
  'a ',
  ' ',
  ' \t',
  'ab ',
  'case ',
  'case 1 ',
  'case no ',
  'the case ',
  '# ',
  'no. ',
  'dk50 ',
  'Aa ',
  'Ab ',
  'Aa, ',
  '<a',
  '<@U1',
  '<at>',
  '|a',
  '`a',
  '~a',
  'a_',
  'a=',
  '@a ',
  'http://',
  '"a ',
  "'a ",
  "a'",
  'a-',
  'a. ',
  '. ',
  '? ',
  ': ',
  ', ',
  ' - ',
  'please ',
  'thanks ',
  'we ',
  "we'd ",
  "i'd ",
  'and ',
  'or ',
  'if ',
  'not ',
  'no ',
  'paid ',
  'decline ',
  'accept ',
  'quote ',
  'ask client ',
  'account no ',
  'invoice 1/',
  'call 1 ',
];
const worstCase: { shape: string; ms: number }[] = [];
for (const unit of ADVERSARIAL_UNITS) {
  for (const prefix of ['', 'accept ', 'register payment ']) {
    const text = prefix + unit.repeat(Math.ceil(2000 / unit.length)).slice(0, 2000 - prefix.length);
    for (let i = 0; i < 3; i++) interpretOffline(text); // warm-up
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      interpretOffline(text);
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    worstCase.push({ shape: `${prefix}${JSON.stringify(unit)}×`, ms: best });
  }
}
worstCase.sort((a, b) => b.ms - a.ms);
const worst = worstCase[0] ?? { shape: '', ms: 0 };
const worstP99 = percentile(
  worstCase.map((w) => w.ms).sort((a, b) => a - b),
  99,
);
console.log(
  `adversarial 2,000-character messages: ${worstCase.length} shapes, p99 ${worstP99.toFixed(3)} ms, worst ${worst.ms.toFixed(3)} ms (${worst.shape}) (goal ≤ 5 ms)`,
);
console.log(
  `  slowest: ${worstCase
    .slice(1, 4)
    .map((w) => `${w.shape} ${w.ms.toFixed(2)} ms`)
    .join(', ')}`,
);

const enc = getEncoding('o200k_base');
const promptTokens = enc.encode(systemPrompt()).length;
const toolTokens = enc.encode(JSON.stringify(llmToolDefinitions())).length;
const threadTokens = enc.encode('This thread is about case 4410.').length;
const p99 = percentile(times, 99);
const tokens = promptTokens + toolTokens + threadTokens;

console.log(`offline interpreter: ${batch.length} messages in ${totalMs.toFixed(0)} ms`);
console.log(`  ${Math.round((batch.length / totalMs) * 1000).toLocaleString('en')} messages/s`);
console.log(
  `  p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${p99.toFixed(3)} ms, max ${times[times.length - 1]?.toFixed(3)} ms (goal p99 ≤ 1 ms)`,
);
console.log(
  `LLM input per call (o200k_base): system prompt ${promptTokens} + tool schemas ${toolTokens} + thread case ${threadTokens} = ${tokens} tokens, plus the message itself (goal ≤ 1,200)`,
);
console.log(`  tools are counted as their JSON; OpenAI's own rendering of tools is usually more compact`);
if (p99 > 1 || tokens > 1200 || worst.ms > 5) process.exitCode = 1;
