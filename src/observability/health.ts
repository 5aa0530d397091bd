import { type Kysely, sql } from 'kysely';
import type PgBoss from 'pg-boss';
import type { Database } from '../db/database.ts';

// Liveness and readiness, the same for every process (Slack app, Teams app, worker). /healthz says the
// process is alive and serving HTTP; /readyz says it can do its work: the database answers, the chat
// surface is connected, the job queue runs. A load balancer routes to ready instances only; an
// orchestrator restarts one that is not alive.

/** One thing a ready process needs. `check` resolves when fine and throws (or rejects) saying why not. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void> | void;
}

export interface CheckResult {
  ok: boolean;
  /** Why not, when not ok: a sentence for the operator (never a secret: no connection strings). */
  error?: string;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, CheckResult>;
}

export interface Health {
  /** Adds a check; a surface adds its own once it exists. A second check of the same name replaces it. */
  add(check: ReadinessCheck): void;
  ready(): Promise<Readiness>;
}

/** No check may hold /readyz longer than this: a hung database is reported as not ready, not waited for. */
export const CHECK_TIMEOUT_MS = 1500;

export function createHealth(checks: ReadinessCheck[] = [], timeoutMs = CHECK_TIMEOUT_MS): Health {
  const all = new Map(checks.map((c) => [c.name, c]));
  return {
    add(check) {
      all.set(check.name, check);
    },
    async ready() {
      const entries = await Promise.all(
        [...all.values()].map(async (c): Promise<[string, CheckResult]> => {
          try {
            await withTimeout(
              Promise.resolve().then(() => c.check()),
              timeoutMs,
            );
            return [c.name, { ok: true }];
          } catch (error) {
            return [c.name, { ok: false, error: error instanceof Error ? error.message : String(error) }];
          }
        }),
      );
      const results = Object.fromEntries(entries);
      return { ready: entries.every(([, r]) => r.ok), checks: results };
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** The database answers `select 1` (within the check timeout). */
export function databaseCheck(db: Kysely<Database>): ReadinessCheck {
  return {
    name: 'database',
    async check() {
      try {
        await sql`select 1`.execute(db);
      } catch (error) {
        // Driver messages can quote the host; they never carry the password. Keep them short.
        const why = error instanceof Error ? error.message : String(error);
        throw new Error(`the database does not answer: ${why.slice(0, 200)}`);
      }
    },
  };
}

/** The time-based rules run: pg-boss started and has not stopped (it stops on a fatal error or shutdown). */
export function jobsCheck(boss: PgBoss): ReadinessCheck {
  let stopped = false;
  boss.on('stopped', () => {
    stopped = true;
  });
  return {
    name: 'jobs',
    check() {
      if (stopped) throw new Error('the job queue has stopped');
    },
  };
}

/** A condition kept by its owner (a surface's connection): `state()` says null when fine, else why not. */
export function stateCheck(name: string, state: () => string | null): ReadinessCheck {
  return {
    name,
    check() {
      const problem = state();
      if (problem) throw new Error(problem);
    },
  };
}
