import type { NoticeAddress, NoticeSender } from '../../conversation/engine-contract.ts';
import type { Notice } from '../../db/repositories/notice.repository.ts';

/** How a delivered notice shows in the terminal: "→ DM to Acme ApS: …" or "→ #quote-alerts: …". */
export function formatConsoleNotice(notice: Notice, address: NoticeAddress): string {
  const where =
    address.kind === 'dm' ? `DM to ${address.displayName}` : `#${address.channel.replace(/^#/, '')}`;
  return `→ ${where}: ${notice.payload.text.split('\n').join('\n    ')}`;
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
