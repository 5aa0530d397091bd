import { z } from 'zod';
import { DomainError, sentence } from '../domain/errors.ts';
import {
  checkRegisterChannelByName,
  checkUnregisterChannel,
  registerChannelByName,
  unregisterChannel,
} from '../use-cases/channels/register-channel-by-name.ts';
import { issueLinkCode } from '../use-cases/identities/issue-link-code.ts';
import {
  checkLinkIdentity,
  checkUnlinkIdentity,
  linkIdentity,
  listIdentities,
  parseChatIdentity,
  unlinkIdentity,
} from '../use-cases/identities/support-identities.ts';
import { checkRequeueNotice, listParkedNotices, requeueNotice } from '../use-cases/notices/parked-notices.ts';
import { defineCommand } from './command-spec.ts';
import { change, read, text } from './handler-kit.ts';
import {
  readIdentitiesOf,
  readLinkAccount,
  readLinkCodeFor,
  readParkedNotices,
  readRegisterChannel,
  readRequeueNotice,
  readUnlinkAccount,
  readUnregisterChannel,
} from './wording.ts';

// Support's commands for people's chat accounts (docs/notes/linking.md) and for the notices nobody could
// receive (docs/notes/email.md). Read only in the platform's own wording (wording.ts), never offered to
// the LLM. Their arguments are not case arguments, so none is in `asks` (the table's questions are about
// a case): the wording always carries them, and a handler given none says what to write.

const person = z.string().describe('A platform user: handle, e-mail or user id');
const account = z
  .string()
  .describe('A chat account: "slack T123/U456", "teams <tenant>/<id>", "console <handle>"');
const noticeId = z.string().describe('The number of a parked notice');

/** A person as the use cases take them: a user id when only digits (that fit the column), else handle or e-mail. */
function personRef(args: { readonly person?: unknown }): number | string {
  const ref = text(args.person);
  if (!ref)
    throw new DomainError(
      'invalid_input',
      'Whom do you mean? Name them by handle or e-mail address.',
      {},
      sentence('refusals4.support.whom'),
    );
  return /^\d{1,9}$/.test(ref) ? Number(ref) : ref.replace(/^@/, '');
}

function chatAccount(args: { readonly account?: unknown }) {
  const identity = parseChatIdentity(text(args.account) ?? '');
  if (!identity) {
    throw new DomainError(
      'invalid_input',
      'Which chat account? Write it as "slack T123/U456", "teams <tenant>/<user id>" or "console <handle>".',
      {},
      sentence('refusals4.support.which_account'),
    );
  }
  return identity;
}

/** notices.id is an integer column: a longer number is no notice rather than a database error. */
function noticeNumber(args: { readonly noticeId?: unknown }): number {
  const digits = text(String(args.noticeId ?? '')) ?? '';
  if (!/^\d+$/.test(digits) || Number(digits) <= 0)
    throw new DomainError(
      'invalid_input',
      'Which notice? Give its number, e.g. "requeue notice 42".',
      {},
      sentence('refusals4.support.which_notice'),
    );
  const n = Number(digits);
  if (n > 2_147_483_647)
    throw new DomainError(
      'not_found',
      `There is no notice ${digits.replace(/^0+/, '')}.`,
      {},
      sentence('refusals4.support.no_notice', { noticeId: digits.replace(/^0+/, '') }),
    );
  return n;
}

export const identityLinkCode = defineCommand(
  z.object({ person }).describe('Issue a one-time link code for a person'),
  {
    llmTool: false,
    asks: [],
    permission: { roles: ['support'] },
    help: [
      {
        audience: 'support',
        line: '*link code for nordic-partner* — a one-time code the person uses to link their chat account',
      },
    ],
    // Nothing the person has changes until they use the code; the code is shown once (only its hash is
    // kept), so it is issued at once rather than after a confirmation.
    changesState: false,
    handler: read(async (ctx, args) => {
      const issued = await issueLinkCode(ctx, personRef(args));
      const hours = Math.round((issued.expiresAt.getTime() - ctx.clock.now().getTime()) / 3_600_000);
      return {
        text: `Link code for ${issued.user.name} (${issued.user.handle}): *${issued.code}*, valid once for ${hours} hours. Give it to them privately; they say \`link ${issued.code}\` to the bot.`,
        private: true,
      };
    }),
    says: readLinkCodeFor,
  },
);

export const identityList = defineCommand(z.object({ person }).describe("A person's linked chat accounts"), {
  llmTool: false,
  asks: [],
  permission: { roles: ['support'] },
  help: [
    {
      audience: 'support',
      line: '*identities of nordic-partner* or *where is nordic-partner linked* — their linked chat accounts',
    },
  ],
  changesState: false,
  handler: read(async (ctx, args) => ({ text: (await listIdentities(ctx, personRef(args))).text })),
  says: readIdentitiesOf,
});

