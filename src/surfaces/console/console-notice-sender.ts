import type { EmailAddress, NoticeAddress, NoticeSender } from '../../conversation/engine-contract.ts';
import type { Notice } from '../../db/repositories/notice.repository.ts';
import { noticeSubject } from '../../domain/notice-subject.ts';
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

/**
 * An e-mail notice when no SMTP is configured: who would get it and its subject (not the address, not the
 * body), and that it waits for support, parked.
 */
export function formatWouldEmail(notice: Notice, address: EmailAddress): string {
  return stripTerminalControls(
    `→ would e-mail ${address.displayName} (${address.recipientId}): "${noticeSubject(notice)}" — no e-mail transport configured, parked for support (notice ${notice.id})`,
  );
}
