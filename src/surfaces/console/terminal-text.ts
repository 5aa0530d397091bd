// The console shows text as it is, Markdown and all, but a terminal obeys escape sequences: a reason or a name
// holding "\x1b]52;…" could write to the clipboard, "\x1b[2J" clear the screen, "\r" or a bidi override draw
// one text over another. Everything printed from a reply or a notice passes through here first; the console's
// own control sequences (redrawing the prompt) are written around the cleaned text, never inside it.

const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal escape sequences is the point
  /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[ -/]*[0-~])?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the C0 and C1 controls are what is removed
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Text with every terminal escape sequence and control character removed; newlines and tabs are kept. */
export function stripTerminalControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}
