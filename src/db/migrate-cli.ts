import { loadConfig } from '../config.ts';
import { loadDotEnv } from '../dot-env.ts';
import { openAppDatabase } from './open-app-database.ts';

// `npm run db:migrate`: brings the configured database (server or embedded) up to date, nothing more.
loadDotEnv();
try {
  const handle = await openAppDatabase(loadConfig());
  await handle.close();
  process.stderr.write('database: up to date\n');
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
