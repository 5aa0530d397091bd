import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createInterpreter } from '../../src/understanding/interpreter.ts';
import { systemPrompt } from '../../src/understanding/llm-interpreter.ts';

// The LLM path at the wire: an OpenAI-compatible server faked with nock, answers shaped like OpenAI's.

const BASE = 'https://llm.example.test';
const config = loadConfig({
  OPENAI_API_KEY: 'sk-test',
  OPENAI_BASE_URL: `${BASE}/v1`,
  OPENAI_MODEL: 'gpt-4o-mini',
  LLM_TIMEOUT_MS: '300',
});
const interpreter = createInterpreter(config, { maxRetries: 0 });

// Offline, this is not a command it recognises (low confidence): the hybrid asks the LLM.
const UNCLEAR = '4410 is one we represent the debtor on elsewhere, so no from us';

let completionId = 0;
function completion(message: Record<string, unknown>) {
  completionId += 1;
  return {
    id: `chatcmpl-test-${completionId}`,
    object: 'chat.completion',
    created: 1_764_000_000 + completionId,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: null, refusal: null, ...message },
        logprobs: null,
        finish_reason: 'tool_calls',
      },
    ],
    usage: { prompt_tokens: 900, completion_tokens: 30, total_tokens: 930 },
  };
}
function toolCall(name: string, args: string) {
  return completion({
    tool_calls: [{ id: `call_${completionId + 1}`, type: 'function', function: { name, arguments: args } }],
  });
}

interface SeenRequest {
  model: string;
  messages: { role: string; content: string }[];
  tools: { type: string; function: { name: string; parameters: { properties: Record<string, unknown> } } }[];
}

function expectCompletion(reply: (body: SeenRequest) => [number, unknown]) {
  const seen: SeenRequest[] = [];
  const scope = nock(BASE)
    .post('/v1/chat/completions', (body) => {
      seen.push(body as SeenRequest);
      return true;
    })
    .reply((_uri, body) => reply(body as SeenRequest));
  return { scope, seen };
}

afterEach(() => {
  nock.cleanAll();
});

