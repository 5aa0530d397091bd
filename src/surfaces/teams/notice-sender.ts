import type { App } from '@microsoft/teams.apps';
import {
  type NoticeAddress,
  type NoticeSender,
  RateLimitedError,
} from '../../conversation/engine-contract.ts';
import type { Notice } from '../../db/repositories/notice.repository.ts';
import { toTeamsMarkdown } from './adaptive-cards.ts';

function asRateLimited(error: unknown): RateLimitedError | undefined {
  const response = (error as { response?: { status?: number; headers?: Record<string, unknown> } })?.response;
  if (response?.status !== 429) return undefined;
  const seconds = Number(response.headers?.['retry-after'] ?? 1);
  return new RateLimitedError((Number.isFinite(seconds) && seconds > 0 ? seconds : 1) * 1000);
}

/**
 * Delivers outbox notices on Teams: a personal chat opened with the user (proactive message), or a post in
 * a channel named by its conversation id (19:…@thread.tacv2). A 429 says how long to wait.
 */
export function createTeamsNoticeSender(
  app: App,
  opts: { tenantId?: string; timeoutMs?: number } = {},
): NoticeSender {
  const personalChats = new Map<string, string>();
  const timeoutMs = opts.timeoutMs ?? 10_000;

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

  async function personalChat(userId: string): Promise<string> {
    const known = personalChats.get(userId);
    if (known) return known;
    const created = await bounded(
      'conversations.create',
      app.api.conversations.create({
        isGroup: false,
        bot: { id: app.id ?? '', name: app.name ?? 'bot', role: 'bot' },
        members: [{ id: userId, name: userId, role: 'user' }],
        tenantId: opts.tenantId,
        channelData: opts.tenantId ? { tenant: { id: opts.tenantId } } : undefined,
      }),
    );
    personalChats.set(userId, created.id);
    return created.id;
  }

  return {
    surface: 'teams',
    async send(notice: Notice, address: NoticeAddress): Promise<void> {
      try {
        const conversationId =
          address.kind === 'dm' ? await personalChat(address.userExternalId) : address.channel;
        await bounded(
          'send',
          app.send(conversationId, { type: 'message', text: toTeamsMarkdown(notice.payload.text) }),
        );
      } catch (error) {
        throw asRateLimited(error) ?? error;
      }
    },
  };
}
