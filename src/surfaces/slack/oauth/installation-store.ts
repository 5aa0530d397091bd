import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, SlackInstallationsTable } from '../../../db/database.ts';
import { type Clock, systemClock } from '../../../domain/clock.ts';
import type { Logger } from '../../../logger.ts';
import type { TokenCipher } from './token-cipher.ts';

// Bolt's installation store kept in PostgreSQL, so that every instance answers every workspace, plus
// token rotation done once for all instances. Slack revokes a refresh token once it has been used: two
// instances refreshing at the same moment would leave one of them with a dead token. Here the expiring
// row is locked (SELECT … FOR UPDATE), read again, and only then refreshed: the second instance finds
// the fresh token. This runs 3 hours before expiry, ahead of Bolt's own 2-hour check, so Bolt's
// unlocked refresh (InstallProvider.authorize) does not start while ours works.

type Db = Kysely<Database> | Transaction<Database>;
type Row = Selectable<SlackInstallationsTable>;

/** Which installation answers an incoming delivery (Bolt's AuthorizeSourceData), stored with inbox rows. */
export interface InstallationRef {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
}

/** The installation is gone (uninstalled, tokens revoked) or was never made. */
export class SlackNotInstalled extends Error {
  readonly code = 'slack_not_installed';
  /** Nothing will change by retrying: the inbox and the outbox give up at once. */
  readonly permanent = true;
  constructor(what: string) {
    super(`the Slack app is not installed for ${what}`);
    this.name = 'SlackNotInstalled';
  }
}

export interface RotatedToken {
  token: string;
  refreshToken: string;
  expiresInSeconds: number;
}

export interface PgInstallationStoreOptions {
  db: Kysely<Database>;
  cipher: TokenCipher;
  logger: Logger;
  clock?: Clock;
  /** With token rotation on: exchanges a refresh token (Slack's oauth.v2.access, grant_type refresh_token). */
  rotate?: (refreshToken: string) => Promise<RotatedToken>;
  /** A token this close to its expiry is rotated. Default 3 hours (Bolt's own check is at 2). */
  rotateBeforeMs?: number;
  /** The workspace (team or enterprise id) whose installation posts to the configured channels. */
  homeWorkspace?: string;
}

export interface PgInstallationStore extends InstallationStore {
  fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v2', boolean>>;
  deleteInstallation(query: InstallationQuery<boolean>): Promise<void>;
  /**
   * The installation a chat identity's workspace is served by: a workspace install of that team, or the
   * org-wide install of that enterprise. '' (a link made for a single-workspace set-up) is the home one.
   */
  forWorkspace(workspaceId: string): Promise<Installation<'v2', boolean>>;
  /** How many installations there are (tests, /readyz detail). */
  count(): Promise<number>;
}

const contextOf = (row: Pick<Row, 'enterprise_id' | 'team_id'>) => `${row.enterprise_id}/${row.team_id}`;

