import { App, type CustomRoute, HTTPReceiver, type Receiver } from '@slack/bolt';
import type { Config } from '../../config.ts';
import type { ConversationEngine } from '../../conversation/engine-contract.ts';
import type { Logger } from '../../logger.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { registerActions } from './listeners/actions/index.ts';
import { registerCommands } from './listeners/commands/index.ts';
import { registerEvents } from './listeners/events/index.ts';
import { registerViews } from './listeners/views/index.ts';
import { RecentIds } from './recent-ids.ts';
import { guardSlackRequests } from './request-guard.ts';
import type { HomeProvider, SlackDeps } from './slack-deps.ts';
import type { WebClientOptions } from './slack-types.ts';

export interface SlackAppOptions {
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'PORT'>;
  engine: ConversationEngine;
  logger: Logger;
  /** The App Home summary; without it the Home tab shows how to use the bot. */
  home?: HomeProvider;
  /** A receiver of our own (tests drive `app.processEvent` through one). */
  receiver?: Receiver;
  /** Web API client options: tests point slackApiUrl at a fake and set retries to 0. */
  clientOptions?: WebClientOptions;
  /** Known bot ids skip the `auth.test` call Bolt makes otherwise. */
  botId?: string;
  botUserId?: string;
}

export interface SlackApp {
  app: App;
  mode: 'socket' | 'http' | 'custom';
  /** Starts listening; in HTTP mode resolves with the port (PORT=0 picks a free one, as tests do). */
  start(port?: number): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

const healthz: CustomRoute = {
  path: '/healthz',
  method: ['GET'],
  handler: (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  },
};

/**
 * The Slack surface: Socket Mode when an app-level token is configured, else Slack's HTTP receiver on PORT
 * with its request signature check. Listeners translate Slack payloads to the engine and back; they
 * acknowledge first and work afterwards.
 */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { config, engine, logger } = options;
  if (!config.SLACK_BOT_TOKEN) throw new Error('SLACK_BOT_TOKEN is required to run the Slack app.');
  const mode = options.receiver ? 'custom' : config.SLACK_APP_TOKEN ? 'socket' : 'http';
  if (mode === 'http' && !config.SLACK_SIGNING_SECRET) {
    throw new Error(
      'SLACK_SIGNING_SECRET is required for the HTTP receiver (or set SLACK_APP_TOKEN for Socket Mode).',
    );
  }
  const boltLogger = toBoltLogger(logger);
  const known =
    options.botId && options.botUserId ? { botId: options.botId, botUserId: options.botUserId } : {};
  const common = {
    token: config.SLACK_BOT_TOKEN,
    logger: boltLogger,
    clientOptions: options.clientOptions,
    // Bolt's in-memory conversation store runs on every event; our conversations live in PostgreSQL.
    convoStore: false as const,
    ...known,
  };
  const app =
    mode === 'custom'
      ? new App({ ...common, receiver: options.receiver })
      : mode === 'socket'
        ? new App({
            ...common,
            socketMode: true,
            appToken: config.SLACK_APP_TOKEN,
            customRoutes: [healthz],
            installerOptions: { port: config.PORT },
          })
        : new App({
            ...common,
            receiver: guardSlackRequests(
              new HTTPReceiver({
                signingSecret: config.SLACK_SIGNING_SECRET as string,
                port: config.PORT,
                customRoutes: [healthz],
                logger: boltLogger,
              }),
              {
                signingSecret: config.SLACK_SIGNING_SECRET as string,
                logger: logger.child({ surface: 'slack' }),
                boltLogger,
              },
            ),
          });

  const deps: SlackDeps = {
    engine,
    logger: logger.child({ surface: 'slack' }),
    recent: new RecentIds(),
    home: options.home,
  };
  registerEvents(app, deps);
  registerCommands(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  app.error(async (error) => {
    deps.logger.error({ err: error, code: error.code }, 'unhandled slack error');
  });

  return {
    app,
    mode,
    async start(port = config.PORT) {
      const server = (await app.start(port)) as { address?: () => unknown } | undefined;
      const address = typeof server?.address === 'function' ? server.address() : undefined;
      const listening =
        address && typeof address === 'object' ? (address as { port: number }).port : undefined;
      deps.logger.info({ mode, port: listening ?? port }, 'slack app started');
      return { port: listening };
    },
    async stop() {
      await app.stop();
    },
  };
}
