import { createInterface } from 'node:readline';
import { loadConfig } from '../config.ts';
import { loadDotEnv } from '../dot-env.ts';
import { createLogger } from '../logger.ts';
import type { Interpretation } from './commands.ts';
import { explainOffline } from './explain.ts';
import { createInterpreter, type Interpreter } from './interpreter.ts';
import { interpretOffline } from './offline-interpreter.ts';

// `npm run --silent interpret -- [--offline] [--explain]`: one chat message per stdin line in, one JSON
// object per line out, nothing else on stdout. No database, no notices: a dry run of understanding.

const args = new Set(process.argv.slice(2));
const explain = args.has('--explain');
loadDotEnv();

function chooseInterpreter(): Interpreter {
  const offline: Interpreter = { interpret: async (text) => interpretOffline(text) };
  if (args.has('--offline')) return offline;
  try {
    const config = loadConfig();
    return config.OPENAI_API_KEY
      ? createInterpreter(config, { logger: createLogger(config.LOG_LEVEL) })
      : offline;
  } catch (error) {
    process.stderr.write(`${(error as Error).message} Falling back to the offline interpreter.\n`);
    return offline;
  }
}

function output(text: string, i: Interpretation): string {
  // "500 kr" has no ISO currency (the contract's `currency`): whose krone it is, the case decides. The
  // hint is shown with --explain only, so that the output keeps the contract's fields.
  const { explain: why, currencyHint, ...fields } = i;
  const hint = currencyHint ? { currencyHint } : {};
  return JSON.stringify(
    explain ? { ...fields, explain: { ...why, ...hint, ...explainOffline(text) } } : fields,
  );
}

async function main(): Promise<void> {
  const interpreter = chooseInterpreter();
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  for await (const line of lines) {
    let answer: Interpretation;
    try {
      answer = await interpreter.interpret(line);
    } catch (error) {
      process.stderr.write(`interpret failed: ${(error as Error).message}\n`);
      answer = { action: 'none', decision: 'unsure', confidence: 0, source: 'offline' };
    }
    out.push(output(line, answer));
    if (out.length >= 256) flush();
  }
  flush();
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exitCode = 0;
  },
);
