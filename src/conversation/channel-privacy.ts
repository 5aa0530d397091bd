import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import {
  type ChannelPlace,
  findChannelRegistration,
  personDebtorNames,
  personDebtorNamesWithConversationCase,
} from '../db/repositories/channel-registration.repository.ts';
import { findUserByChatIdentity } from '../db/repositories/user.repository.ts';
import { channelShowsCaseDataTo, withoutNames } from '../domain/channel-privacy.ts';
import { isCaseNumber } from '../domain/ids.ts';
import type { Logger } from '../logger.ts';
import { TurnReads } from '../use-cases/turn-reads.ts';
import type { ChatSurface, ConversationEngine } from './engine-contract.ts';
import type { Reply } from './reply.ts';

// What others in a shared channel may read. The engine marks a look-up's answer `audience: 'asker'`; here,
// where the conversation is known to be a channel, it stays with the asker unless support registered the
// channel for the asker's organisation (or as the support channel, for support). And every reply that the
// whole channel will read has the names of private-person debtors replaced. Direct messages and the
// console are left as they are. On any failure here the replies go to the asker alone: closed, not open.

/**
 * The channel a conversation key lives in, when others can read it: a Slack channel thread (not a DM, not
 * a `/case` command, which is always answered privately), a Teams channel or group chat (ids `19:…`;
 * personal chats are `a:…`). The keys are the surfaces' own (src/surfaces/…/conversation keys).
 */
export function sharedChannelOf(surface: ChatSurface, conversationKey: string): ChannelPlace | null {
  if (surface === 'slack') {
    const parts = conversationKey.split(':');
    const channel = parts[1] ?? '';
    if (parts.length !== 3 || !channel || /^[DUW]/.test(channel)) return null;
    return { surface, channelId: channel };
  }
  if (surface === 'teams') {
    const id = conversationKey.replace(/^teams:/, '').split(';')[0] ?? '';
    return id.startsWith('19:') ? { surface, channelId: id } : null;
  }
  return null;
}

const MAX_CASE_IDS = 200;

/** Case numbers a text may name ("case 1002", "• 1002 …"); more than needed is harmless. */
function caseNumbersIn(texts: string[]): number[] {
  const ids = new Set<number>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<![\d.,])\d{1,10}(?![\d])/g)) {
      if (isCaseNumber(m[0])) ids.add(Number(m[0]));
      if (ids.size >= MAX_CASE_IDS) return [...ids];
    }
  }
  return [...ids];
}

const textsOf = (r: Reply) => [
  r.text,
  r.title ?? '',
  ...(r.fields ?? []).flatMap((f) => [f.label, f.value]),
  ...(r.choices ?? []).flatMap((c) => [c.label, c.description ?? '']),
  r.settles?.text ?? '',
  r.settles?.was ?? '',
];

function redacted(r: Reply, names: string[]): Reply {
  const clean = (s: string) => withoutNames(s, names);
  return {
    ...r,
    text: clean(r.text),
    ...(r.title !== undefined ? { title: clean(r.title) } : {}),
    ...(r.fields ? { fields: r.fields.map((f) => ({ label: clean(f.label), value: clean(f.value) })) } : {}),
    ...(r.choices
      ? {
          choices: r.choices.map((c) => ({
            ...c,
            label: clean(c.label),
            ...(c.description !== undefined ? { description: clean(c.description) } : {}),
          })),
        }
      : {}),
    ...(r.settles
      ? {
          settles: {
            ...r.settles,
            text: clean(r.settles.text),
            ...(r.settles.was !== undefined ? { was: clean(r.settles.was) } : {}),
          },
        }
      : {}),
  };
}

/**
 * A notice posted to a channel (quote alerts, close codes, support): the names of its case's debtor, and
 * of any case it names, when they are private persons, replaced. Direct-message notices keep them.
 */
export async function noticeForChannel<N extends { caseId: number | null; payload: { text: string } }>(
  db: Kysely<Database>,
  notice: N,
  /** What is said instead of the name, in the channel's language (English by default). */
  label?: string,
): Promise<N> {
  const ids = caseNumbersIn([notice.payload.text]);
  if (notice.caseId !== null && !ids.includes(notice.caseId)) ids.push(notice.caseId);
  const names = await personDebtorNames(db, ids);
  if (names.length === 0) return notice;
  return { ...notice, payload: { ...notice.payload, text: withoutNames(notice.payload.text, names, label) } };
}

const seenByAll = (r: Reply) => !r.private && r.audience !== 'asker';

/**
 * The case numbers shapeForChannel will look up for these replies when the whole channel reads them: a
 * step that writes anyway can read their debtors with its write (`TurnReads.sawPersonDebtors`).
 */
export function caseNumbersOfReplies(replies: Reply[]): number[] {
  return caseNumbersIn(replies.filter(seenByAll).flatMap(textsOf));
}

