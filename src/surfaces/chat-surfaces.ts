import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App as TeamsSdkApp } from '@microsoft/teams.apps';
import type { Kysely } from 'kysely';
import { type Config, slackMode } from '../config.ts';
import type { ConversationEngine, EmailNoticeSender, NoticeSender } from '../conversation/engine-contract.ts';
import type { Inbox } from '../conversation/inbox.ts';
import type { Database } from '../db/database.ts';
import type { ChannelConfig } from '../delivery/notice-addresses.ts';
import type { SurfaceDelivery } from '../delivery/outbox-worker.ts';
import type { Clock } from '../domain/clock.ts';
import type { Logger } from '../logger.ts';
import type { Health } from '../observability/health.ts';
import type { PgInstallationStore } from './slack/oauth/installation-store.ts';
import type { SlackAppOptions } from './slack/slack-app.ts';

// Every configured chat surface in one process: Slack and Teams side by side on one engine, one inbox,
// one outbox (a notice goes to its recipient on each surface), one readiness. Each surface's modules are
// loaded only when it runs.

export type ChatSurfaceName = 'slack' | 'teams';

/** The chat surfaces whose credentials are set (none: the console). */
export function configuredSurfaces(config: Config): ChatSurfaceName[] {
  const surfaces: ChatSurfaceName[] = [];
  if (slackMode(config)) surfaces.push('slack'); // one SLACK_BOT_TOKEN, or OAuth installs
  if (config.TEAMS_CLIENT_ID && config.TEAMS_CLIENT_SECRET) surfaces.push('teams');
  return surfaces;
}

/**
 * Slack and Teams on one server on PORT (issue 10): whenever both run, unless TEAMS_PORT asks for a port of
 * Teams' own, or Slack's OAuth installer runs in Socket Mode (Bolt keeps that server to itself: Teams then
 * takes the next port, as before).
 */
export function sharesOnePort(config: Config, surfaces: ChatSurfaceName[]): boolean {
  if (!(surfaces.includes('slack') && surfaces.includes('teams'))) return false;
  if (config.TEAMS_PORT !== undefined) return false;
  return !(slackMode(config) === 'oauth' && config.SLACK_APP_TOKEN);
}

/** Teams' port of its own: TEAMS_PORT, else PORT alone, else the one after Slack's (Slack keeps PORT). */
export function teamsPort(config: Config, surfaces: ChatSurfaceName[]): number {
  if (config.TEAMS_PORT !== undefined) return config.TEAMS_PORT;
  return surfaces.includes('slack') ? config.PORT + 1 : config.PORT;
}

/**
 * The channel of each channel role on Teams: TEAMS_*_CHANNEL, else — Teams alone — the shared settings.
 * Next to Slack, the shared settings name Slack channels: a role without a TEAMS_ one is Slack's only.
 */
export function teamsChannels(config: Config, surfaces: ChatSurfaceName[]): ChannelConfig {
  const alone = !surfaces.includes('slack');
  return {
    QUOTE_ALERT_CHANNEL: config.TEAMS_QUOTE_ALERT_CHANNEL ?? (alone ? config.QUOTE_ALERT_CHANNEL : ''),
    CLOSE_CODE_CHANNEL: config.TEAMS_CLOSE_CODE_CHANNEL ?? (alone ? config.CLOSE_CODE_CHANNEL : ''),
    SUPPORT_CHANNEL: config.TEAMS_SUPPORT_CHANNEL ?? (alone ? config.SUPPORT_CHANNEL : ''),
  };
}

