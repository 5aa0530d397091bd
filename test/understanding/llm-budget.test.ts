import { Writable } from 'node:stream';
import nock from 'nock';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createInterpreter } from '../../src/understanding/interpreter.ts';
import type { LlmCallEvent } from '../../src/understanding/llm-interpreter.ts';

// The LLM path's budget, breaker and logs, at the wire: OpenAI itself faked with nock.

const OPENAI = 'https://api.openai.com';
const KEY = 'sk-proj-budget-test-key-0123456789';
const settings = (extra: Record<string, string> = {}) =>
  loadConfig({
    OPENAI_API_KEY: KEY,
    OPENAI_MODEL: 'gpt-4o-mini',
    // Roomy, so that a slow test machine never turns an answer into a timeout; the hanging test sets 200.
    LLM_TIMEOUT_MS: '3000',
    LLM_BREAKER_MIN_CALLS: '3',
    LLM_BREAKER_RESET_MS: '60000',
    ...extra,
  });

// Offline, this is not a command it recognises (low confidence): the hybrid asks the LLM.
const UNCLEAR = '4410 is one we represent the debtor on elsewhere, so no from us';

function completion(args: Record<string, unknown>) {
  return {
    id: 'chatcmpl-budget-1',
    object: 'chat.completion',
    created: 1_764_000_000,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: null,
          refusal: null,
          tool_calls: [
            {
              id: 'call_budget_1',
              type: 'function',
              function: { name: 'case_decline', arguments: JSON.stringify(args) },
            },
          ],
        },
        logprobs: null,
        finish_reason: 'tool_calls',
      },
    ],
    usage: {
      prompt_tokens: 912,
      completion_tokens: 31,
      total_tokens: 943,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 },
    },
  };
}
const BAD_KEY = {
  error: {
    message: `Incorrect API key provided: ${KEY.slice(0, 8)}****************6789. You can find your API key at https://platform.openai.com/account/api-keys.`,
    type: 'invalid_request_error',
    param: null,
    code: 'invalid_api_key',
  },
};

/** Every request that reached the fake OpenAI, counted as it arrives. */
function openai(times: number) {
  const requests: unknown[] = [];
  const interceptor = nock(OPENAI)
    .post('/v1/chat/completions', (body) => {
      requests.push(body);
      return true;
    })
    .times(times);
  return { interceptor, requests };
}

/** Pino writing JSON lines into an array, as the app's logger would to standard error. */
function capturedLogger() {
  const lines: string[] = [];
  const logger = pino(
    { level: 'debug' },
    new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  );
  const records = () =>
    lines.map((l) => JSON.parse(l) as { level: number; msg: string; llm?: Partial<LlmCallEvent> });
  return { logger, lines, records };
}

afterEach(() => {
  nock.cleanAll();
  vi.restoreAllMocks();
});

