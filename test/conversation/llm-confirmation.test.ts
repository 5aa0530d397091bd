import nock from 'nock';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createInterpreter } from '../../src/understanding/interpreter.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// What the LLM wrote is what the person confirms: through the real engine, OpenAI faked with nock.

const OPENAI = 'https://api.openai.com';
const config = loadConfig({
  OPENAI_API_KEY: 'sk-test-confirmation',
  OPENAI_MODEL: 'gpt-4o-mini',
  LLM_TIMEOUT_MS: '5000',
});

function toolCall(name: string, args: Record<string, unknown>) {
  return {
    id: 'chatcmpl-confirm-1',
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
              id: 'call_confirm_1',
              type: 'function',
              function: { name, arguments: JSON.stringify(args) },
            },
          ],
        },
        logprobs: null,
        finish_reason: 'tool_calls',
      },
    ],
    usage: { prompt_tokens: 900, completion_tokens: 30, total_tokens: 930 },
  };
}

describe('confirming what the LLM understood', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values([
        { surface: 'slack', external_id: 'U0NORDIC', user_id: 3 },
        { surface: 'slack', external_id: 'U0ACME', user_id: 1 },
      ])
      .execute();
  });
  afterEach(() => {
    nock.cleanAll();
  });

  const engine = () =>
    createAppConversationEngine({
      db: handle.db,
      logger: pino({ level: 'silent' }),
      clock,
      interpreter: createInterpreter(config),
    });
  const say = (text: string, userExternalId = 'U0NORDIC') => ({
    surface: 'slack' as const,
    userExternalId,
    conversationKey: 'C0CASES:1700000000.000100',
    text,
  });
  const confirmValue = (replies: Reply[]) => {
    const value = replies[0]?.choices?.find((c) => c.label === 'Confirm')?.value;
    if (!value) throw new Error(`no Confirm in ${JSON.stringify(replies)}`);
    return value;
  };
  const storedReason = async () =>
    (await handle.db.selectFrom('declines').select('reason').where('case_id', '=', 1002).executeTakeFirst())
      ?.reason;

  it('when the LLM writes a decline reason the user did not say, then the confirmation shows it verbatim before it is stored', async () => {
    nock(OPENAI)
      .post('/v1/chat/completions')
      .reply(
        200,
        toolCall('case_decline', {
          caseId: '1002',
          reason: 'Existing client relationship with the debtor company',
          category: 'conflict_of_interest',
        }),
      );
    const e = engine();

    const asked = await e.handleMessage(say('1002 is one we act on for them elsewhere, so no from us'));

    expect(asked[0]?.text).toContain('Decline case 1002');
    expect(asked[0]?.text).toContain('"Existing client relationship with the debtor company"');
    await e.handleChoice({ ...say(''), value: confirmValue(asked) });
    expect(await storedReason()).toBe('Existing client relationship with the debtor company');
  });

  it('when the LLM paraphrases the user, then the user’s own words are shown and stored', async () => {
    nock(OPENAI)
      .post('/v1/chat/completions')
      .reply(
        200,
        toolCall('case_decline', {
          caseId: '1002',
          reason: 'We represent the debtor in another matter',
          category: 'conflict_of_interest',
        }),
      );
    const e = engine();

    const asked = await e.handleMessage(
      say('1002: we represent the debtor in another matter, so no from us'),
    );

    expect(asked[0]?.text).toContain('"we represent the debtor in another matter"');
    await e.handleChoice({ ...say(''), value: confirmValue(asked) });
    expect(await storedReason()).toBe('we represent the debtor in another matter');
  });

  it('when the LLM words a withdrawal comment, then the confirmation shows it verbatim before it is stored', async () => {
    nock(OPENAI)
      .post('/v1/chat/completions')
      .reply(
        200,
        toolCall('case_withdraw', { caseId: '1008', comment: 'Client settled directly with the debtor' }),
      );
    const e = engine();

    const asked = await e.handleMessage(
      say('1008 they settled things with us directly now, so we would rather you stopped', 'U0ACME'),
    );

    expect(asked[0]?.text).toContain('Withdraw case 1008');
    expect(asked[0]?.text).toContain('"Client settled directly with the debtor"');
    await e.handleChoice({ ...say('', 'U0ACME'), value: confirmValue(asked) });
    const history = await handle.db
      .selectFrom('case_history')
      .select('details')
      .where('case_id', '=', 1008)
      .where('action', '=', 'case.withdraw')
      .executeTakeFirst();
    expect(history?.details).toMatchObject({ comment: 'Client settled directly with the debtor' });
  });
});
