import type { RespondFn } from '@slack/bolt';
import type { Deliver, InboxWork } from '../../../conversation/inbox.ts';
import type { Logger } from '../../../logger.ts';
import type { InstallationRef } from '../oauth/installation-store.ts';
import { postReplies } from '../post-replies.ts';
import { alreadyPosted } from '../posted-replies.ts';
import type { SlackDeps } from '../slack-deps.ts';
import type { SlackOrigin } from '../slack-origin.ts';
import type { WebClient } from '../slack-types.ts';
import type { SlackWorkspaces } from '../slack-workspaces.ts';

/** Where a Slack answer goes, stored with the delivery so that any instance can post it. */
export interface SlackTarget {
  conversationKey: string;
  userId: string;
  /** Slash commands and clicks on ephemeral messages answer through it (valid 30 minutes, 5 uses). */
  responseUrl?: string;
  /** The message whose button was pressed (a click's answer replaces its buttons with the outcome). */
  pressed?: PressedMessage;
  /** The installation that received it (team/enterprise ids, never a token): its token answers it. */
  installation?: InstallationRef;
}

export interface PressedMessage {
  channel: string;
  ts: string;
  ephemeral: boolean;
  /** The click's response URL: the only way to replace an ephemeral message (valid 30 minutes). */
  responseUrl?: string;
  /** The message's blocks as Slack sent them with the click. */
  blocks?: unknown[];
}

/** What only the receiving process has: Bolt's `respond` and its client for this interaction. */
export interface SlackLive {
  respond?: RespondFn;
  client?: WebClient;
}

/**
 * Thrown when a delivery could not be recorded: the app's error handler lets it through so that, over
 * HTTP, Slack gets a 500 instead of a 200 and delivers the event again.
 */
export class DeliveryNotRecorded extends Error {
  readonly code = 'slack_delivery_not_recorded';
  constructor(
    readonly eventId: string,
    override readonly cause: unknown,
  ) {
    super(`delivery ${eventId} could not be recorded`);
    this.name = 'DeliveryNotRecorded';
  }
}

/** A response URL used without Bolt's `respond` (by another instance, or after a restart). */
function respondVia(url: string): RespondFn {
  return async (message) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(typeof message === 'string' ? { text: message } : message),
    });
    if (!response.ok) throw new Error(`response_url answered ${response.status}`);
    return response as never;
  };
}

/**
 * The Slack deliverer of the inbox: posts where the conversation lives, with the token of the installation
 * the delivery came from (Bolt's client when this process received it, else looked up again).
 */
export function slackDeliverer(workspaces: SlackWorkspaces, logger?: Logger): Deliver {
  return async (stored, replies, live, delivery) => {
    const target = stored as unknown as SlackTarget;
    const here = live as SlackLive | undefined;
    const respond = here?.respond ?? (target.responseUrl ? respondVia(target.responseUrl) : undefined);
    const client = here?.client ?? (await workspaces.forInstallation(target.installation));
    const pressed = target.pressed
      ? {
          ...target.pressed,
          ...(target.pressed.responseUrl ? { respond: respondVia(target.pressed.responseUrl) } : {}),
        }
      : undefined;
    // Taking over from a run that may have posted some of it: only what is not in the conversation yet.
    const skip = delivery?.resumedFrom
      ? await alreadyPosted(
          client,
          target.conversationKey,
          replies,
          { id: delivery.id, resumedFrom: delivery.resumedFrom },
          logger,
        )
      : undefined;
    await postReplies(
      client,
      {
        conversationKey: target.conversationKey,
        userId: target.userId,
        ...(respond ? { respond } : {}),
        ...(pressed ? { pressed } : {}),
      },
      replies,
      delivery ? { id: delivery.id, ...(skip ? { skip } : {}) } : undefined,
    );
  };
}

/**
 * Every listener's way in: record the delivery in the inbox (the dedupe and the promise), acknowledge,
 * then carry it out. `ack` is given where the listener acknowledges itself (clicks, commands, forms): the
 * ack then follows the record, and a delivery that could not be recorded is not acknowledged, so Slack
 * tells the user it failed. Bolt acknowledges events itself before listeners run; in HTTP mode its answer
 * to Slack waits for the listeners (processBeforeResponse), so there too the 200 follows the record.
 */
export async function intake(
  deps: SlackDeps,
  work: Omit<InboxWork, 'surface' | 'target'> & { target: SlackTarget },
  opts: { ack?: () => Promise<void>; live?: SlackLive; kind: string; origin?: SlackOrigin } = {
    kind: 'event',
  },
): Promise<void> {
  const origin = opts.origin;
  const input = origin?.workspaceId ? { ...work.input, workspaceId: origin.workspaceId } : work.input;
  const target: SlackTarget = origin?.installation
    ? { ...work.target, installation: origin.installation }
    : work.target;
  const live: SlackLive | undefined =
    origin?.client || opts.live
      ? { ...opts.live, ...(origin?.client ? { client: origin.client } : {}) }
      : undefined;
  let row: Awaited<ReturnType<SlackDeps['inbox']['accept']>>;
  try {
    row = await deps.inbox.accept({
      ...work,
      input,
      surface: 'slack',
      target: target as unknown as Record<string, unknown>,
    });
  } catch (error) {
    deps.logger.error(
      { err: error, eventId: work.eventId },
      'delivery could not be recorded; not acknowledged',
    );
    throw new DeliveryNotRecorded(work.eventId, error);
  }
  await opts.ack?.();
  if (!row) {
    deps.logger.info({ eventId: work.eventId, kind: opts.kind }, 'slack retry ignored: already recorded');
    return;
  }
  const running = deps.inbox.run(row, live);
  if (deps.detachRuns) return; // the inbox tracks it (shutdown drains it)
  await running;
  deps.logger.info(
    { kind: opts.kind, eventId: work.eventId, conversationKey: work.target.conversationKey },
    'slack interaction handled',
  );
}
