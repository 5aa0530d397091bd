import { webApi } from '@slack/bolt';
import {
  type NoticeAddress,
  type NoticeSender,
  RateLimitedError,
} from '../../conversation/engine-contract.ts';
import type { Notice } from '../../db/repositories/notice.repository.ts';
import { escapeMrkdwn, mrkdwn } from './mrkdwn.ts';
import type { WebClient, WebClientOptions } from './slack-types.ts';

/**
 * A Web API client for delivering notices: rate limits come back as errors (instead of the client sleeping
 * inside the call) so the delivery worker can schedule the retry itself and keep other recipients moving.
 */
export function createSlackNoticeClient(token: string, options: WebClientOptions = {}): WebClient {
  return new webApi.WebClient(token, { rejectRateLimitedCalls: true, ...options });
}

function channelRef(channel: string): string {
  // Ids (C…, G…, D…) are used as they are; a configured name such as "quote-alerts" is posted by name.
  return /^[CGD][A-Z0-9]{6,}$/.test(channel) || channel.startsWith('#') ? channel : `#${channel}`;
}

function asRateLimited(error: unknown): RateLimitedError | undefined {
  const e = error as {
    code?: string;
    retryAfter?: number;
    data?: { error?: string; response_metadata?: { retryAfter?: number } };
  };
  if (e?.code === webApi.ErrorCode.RateLimitedError) return new RateLimitedError((e.retryAfter ?? 1) * 1000);
  if (e?.code === webApi.ErrorCode.PlatformError && e.data?.error === 'ratelimited') {
    return new RateLimitedError((e.data.response_metadata?.retryAfter ?? 1) * 1000);
  }
  return undefined;
}

/** Delivers outbox notices on Slack: a DM through conversations.open, or a post in a channel. */
export function createSlackNoticeSender(client: WebClient): NoticeSender {
  const dmChannels = new Map<string, string>();

  async function dmChannel(userId: string): Promise<string> {
    const known = dmChannels.get(userId);
    if (known) return known;
    const opened = await client.conversations.open({ users: userId });
    const id = opened.channel?.id;
    if (!id) throw new Error(`conversations.open gave no channel for ${userId}`);
    dmChannels.set(userId, id);
    return id;
  }

  return {
    surface: 'slack',
    async send(notice: Notice, address: NoticeAddress): Promise<void> {
      try {
        const channel =
          address.kind === 'dm' ? await dmChannel(address.userExternalId) : channelRef(address.channel);
        // The notice text mixes the bot's words with reasons, comments and names people typed: escaped whole.
        await client.chat.postMessage({
          channel,
          text: escapeMrkdwn(notice.payload.text),
          blocks: [{ type: 'section', text: mrkdwn(notice.payload.text, 3000) }],
          unfurl_links: false,
        });
      } catch (error) {
        throw asRateLimited(error) ?? error;
      }
    },
  };
}
