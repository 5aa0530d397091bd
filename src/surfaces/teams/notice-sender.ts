import type { App } from '@microsoft/teams.apps';
import type { Kysely } from 'kysely';
import {
  type NoticeAddress,
  type NoticeSender,
  RateLimitedError,
} from '../../conversation/engine-contract.ts';
import type { Database } from '../../db/database.ts';
import type { Notice } from '../../db/repositories/notice.repository.ts';
import {
  findTeamsPersonalChat,
  findTeamsReference,
  findTeamsTenantServiceUrl,
  saveTeamsReference,
} from '../../db/repositories/teams-conversation.repository.ts';
import { toTeamsMarkdown } from './adaptive-cards.ts';
import { connectorAt, postTo, type TeamsPlace } from './proactive-send.ts';

function asRateLimited(error: unknown): RateLimitedError | undefined {
  const response = (error as { response?: { status?: number; headers?: Record<string, unknown> } })?.response;
  if (response?.status !== 429) return undefined;
  const seconds = Number(response.headers?.['retry-after'] ?? 1);
  return new RateLimitedError((Number.isFinite(seconds) && seconds > 0 ? seconds : 1) * 1000);
}

/** Teams conversation ids: personal `a:…`, group chats and channels `19:…@thread…`. */
export function isTeamsConversationId(id: string): boolean {
  return /^(a|19):/.test(id);
}

export interface TeamsNoticeSenderOptions {
  /**
   * Where conversation references are kept (every instance shares them). Without it, every notice to a
   * person opens their personal chat again (Teams answers with the same one) at the app's service URL.
   */
  db?: Kysely<Database>;
  /** The tenant of identities linked without one (''): TEAMS_TENANT_ID. */
  tenantId?: string;
  timeoutMs?: number;
  now?: () => Date;
}

/**
 * Delivers outbox notices on Teams: in the user's personal chat with the bot (its stored reference, else a
 * chat opened in the user's tenant and stored), or in a channel named by its conversation id
 * (19:…@thread.tacv2), each at its tenant's service URL. A 429 says how long to wait.
 */
export function createTeamsNoticeSender(app: App, opts: TeamsNoticeSenderOptions = {}): NoticeSender {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const { db } = opts;
  const now = opts.now ?? (() => new Date());
  const homeTenant = opts.tenantId?.toLowerCase();

  /**
   * The Teams SDK's HTTP client makes one request per call (no retries of its own: the outbox retries) but
   * waits as long as the service does; the outbox needs an answer before its lease runs out.
   */
  async function bounded<T>(what: string, call: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Teams ${what}: no answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([call, expired]);
    } finally {
      clearTimeout(timer);
    }
  }

  async function personalChat(userId: string, workspaceId: string | undefined): Promise<TeamsPlace> {
    // An identity linked without a tenant ('') belongs to the home tenant.
    const tenantId = workspaceId || homeTenant;
    if (db && tenantId) {
      const known = await findTeamsPersonalChat(db, tenantId, userId);
      if (known) return { conversationId: known.conversationId, serviceUrl: known.serviceUrl };
    }
    // Nobody's chat yet: opened at the tenant's service URL (any of its conversations knows it).
    const serviceUrl = (db && tenantId && (await findTeamsTenantServiceUrl(db, tenantId))) || undefined;
    const created = await bounded(
      'conversations.create',
      connectorAt(app, serviceUrl).conversations.create({
        isGroup: false,
        bot: { id: app.id ?? '', name: app.name ?? 'bot', role: 'bot' },
        members: [{ id: userId, name: userId, role: 'user' }],
        tenantId,
        channelData: tenantId ? { tenant: { id: tenantId } } : undefined,
      }),
    );
    const place = { conversationId: created.id, serviceUrl: serviceUrl ?? app.api.serviceUrl };
    if (db && tenantId) {
      await saveTeamsReference(
        db,
        {
          conversationId: created.id,
          tenantId,
          serviceUrl: place.serviceUrl,
          conversationType: 'personal',
          userAadId: userId,
          teamId: null,
        },
        now(),
      );
    }
    return place;
  }

  async function channelPlace(channel: string): Promise<TeamsPlace> {
    const known = db ? await findTeamsReference(db, channel) : null;
    return { conversationId: channel, serviceUrl: known?.serviceUrl };
  }

  return {
    surface: 'teams',
    canReach: (address) => address.kind === 'dm' || isTeamsConversationId(address.channel),
    async send(notice: Notice, address: NoticeAddress): Promise<void> {
      try {
        const place =
          address.kind === 'dm'
            ? await personalChat(address.userExternalId, address.workspaceId)
            : await channelPlace(address.channel);
        await bounded(
          'send',
          postTo(app, place, { type: 'message', text: toTeamsMarkdown(notice.payload.text) }),
        );
      } catch (error) {
        throw asRateLimited(error) ?? error;
      }
    },
  };
}
