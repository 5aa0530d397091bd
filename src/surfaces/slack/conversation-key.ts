// A conversation key names where a conversation lives, so that a pending command and the case it is about
// follow the user: a channel thread, a direct-message channel, or one user's slash commands in a channel.
// Keys are parsed back to know where an answer to a button or a modal goes.

export type SlackPlace =
  | { kind: 'thread'; channel: string; threadTs: string }
  | { kind: 'dm'; channel: string }
  | { kind: 'command'; channel: string; userId: string };

export function conversationKey(place: SlackPlace): string {
  switch (place.kind) {
    case 'thread':
      return `slack:${place.channel}:${place.threadTs}`;
    case 'dm':
      return `slack:${place.channel}`;
    case 'command':
      return `slack:${place.channel}:cmd:${place.userId}`;
  }
}

export function parseConversationKey(key: string): SlackPlace | undefined {
  const parts = key.split(':');
  if (parts[0] !== 'slack' || !parts[1]) return undefined;
  if (parts.length === 2) return { kind: 'dm', channel: parts[1] };
  if (parts.length === 3 && parts[2]) return { kind: 'thread', channel: parts[1], threadTs: parts[2] };
  if (parts.length === 4 && parts[2] === 'cmd' && parts[3])
    return { kind: 'command', channel: parts[1], userId: parts[3] };
  return undefined;
}

/** Slack direct-message channel ids start with D. */
export function isDirectMessageChannel(channel: string): boolean {
  // A user id as channel posts into the bot's DM with that user (used from the App Home).
  return /^[DUW]/.test(channel);
}
