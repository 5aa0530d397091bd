import type { NoticeAddress, NoticeSender } from '../../conversation/engine-contract.ts';
import type { Notice } from '../../db/repositories/notice.repository.ts';
import { stripTerminalControls } from './terminal-text.ts';

/** How a delivered notice shows in the terminal: "→ DM to Acme ApS: …" or "→ #quote-alerts: …". */
export function formatConsoleNotice(notice: Notice, address: NoticeAddress): string {
  const where =
    address.kind === 'dm' ? `DM to ${address.displayName}` : `#${address.channel.replace(/^#/, '')}`;
  // The display name and the text are stored data: no escape sequence of theirs reaches the terminal.
  return stripTerminalControls(`→ ${where}: ${notice.payload.text.split('\n').join('\n    ')}`);
}

/** The console "delivers" a notice by printing it where the person at the keyboard sees it. */
export function createConsoleNoticeSender(print: (line: string) => void): NoticeSender {
  return {
    surface: 'console',
    async send(notice, address) {
      print(formatConsoleNotice(notice, address));
    },
  };
}
