import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config.ts';
import { openAppDatabase } from '../db/open-app-database.ts';
import { systemClock } from '../domain/clock.ts';
import { isDomainError } from '../domain/errors.ts';
import { loadDotEnv } from '../dot-env.ts';
import { issueLinkCodeAsPlatform } from '../use-cases/identities/issue-link-code.ts';
import { runApiKeyCommand, UsageError } from './api-key-command.ts';
import { ImportRejected, importOrganisations } from './import-organisations.ts';
import { KINDS } from './import-rows.ts';

// `npm run admin -- import <file.csv|file.json>…`: organisations, users, coverage, matching rules and
// client overrides (docs/notes/linking.md has the formats). `npm run admin -- link-code <handle>`: a
// one-time code the person says to the bot ("link K7MQ-3PXA") to link their chat account.

const USAGE = [
  'Usage:',
  '  npm run admin -- import <file.csv|file.json> [more files…]   (one transaction for all files)',
  '  npm run admin -- link-code <user handle or e-mail>',
  '  npm run admin -- api-key create --partner <id|name> [--label <text>]   (the key is shown once)',
  '  npm run admin -- api-key revoke <prefix or key>',
  '  npm run admin -- api-key list --partner <id|name>',
  `CSV files are named after what they hold: ${KINDS.map((k) => `${k.replace('_', '-')}.csv`).join(', ')}.`,
].join('\n');

const say = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`${line}\n`);
loadDotEnv();

const [command, ...args] = process.argv.slice(2);
if ((command !== 'import' && command !== 'link-code' && command !== 'api-key') || args.length === 0) {
  complain(USAGE);
  process.exitCode = 2;
} else {
  try {
    const config = loadConfig();
    const handle = await openAppDatabase(config);
    try {
      if (command === 'api-key') {
        for (const line of await runApiKeyCommand(handle.db, systemClock, args)) say(line);
      } else if (command === 'import') {
        const files = await Promise.all(
          args.map(async (name) => ({ name, text: await readFile(name, 'utf8') })),
        );
        const counts = await importOrganisations(handle.db, files);
        for (const [kind, c] of Object.entries(counts)) {
          if (c.created + c.updated + c.unchanged > 0)
            say(`${kind}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`);
        }
      } else {
        const issued = await issueLinkCodeAsPlatform(handle.db, systemClock, args[0] as string, {
          ttlMs: config.LINK_CODE_TTL_HOURS * 3600_000,
        });
        say(
          `Link code for ${issued.user.name} (${issued.user.handle}): ${issued.code}\n` +
            `Valid once, until ${issued.expiresAt.toISOString()}. They say to the bot: link ${issued.code}`,
        );
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ImportRejected || error instanceof UsageError || isDomainError(error))
      complain(error.message);
    else complain(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
