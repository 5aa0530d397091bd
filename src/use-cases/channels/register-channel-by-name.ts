import { listCreditorNames } from '../../db/repositories/creditor.repository.ts';
import { listPartnerNames } from '../../db/repositories/partner.repository.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { say } from '../../i18n/messages.ts';
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
): Promise<{ registration: RegisterChannelInput; name: string | null }> {
  const base = { surface: input.surface, channelId: input.channelId };
  if (fold(input.owner) === 'support') return { registration: { ...base, kind: 'support' }, name: null };
  const wanted = fold(input.owner);
  const [partners, creditors] = await Promise.all([listPartnerNames(ctx.db), listCreditorNames(ctx.db)]);
  const all = [
    ...partners.map((p) => ({ ...p, type: 'partner' as const })),
    ...creditors.map((c) => ({ ...c, type: 'creditor' as const })),
  ];
  const exact = all.filter((o) => fold(o.name) === wanted);
  const found = exact.length > 0 ? exact : all.filter((o) => fold(o.name).startsWith(wanted));
  if (found.length === 0) {
    throw new DomainError(
      'not_found',
      `There is no partner or creditor called "${input.owner}".`,
      undefined,
      sentence('support4.channel.no_org', { owner: input.owner }),
    );
  }
  if (found.length > 1) {
    const names = found.slice(0, 4).map((o) => o.name);
    throw new DomainError(
      'invalid_input',
      `"${input.owner}" could be ${names.join(' or ')}: please give the full name.`,
      undefined,
      // Said in the same turn: "or" in the asker's language.
      sentence('support4.channel.ambiguous', { owner: input.owner, names: names.join(say('support4.or')) }),
    );
  }
  const org = found[0] as (typeof found)[number];
  return {
    registration:
      org.type === 'partner'
        ? { ...base, kind: 'organisation', partnerId: org.id }
        : { ...base, kind: 'organisation', creditorId: org.id },
    name: org.name,
  };
}

export async function checkRegisterChannelByName(
  ctx: UseCaseContext,
  input: ChannelByName,
): Promise<{ summary: string; effects: string[] }> {
  supportOnly(ctx);
  const { registration, name } = await resolve(ctx, input);
  return {
    summary: say('support4.channel.plan', {
      surface: input.surface,
      channelId: input.channelId.trim(),
      support: name === null ? 'yes' : 'no',
      name: name ?? '',
    }),
    effects: [
      registration.kind === 'support'
        ? say('support4.channel.effect.support')
        : say('support4.channel.effect.org'),
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
    summary: say('support4.channel.unregister_plan', {
      surface: input.surface,
      channelId: input.channelId.trim(),
    }),
    effects: [say('support4.channel.unregister_effect')],
  };
}

export { unregisterChannel };