export interface ChatSurfacesOptions {
  config: Config;
  db: Kysely<Database>;
  engine: ConversationEngine;
  inbox: Inbox;
  health: Health;
  logger: Logger;
  clock: Clock;
  /** Wraps each notice sender (metrics). */
  measure?: (sender: NoticeSender) => NoticeSender;
  /** E-mail for the people linked on no surface served here; without it their notices are parked. */
  email?: EmailNoticeSender;
  /** Slack as a distributed app: the installations (tokens per workspace); absent: SLACK_BOT_TOKEN. */
  slackInstallations?: PgInstallationStore;
  /** Test seams: Slack's Web API client options and bot ids; a Teams SDK app made elsewhere. */
  slack?: Pick<SlackAppOptions, 'clientOptions' | 'botId' | 'botUserId'>;
  teamsApp?: TeamsSdkApp;
  /** Told the Teams SDK app once it exists (the self-linking e-mail lookup asks it for members). */
  onTeamsApp?: (app: TeamsSdkApp) => void;
  /** The Collection Partner API, served on each surface's port (docs/notes/r-api.md). */
  httpHandler?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

export interface ChatSurfaces {
  surfaces: ChatSurfaceName[];
  /**
   * The ports listened on (Slack in Socket Mode listens only for its health endpoints). Both surfaces on
   * the one shared server: the same port for each, and `shared` set.
   */
  ports: { slack?: number; teams?: number; shared?: number };
  /** Delivers due notices on every surface once (tests); the running worker polls by itself. */
  deliverOnce(): Promise<{ delivered: number; retried: number; parked: number }>;
  /** In the order they were started; run them in reverse to stop. */
  stops: Array<() => Promise<unknown>>;
}

/** Starts every configured chat surface and the one delivery worker that serves them all. */
export async function startChatSurfaces(options: ChatSurfacesOptions): Promise<ChatSurfaces> {
  const { config, db, engine, inbox, health, logger, clock } = options;
  const measure = options.measure ?? ((s: NoticeSender) => s);
  const surfaces = configuredSurfaces(config);
  const { createDeliveryWorker } = await import('../delivery/outbox-worker.ts');
  const { isTeamsConversationId } = await import('./teams/notice-sender.ts');
  const routes: SurfaceDelivery[] = [];
  const starts: Array<() => Promise<void>> = [];
  const appStops: Array<() => Promise<unknown>> = [];
  const ports: ChatSurfaces['ports'] = {};
  const oneServer = sharesOnePort(config, surfaces);
  // The one server's parts, filled in as each surface is made; it listens once both are.
  const mounted: {
    slack?: import('./slack/slack-app.ts').SlackApp;
    teams?: import('./teams/teams-app.ts').TeamsApp;
  } = {};

  if (surfaces.includes('slack')) {
    const { createCaseHome } = await import('./slack/home/case-home.ts');
    const { createSlackNoticeClient, createSlackNoticeSender, noticeClientOptions } = await import(
      './slack/notice-sender.ts'
    );
    const { installedWorkspaces } = await import('./slack/slack-workspaces.ts');
    const { createSlackApp } = await import('./slack/slack-app.ts');
    const installations = options.slackInstallations;
    const slack = createSlackApp({
      config,
      engine,
      logger,
      health,
      inbox,
      home: createCaseHome({ db, clock }),
      installations,
      httpHandler: options.httpHandler,
      // Socket Mode next to Teams on one port: the Teams app serves health and the API.
      noOwnServer: oneServer,
      ...options.slack,
    });
    const noticeOptions = { timeout: config.OUTBOX_SEND_TIMEOUT_MS, ...options.slack?.clientOptions };
    // Many workspaces: each notice with the token of the workspace its recipient is linked in.
    const sender = createSlackNoticeSender(
      installations
        ? installedWorkspaces(installations, noticeClientOptions(noticeOptions))
        : createSlackNoticeClient(config.SLACK_BOT_TOKEN ?? '', noticeOptions),
    );
    routes.push({
      sender: {
        ...measure(sender),
        // A partner's channel may be a Teams conversation: not one to post to on Slack.
        canReach: (address) => address.kind === 'dm' || !isTeamsConversationId(address.channel),
      },
      channels: config,
    });
    if (oneServer) mounted.slack = slack;
    else {
      starts.push(async () => {
        ports.slack = (await slack.start(config.PORT)).port;
      });
    }
    appStops.push(() => slack.stop());
  }

  if (surfaces.includes('teams')) {
    const { createTeamsNoticeSender } = await import('./teams/notice-sender.ts');
    const { createTeamsApp } = await import('./teams/teams-app.ts');
    const teams = createTeamsApp({
      config,
      engine,
      logger,
      health,
      inbox,
      db,
      clock,
      app: options.teamsApp,
      httpHandler: options.httpHandler,
    });
    options.onTeamsApp?.(teams.app);
    const sender = createTeamsNoticeSender(teams.app, {
      db,
      tenantId: config.TEAMS_TENANT_ID,
      timeoutMs: config.OUTBOX_SEND_TIMEOUT_MS,
    });
    routes.push({
      // The metrics wrapper keeps send only: what Teams can reach is the sender's own word.
      sender: { ...measure(sender), canReach: (address) => sender.canReach?.(address) ?? true },
      channels: teamsChannels(config, surfaces),
    });
    if (oneServer) mounted.teams = teams;
    else {
      starts.push(async () => {
        ports.teams = (await teams.start(teamsPort(config, surfaces))).port;
      });
    }
    appStops.push(() => teams.stop());
  }

  if (oneServer && mounted.teams) {
    const { startSharedServer } = await import('./shared-http-server.ts');
    const { slack, teams } = mounted;
    // HTTP mode: Slack's receiver serves its paths; Socket Mode: Slack has none, Teams serves the rest.
    const slackListener = slack?.mode === 'http' ? slack.requestListener : undefined;
    const teamsListener = teams.requestListener;
    if (!teamsListener) throw new Error('the Teams app does not serve Express: it cannot share the port');
    let server: Awaited<ReturnType<typeof startSharedServer>> | undefined;
    starts.push(async () => {
      server = await startSharedServer(
        {
          teamsPath: teams.messagingEndpoint,
          teams: teamsListener,
          slack: slackListener,
          onError: (error) => logger.error({ err: error }, 'shared server: a request failed'),
        },
        config.PORT,
      );
      const listening = server.listening;
      await teams.startMounted(listening);
      if (slack?.mode === 'http') await slack.startMounted();
      else await slack?.start(config.PORT); // Socket Mode: the WebSocket only
      ports.shared = server.port;
      ports.teams = server.port;
      if (slack?.mode === 'http') ports.slack = server.port;
    });
    // Stopped first (the stops run in reverse): no new requests, the ones in hand finish; then the apps.
    appStops.push(async () => {
      await server?.close(config.SHUTDOWN_GRACE_MS);
      logger.info({ port: server?.port }, 'shared server closed');
    });
  }

  const delivery = createDeliveryWorker({
    db,
    sender: routes[0]?.sender as NoticeSender,
    channels: config,
    routes,
    email: options.email,
    logger,
    clock,
    sendTimeoutMs: config.OUTBOX_SEND_TIMEOUT_MS,
    leaseMs: config.OUTBOX_LEASE_MS,
    concurrency: config.OUTBOX_CONCURRENCY,
  });
  delivery.start();
  for (const start of starts) await start();
  // Work recorded but not finished by an instance that died (or was stopped) is taken up from now on.
  inbox.start();
  logger.info({ surfaces, ports }, 'chat surfaces running');
  return {
    surfaces,
    ports,
    deliverOnce: () => delivery.runOnce(),
    stops: [() => delivery.stop(), () => inbox.drain(config.SHUTDOWN_GRACE_MS), ...appStops],
  };
}
