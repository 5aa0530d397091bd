import { readingLocale } from './locale.ts';
import { type MessageSpec, type Reader, render, renderFor } from './messages.ts';

// Notices are written once, in the use case's transaction, as a message of the catalogue (key + values)
// next to its English text; the outbox renders them again for each place they go, in the language of the
// person reading there (src/delivery/outbox-worker.ts). So a creditor with a Danish and a Swedish user
// gets one notice, read in Danish by one and in Swedish by the other, and a reminder the worker writes at
// night is in the language the recipient has when it is delivered. `text` stays the English rendering: the
// parked list, the logs' tests and any reader without a locale use it.

/** The payload fields of a notice said by the catalogue: its English text and the message itself. */
export function noticeText(spec: MessageSpec): { text: string; message: MessageSpec } {
  return { text: renderFor(spec, null), message: spec };
}

function messageOf(payload: Record<string, unknown>): MessageSpec | null {
  const m = payload.message as MessageSpec | undefined;
  return m && typeof m === 'object' && typeof m.key === 'string' ? m : null;
}

/**
 * The notice as one reader sees it: its text rendered in the reader's locale and for the surface (Slack:
 * days as date tokens, see slackMarkup). A notice without a catalogue message (written in English by code
 * that does not use the catalogue yet) is returned as it is.
 */
export function localizeNotice<N extends { payload: { text: string } & Record<string, unknown> }>(
  notice: N,
  locale: string | null | undefined,
  surface: Reader['surface'],
): N {
  const spec = messageOf(notice.payload);
  if (!spec) return notice;
  try {
    const text = render(spec, { locale: readingLocale(locale), surface });
    return { ...notice, payload: { ...notice.payload, text } };
  } catch {
    // A message whose key an older or newer release does not know: its English text as written.
    return notice;
  }
}
