// A button carries the engine's opaque choice value together with the conversation it belongs to, because
// an ephemeral message's click arrives without the message it came from. Slack allows 2,000 characters.

export interface ButtonValue {
  /** conversation key */
  k: string;
  /** the engine's ReplyChoice.value, or the case id for a form button */
  v: string;
}

export function encodeButtonValue(value: ButtonValue): string {
  return JSON.stringify(value);
}

export function decodeButtonValue(raw: string | undefined): ButtonValue | undefined {
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<ButtonValue>;
    if (typeof parsed.k === 'string' && typeof parsed.v === 'string') return { k: parsed.k, v: parsed.v };
  } catch {
    // not ours
  }
  return undefined;
}
