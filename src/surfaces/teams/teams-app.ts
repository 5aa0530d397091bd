import { App, ExpressAdapter } from '@microsoft/teams.apps';
import type { Config } from '../../config.ts';
import type { ConversationEngine } from '../../conversation/engine-contract.ts';
import { formFieldNames } from '../../conversation/forms.ts';
import type { Inbox, InboxWork } from '../../conversation/inbox.ts';
import type { Reply } from '../../conversation/reply.ts';
import type { Logger } from '../../logger.ts';
import { createHealth, type Health, stateCheck } from '../../observability/health.ts';
import { OPS_PATHS, opsHandlers } from '../../observability/ops-endpoints.ts';
import { RecentIds } from '../slack/recent-ids.ts';
import { SORRY } from '../slack/slack-deps.ts';
import { parseSubmitData, type replyActivity } from './adaptive-cards.ts';
import { postTeamsReplies, type TeamsConversations } from './post-replies.ts';
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
}

export interface TeamsApp {
  app: App;
  start(port?: number): Promise<void>;
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

/** The tenants served: TEAMS_ALLOWED_TENANTS, else TEAMS_TENANT_ID; empty means any tenant. */
export function allowedTenants(config: TeamsAppOptions['config']): Set<string> {
  const list = config.TEAMS_ALLOWED_TENANTS ?? config.TEAMS_TENANT_ID ?? '';
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
  // The SDK serves Teams on its Express adapter; the operations endpoints ride on the same port.
  const health = options.health ?? createHealth();
  let started = false;
  const adapter = app.server.adapter;
  // app.start() reports a failed listen (port taken) as an error event instead of throwing: ask the server.
  const listening = () =>
    (adapter as unknown as { server?: { listening: boolean } }).server?.listening ?? true;
  health.add(stateCheck('teams', () => (started && listening() ? null : 'the Teams app is not listening')));
  if (adapter instanceof ExpressAdapter) {
    const handlers = opsHandlers(health);
    for (const path of OPS_PATHS) {
      adapter.get(path, (req, res, next) => {
        handlers[path](req, res).catch(next);
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
    const send =
      here?.send ?? ((a: ReturnType<typeof replyActivity>) => app.send(String(target.conversationId), a));
    const place = target as unknown as Omit<Parameters<typeof postTeamsReplies>[0], 'send' | 'conversations'>;
    await postTeamsReplies(
      { ...place, send, conversations: here?.conversations ?? app.api.conversations },
      replies,
      onReplyError,
    );
  });

  const tenants = allowedTenants(config);
  if (tenants.size === 0) {
    logger.warn(
      'TEAMS_ALLOWED_TENANTS and TEAMS_TENANT_ID are not set: activities from any tenant are served',
    );
  }

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
    const userExternalId = activity.from.aadObjectId ?? activity.from.id;
    const eventId = activity.id;
    const submitted = parseSubmitData(activity.value);

    const work = (async () => {
      let replies: Reply[];
      try {
        if (submitted?.kind === 'choice') {
          replies = await engine.handleChoice({
            surface: 'teams',
            userExternalId,
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
            userExternalId,
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
            userExternalId,
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
      conversation: { id: string };
      from: { id: string; aadObjectId?: string; name?: string };
      recipient?: { id?: string; name?: string };
      replyToId?: string;
      channelData?: { tenant?: { id?: string } };
    },
    send: (a: ReturnType<typeof replyActivity>) => Promise<unknown>,
    conversations: TeamsConversations,
  ): Promise<void> {
    if (!inbox) return;
    const conversationKey = `teams:${activity.conversation.id}`;
    const userExternalId = activity.from.aadObjectId ?? activity.from.id;
    const submitted = parseSubmitData(activity.value);
    const target = replyPlace(activity, conversationKey);
    let work: InboxWork;
    if (submitted?.kind === 'choice') {
      work = {
        surface: 'teams',
        eventId: activity.id,
        kind: 'choice',
        // The activity's own conversation, never the `k` in the card data (client input).
        input: { surface: 'teams', userExternalId, conversationKey, value: submitted.v },
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
          userExternalId,
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
        input: { surface: 'teams', userExternalId, conversationKey, text },
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
    async start(port = config.PORT) {
      await app.start(port);
      started = true;
      logger.info({ port }, 'teams app started');
    },
    async stop() {
      started = false;
      // With the inbox, its drain finishes (or hands back) the work in hand, within the grace period.
      if (!inbox) await Promise.allSettled([...inFlight]);
      await app.stop();
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
