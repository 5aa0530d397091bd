import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import {
  App,
  type CustomRoute,
  ErrorCode,
  HTTPModuleFunctions,
  HTTPReceiver,
  type Receiver,
} from '@slack/bolt';
import type { Config } from '../../config.ts';
import type { ConversationEngine } from '../../conversation/engine-contract.ts';
import { createMemoryInbox, type Inbox } from '../../conversation/inbox.ts';
import type { Logger } from '../../logger.ts';
import { createHealth, type Health, stateCheck } from '../../observability/health.ts';
import { OPS_PATHS, opsHandlers } from '../../observability/ops-endpoints.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { registerActions } from './listeners/actions/index.ts';
import { registerCommands } from './listeners/commands/index.ts';
import { registerEvents } from './listeners/events/index.ts';
import { DeliveryNotRecorded, slackDeliverer } from './listeners/intake.ts';
import { registerViews } from './listeners/views/index.ts';
import type { PgInstallationStore } from './oauth/installation-store.ts';
import { guardSlackRequests } from './request-guard.ts';
import type { HomeProvider, SlackDeps } from './slack-deps.ts';
import type { WebClientOptions } from './slack-types.ts';
import { installedWorkspaces, singleWorkspace } from './slack-workspaces.ts';
import { withWebApiTransport } from './web-api-transport.ts';

export interface SlackAppOptions {
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'PORT'> &
    Partial<
      Pick<
        Config,
        | 'SLACK_CLIENT_ID'
        | 'SLACK_CLIENT_SECRET'
        | 'SLACK_STATE_SECRET'
        | 'SLACK_SCOPES'
        | 'SLACK_REDIRECT_URI'
      >
    >;
  engine: ConversationEngine;
  logger: Logger;
  /**
   * Where deliveries are recorded before they are carried out (the PostgreSQL inbox shared by every
   * instance). Without one, an in-memory stand-in: retries are still answered once, but a crash loses work.
   */
  inbox?: Inbox;
  /** The App Home summary; without it the Home tab shows how to use the bot. */
  home?: HomeProvider;
  /** A receiver of our own (tests drive `app.processEvent` through one). */
  receiver?: Receiver;
  /** Web API client options: tests point slackApiUrl at a fake and set retries to 0. */
  clientOptions?: WebClientOptions;
  /** Known bot ids skip the `auth.test` call Bolt makes otherwise. */
  botId?: string;
  botUserId?: string;
  /** The process's readiness checks; the app adds its own connection to them and serves /readyz. */
  health?: Health;
  /**
   * The distributed app: installed through OAuth in many workspaces (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET,
   * SLACK_STATE_SECRET), each answered with its own token from this store. Without it, SLACK_BOT_TOKEN.
   */
  installations?: PgInstallationStore;
  /** More HTTP on the receiver's port (the Collection Partner API): answers its own paths, false otherwise. */
  httpHandler?: HttpHandler;
  /**
   * Socket Mode next to Teams on one port: no HTTP server of Slack's own (the Teams app serves /healthz,
   * /readyz, /metrics and the API). Slack OAuth still needs Bolt's installer server, so it keeps it.
   */
  noOwnServer?: boolean;
}

/** A node:http handler that answers the requests it knows (true) and leaves the rest (false). */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export interface SlackApp {
  app: App;
  mode: 'socket' | 'http' | 'custom';
  /** One workspace (SLACK_BOT_TOKEN) or installed through OAuth in many. */
  workspaceMode: 'single' | 'oauth';
  /** Starts listening; in HTTP mode resolves with the port (PORT=0 picks a free one, as tests do). */
  start(port?: number): Promise<{ port?: number }>;
  /**
   * HTTP mode: the whole Slack HTTP surface (events with the signature check and request guard, OAuth
   * install and redirect, /healthz, /readyz, /metrics, the API; 404 for the rest) as a request listener,
   * for a server the process owns (src/surfaces/shared-http-server.ts). Undefined in other modes.
   */
  requestListener?: RequestListener;
  /** Starts without a server of its own (its requestListener is served by another): ready from now. */
  startMounted(): Promise<void>;
  stop(): Promise<void>;
}

