import { listCreditorNames } from '../../db/repositories/creditor.repository.ts';
import { listPartnerNames } from '../../db/repositories/partner.repository.ts';
import { DomainError } from '../../domain/errors.ts';
import type { UseCaseContext } from '../context.ts';
import {
  type RegisterChannelInput,
  registerChannel,
  supportOnly,
  unregisterChannel,
} from './register-channel.ts';

// Support registers a channel from chat: "register channel C0123ABC for Nordic Collect", "… as support
// channel", "unregister channel C0123ABC". The channel is named by its id (Slack: channel details →
// bottom; Teams: the 19:… id in the channel's link) on the surface support speaks from; the organisation
// by its name (a unique start of it is enough), partners and creditors alike.

export interface ChannelByName {
  surface: 'slack' | 'teams';
  channelId: string;
  /** 'support', or an organisation's name. */
  owner: string;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

async function resolve(
  ctx: UseCaseContext,
  input: ChannelByName,
): Promise<{ registration: RegisterChannelInput; owner: string }> {
  const base = { surface: input.surface, channelId: input.channelId };
  if (fold(input.owner) === 'support')
    return { registration: { ...base, kind: 'support' }, owner: 'the support channel' };
  const wanted = fold(input.owner);
  const [partners, creditors] = await Promise.all([listPartnerNames(ctx.db), listCreditorNames(ctx.db)]);
  const all = [
    ...partners.map((p) => ({ ...p, type: 'partner' as const })),
    ...creditors.map((c) => ({ ...c, type: 'creditor' as const })),
  ];
  const exact = all.filter((o) => fold(o.name) === wanted);
  const found = exact.length > 0 ? exact : all.filter((o) => fold(o.name).startsWith(wanted));
  if (found.length !== 1) {
    throw new DomainError(
      found.length === 0 ? 'not_found' : 'invalid_input',
      found.length === 0
        ? `There is no partner or creditor called "${input.owner}".`
        : `"${input.owner}" could be ${found
            .slice(0, 4)
            .map((o) => o.name)
            .join(' or ')}: please give the full name.`,
    );
  }
  const org = found[0] as (typeof found)[number];
  return {
    registration:
      org.type === 'partner'
        ? { ...base, kind: 'organisation', partnerId: org.id }
        : { ...base, kind: 'organisation', creditorId: org.id },
    owner: `${org.name}'s own channel`,
  };
}

export async function checkRegisterChannelByName(
  ctx: UseCaseContext,
  input: ChannelByName,
): Promise<{ summary: string; effects: string[] }> {
  supportOnly(ctx);
  const { registration, owner } = await resolve(ctx, input);
  return {
    summary: `Register ${input.surface} channel ${input.channelId.trim()} as ${owner}?`,
    effects: [
      registration.kind === 'support'
        ? "Case look-ups by support agents there are answered for everyone in it; anyone else's stay private."
        : "Case look-ups by that organisation's people there are answered for everyone in it; anyone else's stay private.",
    ],
  };
}

export async function registerChannelByName(
  ctx: UseCaseContext,
  input: ChannelByName,
): Promise<{ summary: string }> {
  return registerChannel(ctx, (await resolve(ctx, input)).registration);
}

export async function checkUnregisterChannel(
  ctx: UseCaseContext,
  input: { surface: 'slack' | 'teams'; channelId: string },
): Promise<{ summary: string; effects: string[] }> {
  supportOnly(ctx);
  return {
    summary: `Unregister ${input.surface} channel ${input.channelId.trim()}?`,
    effects: ['Case look-ups there will be answered to the asker only.'],
  };
}

export { unregisterChannel };
