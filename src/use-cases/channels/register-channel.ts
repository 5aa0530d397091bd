import {
  deleteChannelRegistration,
  saveChannelRegistration,
} from '../../db/repositories/channel-registration.repository.ts';
import { findCreditor } from '../../db/repositories/creditor.repository.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { say } from '../../i18n/messages.ts';
import type { UseCaseContext } from '../context.ts';

// Support registers a shared channel as one organisation's own channel (look-ups by that organisation's
// people are answered for the whole channel) or as the support channel (look-ups by support agents are).
// Everyone else's look-ups there, and everything in unregistered channels, stay visible to the asker only.

export interface ChannelInput {
  surface: 'slack' | 'teams';
  /** Slack channel id (C…/G…); Teams conversation id of the channel or chat. */
  channelId: string;
  /** Slack team id, Teams tenant id; '' for a single-workspace set-up. */
  workspaceId?: string;
}

export type RegisterChannelInput = ChannelInput &
  (
    | { kind: 'support' }
    | { kind: 'organisation'; partnerId: number }
    | { kind: 'organisation'; creditorId: number }
  );

/** Only support registers channels; everyone else is told to ask support. */
export function supportOnly(ctx: UseCaseContext): void {
  if (ctx.actor.role !== 'support') {
    throw new DomainError(
      'forbidden',
      'Only support can register or unregister a channel. Ask support to do it for your organisation.',
      undefined,
      sentence('support4.channel.support_only'),
    );
  }
}

/** Direct messages need no registration; only a channel or group chat can be registered. */
function channelOf(input: ChannelInput): string {
  const id = input.channelId.trim().split(';')[0] ?? '';
  const direct = input.surface === 'slack' ? /^[DUW]/.test(id) : !id.startsWith('19:');
  if (!id || direct) {
    throw new DomainError(
      'invalid_input',
      'That is not a channel: only channels and group chats can be registered.',
      undefined,
      sentence('support4.channel.not_channel'),
    );
  }
  return id;
}

export async function registerChannel(
  ctx: UseCaseContext,
  input: RegisterChannelInput,
): Promise<{ summary: string }> {
  supportOnly(ctx);
  const channelId = channelOf(input);
  let partnerId: number | null = null;
  let creditorId: number | null = null;
  // The organisation whose own channel it becomes; null: the support channel.
  let name: string | null = null;
  if (input.kind === 'organisation') {
    if ('partnerId' in input) {
      const partner = await findPartner(ctx.db, input.partnerId);
      if (!partner)
        throw new DomainError(
          'not_found',
          `There is no partner ${input.partnerId}.`,
          undefined,
          sentence('support4.channel.no_partner', { id: String(input.partnerId) }),
        );
      partnerId = partner.id;
      name = partner.name;
    } else {
      const creditor = await findCreditor(ctx.db, input.creditorId);
      if (!creditor)
        throw new DomainError(
          'not_found',
          `There is no creditor ${input.creditorId}.`,
          undefined,
          sentence('support4.channel.no_creditor', { id: String(input.creditorId) }),
        );
      creditorId = creditor.id;
      name = creditor.name;
    }
  }
  await saveChannelRegistration(ctx.db, {
    surface: input.surface,
    channelId,
    workspaceId: input.workspaceId ?? '',
    kind: input.kind,
    partnerId,
    creditorId,
    registeredBy: ctx.actor.userId,
    at: ctx.clock.now(),
  });
  return {
    summary: say('support4.channel.registered', { support: name === null ? 'yes' : 'no', name: name ?? '' }),
  };
}

export async function unregisterChannel(
  ctx: UseCaseContext,
  input: ChannelInput,
): Promise<{ summary: string }> {
  supportOnly(ctx);
  const removed = await deleteChannelRegistration(ctx.db, {
    surface: input.surface,
    channelId: channelOf(input),
  });
  return {
    summary: removed ? say('support4.channel.unregistered') : say('support4.channel.was_not'),
  };
}
