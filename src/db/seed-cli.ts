import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { systemClock } from '../domain/clock.ts';
import { loadDotEnv } from '../dot-env.ts';
import { openAppDatabase } from './open-app-database.ts';
import { DEMO_CASES } from './seed/demo-cases.ts';
import { emptyDatabase, hasUsers, seedDemoWorld } from './seed/seed-demo-world.ts';

// `npm run db:seed [-- --reset]`: loads the demo world. It never writes over existing data unless
// --reset is given, which empties every table first.
const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false } } });
const say = (line: string) => process.stderr.write(`${line}\n`);
loadDotEnv();

try {
  const handle = await openAppDatabase(loadConfig());
  try {
    if (values.reset) {
      await emptyDatabase(handle.db);
      say('database: emptied (--reset)');
    } else if (await hasUsers(handle.db)) {
      say('The database already has users, so the demo world was not loaded again.');
      say('To start over from the demo world, run: npm run db:seed -- --reset (this deletes all data).');
    }
    const result = await seedDemoWorld(handle.db, systemClock);
    if (result.seeded) {
      const ids = DEMO_CASES.map((c) => c.id);
      say(
        `Loaded the demo world: ${result.users} users, ${result.cases} cases (${Math.min(...ids)}–${Math.max(...ids)}).`,
      );
      say('Try: npm start -- --as nordic-partner, then "accept 1001". The README lists every demo user.');
    }
  } finally {
    await handle.close();
  }
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