/** /healthz, /readyz and /metrics on the receiver's port (in Socket Mode, on the port of its small server). */
function opsRoutes(health: Health): CustomRoute[] {
  const handlers = opsHandlers(health);
  return OPS_PATHS.map((path) => ({
    path,
    method: ['GET', 'HEAD'],
    handler: (req, res) => void handlers[path](req, res),
  }));
}

/**
 * The Slack surface: Socket Mode when an app-level token is configured, else Slack's HTTP receiver on PORT
 * with its request signature check. Listeners translate Slack payloads to the engine and back; they
 * acknowledge first and work afterwards.
 */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { config, engine, logger, installations } = options;
  if (!installations && !config.SLACK_BOT_TOKEN) {
    throw new Error(
      'SLACK_BOT_TOKEN (or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET) is required to run the Slack app.',
    );
  }
  const mode = options.receiver ? 'custom' : config.SLACK_APP_TOKEN ? 'socket' : 'http';
  if (mode === 'http' && !config.SLACK_SIGNING_SECRET) {
    throw new Error(
      'SLACK_SIGNING_SECRET is required for the HTTP receiver (or set SLACK_APP_TOKEN for Socket Mode).',
    );
  }
  const health = options.health ?? createHealth();
  const noOwnServer = mode === 'socket' && options.noOwnServer === true;
  const customRoutes = noOwnServer ? [] : opsRoutes(health);
  if (options.httpHandler && !noOwnServer) {
    // The Collection Partner API rides on the receiver's port: every method, so that it answers 405 itself.
    const handler = options.httpHandler;
    customRoutes.push({
      path: '/api/v1{/*rest}',
      method: ALL_METHODS,
      handler: (req, res) =>
        void handler(req, res).then((served) => {
          if (!served && !res.headersSent) {
            res.writeHead(404);
            res.end();
          }
        }),
    });
  }
  const boltLogger = toBoltLogger(logger);
  const known =
    options.botId && options.botUserId ? { botId: options.botId, botUserId: options.botUserId } : {};
  // OAuth: Bolt's installer serves /slack/install and /slack/oauth_redirect, keeps installations in
  // PostgreSQL, and authorizes each delivery with its installation's token. The state is a JWT signed with
  // SLACK_STATE_SECRET and must come back in the installer's browser cookie: no server-side state, so any
  // instance can finish an install another one started.
  const oauth = installations
    ? {
        clientId: config.SLACK_CLIENT_ID,
        clientSecret: config.SLACK_CLIENT_SECRET,
        stateSecret: config.SLACK_STATE_SECRET,
        scopes: (config.SLACK_SCOPES ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        installationStore: installations,
        ...(config.SLACK_REDIRECT_URI ? { redirectUri: config.SLACK_REDIRECT_URI } : {}),
        installerOptions: {
          directInstall: true,
          stateVerification: true,
          ...(config.SLACK_REDIRECT_URI
            ? { redirectUriPath: new URL(config.SLACK_REDIRECT_URI).pathname }
            : {}),
        },
      }
    : undefined;
  if (oauth && (!oauth.clientId || !oauth.clientSecret || !oauth.stateSecret)) {
    throw new Error('Slack OAuth needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET.');
  }
  if (oauth && mode === 'custom') throw new Error('Slack OAuth runs on the HTTP or Socket Mode receiver.');
  const common = {
    ...(oauth ? {} : { token: config.SLACK_BOT_TOKEN, ...known }),
    logger: boltLogger,
    clientOptions: withWebApiTransport(options.clientOptions),
    // Bolt's in-memory conversation store runs on every event; our conversations live in PostgreSQL.
    convoStore: false as const,
  };
  const httpReceiver =
    mode === 'http'
      ? guardSlackRequests(
          new HTTPReceiver({
            signingSecret: config.SLACK_SIGNING_SECRET as string,
            port: config.PORT,
            customRoutes,
            // Slack's 200 leaves only once the listeners are done, and they are done once the
            // delivery is recorded in the inbox (the work itself runs detached): the ack follows it.
            processBeforeResponse: true,
            logger: boltLogger,
            ...oauth,
          }),
          {
            signingSecret: config.SLACK_SIGNING_SECRET as string,
            logger: logger.child({ surface: 'slack' }),
            boltLogger,
          },
        )
      : undefined;
  const app =
    mode === 'custom'
      ? new App({ ...common, receiver: options.receiver })
      : mode === 'socket'
        ? new App({
            ...common,
            socketMode: true,
            appToken: config.SLACK_APP_TOKEN,
            customRoutes,
            ...oauth,
            installerOptions: { ...oauth?.installerOptions, port: config.PORT },
          })
        : new App({ ...common, receiver: httpReceiver });

  // Ready once started; in Socket Mode, only while the WebSocket to Slack is open (it reconnects by itself).
  let started = false;
  let socketOpen = false;
  // Bolt keeps its receiver private; the Socket Mode client is the one that knows the connection. Should a
  // later Bolt move it, readiness falls back to "started" rather than staying unready for ever.
  const socketClient =
    mode === 'socket'
      ? (app as unknown as { receiver?: { client?: { on(event: string, f: () => void): void } } }).receiver
          ?.client
      : undefined;
  socketClient?.on('connected', () => {
    socketOpen = true;
  });
  for (const event of ['disconnected', 'reconnecting', 'disconnecting']) {
    socketClient?.on(event, () => {
      socketOpen = false;
    });
  }
  health.add(
    stateCheck('slack', () => {
      if (!started) return 'the Slack app is not started';
      if (socketClient && !socketOpen) return 'the Socket Mode connection to Slack is not open';
      return null;
    }),
  );

  const deps: SlackDeps = {
    engine,
    logger: logger.child({ surface: 'slack' }),
    inbox: options.inbox ?? createMemoryInbox({ engine, logger }),
    detachRuns: mode === 'http',
    home: options.home,
    workspaces: installations
      ? installedWorkspaces(installations, withWebApiTransport(options.clientOptions))
      : singleWorkspace(app.client),
    installations,
  };
  deps.inbox.deliverTo('slack', slackDeliverer(deps.workspaces, deps.logger));
  registerEvents(app, deps);
  registerCommands(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  app.error(async (error) => {
    // Not recorded means not received: over HTTP the error becomes a 500, and Slack delivers it again.
    if (error instanceof DeliveryNotRecorded) throw error;
    // A delivery of a workspace with no installation (uninstalled, revoked): Bolt acknowledged it and ran
    // nothing. Expected after an uninstall, not a fault of ours.
    if (installations && error.code === ErrorCode.AuthorizationError) {
      deps.logger.warn({ code: error.code }, 'slack delivery of a workspace without installation ignored');
      return;
    }
    deps.logger.error({ err: error, code: error.code }, 'unhandled slack error');
  });

  // What Bolt's own server does with its receiver's listener: a path it does not serve is a 404.
  const requestListener: RequestListener | undefined = httpReceiver
    ? (req, res) => {
        try {
          httpReceiver.requestListener(req, res);
        } catch (error) {
          HTTPModuleFunctions.defaultDispatchErrorHandler({
            error: error as Error,
            logger: boltLogger,
            request: req,
            response: res,
          });
        }
      }
    : undefined;
  let mounted = false;

  return {
    app,
    mode,
    workspaceMode: deps.workspaces.mode,
    requestListener,
    async startMounted() {
      if (!requestListener) throw new Error(`the Slack app in ${mode} mode has no request listener to mount`);
      // Bolt initialised the app and its receiver in the constructor: nothing more than being ready.
      mounted = true;
      started = true;
      deps.logger.info({ mode }, 'slack app started on the shared server');
    },
    async start(port = config.PORT) {
      const server = (await app.start(port)) as { address?: () => unknown } | undefined;
      started = true;
      const address = typeof server?.address === 'function' ? server.address() : undefined;
      const listening =
        address && typeof address === 'object' ? (address as { port: number }).port : undefined;
      deps.logger.info({ mode, port: listening ?? port }, 'slack app started');
      return { port: listening };
    },
    async stop() {
      started = false;
      // Mounted: the server is the process's, closed by its owner (Bolt's receiver was never started).
      if (!mounted) await app.stop();
    },
  };
}