describe('hybrid interpreter with an LLM configured', () => {
  it('when the offline interpreter is sure, then no LLM call is made', async () => {
    const scope = nock(BASE).post('/v1/chat/completions').reply(500);
    const answer = await interpreter.interpret('decline case 4410, debtor is bankrupt');
    expect(answer).toMatchObject({
      action: 'case.decline',
      caseId: '4410',
      category: 'insolvency_or_ceased',
      source: 'offline',
    });
    expect(scope.isDone()).toBe(false);
  });

  it('when the LLM calls a valid tool, then its command is used and marked as from the LLM', async () => {
    const { scope, seen } = expectCompletion(() => [
      200,
      toolCall(
        'case_decline',
        JSON.stringify({
          caseId: '4410',
          reason: 'we represent the debtor elsewhere',
          category: 'conflict_of_interest',
        }),
      ),
    ]);
    const answer = await interpreter.interpret(UNCLEAR);
    expect(answer).toMatchObject({
      action: 'case.decline',
      caseId: '4410',
      category: 'conflict_of_interest',
      source: 'llm',
    });
    expect(scope.isDone()).toBe(true);
    const request = seen[0] as SeenRequest;
    expect(request.model).toBe('gpt-4o-mini');
    expect(request.tools.map((t) => t.function.name)).toEqual(
      expect.arrayContaining([
        'case_decline',
        'case_close',
        'payment_register',
        'quote_select',
        'clarify',
        'none',
      ]),
    );
    expect(
      Object.keys(
        request.tools.find((t) => t.function.name === 'case_decline')?.function.parameters.properties ?? {},
      ),
    ).toEqual(['caseId', 'reason', 'category']);
    // Only the system prompt and the user's own words: nothing from the database.
    expect(request.messages).toEqual([
      { role: 'system', content: systemPrompt() },
      { role: 'user', content: UNCLEAR },
    ]);
  });

  it('when the thread is about a case, then only that case number is added to what the LLM sees', async () => {
    const { seen } = expectCompletion(() => [200, toolCall('case_status', JSON.stringify({ caseId: '77' }))]);
    const answer = await interpreter.interpret('hmm what now with this one', { caseId: '77' });
    expect(answer).toMatchObject({ action: 'case.status', caseId: '77', source: 'llm' });
    expect(seen[0]?.messages).toEqual([
      { role: 'system', content: systemPrompt() },
      { role: 'system', content: 'This thread is about case 77.' },
      { role: 'user', content: 'hmm what now with this one' },
    ]);
  });

  it('when the LLM answers without a tool call, then the offline answer stands', async () => {
    expectCompletion(() => [200, completion({ content: 'Sure! I declined it.' })]);
    const answer = await interpreter.interpret(UNCLEAR);
    expect(answer).toMatchObject({ action: 'none', source: 'offline' });
  });

  it('when the tool arguments are not valid JSON, then the offline answer stands', async () => {
    expectCompletion(() => [200, toolCall('case_decline', '{"caseId": "4410", "reason": ')]);
    const answer = await interpreter.interpret(UNCLEAR);
    expect(answer).toMatchObject({ action: 'none', source: 'offline' });
  });

  it('when the tool arguments fail the schema, then the offline answer stands', async () => {
    expectCompletion(() => [
      200,
      toolCall('case_decline', JSON.stringify({ caseId: '4410', reason: 'x', category: 'too_lazy' })),
    ]);
    const answer = await interpreter.interpret(UNCLEAR);
    expect(answer).toMatchObject({ action: 'none', source: 'offline' });
  });

  it('when the LLM names a case the message does not contain, then it is not used', async () => {
    expectCompletion(() => [200, toolCall('case_accept', JSON.stringify({ caseId: '9999' }))]);
    const answer = await interpreter.interpret(UNCLEAR);
    expect(answer).toMatchObject({ action: 'none', source: 'offline' });
    expect(answer.caseId).toBeUndefined();
  });

  it('when the LLM calls an unknown tool, then the offline answer stands', async () => {
    expectCompletion(() => [200, toolCall('delete_everything', '{}')]);
    const answer = await interpreter.interpret(UNCLEAR);
    expect(answer).toMatchObject({ action: 'none', source: 'offline' });
  });

  it('when the server rate-limits (429), then the offline answer stands', async () => {
    expectCompletion(() => [
      429,
      { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } },
    ]);
    const answer = await interpreter.interpret(UNCLEAR);
    expect(answer).toMatchObject({ action: 'none', source: 'offline' });
  });

  it('when the server fails (500), then the offline answer stands', async () => {
    expectCompletion(() => [500, { error: { message: 'The server had an error', type: 'server_error' } }]);
    const answer = await interpreter.interpret(UNCLEAR);
    expect(answer).toMatchObject({ action: 'none', source: 'offline' });
  });

  it('when the LLM does not answer within the timeout, then the offline answer stands', async () => {
    nock(BASE)
      .post('/v1/chat/completions')
      .delay(2_000)
      .reply(200, toolCall('case_accept', JSON.stringify({ caseId: '4410' })));
    const answer = await interpreter.interpret(UNCLEAR);
    expect(answer).toMatchObject({ action: 'none', source: 'offline' });
  });

  it('when the LLM asks which close code fits, then the platform suggester picks the code from the situation', async () => {
    expectCompletion(() => [
      200,
      toolCall('closecode_suggest', JSON.stringify({ comment: 'debtor filed for bankruptcy' })),
    ]);
    const answer = await interpreter.interpret('bankrupt guy, file it under what?');
    expect(answer).toMatchObject({ action: 'closecode.suggest', code: 'debtor_insolvent', source: 'llm' });
  });

  it('when the LLM asks to clarify, then its clarify is used', async () => {
    expectCompletion(() => [200, toolCall('clarify', JSON.stringify({ missing: ['caseId'] }))]);
    const answer = await interpreter.interpret('the usual one, you know, bin it');
    expect(answer).toMatchObject({ action: 'clarify', missing: ['caseId'], source: 'llm' });
  });
});

describe('interpreter without an LLM key', () => {
  it('when no key is configured, then answers come from the offline interpreter without any call', async () => {
    const offline = createInterpreter(loadConfig({ OPENAI_API_KEY: '' }));
    const scope = nock('https://api.openai.com').post('/v1/chat/completions').reply(500);
    const answer = await offline.interpret(UNCLEAR);
    expect(answer.source).toBe('offline');
    expect(scope.isDone()).toBe(false);
  });
});
