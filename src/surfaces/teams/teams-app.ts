import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { App, ExpressAdapter } from '@microsoft/teams.apps';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { ConversationEngine } from '../../conversation/engine-contract.ts';
import { formFieldNames } from '../../conversation/forms.ts';
import type { Inbox, InboxWork } from '../../conversation/inbox.ts';
import type { Reply } from '../../conversation/reply.ts';
import type { Database } from '../../db/database.ts';
import {
  forgetTeamsReferences,
  saveTeamsReference,
} from '../../db/repositories/teams-conversation.repository.ts';
import { type Clock, systemClock } from '../../domain/clock.ts';
import type { Logger } from '../../logger.ts';
import { createHealth, type Health, stateCheck } from '../../observability/health.ts';
import { OPS_PATHS, opsHandlers } from '../../observability/ops-endpoints.ts';
import { RecentIds } from '../slack/recent-ids.ts';
import { SORRY } from '../slack/slack-deps.ts';
import { parseSubmitData, type replyActivity } from './adaptive-cards.ts';
import { postTeamsReplies, type TeamsConversations } from './post-replies.ts';
import { connectorAt, postTo } from './proactive-send.ts';
import { toTeamsLogger } from './teams-logger.ts';

export interface TeamsAppOptions {
  config: Pick<Config, 'TEAMS_CLIENT_ID' | 'TEAMS_CLIENT_SECRET' | 'TEAMS_TENANT_ID' | 'PORT'> &
    Partial<Pick<Config, 'TEAMS_ALLOWED_TENANTS'>>;
  engine: ConversationEngine;
  logger: Logger;
  /** An App made elsewhere (tests pass the SDK's `createTestApp()`). */
  app?: App;
  /** The process's readiness checks; the app adds its own and serves /healthz, /readyz and /metrics. */
  health?: Health;
  /** The PostgreSQL inbox shared by every instance: each activity is recorded before it is answered. */
  inbox?: Inbox;
  /**
   * Where the conversations the bot is installed in or spoken to in are recorded (service URL, tenant),
   * so that notices reach them from any instance, after any restart.
   */
  db?: Kysely<Database>;
  clock?: Clock;
  /** More HTTP on the app's port (the Collection Partner API): answers its own paths, false otherwise. */
  httpHandler?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

export interface TeamsApp {
  app: App;
  /** Starts listening; resolves with the port (PORT=0 picks a free one, as tests do). */
  start(port?: number): Promise<{ port?: number }>;
  /**
   * The SDK's Express app as a request listener (the messaging endpoint with its token check, /healthz,
   * /readyz, /metrics, the API), for a server the process owns; undefined unless the SDK serves Express.
   */
  requestListener?: RequestListener;
  /** The messaging endpoint's path ('/api/messages'). */
  messagingEndpoint: string;
  /**
   * Starts without a server of its own: the routes are registered (app.initialize()) and its
   * requestListener is served by another server; ready while `listening()` says so.
   */
  startMounted(listening: () => boolean): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when every message received so far has been answered (tests, graceful shutdown). */
  idle(): Promise<void>;
}

/** Teams puts `<at>Bot name</at>` where the bot is mentioned; the interpreter wants the words only. */
export function withoutMentions(text: string | undefined, botName?: string): string {
  return (text ?? '')
    .replace(/<at>([^<]*)<\/at>/g, (mention, name: string) =>
      botName === undefined || name.trim() === botName.trim() ? ' ' : mention,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The tenants served: TEAMS_ALLOWED_TENANTS, else TEAMS_TENANT_ID; empty means any tenant, which
 * TEAMS_ALLOWED_TENANTS=* says on purpose (a multi-tenant app that any organisation may install).
 */
export function allowedTenants(config: TeamsAppOptions['config']): Set<string> {
  const list = config.TEAMS_ALLOWED_TENANTS ?? config.TEAMS_TENANT_ID ?? '';
  if (list.trim() === '*') return new Set();
  return new Set(
    list
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean),
  );
}

interface ActivityOrigin {
  channelId?: unknown;
  conversation?: { tenantId?: string };
  channelData?: { tenant?: { id?: string } };
}

/** The speaker's tenant, lower case (chat identities are keyed by it); '' when the activity names none. */
export function tenantOf(activity: ActivityOrigin): string {
  return (activity.channelData?.tenant?.id || activity.conversation?.tenantId || '').toLowerCase();
}

/**
 * The tenant that identities linked without one ('' — single-tenant set-ups, links made before tenants
 * were told apart) belong to: TEAMS_TENANT_ID, else the only tenant of TEAMS_ALLOWED_TENANTS.
 */
export function homeTenant(config: TeamsAppOptions['config']): string | undefined {
  if (config.TEAMS_TENANT_ID) return config.TEAMS_TENANT_ID.trim().toLowerCase();
  const allowed = allowedTenants(config);
  return allowed.size === 1 ? [...allowed][0] : undefined;
}

/**
 * Who speaks, as the engine looks them up: the Entra object id (the same in every chat, team and app of
 * the tenant; the Teams `29:` id is per app) in their tenant. An identity linked without a tenant ('')
 * stands for them only in the home tenant — or, with no home tenant and no credentials (local dev tools,
 * where nothing is verified anyway), in any; a speaker of tenant B never matches tenant A's identities.
 */
export function speakerOf(
  activity: ActivityOrigin & { from: { id: string; aadObjectId?: string }; locale?: string },
  home: string | undefined,
  verified: boolean,
): { userExternalId: string; workspaceId: string; alsoUnscoped: boolean; locale?: string } {
  const workspaceId = tenantOf(activity);
  const alsoUnscoped = workspaceId !== '' && (home ? workspaceId === home : !verified);
  // The Teams client's language, sent with every activity ('da-DK'): the person's locale (issue 12).
  const locale = typeof activity.locale === 'string' && activity.locale ? activity.locale : undefined;
  return {
    userExternalId: activity.from.aadObjectId ?? activity.from.id,
    workspaceId,
    alsoUnscoped,
    ...(locale ? { locale } : {}),
  };
}

/** A channel thread's conversation id names the thread's first message; the channel is what is kept. */
export function channelConversationId(conversationId: string): string {
  return conversationId.split(';messageid=')[0] ?? conversationId;
}

/**
 * Why an activity is not served, or null. The Bot Framework token proves the activity came through the
 * Bot Connector for this bot, not that it came from Teams: the same bot can be reached over Web Chat or
 * Direct Line, where the sender's ids are whatever the client says, so only `msteams` is trusted to name
 * the user. And a user of another tenant is not the linked user of ours, whatever their object id.
 */
export function refusal(activity: ActivityOrigin, tenants: Set<string>): string | null {
  if (activity.channelId !== 'msteams') return 'channel';
  const ids = [activity.channelData?.tenant?.id, activity.conversation?.tenantId]
    .filter((t): t is string => typeof t === 'string' && t !== '')
    .map((t) => t.toLowerCase());
  if (new Set(ids).size > 1) return 'tenant mismatch';
  if (tenants.size > 0 && !(ids[0] && tenants.has(ids[0]))) return 'tenant';
  return null;
}

/** Where a turn's replies go, stored with the delivery: the asker (for what only they may see), the card. */
function replyPlace(
  activity: {
    serviceUrl?: string;
    conversation: { id: string };
    from: { id: string; name?: string };
    recipient?: { id?: string };
    replyToId?: string;
    channelData?: { tenant?: { id?: string } };
  },
  conversationKey: string,
) {
  return {
    conversationKey,
    conversationId: activity.conversation.id,
    fromId: activity.from.id,
    ...(activity.from.name ? { fromName: activity.from.name } : {}),
    ...(activity.channelData?.tenant?.id ? { tenantId: activity.channelData.tenant.id } : {}),
    ...(activity.recipient?.id ? { botId: activity.recipient.id } : {}),
    // A submitted card names the activity it was on: the card whose buttons give way to the outcome.
    ...(activity.replyToId ? { replyToId: activity.replyToId } : {}),
    // Teams serves each tenant from a regional endpoint: a proactive answer must go back there.
    ...(activity.serviceUrl ? { serviceUrl: activity.serviceUrl } : {}),
  };
}

/**
 * The Teams surface: a message (or an Adaptive Card's Action.Submit, which arrives as a message with a
 * `value`) goes to the engine, and each Reply goes back as text or an Adaptive Card. The activity is
 * answered at once and the engine works afterwards, so a slow LLM never makes Teams retry.
 */
export function createTeamsApp(options: TeamsAppOptions): TeamsApp {
  const { config, engine } = options;
  const logger = options.logger.child({ surface: 'teams' });
  const app =
    options.app ??
    new App({
      clientId: config.TEAMS_CLIENT_ID,
      clientSecret: config.TEAMS_CLIENT_SECRET,
      tenantId: config.TEAMS_TENANT_ID,
      logger: toTeamsLogger(options.logger),
    });
  // The SDK verifies the Bot Framework token of every POST /api/messages (401 otherwise) whenever it has
  // credentials and skipAuth is not set. With TEAMS_CLIENT_ID configured, an app that would not is refused
  // here rather than left open: anyone could post activities naming any user.
  const verified = Boolean(config.TEAMS_CLIENT_ID);
  if (verified && (!app.credentials || app.options.skipAuth)) {
    throw new Error(
      'TEAMS_CLIENT_ID is set but the Teams app would not verify Bot Framework tokens (no credentials, or skipAuth)',
    );
  }
  // The SDK serves Teams on its Express adapter; the operations endpoints ride on the same port.
  const health = options.health ?? createHealth();
  let started = false;
  const adapter = app.server.adapter;
  // app.start() reports a failed listen (port taken) as an error event instead of throwing: ask the server.
  const httpServer = () =>
    (adapter as unknown as { server?: { listening: boolean; address(): unknown } }).server;
  let mountedOn: (() => boolean) | undefined;
  const listening = () => (mountedOn ? mountedOn() : (httpServer()?.listening ?? true));
  health.add(stateCheck('teams', () => (started && listening() ? null : 'the Teams app is not listening')));
  // The adapter's Express app (a protected field of the SDK's ExpressAdapter, there for subclasses): with
  // it another server can serve what the adapter would serve on its own.
  const express =
    adapter instanceof ExpressAdapter
      ? (adapter as unknown as { express?: RequestListener }).express
      : undefined;
  const requestListener = typeof express === 'function' ? express : undefined;
  if (adapter instanceof ExpressAdapter) {
    const handlers = opsHandlers(health);
    for (const path of OPS_PATHS) {
      adapter.get(path, (req, res, next) => {
        handlers[path](req, res).catch(next);
      });
    }
    const httpHandler = options.httpHandler;
    // The SDK parses JSON bodies on POST /api/messages only: the API's requests reach it unread.
    if (httpHandler) {
      adapter.use((req, res, next) => {
        httpHandler(req, res).then((served) => (served ? undefined : next()), next);
      });
    }
  }

  const recent = new RecentIds();
  const inFlight = new Set<Promise<void>>();
  const inbox = options.inbox;
  // What another instance (or this one after a restart) posts: a proactive message to the conversation.
  const onReplyError = (error: unknown, what: string) => logger.warn({ err: error }, `teams reply: ${what}`);
  inbox?.deliverTo('teams', async (target, replies, live) => {
    const here = live as
      | {
          send?: (a: ReturnType<typeof replyActivity>) => Promise<unknown>;
          conversations?: TeamsConversations;
        }
      | undefined;
    // The conversation's own service URL (stored with the work; older rows have none: the app's default).
    const serviceUrl = typeof target.serviceUrl === 'string' ? target.serviceUrl : undefined;
    const conversationId = String(target.conversationId);
    const send =
      here?.send ?? ((a: ReturnType<typeof replyActivity>) => postTo(app, { conversationId, serviceUrl }, a));
    const place = target as unknown as Omit<Parameters<typeof postTeamsReplies>[0], 'send' | 'conversations'>;
    await postTeamsReplies(
      {
        ...place,
        send,
        conversations:
          here?.conversations ?? (connectorAt(app, serviceUrl).conversations as TeamsConversations),
      },
      replies,
      onReplyError,
    );
  });

  const tenants = allowedTenants(config);
  if (tenants.size === 0 && config.TEAMS_ALLOWED_TENANTS?.trim() !== '*') {
    logger.warn(
      'TEAMS_ALLOWED_TENANTS and TEAMS_TENANT_ID are not set: activities from any tenant are served',
    );
  }
  const home = homeTenant(config);

  const db = options.db;
  const clock = options.clock ?? systemClock;
  // Only saves this process need not repeat; the references themselves live in PostgreSQL.
  const recorded = new Set<string>();
  type Seen = ActivityOrigin & {
    type: string;
    action?: string;
    serviceUrl?: string;
    conversation: { id: string; tenantId?: string; conversationType?: string };
    from: { id: string; aadObjectId?: string };
    recipient?: { id: string };
    membersRemoved?: { id: string }[];
    channelData?: { tenant?: { id?: string }; team?: { id?: string } };
  };
  /** Where the bot can post later: recorded at install and at first contact; forgotten at uninstall. */
  async function rememberConversation(activity: Seen): Promise<void> {
    if (!db) return;
    const tenantId = tenantOf(activity);
    if (!tenantId || !activity.serviceUrl || !activity.conversation?.id) return;
    const conversationId = channelConversationId(activity.conversation.id);
    const teamId = activity.channelData?.team?.id ?? null;
    const removed =
      (activity.type === 'installationUpdate' && activity.action?.startsWith('remove')) ||
      (activity.type === 'conversationUpdate' &&
        activity.membersRemoved?.some((m) => m.id === activity.recipient?.id));
    if (removed) {
      const upgrade = activity.action === 'remove-upgrade';
      if (upgrade) return;
      await forgetTeamsReferences(db, teamId ? { teamId } : { conversationId });
      recorded.clear();
      logger.info(
        { tenantId, conversationId, teamId },
        'teams app removed: conversation reference forgotten',
      );
      return;
    }
    const type = activity.conversation.conversationType;
    const conversationType = type === 'channel' || type === 'groupChat' ? type : 'personal';
    const userAadId = conversationType === 'personal' ? (activity.from.aadObjectId ?? null) : null;
    const key = `${conversationId} ${activity.serviceUrl} ${userAadId}`;
    if (recorded.has(key)) return;
    await saveTeamsReference(
      db,
      { conversationId, tenantId, serviceUrl: activity.serviceUrl, conversationType, userAadId, teamId },
      clock.now(),
    );
    if (recorded.size > 10_000) recorded.clear();
    recorded.add(key);
  }

  // Every activity passes here first (install, conversation update, message, card submit).
  app.use(async (ctx) => {
    const activity = ctx.activity as unknown as Seen;
    if (!refusal(activity, tenants)) {
      await rememberConversation(activity).catch((error: unknown) =>
        logger.warn(
          { err: error, activityId: (ctx.activity as { id?: string }).id },
          'teams conversation reference not saved',
        ),
      );
    }
    return ctx.next();
  });

  app.on('message', async ({ activity, send, api }) => {
    const refused = refusal(activity, tenants);
    if (refused) {
      // No text, no card values: only where it came from, for whoever looks into it.
      logger.warn(
        {
          refused,
          channelId: activity.channelId,
          tenantId: activity.channelData?.tenant?.id ?? activity.conversation?.tenantId,
          activityId: activity.id,
        },
        'teams activity refused: not from an allowed Teams channel and tenant',
      );
      return;
    }
    if (inbox) {
      await recordAndRun(activity, send, api.conversations);
      return;
    }
    if (!recent.firstTime(activity.id)) {
      logger.info({ activityId: activity.id }, 'teams redelivery ignored: already handled');
      return;
    }
    // A card is answered where it was posted, so the activity's own conversation is the card's: the `k`
    // in its data is client input and could name another conversation (and set that one's case).
    const conversationKey = `teams:${activity.conversation.id}`;
    const speaker = speakerOf(activity, home, verified);
    const eventId = activity.id;
    const submitted = parseSubmitData(activity.value);

    const work = (async () => {
      let replies: Reply[];
      try {
        if (submitted?.kind === 'choice') {
          replies = await engine.handleChoice({
            surface: 'teams',
            ...speaker,
            conversationKey,
            value: submitted.v,
            eventId,
          });
        } else if (submitted?.kind === 'form') {
          // Only the form's own fields; the engine checks their values.
          const values = Object.fromEntries(
            formFieldNames(submitted.form).map((name) => {
              const v: unknown = submitted[name];
              return [name, typeof v === 'string' && v.trim() ? v.trim() : undefined];
            }),
          );
          replies = await engine.handleForm({
            surface: 'teams',
            ...speaker,
            conversationKey,
            kind: submitted.form,
            values,
            eventId,
          });
        } else {
          const text = withoutMentions(activity.text, activity.recipient?.name);
          if (!text) return;
          replies = await engine.handleMessage({
            surface: 'teams',
            ...speaker,
            conversationKey,
            text,
            eventId,
          });
        }
      } catch (error) {
        logger.error({ err: error, eventId }, 'teams message failed');
        replies = [{ text: SORRY }];
      }
      await postTeamsReplies(
        { ...replyPlace(activity, conversationKey), send, conversations: api.conversations },
        replies,
        onReplyError,
      );
    })()
      .catch((error) => logger.error({ err: error, eventId }, 'teams reply could not be sent'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  });

  /** The activity recorded (the dedupe across instances) before the handler returns, then carried out. */
  async function recordAndRun(
    activity: {
      id: string;
      text?: string;
      value?: unknown;
      serviceUrl?: string;
      conversation: { id: string; tenantId?: string };
      from: { id: string; aadObjectId?: string; name?: string };
      recipient?: { id?: string; name?: string };
      replyToId?: string;
      locale?: string;
      channelData?: { tenant?: { id?: string } };
    },
    send: (a: ReturnType<typeof replyActivity>) => Promise<unknown>,
    conversations: TeamsConversations,
  ): Promise<void> {
    if (!inbox) return;
    const conversationKey = `teams:${activity.conversation.id}`;
    const speaker = speakerOf(activity, home, verified);
    const submitted = parseSubmitData(activity.value);
    const target = replyPlace(activity, conversationKey);
    let work: InboxWork;
    if (submitted?.kind === 'choice') {
      work = {
        surface: 'teams',
        eventId: activity.id,
        kind: 'choice',
        // The activity's own conversation, never the `k` in the card data (client input).
        input: { surface: 'teams', ...speaker, conversationKey, value: submitted.v },
        target,
      };
    } else if (submitted?.kind === 'form') {
      // Only the form's own fields; the engine checks their values.
      const values = Object.fromEntries(
        formFieldNames(submitted.form).map((name) => {
          const v: unknown = submitted[name];
          return [name, typeof v === 'string' && v.trim() ? v.trim() : undefined];
        }),
      );
      work = {
        surface: 'teams',
        eventId: activity.id,
        kind: 'form',
        input: {
          surface: 'teams',
          ...speaker,
          conversationKey,
          kind: submitted.form,
          values,
        },
        target,
      };
    } else {
      const text = withoutMentions(activity.text, activity.recipient?.name);
      if (!text) return;
      work = {
        surface: 'teams',
        eventId: activity.id,
        kind: 'message',
        input: { surface: 'teams', ...speaker, conversationKey, text },
        target,
      };
    }
    const row = await inbox.accept(work);
    if (!row) {
      logger.info({ activityId: activity.id }, 'teams redelivery ignored: already recorded');
      return;
    }
    const run = inbox.run(row, { send, conversations }).finally(() => inFlight.delete(run));
    inFlight.add(run);
  }

  return {
    app,
    requestListener,
    messagingEndpoint: app.server.messagingEndpoint,
    async startMounted(isListening) {
      if (!requestListener) throw new Error('the Teams app has no Express request listener to mount');
      mountedOn = isListening;
      // Registers POST /api/messages (with the Bot Framework token check) on the Express app; no listen.
      await app.initialize();
      started = true;
      logger.info('teams app started on the shared server');
    },
    async start(port = config.PORT) {
      await app.start(port);
      started = true;
      const address = httpServer()?.address();
      const bound = address && typeof address === 'object' ? (address as { port: number }).port : undefined;
      logger.info({ port: bound ?? port }, 'teams app started');
      return { port: bound };
    },
    async stop() {
      started = false;
      // With the inbox, its drain finishes (or hands back) the work in hand, within the grace period.
      if (!inbox) await Promise.allSettled([...inFlight]);
      // Mounted: the server is the process's (its owner closes it); the adapter's own never listened.
      if (!mountedOn) await app.stop();
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
