import { webApi } from '@slack/bolt';
import {
  type NoticeAddress,
  type NoticeSender,
  PermanentDeliveryError,
  RateLimitedError,
} from '../../conversation/engine-contract.ts';
import type { Notice } from '../../db/repositories/notice.repository.ts';
import { slackMarkup } from '../../i18n/messages.ts';
import { escapeMrkdwn, mrkdwn } from './mrkdwn.ts';
import type { WebClient, WebClientOptions } from './slack-types.ts';
import type { SlackWorkspaces } from './slack-workspaces.ts';
import { withWebApiTransport } from './web-api-transport.ts';

/** How long one Web API call of a notice may take by default; the outbox's lease must be longer. */
export const DEFAULT_NOTICE_TIMEOUT_MS = 10_000;

/**
 * A Web API client for delivering notices. The outbox owns retries and timeouts, so the client does none
 * of its own: no retries (by default it retries a 5xx for up to half an hour inside one call, holding the
 * notice and its claim), rate limits come back as errors instead of the client sleeping inside the call,
 * and each call is aborted after `timeout` ms. The outbox schedules the retry and keeps others moving.
 */
export function createSlackNoticeClient(token: string, options: WebClientOptions = {}): WebClient {
  return new webApi.WebClient(token, noticeClientOptions(options));
}

/** The options above, for the clients of every installation when the app serves many workspaces. */
export function noticeClientOptions(options: WebClientOptions = {}): WebClientOptions {
  return withWebApiTransport({
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: DEFAULT_NOTICE_TIMEOUT_MS,
    ...options,
  });
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

/** Slack's answers meaning the token is dead for good: the workspace removed the app or revoked it. */
const GONE = new Set(['account_inactive', 'invalid_auth', 'token_revoked']);

/**
 * A workspace that uninstalled the app (its installation row is gone) or whose token Slack refuses for good:
 * no retry can deliver there. Parked at once, with a reason support can act on (the parked-notices list).
 */
function asUninstalled(error: unknown, workspaceId: string | undefined): PermanentDeliveryError | undefined {
  const e = error as { permanent?: unknown; code?: string; data?: { error?: string } } | null;
  const where = workspaceId ? `workspace ${workspaceId}` : 'this workspace';
  const fix = 'reinstall it there (or link the person elsewhere), then requeue';
  if (e?.permanent === true && e.code === 'slack_not_installed') {
    return new PermanentDeliveryError(`the Slack app is not installed in ${where} (uninstalled): ${fix}`);
  }
  const code = e?.code === webApi.ErrorCode.PlatformError ? e.data?.error : undefined;
  if (code && GONE.has(code)) {
    return new PermanentDeliveryError(
      `Slack refuses the app's token for ${where} (${code}: uninstalled or revoked): ${fix}`,
    );
  }
  return undefined;
}

/**
 * Delivers outbox notices on Slack: a DM through conversations.open, or a post in a channel. With one
 * token, a client; as a distributed app, the workspaces: a DM goes with the token of the workspace the
 * person is linked in, a partner's channel with its workspace's, the configured channels with the home one.
 */
export function createSlackNoticeSender(source: WebClient | SlackWorkspaces): NoticeSender {
  const workspaces = 'forWorkspace' in source ? source : undefined;
  // With one token the client is at hand: no lookup (and no await) before the post starts, so the
  // client's own timeout starts with the send, as the outbox expects.
  const fixed = workspaces ? undefined : (source as WebClient);
  const dmChannels = new Map<string, string>();

  async function dmChannel(client: WebClient, userId: string, workspaceId = ''): Promise<string> {
    const key = `${workspaceId}:${userId}`;
    const known = dmChannels.get(key);
    if (known) return known;
    const opened = await client.conversations.open({ users: userId });
    const id = opened.channel?.id;
    if (!id) throw new Error(`conversations.open gave no channel for ${userId}`);
    if (dmChannels.size >= 10_000) dmChannels.delete(dmChannels.keys().next().value as string);
    dmChannels.set(key, id);
    return id;
  }

  return {
    surface: 'slack',
    async send(notice: Notice, address: NoticeAddress): Promise<void> {
      try {
        const client = fixed ?? (await (workspaces as SlackWorkspaces).forWorkspace(address.workspaceId));
        const channel =
          address.kind === 'dm'
            ? await dmChannel(client, address.userExternalId, address.workspaceId)
            : channelRef(address.channel);
        // The notice text mixes the bot's words with reasons, comments and names people typed: escaped whole.
        // Dates rendered for Slack become date tokens only now, after escaping (src/i18n/messages.ts).
        const section = mrkdwn(notice.payload.text, 3000);
        await client.chat.postMessage({
          channel,
          text: slackMarkup(escapeMrkdwn(notice.payload.text)),
          blocks: [{ type: 'section', text: { ...section, text: slackMarkup(section.text) } }],
          unfurl_links: false,
        });
      } catch (error) {
        throw asRateLimited(error) ?? asUninstalled(error, address.workspaceId) ?? error;
      }
    },
  };
}
