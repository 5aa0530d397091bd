import type { ActionName } from '../commands/command-spec.ts';
import { COMMANDS } from '../commands/command-table.ts';
import { text } from '../commands/handler-kit.ts';
import type { ActionRegistry, ChangeHandler, ReadHandler } from './action-registry.types.ts';

// Every command mapped to its use case, as the command table (src/commands/command-table.ts) defines it:
// how it is checked, run and told. The conversation engine knows nothing of the use cases beyond this.

/** Free text that is stored and sent on, as the confirmation names it. */
const FREE_TEXT = [
  ['reason', 'Reason'],
  ['comment', 'Comment'],
] as const;

/**
 * The person confirms exactly what will be stored and sent: a reason or comment (which the LLM may have
 * worded) is shown verbatim in the confirmation, unless the plan already quotes it.
 */
function showingFreeText(handler: ChangeHandler): ChangeHandler {
  return {
    ...handler,
    async check(ctx, args) {
      const plan = await handler.check(ctx, args);
      const told = [plan.summary, ...(plan.effects ?? [])].join('\n');
      const quoted = FREE_TEXT.flatMap(([field, label]) => {
        const value = text(args[field]);
        return value && !told.includes(value) ? [`${label}, as it will be stored and sent: "${value}"`] : [];
      });
      return quoted.length ? { ...plan, effects: [...quoted, ...(plan.effects ?? [])] } : plan;
    },
  };
}

function registryFromTable(): ActionRegistry {
  const registry: ActionRegistry = {};
  for (const action of Object.keys(COMMANDS) as ActionName[]) {
    // The one boundary where a command's typed handler meets the engine's untyped arguments: the engine
    // carries them as stored JSON (answers and notes included), and each handler reads its own fields
    // defensively (caseNumber, text) rather than trusting the type.
    const handler = COMMANDS[action].handler as ChangeHandler | ReadHandler | null;
    if (handler) registry[action] = handler.kind === 'change' ? showingFreeText(handler) : handler;
  }
  return registry;
}

export const actionRegistry: ActionRegistry = registryFromTable();
