import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Prompts and message templates are text in prompts/ (versioned, reviewed like code), read once.
const PROMPTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prompts');
const cache = new Map<string, string>();

/** Reads prompts/<name> synchronously and keeps it; throws when the file is missing. */
export function loadPrompt(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(PROMPTS_DIR, name), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}
