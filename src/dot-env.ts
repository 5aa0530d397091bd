import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Loads `.env` (or the given file) into process.env when it exists, before the configuration is parsed.
 * A variable already set in the environment wins over the file, so a deployment's own settings are never
 * overridden by a stray file. Node's own parser (20.12+): no dependency. Returns the file it loaded.
 */
export function loadDotEnv(file = '.env'): string | null {
  const path = resolve(file);
  if (!existsSync(path)) return null;
  process.loadEnvFile(path);
  return path;
}