/** The replies as the channel may see them (see above); replies outside channels are returned as they are. */
export async function shapeForChannel(
  db: Kysely<Database>,
  input: {
    surface: ChatSurface;
    conversationKey: string;
    userExternalId: string;
    workspaceId?: string;
    alsoUnscoped?: boolean;
  },
  replies: Reply[],
  /** Names known to be private persons' that no case number leads to (a submission's own debtor). */
  alsoPersons: string[] = [],
  /** What the turn read (its cases' debtors, its conversation's case): only the rest is asked. */
  reads?: TurnReads,
): Promise<Reply[]> {
  const place = sharedChannelOf(input.surface, input.conversationKey);
  if (!place || replies.length === 0) return replies;
  let shaped = replies;
  if (shaped.some((r) => r.audience === 'asker')) {
    const [actor, registration] = await Promise.all([
      // The asker as the engine knew them: in their own workspace (the same id elsewhere is someone else).
      findUserByChatIdentity(db, input.surface, input.userExternalId, input.workspaceId, input.alsoUnscoped),
      findChannelRegistration(db, place),
    ]);
    if (actor && channelShowsCaseDataTo(registration, actor)) {
      shaped = shaped.map((r) => (r.audience === 'asker' ? { ...r, audience: 'conversation' as const } : r));
    }
  }
  const open = shaped.filter(seenByAll);
  if (open.length === 0) return shaped;
  const ids = caseNumbersIn(open.flatMap(textsOf));
  // The case the conversation is about counts too ("and the status?" names no number).
  const names = [...(await personDebtorNamesOf(db, ids, input, reads)), ...alsoPersons];
  if (names.length === 0) return shaped;
  return shaped.map((r) => (seenByAll(r) ? redacted(r, names) : r));
}

/**
 * The private persons' names among the debtors of `ids` and of the conversation's case. A case the turn
 * read is answered from that read (its replies were made from it); the database is asked only for the
 * others, and for the conversation's case when the turn did not read which it is. Every case the turn
 * made or found the conversation's counts, so a remembered case that failed to be written still does.
 */
async function personDebtorNamesOf(
  db: Kysely<Database>,
  ids: number[],
  input: { surface: ChatSurface; conversationKey: string },
  reads: TurnReads | undefined,
): Promise<string[]> {
  if (!reads) return personDebtorNamesWithConversationCase(db, ids, input);
  const names: string[] = [];
  const unknown: number[] = [];
  for (const id of new Set([...ids, ...reads.rememberedCases, ...(reads.conversationCases ?? [])])) {
    const debtor = reads.debtors.get(id);
    if (debtor === undefined) unknown.push(id);
    else if (debtor?.type === 'person') names.push(debtor.name);
  }
  if (unknown.length > 0 || reads.conversationCases === undefined) {
    names.push(...(await personDebtorNamesWithConversationCase(db, unknown, input)));
  }
  return names;
}

/** The engine with channel privacy applied to every answer (see the top of this file). */
export function withChannelPrivacy(
  engine: ConversationEngine,
  options: { db: Kysely<Database>; logger: Logger },
): ConversationEngine {
  const log = options.logger.child({ component: 'channel-privacy' });
  const shape = async (
    input: { surface: ChatSurface; conversationKey: string; userExternalId: string },
    replies: Reply[],
    reads: TurnReads,
    alsoPersons: string[] = [],
  ): Promise<Reply[]> => {
    try {
      return await shapeForChannel(options.db, input, replies, alsoPersons, reads);
    } catch (error) {
      log.warn(
        { err: error, surface: input.surface },
        'channel privacy check failed; answering the asker only',
      );
      return replies.map((r) => ({ ...r, audience: 'asker' as const }));
    }
  };
  // Each turn gets its own record of what it read (src/use-cases/turn-reads.ts).
  return {
    ...(engine.countsMessageLimit ? { countsMessageLimit: true } : {}),
    handleMessage: async (m) => {
      const reads = new TurnReads();
      return shape(m, await engine.handleMessage({ ...m, reads }), reads);
    },
    handleChoice: async (c) => {
      const reads = new TurnReads();
      return shape(c, await engine.handleChoice({ ...c, reads }), reads);
    },
    // A submission's confirmation names its debtor before there is a case to look the debtor up by.
    handleForm: async (f) => {
      const reads = new TurnReads();
      return shape(
        f,
        await engine.handleForm({ ...f, reads }),
        reads,
        f.kind === 'submit_case' && f.values.debtorType?.toLowerCase() === 'person' && f.values.debtorName
          ? [f.values.debtorName]
          : [],
      );
    },
    ...(engine.awaitsAnswer ? { awaitsAnswer: engine.awaitsAnswer.bind(engine) } : {}),
  };
}