export const identityLink = defineCommand(
  z.object({ account, person }).describe('Link a chat account to a person'),
  {
    llmTool: false,
    asks: [],
    permission: { roles: ['support'] },
    help: [
      {
        audience: 'support',
        line: '*link slack T0ACME/U0MIKKEL to nordic-partner* — link a chat account to a person (workspace/user id)',
      },
    ],
    changesState: true,
    handler: change(
      (a) => ({ ref: personRef(a), identity: chatAccount(a) }),
      (ctx, i) => checkLinkIdentity(ctx, i.ref, i.identity),
      (ctx, i) => linkIdentity(ctx, i.ref, i.identity),
    ),
    says: readLinkAccount,
  },
);

export const identityUnlink = defineCommand(z.object({ account }).describe('Unlink a chat account'), {
  llmTool: false,
  asks: [],
  permission: { roles: ['support'] },
  help: [
    {
      audience: 'support',
      line: '*unlink slack T0ACME/U0MIKKEL* — the account can no longer use the assistant',
    },
  ],
  changesState: true,
  handler: change(chatAccount, checkUnlinkIdentity, unlinkIdentity),
  says: readUnlinkAccount,
});

export const noticeListParked = defineCommand(z.object({}).describe('The notices nobody could receive'), {
  llmTool: false,
  asks: [],
  permission: { roles: ['support'] },
  help: [
    {
      audience: 'support',
      line: '*show parked notices* — notices nobody could receive (no chat link, no e-mail, refused), why, since when',
    },
  ],
  changesState: false,
  handler: read(async (ctx) => ({ text: (await listParkedNotices(ctx)).summary })),
  says: readParkedNotices,
});

export const noticeRequeue = defineCommand(z.object({ noticeId }).describe('Send a parked notice again'), {
  llmTool: false,
  asks: [],
  permission: { roles: ['support'] },
  help: [
    {
      audience: 'support',
      line: '*requeue notice 42* — send a parked notice again once its cause is fixed',
    },
  ],
  changesState: true,
  handler: change((a) => ({ noticeId: noticeNumber(a) }), checkRequeueNotice, requeueNotice),
  says: readRequeueNotice,
});

const channelSurface = z
  .enum(['slack', 'teams'])
  .optional()
  .describe('Where the channel is; default: where support speaks');
const channelId = z.string().describe('The channel id: Slack C…/G…, Teams 19:…');

/** The channel as the use case takes it: on the surface named, else the one support speaks from. */
function channelRef(
  ctx: { channel: string },
  args: { readonly surface?: unknown; readonly channelId?: unknown },
) {
  const id = text(args.channelId);
  if (!id)
    throw new DomainError(
      'invalid_input',
      'Which channel? Say for example "register channel C0123ABC for Nordic Collect".',
      {},
      sentence('refusals4.support.which_channel'),
    );
  const surface = text(args.surface) ?? ctx.channel;
  if (surface !== 'slack' && surface !== 'teams') {
    throw new DomainError(
      'invalid_input',
      'Say whether it is a Slack or a Teams channel: "register slack channel C0123ABC …".',
      {},
      sentence('refusals4.support.which_surface'),
    );
  }
  return { surface, channelId: id } as const;
}

export const channelRegister = defineCommand(
  z
    .object({
      surface: channelSurface,
      channelId,
      owner: z.string().describe('"support" or an organisation'),
    })
    .describe("Register a shared channel as an organisation's own or as the support channel"),
  {
    llmTool: false,
    asks: [],
    permission: { roles: ['support'] },
    help: [
      {
        audience: 'support',
        line: "*register channel C0123ABC for Nordic Collect* (or *as support channel*) — look-ups there are answered for the whole channel, for that organisation's people (or support)",
      },
    ],
    changesState: true,
    handler: {
      kind: 'change',
      check: (ctx, a) =>
        checkRegisterChannelByName(ctx, { ...channelRef(ctx, a), owner: text(a.owner) ?? '' }),
      execute: async (ctx, a) => ({
        text: (await registerChannelByName(ctx, { ...channelRef(ctx, a), owner: text(a.owner) ?? '' }))
          .summary,
      }),
    },
    says: readRegisterChannel,
  },
);

export const channelUnregister = defineCommand(
  z.object({ surface: channelSurface, channelId }).describe('Unregister a shared channel'),
  {
    llmTool: false,
    asks: [],
    permission: { roles: ['support'] },
    help: [
      {
        audience: 'support',
        line: '*unregister channel C0123ABC* — look-ups there go to the asker only again',
      },
    ],
    changesState: true,
    handler: {
      kind: 'change',
      check: (ctx, a) => checkUnregisterChannel(ctx, channelRef(ctx, a)),
      execute: async (ctx, a) => ({ text: (await unregisterChannel(ctx, channelRef(ctx, a))).summary }),
    },
    says: readUnregisterChannel,
  },
);
