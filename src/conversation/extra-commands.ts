import { COMMANDS } from '../commands/command-table.ts';
import type { ActionName, CommandArgs } from './action-registry.types.ts';

export { categoryNamed, closeCodeNamed } from '../commands/wording.ts';

// Commands read in the platform's own narrow wording before the interpreter: every command-table entry
// with a `says` reader (src/commands/wording.ts). The readers' patterns do not overlap, so their order
// does not matter.
const READERS = (Object.keys(COMMANDS) as ActionName[]).flatMap((action) => {
  const says = COMMANDS[action].says;
  return says ? [{ action, says }] : [];
});

export function parseExtraCommand(text: string): { action: ActionName; args: CommandArgs } | null {
  for (const { action, says } of READERS) {
    const args = says(text);
    if (args) return { action, args };
  }
  return null;
}
