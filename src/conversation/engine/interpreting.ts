import { actionMissing } from '../../commands/command-table.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import { scoreImpact } from '../../domain/close-codes.ts';
import { CLOSE_CODE_INFO, type CloseCode } from '../../domain/ids.ts';
import { say } from '../../i18n/messages.ts';
import type { Interpretation } from '../../understanding/commands.ts';
import type { CommandArgs } from '../action-registry.types.ts';
import { helpReply } from '../help-text.ts';
import type { Reply } from '../reply.ts';
import { advance } from './advancing.ts';
import { ask } from './asking.ts';
import type { EngineDeps, Turn } from './engine-deps.ts';
import { SAID } from './pending-state.ts';
import { noneText } from './presenting.ts';

// What the interpreter made of a message. The conversation's own commands are answered here (help,
// none, close-code advice, clarify: their table entries have no handler); every other command moves
// forward through advance().

function argsOf(i: Interpretation): CommandArgs {
  const { action: _a, decision: _d, confidence: _c, source: _s, explain: _e, missing: _m, ...args } = i;
  return args;
}

/**
 * The words of the message go along, for an argument a command reads from them in `complete` (a quote
 * named by its partner, "go with Lex's"); advance() drops them once the command has had its look.
 */
const withWords = (args: CommandArgs, text: string): CommandArgs => ({ ...args, [SAID]: text });

export async function handleInterpretation(
  e: EngineDeps,
  turn: Turn,
  i: Interpretation,
  text: string,
): Promise<Reply[]> {
  // Routed by the interpreter's decision: a refusal or an unsure reading never leads to a command.
  const decided = i.decision === 'act' || i.decision === 'ask' ? i.action : 'none';
  switch (decided) {
    case 'help': {
      const partner = turn.actor.partnerId ? await findPartner(e.db, turn.actor.partnerId) : null;
      return [helpReply(turn.actor, partner?.type)];
    }
    case 'none':
      return [{ text: noneText() }];
    case 'closecode.suggest': {
      const advice = i.comment ? await e.understanding.suggestCloseCode(i.comment) : null;
      const code = (advice?.code ?? i.code) as CloseCode | undefined;
      if (!code) return [{ text: say('engine.closecode_tell') }];
      const info = CLOSE_CODE_INFO[code];
      const why = advice?.reason ? `: ${advice.reason}` : '.';
      const score = scoreImpact(code, turn.actor.role === 'partner' ? 'your' : "the partner's");
      return [{ text: `*${info.label}* (\`${code}\`) fits best${why} ${score}` }];
    }
    case 'clarify': {
      const missing = i.missing ?? [];
      const guessed = missing.map(actionMissing).find(Boolean);
      const args = argsOf(i);
      if (guessed) return advance(e, turn, guessed, withWords(args, text));
      // Not clear which command: keep the words, and read them again once the case number is known.
      if (missing.includes('caseId')) return ask(e, turn, 'clarify', { text }, 'caseId');
      return [
        {
          text: say('engine.need_more', { missing: missing.join(', ') || 'none' }),
        },
      ];
    }
    default: {
      return advance(e, turn, i.action, withWords(argsOf(i), text));
    }
  }
}
