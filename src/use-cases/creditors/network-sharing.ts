import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import {
  appendCreditorHistoryWrite,
  findCreditor,
  findCreditorsNamed,
  lockCreditor,
  setNetworkSharingWrite,
} from '../../db/repositories/creditor.repository.ts';
import { enqueueNoticesWrite } from '../../db/repositories/notice.repository.ts';
import { writeLast } from '../../db/write-together.ts';
import type { Creditor } from '../../domain/case.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { assertMayOnCreditor, type CreditorPermission } from '../../domain/permissions.ts';
import { type MessageSpec, msg, nested, renderFor, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { UseCaseContext } from '../context.ts';
import type { Plan } from '../plan.ts';

// A creditor's network sharing (article "Partner declined my case - what happens next?"): on (the
// default), a declined case goes to the partner network for quotes; off, it is closed. The creditor's own
// users read and change it; support does so for a creditor it names. A change applies to declines from
// then on, never to past ones (domain.md, "Further decisions"). Every change is kept in creditor_history.

type Db = Kysely<Database> | Transaction<Database>;

export interface SharingInput {
  /** The creditor as named in chat (support must name one; a creditor's user may name its own). */
  creditor?: string | null;
}

export interface SetSharingInput extends SharingInput {
  on: boolean;
}

const onOff = (on: boolean) => (on ? 'on' : 'off');

/** What the setting means, said to the creditor ("your cases") or about it ("its cases"). */
export function sharingMeaning(on: boolean, whose: 'your' | 'its' = 'its'): string {
  return renderFor(meaningOf(on, whose), null);
}

const yesNo = (on: boolean) => (on ? 'yes' : 'no');

function meaningOf(on: boolean, whose: 'your' | 'its'): MessageSpec {
  return msg('sharing.meaning', { on: yesNo(on), whose });
}

const whoseFor = (ctx: UseCaseContext) => (ctx.actor.role === 'creditor' ? 'your' : 'its');

/** The creditor the request is about: the speaker's own, or the one named (support). */
async function creditorOf(db: Db, ctx: UseCaseContext, input: SharingInput, action: CreditorPermission) {
  const said = input.creditor?.trim() || null;
  let creditor: Creditor | null = null;
  if (said === null) {
    if (ctx.actor.role === 'creditor' && ctx.actor.creditorId !== null) {
      creditor = await findCreditor(db, ctx.actor.creditorId);
    } else if (ctx.actor.role === 'support') {
      throw new DomainError(
        'invalid_input',
        'Which creditor? Name it, e.g. "is network sharing on for Acme ApS?" or "turn off network sharing for Acme ApS".',
        {},
        sentence('refusals4.sharing.which'),
      );
    }
  } else {
    const found = (await findCreditorsNamed(db, said)).filter((c) => !c.shadow);
    const own = found.find((c) => c.id === ctx.actor.creditorId);
    if (own) creditor = await findCreditor(db, own.id);
    else if (ctx.actor.role === 'support') {
      if (found.length > 1) {
        throw new DomainError(
          'invalid_input',
          `Several creditors are called "${said}": ${found.map((c) => c.name).join(', ')}. Which one do you mean?`,
          {},
          sentence('refusals4.sharing.several', { said, names: found.map((c) => c.name).join(', ') }),
        );
      }
      creditor = found[0] ? await findCreditor(db, found[0].id) : null;
      if (!creditor)
        throw new DomainError(
          'not_found',
          `There is no creditor called "${said}" on the platform.`,
          {},
          sentence('refusals4.sharing.no_creditor', { said }),
        );
    }
  }
  // Nobody else learns whether a creditor of that name exists: the same refusal either way.
  assertMayOnCreditor(action, ctx.actor, creditor ?? { id: -1, name: said ?? '' });
  if (!creditor)
    throw new DomainError(
      'not_found',
      'Your organisation is not known to the platform.',
      {},
      sentence('refusals4.org_unknown'),
    );
  return creditor;
}

export async function getNetworkSharing(
  ctx: UseCaseContext,
  input: SharingInput,
): Promise<{ creditorId: number; on: boolean; text: string }> {
  const c = await creditorOf(ctx.db, ctx, input, 'view_settings');
  const own = ctx.actor.role === 'creditor';
  return {
    creditorId: c.id,
    on: c.networkSharing,
    text: say('sharing.status', {
      on: yesNo(c.networkSharing),
      own: yesNo(own),
      creditorName: c.name,
      meaning: nested(meaningOf(c.networkSharing, whoseFor(ctx))),
    }),
  };
}

function alreadyThere(c: Creditor, on: boolean): DomainError {
  return new DomainError(
    'already_done',
    `Network sharing is already ${onOff(on)} for ${c.name}: nothing to change.`,
    { creditorId: c.id, on },
    sentence('refusals4.sharing.already', { on: yesNo(on), creditorName: c.name }),
  );
}

export async function checkSetNetworkSharing(ctx: UseCaseContext, input: SetSharingInput): Promise<Plan> {
  const c = await creditorOf(ctx.db, ctx, input, 'change_settings');
  if (c.networkSharing === input.on) throw alreadyThere(c, input.on);
  return {
    summary: say('refusals4.sharing.plan', { on: yesNo(input.on), creditorName: c.name }),
    effects: [
      say('refusals4.sharing.plan.from_now', { meaning: nested(meaningOf(input.on, whoseFor(ctx))) }),
      say('refusals4.sharing.plan.past'),
      ...(ctx.actor.role === 'support' ? [say('refusals4.sharing.plan.told', { creditorName: c.name })] : []),
    ],
  };
}

export async function setNetworkSharing(
  ctx: UseCaseContext,
  input: SetSharingInput,
): Promise<{ summary: string; creditorId: number; on: boolean }> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const named = await creditorOf(trx, ctx, input, 'change_settings');
    // Under the row lock: a second confirmation (or a colleague's change) finds the new value.
    const c = await lockCreditor(trx, named.id);
    if (!c)
      throw new DomainError(
        'not_found',
        `There is no creditor ${named.id}.`,
        {},
        sentence('refusals4.sharing.no_creditor_id', { creditorId: String(named.id) }),
      );
    if (c.networkSharing === input.on) throw alreadyThere(c, input.on);
    await writeLast(trx, [
      setNetworkSharingWrite(trx, c.id, input.on),
      appendCreditorHistoryWrite(trx, {
        creditorId: c.id,
        actorUserId: ctx.actor.userId,
        channel: ctx.channel,
        action: 'creditor.network_sharing',
        details: { from: c.networkSharing, to: input.on, byRole: ctx.actor.role },
        at: now,
      }),
      ctx.actor.role === 'support'
        ? enqueueNoticesWrite(trx, [
            {
              recipient: { type: 'creditor', creditorId: c.id },
              kind: 'creditor.network_sharing',
              caseId: null,
              payload: {
                ...noticeText(
                  msg('sharing.changed_by_support', {
                    on: yesNo(input.on),
                    creditorName: c.name,
                    meaning: nested(meaningOf(input.on, 'your')),
                  }),
                ),
                on: input.on,
              },
              at: now,
            },
          ])
        : null,
    ]);
    return {
      creditorId: c.id,
      on: input.on,
      summary: say('sharing.now', {
        on: yesNo(input.on),
        creditorName: c.name,
        meaning: nested(meaningOf(input.on, whoseFor(ctx))),
      }),
    };
  });
}
