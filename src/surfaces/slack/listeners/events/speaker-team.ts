// The team of the person who wrote a message, and whether the channel is shared with another organisation.
// Slack Connect messages carry the author's own team as `user_team` (and `team`); the envelope says
// `is_ext_shared_channel`. Returned as originOf's last two arguments.
export function speakerTeam(event: unknown, body: unknown): [string | undefined, boolean | undefined] {
  const e = event as { user_team?: unknown; team?: unknown };
  const team =
    typeof e.user_team === 'string' ? e.user_team : typeof e.team === 'string' ? e.team : undefined;
  const shared = (body as { is_ext_shared_channel?: unknown }).is_ext_shared_channel;
  return [team, typeof shared === 'boolean' ? shared : undefined];
}
