import type { Reply } from '../../conversation/reply.ts';
import { stripTerminalControls } from './terminal-text.ts';

/** Block Kit's *bold* reads fine in a terminal; choices become numbers the user can type. */
export function renderReply(reply: Reply): string {
  const lines: string[] = [];
  if (reply.title) lines.push(`*${reply.title}*`);
  lines.push(...reply.text.split('\n'));
  for (const field of reply.fields ?? []) lines.push(`  ${field.label}: ${field.value}`);
  (reply.choices ?? []).forEach((choice, i) => {
    lines.push(`  [${i + 1}] ${choice.label}`);
  });
  // Escape sequences in names, reasons or comments never reach the terminal (see terminal-text.ts).
  return stripTerminalControls(lines.join('\n'))
    .split('\n')
    .map((l, i) => (i === 0 ? `bot> ${l}` : `     ${l}`))
    .join('\n');
}
