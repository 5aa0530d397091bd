import { z } from 'zod';
import { CLOSE_CODES, DECLINE_CATEGORIES } from '../domain/ids.ts';
import { say } from '../i18n/messages.ts';
import type { PendingCommand } from './conversation-memory.repository.ts';

// The option of a picked choice (`choose:<token>:<option>`) comes back from the client: a Slack button
// value or a Teams card's data. The token binds it to the asking user, not to the options offered, so
// the option is checked like any argument before it reaches a use case (an unknown close code failed
// deep in the close check).

const digits = z.string().regex(/^\d{1,12}$/);
const OPTION_SCHEMAS: Record<string, z.ZodType> = {
  code: z.enum(CLOSE_CODES),
  category: z.enum(DECLINE_CATEGORIES),
  quoteId: digits,
  caseId: digits,
};

/** A sentence saying the option is not one that was offered, or null when it may be used. */
export function invalidChoice(
  pending: Pick<PendingCommand, 'stage' | 'missing'>,
  option: string,
): string | null {
  // Outside a question, the only choice is between a suggested close code and `other`.
  const name = pending.stage === 'ask' ? pending.missing : 'code';
  const schema = name ? OPTION_SCHEMAS[name] : undefined;
  if (!schema || schema.safeParse(option).success) return null;
  return say('chat4.engine.invalid_choice');
}
