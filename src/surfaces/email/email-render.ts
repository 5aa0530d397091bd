import type { Notice } from '../../db/repositories/notice.repository.ts';
import { noticeSubject } from '../../domain/notice-subject.ts';
import { readingLocale } from '../../i18n/locale.ts';
import { hasMessage, type MessageKey, msg, renderFor } from '../../i18n/messages.ts';

// A notice as an e-mail: the same words as in chat, as plain text and as HTML. The text mixes the bot's
// words with reasons, comments and names people typed, so in HTML all of it is escaped, then only line
// breaks and paragraphs are made from it: nobody's text becomes markup, a link or an image.

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Chat emphasis (*bold*, _italic_) is kept as the characters: e-mail readers see the words as typed. */
export function renderNoticeEmail(notice: Notice, recipientName: string, locale?: string): RenderedEmail {
  const body = notice.payload.text.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
  const name = recipientName.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  // The frame in the reader's language (issue 12); English keeps its words as they were.
  const reader = readingLocale(locale);
  const own = reader.language !== 'en';
  const footer = own
    ? renderFor(msg('email.footer'), locale)
    : 'You receive this e-mail because you are not linked to Debitura in Slack or Teams. ' +
      'Link your chat account to get notices there instead.';
  const greeting = own ? renderFor(msg('email.greeting', { name }), locale) : `Hello ${name},`;
  const subjectKey = `subject.${notice.kind}`;
  const subject =
    own && hasMessage(subjectKey, reader.language)
      ? renderFor(
          msg('email.subject', {
            caseId: notice.caseId === null ? 'none' : String(notice.caseId),
            what: { msg: msg(subjectKey as MessageKey) },
          }),
          locale,
        )
      : noticeSubject(notice);
  const text = `${greeting}\n\n${body}\n\n-- \n${footer}\n`;
  const paragraphs = body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).split('\n').join('<br>\n')}</p>`)
    .join('\n');
  const html = [
    '<!doctype html>',
    '<html><head><meta charset="utf-8"></head>',
    '<body style="font-family: sans-serif; line-height: 1.4">',
    `<p>${escapeHtml(greeting)}</p>`,
    paragraphs,
    `<hr><p style="color: #666; font-size: small">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
