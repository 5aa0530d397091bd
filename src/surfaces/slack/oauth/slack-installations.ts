import { webApi } from '@slack/bolt';
import type { Kysely } from 'kysely';
import type { Config } from '../../../config.ts';
import type { Database } from '../../../db/database.ts';
import type { Clock } from '../../../domain/clock.ts';
import type { Logger } from '../../../logger.ts';
import type { WebClientOptions } from '../slack-types.ts';
import { createPgInstallationStore, type PgInstallationStore } from './installation-store.ts';
import { createTokenCipher } from './token-cipher.ts';

export type SlackOAuthConfig = Pick<
  Config,
  'SLACK_CLIENT_ID' | 'SLACK_CLIENT_SECRET' | 'SLACK_TOKEN_ENCRYPTION_KEY' | 'SLACK_HOME_TEAM_ID'
>;

/**
 * The distributed app's installations on PostgreSQL: tokens sealed with SLACK_TOKEN_ENCRYPTION_KEY when
 * set, expiring bot tokens rotated with the app's client id and secret (oauth.v2.access, refresh_token).
 */
export function createSlackInstallations(options: {
  db: Kysely<Database>;
  config: SlackOAuthConfig;
  logger: Logger;
  clock?: Clock;
  /** Tests point the Web API at nock and turn retries off. */
  clientOptions?: WebClientOptions;
}): PgInstallationStore {
  const { config } = options;
  const noToken = new webApi.WebClient(undefined, { timeout: 10_000, ...options.clientOptions });
  return createPgInstallationStore({
    db: options.db,
    cipher: createTokenCipher(config.SLACK_TOKEN_ENCRYPTION_KEY),
    logger: options.logger,
    clock: options.clock,
    homeWorkspace: config.SLACK_HOME_TEAM_ID,
    rotate: async (refreshToken) => {
      const answer = await noToken.oauth.v2.access({
        client_id: config.SLACK_CLIENT_ID ?? '',
        client_secret: config.SLACK_CLIENT_SECRET ?? '',
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
      });
      if (!answer.access_token || !answer.refresh_token || !answer.expires_in) {
        throw new Error('oauth.v2.access answered without a rotated token');
      }
      return {
        token: answer.access_token,
        refreshToken: answer.refresh_token,
        expiresInSeconds: answer.expires_in,
      };
    },
  });
}
