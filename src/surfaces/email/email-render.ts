import type { Notice } from '../../db/repositories/notice.repository.ts';
import { noticeSubject } from '../../domain/notice-subject.ts';

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
export function renderNoticeEmail(notice: Notice, recipientName: string): RenderedEmail {
  const body = notice.payload.text.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
  const footer =
    'You receive this e-mail because you are not linked to Debitura in Slack or Teams. ' +
    'Link your chat account to get notices there instead.';
  const greeting = `Hello ${recipientName.replace(CONTROLS, '').replace(/\s+/g, ' ').trim()},`;
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
  return { subject: noticeSubject(notice), text, html };
}