describe('the LLM path within its budget', () => {
  it('when the LLM hangs past the budget, then the offline answer comes after one aborted request', async () => {
    const realFetch = globalThis.fetch;
    const signals: AbortSignal[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    });
    const { interceptor, requests } = openai(3);
    interceptor.delay(30_000).reply(200, completion({ caseId: '4410', reason: 'conflict' }));
    const events: LlmCallEvent[] = [];
    // No maxRetries given: the production default.
    const interpreter = createInterpreter(settings({ LLM_TIMEOUT_MS: '200' }), {
      onLlmCall: (e) => events.push(e),
    });

    const answer = await interpreter.interpret(UNCLEAR);

    expect(answer).toMatchObject({ action: 'none', source: 'offline' });
    expect(requests).toHaveLength(1);
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
    expect(events.map((e) => e.outcome)).toEqual(['timeout']);
  });

  it('when the LLM fails three times, then the breaker opens and the fourth message makes no request', async () => {
    const { interceptor, requests } = openai(4);
    interceptor.reply(500, { error: { message: 'The server had an error', type: 'server_error' } });
    const events: LlmCallEvent[] = [];
    const { logger, records } = capturedLogger();
    const interpreter = createInterpreter(settings(), { logger, onLlmCall: (e) => events.push(e) });

    for (let i = 0; i < 3; i += 1) await interpreter.interpret(UNCLEAR);
    const fourth = await interpreter.interpret(UNCLEAR);

    expect(fourth).toMatchObject({ action: 'none', source: 'offline' });
    expect(requests).toHaveLength(3);
    expect(events.map((e) => [e.outcome, e.status])).toEqual([
      ['http_error', 500],
      ['http_error', 500],
      ['http_error', 500],
      ['short_circuited', undefined],
    ]);
    expect(events.at(-1)?.breaker).toBe('open');
    expect(records().map((r) => r.msg)).toContain(
      'The LLM keeps failing; messages use the offline interpreter for the next 60 s.',
    );
  });

  it('when the breaker has waited its reset time, then one call is tried and an answer closes it', async () => {
    const failing = openai(3);
    failing.interceptor.reply(503, { error: { message: 'overloaded', type: 'server_error' } });
    const events: LlmCallEvent[] = [];
    const interpreter = createInterpreter(settings({ LLM_BREAKER_RESET_MS: '50' }), {
      onLlmCall: (e) => events.push(e),
    });
    for (let i = 0; i < 3; i += 1) await interpreter.interpret(UNCLEAR);
    const healthy = openai(2);
    healthy.interceptor.reply(
      200,
      completion({ caseId: '4410', reason: 'we represent the debtor', category: 'conflict_of_interest' }),
    );
    expect(events.at(-1)?.breaker).toBe('open');
    await new Promise((resolve) => setTimeout(resolve, 120)); // past LLM_BREAKER_RESET_MS

    const answer = await interpreter.interpret(UNCLEAR);

    expect(answer).toMatchObject({ action: 'case.decline', source: 'llm' });
    expect(healthy.requests).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ outcome: 'ok', breaker: 'closed' });
  });

  it('when OpenAI rejects the key, then one error says so in plain words and the key is never logged', async () => {
    const { interceptor, requests } = openai(5);
    interceptor.reply(401, BAD_KEY);
    const { logger, lines, records } = capturedLogger();
    const interpreter = createInterpreter(settings(), { logger });

    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await interpreter.interpret(UNCLEAR));

    expect(answers.every((a) => a.source === 'offline')).toBe(true);
    expect(requests).toHaveLength(3); // then the breaker is open
    const errors = records().filter((r) => r.level >= 50);
    expect(errors.map((r) => r.msg)).toEqual(['OpenAI rejected the API key; using the offline interpreter.']);
    expect(errors[0]?.llm).toMatchObject({ outcome: 'auth_failure', status: 401 });
    const log = lines.join('');
    expect(log).not.toContain(KEY);
    expect(log).not.toContain(KEY.slice(0, 8));
    expect(log).not.toContain('represent the debtor');
  });

  it('when the LLM answers, then the outcome, duration and token usage are logged without the message', async () => {
    const { interceptor } = openai(1);
    interceptor.reply(
      200,
      completion({ caseId: '4410', reason: 'we represent the debtor', category: 'conflict_of_interest' }),
    );
    const { logger, lines, records } = capturedLogger();
    const events: LlmCallEvent[] = [];
    const interpreter = createInterpreter(settings(), { logger, onLlmCall: (e) => events.push(e) });

    await interpreter.interpret(UNCLEAR);

    const call = records().find((r) => r.llm?.outcome === 'ok');
    expect(call?.llm).toMatchObject({
      outcome: 'ok',
      tokens: { prompt: 912, completion: 31, total: 943 },
      breaker: 'closed',
    });
    expect(typeof call?.llm?.durationMs).toBe('number');
    expect(events).toEqual([expect.objectContaining({ outcome: 'ok', tokens: call?.llm?.tokens })]);
    expect(lines.join('')).not.toContain('represent');
    expect(lines.join('')).not.toContain(KEY);
  });
});

describe('the LLM proposes free text', () => {
  it('when the LLM paraphrases the reason, then the user’s own words for it are kept', async () => {
    const { interceptor } = openai(1);
    interceptor.reply(
      200,
      completion({
        caseId: '4410',
        reason: 'We represent the debtor elsewhere',
        category: 'conflict_of_interest',
      }),
    );
    const interpreter = createInterpreter(settings());

    const answer = await interpreter.interpret(UNCLEAR);

    expect(answer).toMatchObject({ action: 'case.decline', reason: 'we represent the debtor on elsewhere' });
  });

  it('when the LLM writes a reason the message does not say, then its words are kept as written', async () => {
    const { interceptor } = openai(1);
    interceptor.reply(
      200,
      completion({
        caseId: '4410',
        reason: 'Existing client relationship',
        category: 'conflict_of_interest',
      }),
    );
    const interpreter = createInterpreter(settings());

    const answer = await interpreter.interpret(UNCLEAR);

    expect(answer).toMatchObject({ action: 'case.decline', reason: 'Existing client relationship' });
  });
});
