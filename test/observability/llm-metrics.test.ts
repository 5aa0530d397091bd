import { beforeEach, describe, expect, it } from 'vitest';
import { recordLlmCall, registry } from '../../src/observability/metrics.ts';
import { parseMetrics, sampleValue } from './scrape.ts';

describe('the LLM series', () => {
  beforeEach(() => registry.resetMetrics());

  it('when the LLM interpreter reports its calls, then /metrics has calls by outcome, fallbacks, tokens and the breaker', async () => {
    // Shaped as the interpreter's onLlmCall reports them.
    recordLlmCall({
      outcome: 'ok',
      durationMs: 800,
      tokens: { prompt: 900, completion: 40, total: 940 },
      breaker: 'closed',
    });
    recordLlmCall({ outcome: 'timeout', durationMs: 4000, breaker: 'closed' });
    recordLlmCall({ outcome: 'short_circuited', durationMs: 0, breaker: 'open' });

    const samples = parseMetrics(await registry.metrics());
    expect(sampleValue(samples, 'chatops_llm_calls_total', { outcome: 'ok' })).toBe(1);
    expect(sampleValue(samples, 'chatops_llm_calls_total', { outcome: 'timeout' })).toBe(1);
    expect(sampleValue(samples, 'chatops_llm_calls_total', { outcome: 'short_circuited' })).toBe(1);
    expect(sampleValue(samples, 'chatops_llm_fallbacks_total')).toBe(2);
    expect(sampleValue(samples, 'chatops_llm_tokens_total', { kind: 'prompt' })).toBe(900);
    expect(sampleValue(samples, 'chatops_llm_tokens_total', { kind: 'completion' })).toBe(40);
    // A short-circuited call made no request: it has no duration to tell.
    expect(sampleValue(samples, 'chatops_llm_call_duration_seconds_count', { outcome: 'timeout' })).toBe(1);
    expect(
      sampleValue(samples, 'chatops_llm_call_duration_seconds_count', { outcome: 'short_circuited' }),
    ).toBe(undefined);
    expect(sampleValue(samples, 'chatops_llm_breaker_open')).toBe(1);
  });
});