export function createPgInstallationStore(options: PgInstallationStoreOptions): PgInstallationStore {
  const { db, cipher, clock = systemClock } = options;
  const log = options.logger.child({ component: 'slack-installations' });
  const rotateBeforeMs = options.rotateBeforeMs ?? 3 * 3600_000;

  function toInstallation(row: Row): Installation<'v2', boolean> {
    const context = contextOf(row);
    return {
      team: row.team_id ? { id: row.team_id, ...(row.team_name ? { name: row.team_name } : {}) } : undefined,
      enterprise: row.enterprise_id
        ? { id: row.enterprise_id, ...(row.enterprise_name ? { name: row.enterprise_name } : {}) }
        : undefined,
      // No user scopes are asked for, so no user token is ever kept.
      user: { id: row.installer_user_id, token: undefined, scopes: undefined },
      bot: {
        id: row.bot_id,
        userId: row.bot_user_id,
        scopes: row.bot_scopes ? row.bot_scopes.split(',') : [],
        token: cipher.open(row.bot_token, context),
        ...(row.bot_refresh_token
          ? {
              refreshToken: cipher.open(row.bot_refresh_token, context),
              expiresAt: row.bot_token_expires_at
                ? Math.floor(row.bot_token_expires_at.getTime() / 1000)
                : undefined,
            }
          : {}),
      },
      ...(row.app_id ? { appId: row.app_id } : {}),
      ...(row.enterprise_url ? { enterpriseUrl: row.enterprise_url } : {}),
      tokenType: 'bot',
      isEnterpriseInstall: row.is_enterprise_install,
      authVersion: 'v2',
    };
  }

  const needsRotation = (row: Row) =>
    row.bot_refresh_token !== null &&
    row.bot_token_expires_at !== null &&
    row.bot_token_expires_at.getTime() - clock.now().getTime() <= rotateBeforeMs;

  async function rotated(row: Row): Promise<Row> {
    const rotate = options.rotate;
    if (!rotate || !needsRotation(row)) return row;
    try {
      return await db.transaction().execute(async (tx) => {
        const locked = await tx
          .selectFrom('slack_installations')
          .selectAll()
          .where('enterprise_id', '=', row.enterprise_id)
          .where('team_id', '=', row.team_id)
          .forUpdate()
          .executeTakeFirst();
        if (!locked) throw new SlackNotInstalled(contextOf(row));
        // Another instance rotated it while this one waited for the lock.
        if (!needsRotation(locked) || !locked.bot_refresh_token) return locked;
        const context = contextOf(locked);
        const fresh = await rotate(cipher.open(locked.bot_refresh_token, context));
        const now = clock.now();
        const updated = await tx
          .updateTable('slack_installations')
          .set({
            bot_token: cipher.seal(fresh.token, context),
            bot_refresh_token: cipher.seal(fresh.refreshToken, context),
            bot_token_expires_at: new Date(now.getTime() + fresh.expiresInSeconds * 1000),
            updated_at: now,
          })
          .where('enterprise_id', '=', locked.enterprise_id)
          .where('team_id', '=', locked.team_id)
          .returningAll()
          .executeTakeFirstOrThrow();
        log.info({ team: locked.team_id, enterprise: locked.enterprise_id }, 'slack bot token rotated');
        return updated;
      });
    } catch (error) {
      if (error instanceof SlackNotInstalled) throw error;
      // The old token still works until it expires; the next delivery tries again.
      log.error(
        { err: error, team: row.team_id, enterprise: row.enterprise_id },
        'slack token rotation failed',
      );
      if (row.bot_token_expires_at && row.bot_token_expires_at.getTime() <= clock.now().getTime())
        throw error;
      return row;
    }
  }

  async function findRow(query: InstallationQuery<boolean>): Promise<Row | undefined> {
    if (query.isEnterpriseInstall && query.enterpriseId) return orgInstall(db, query.enterpriseId);
    if (query.teamId) {
      const team = await db
        .selectFrom('slack_installations')
        .selectAll()
        .where('team_id', '=', query.teamId)
        .where('is_enterprise_install', '=', false)
        .orderBy('enterprise_id')
        .executeTakeFirst();
      if (team) return team;
    }
    // A workspace of a Grid org where the app was installed org-wide.
    return query.enterpriseId ? orgInstall(db, query.enterpriseId) : undefined;
  }

  const orgInstall = (d: Db, enterpriseId: string) =>
    d
      .selectFrom('slack_installations')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .where('team_id', '=', '')
      .executeTakeFirst();

  const describe = (query: InstallationQuery<boolean>) =>
    query.isEnterpriseInstall ? `enterprise ${query.enterpriseId}` : `team ${query.teamId}`;

  return {
    async storeInstallation(installation) {
      const bot = installation.bot;
      if (!bot) throw new Error('a Slack installation without a bot token cannot be used by this app');
      const enterpriseId = installation.enterprise?.id ?? '';
      const teamId = installation.isEnterpriseInstall ? '' : (installation.team?.id ?? '');
      if (!enterpriseId && !teamId)
        throw new Error('a Slack installation names neither a team nor an enterprise');
      const context = contextOf({ enterprise_id: enterpriseId, team_id: teamId });
      const now = clock.now();
      const values = {
        is_enterprise_install: installation.isEnterpriseInstall === true,
        app_id: installation.appId ?? null,
        team_name: installation.team?.name ?? null,
        enterprise_name: installation.enterprise?.name ?? null,
        enterprise_url: installation.enterpriseUrl ?? null,
        bot_id: bot.id,
        bot_user_id: bot.userId,
        bot_scopes: (bot.scopes ?? []).join(','),
        bot_token: cipher.seal(bot.token, context),
        bot_refresh_token: bot.refreshToken ? cipher.seal(bot.refreshToken, context) : null,
        bot_token_expires_at: bot.expiresAt ? new Date(bot.expiresAt * 1000) : null,
        installer_user_id: installation.user.id,
        updated_at: now,
      };
      // A reinstall (new scopes, a new installer) replaces the row; installed_at stays the first one.
      await db
        .insertInto('slack_installations')
        .values({ enterprise_id: enterpriseId, team_id: teamId, installed_at: now, ...values })
        .onConflict((oc) => oc.columns(['enterprise_id', 'team_id']).doUpdateSet(values))
        .execute();
      log.info(
        { team: teamId, enterprise: enterpriseId, rotation: values.bot_refresh_token !== null },
        'slack installation stored',
      );
    },

    async fetchInstallation(query) {
      const row = await findRow(query);
      if (!row) throw new SlackNotInstalled(describe(query));
      return toInstallation(await rotated(row));
    },

    async deleteInstallation(query) {
      let q = db.deleteFrom('slack_installations');
      if (query.isEnterpriseInstall && query.enterpriseId) {
        q = q.where('enterprise_id', '=', query.enterpriseId).where('team_id', '=', '');
      } else if (query.teamId) {
        q = q.where('team_id', '=', query.teamId).where('is_enterprise_install', '=', false);
      } else {
        return;
      }
      const result = await q.executeTakeFirst();
      log.info(
        { team: query.teamId, enterprise: query.enterpriseId, deleted: Number(result.numDeletedRows) },
        'slack installation deleted',
      );
    },

    async forWorkspace(workspaceId) {
      const wanted = workspaceId || options.homeWorkspace;
      let row: Row | undefined;
      if (wanted) {
        row = await db
          .selectFrom('slack_installations')
          .selectAll()
          .where((eb) =>
            eb.or([
              eb.and([eb('team_id', '=', wanted), eb('is_enterprise_install', '=', false)]),
              eb.and([eb('enterprise_id', '=', wanted), eb('is_enterprise_install', '=', true)]),
            ]),
          )
          .orderBy('enterprise_id')
          .executeTakeFirst();
      } else {
        // No home workspace configured: the first installation is the operator's own (installed first).
        row = await db
          .selectFrom('slack_installations')
          .selectAll()
          .orderBy('installed_at')
          .orderBy('enterprise_id')
          .orderBy('team_id')
          .executeTakeFirst();
      }
      if (!row) throw new SlackNotInstalled(wanted ? `workspace ${wanted}` : 'any workspace');
      return toInstallation(await rotated(row));
    },

    async count() {
      const r = await db
        .selectFrom('slack_installations')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
