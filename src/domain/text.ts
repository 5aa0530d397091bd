/**
 * Words a person typed, set into a notice as a sentence of their own: trimmed, and ended with a full
 * stop unless they already end with punctuation, so that the next sentence does not run into them.
 */
export function asSentence(typed: string): string {
  const text = typed.trim();
  if (!text) return text;
  return /[.!?…]["”')\]]?$/.test(text) ? text : `${text}.`;
}
