import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// `npm run interpret` as support staff and the scorer use it: lines in, one JSON object per line out.

function run(input: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/understanding/interpret-cli.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, OPENAI_API_KEY: '', LOG_LEVEL: 'silent' },
    timeout: 60_000,
  });
}

describe('interpret command', () => {
  it('when given several lines, then it prints exactly one JSON object per line, in order, and exits 0', () => {
    const input = [
      '<@U024BE7LH> decline case #4410, we represent the debtor in another matter',
      'hello',
      '',
      'debtor paid 1.200,50 EUR on 88',
      "don't close 500 yet",
    ].join('\n');
    const out = run(`${input}\n`, '--offline');
    expect(out.status).toBe(0);
    const lines = out.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(5);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed[0]).toMatchObject({
      action: 'case.decline',
      caseId: '4410',
      category: 'conflict_of_interest',
    });
    expect(parsed[1]).toMatchObject({ action: 'none' });
    expect(parsed[2]).toMatchObject({ action: 'none' });
    expect(parsed[3]).toMatchObject({
      action: 'payment.register',
      caseId: '88',
      amount: 1200.5,
      currency: 'EUR',
    });
    expect(parsed[4]).toMatchObject({ action: 'none' });
    for (const p of parsed) expect(typeof p.confidence).toBe('number');
  });

  it('when asked to explain, then the same fields come with what was matched', () => {
    const out = run('close 401 partially paid\n', '--offline', '--explain');
    expect(out.status).toBe(0);
    const answer = JSON.parse(out.stdout.trim());
    expect(answer).toMatchObject({ action: 'case.close', caseId: '401', code: 'partially_paid' });
    expect(answer.explain.phrases[0]).toMatchObject({ action: 'case.close' });
  });

  it('when the input has no final newline, then the last line is still answered', () => {
    const out = run('accept 301');
    expect(out.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out.stdout)).toMatchObject({ action: 'case.accept', caseId: '301' });
  });
});
