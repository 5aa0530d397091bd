import {
  deleteChannelRegistration,
  saveChannelRegistration,
} from '../../db/repositories/channel-registration.repository.ts';
import { findCreditor } from '../../db/repositories/creditor.repository.ts';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import { DomainError } from '../../domain/errors.ts';
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
  let owner = 'the support channel';
  if (input.kind === 'organisation') {
    if ('partnerId' in input) {
      const partner = await findPartner(ctx.db, input.partnerId);
      if (!partner) throw new DomainError('not_found', `There is no partner ${input.partnerId}.`);
      partnerId = partner.id;
      owner = `${partner.name}'s own channel`;
    } else {
      const creditor = await findCreditor(ctx.db, input.creditorId);
      if (!creditor) throw new DomainError('not_found', `There is no creditor ${input.creditorId}.`);
      creditorId = creditor.id;
      owner = `${creditor.name}'s own channel`;
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
  const who =
    input.kind === 'support' ? 'support agents' : `people of ${owner.replace(/'s own channel$/, '')}`;
  return {
    summary: `This channel is now registered as ${owner}: case look-ups by ${who} are answered for everyone in it. Anyone else's stay visible to them only.`,
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
    summary: removed
      ? 'This channel is no longer registered: case look-ups here are answered to the asker only.'
      : 'This channel was not registered; case look-ups here are answered to the asker only.',
  };
}
