import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/helpers/setup.ts'],
    // PGlite instances are heavy (~1.5 s, hundreds of MB each): a few workers, long hooks.
    pool: 'forks',
    maxWorkers: 2,
    hookTimeout: 60_000,
    testTimeout: 30_000,
    server: { deps: { inline: ['kysely'] } },
  },
});
