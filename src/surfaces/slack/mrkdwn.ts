import type { MrkdwnElement } from './slack-types.ts';

// Every text the bot posts to Slack as mrkdwn passes through here, whatever its source: a decline reason, a
// comment, a debtor name, LLM wording, or the bot's own sentences. Slack reads `<…>` as control sequences
// (`<!channel>`, `<@U…>`, `<https://x|label>`), and `&`, `<`, `>` are the only characters its "Escaping text"
// rules ask to escape, so after this no text can mention, notify or link anywhere. The bot's own emphasis
// (`*bold*`, `_italic_`, `` `code` ``) needs none of those characters and stays live. A mention or a link the bot
// itself builds would have to be added by a renderer after escaping, never written into the text.

/** Slack's three control characters as entities: the text shows exactly as written and nothing in it is live. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escaped and cut to `max` characters without splitting an entity (`&am…` would show as garbage). */
export function escapedClip(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  return `${escaped.slice(0, max - 1).replace(/&[a-z]*$/, '')}…`;
}

/**
 * A mrkdwn text object for any text: escaped, and `verbatim` so that Slack does not "automatically parse"
 * plain words either (channel names, `@here` typed without brackets become links or mentions otherwise).
 */
export function mrkdwn(text: string, max = 3000): MrkdwnElement {
  return { type: 'mrkdwn', text: escapedClip(text, max), verbatim: true };
}
