// A button carries the engine's opaque choice value together with the conversation it belongs to, because
// an ephemeral message's click arrives without the message it came from. Slack allows 2,000 characters.

export interface ButtonValue {
  /** conversation key */
  k: string;
  /** the engine's ReplyChoice.value, or the case id for a form button */
  v: string;
  /** A form button's reader locale (absent: English): the modal it opens is said in it. */
  l?: string;
}

export function encodeButtonValue(value: ButtonValue): string {
  return JSON.stringify(value);
}

export function decodeButtonValue(raw: string | undefined): ButtonValue | undefined {
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<ButtonValue>;
    if (typeof parsed.k === 'string' && typeof parsed.v === 'string') {
      return typeof parsed.l === 'string'
        ? { k: parsed.k, v: parsed.v, l: parsed.l }
        : { k: parsed.k, v: parsed.v };
    }
  } catch {
    // not ours
  }
  return undefined;
}
