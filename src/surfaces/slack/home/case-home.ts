import type { Kysely } from 'kysely';
import type { ChatSurface } from '../../../conversation/engine-contract.ts';
import { notLinkedText } from '../../../conversation/identity.ts';
import type { Reply } from '../../../conversation/reply.ts';
import type { Database } from '../../../db/database.ts';
import { findUserByChatIdentity } from '../../../db/repositories/user.repository.ts';
import type { Actor } from '../../../domain/actor.ts';
import type { Case } from '../../../domain/case.ts';
import type { Clock } from '../../../domain/clock.ts';
import { CASE_STATUS_LABELS, CASE_STATUSES, type CaseStatus, type UserRole } from '../../../domain/ids.ts';
import { money, say, withReader } from '../../../i18n/messages.ts';
import { listCases } from '../../../use-cases/cases/list-cases.ts';
import {
  listPartnerTasks,
  responsivenessText,
  taskWaitText,
} from '../../../use-cases/cases/list-partner-tasks.ts';
import type { HomeProvider, HomeReplies } from '../slack-deps.ts';

/** What each role is expected to do about a case in a given status: the "waiting for you" list. */
const WAITING: Record<UserRole, Partial<Record<CaseStatus, string>>> = {
  partner: { pending_verification: 'verify', paused: 'paused' },
  creditor: { needs_additional_details: 'details', collecting_quotes: 'quotes' },
  support: {},
};

const todo = (what: string) => say('chat4.home.todo', { what });

const line = (c: Case) =>
  say('chat4.home.case', {
    caseId: String(c.id),
    debtorName: c.debtorName,
    amount: money(c.principal, c.currency),
  });

/**
 * The App Home summary through the same read the chat uses (list-cases, with its permissions): what waits
 * for the user first, then their cases grouped by status.
 */
export function createCaseHome(options: {
  db: Kysely<Database>;
  clock: Clock;
  surface?: ChatSurface;
}): HomeProvider {
  const surface = options.surface ?? 'slack';
  return async (userExternalId: string, workspaceId = ''): Promise<HomeReplies> => {
    const actor = await findUserByChatIdentity(options.db, surface, userExternalId, workspaceId);
    if (!actor) return [{ title: say('chat4.home.not_linked'), text: notLinkedText(surface) }];
    // The Home tab is read in the person's language, like their chat answers (plain text: no date markers).
    const replies: HomeReplies = await withReader(actor.locale, () => homeReplies(actor));
    if (actor.locale) replies.locale = actor.locale;
    return replies;
  };

  async function homeReplies(actor: Actor): Promise<Reply[]> {
    const { cases } = await listCases(
      { db: options.db, clock: options.clock, actor, channel: surface },
      { limit: 200 },
    );
    const ctx = { db: options.db, clock: options.clock, actor, channel: surface };
    const replies: Reply[] = [];
    // A partner's cases to verify come from its tasks (the same read as "my tasks" in chat): only the
    // cases assigned to it, oldest first, with how long each has waited; then its responsiveness.
    const tasks = actor.role === 'partner' && actor.partnerId !== null ? await listPartnerTasks(ctx) : null;
    const expected = WAITING[actor.role];
    const verify = expected.pending_verification;
    const taskLines = (tasks?.tasks ?? []).map((t) =>
      say('chat4.home.task', {
        caseId: String(t.caseId),
        debtorName: t.debtorName,
        amount: money(t.principal, t.currency),
        wait: taskWaitText(t),
        answered: t.answeredInfoAt ? 'yes' : 'no',
        todo: verify ? todo(verify) : '',
      }),
    );
    const otherLines = cases
      .filter((c) => expected[c.status] && !(tasks && c.status === 'pending_verification'))
      .map((c) => `${line(c)}: ${todo(expected[c.status] ?? '')}`);
    const waiting = [...taskLines, ...otherLines];
    replies.push({
      title: say('chat4.home.waiting'),
      text: waiting.length === 0 ? say('chat4.home.waiting.none') : waiting.join('\n'),
    });
    if (tasks?.verifies)
      replies.push({
        title: say('chat4.home.responsiveness'),
        text: responsivenessText(tasks.responsiveness),
      });
    for (const status of CASE_STATUSES) {
      const inStatus = cases.filter((c) => c.status === status);
      if (inStatus.length === 0) continue;
      const shown = inStatus.slice(0, 15).map(line);
      if (inStatus.length > shown.length)
        shown.push(say('chat4.home.more', { count: inStatus.length - shown.length }));
      replies.push({ title: `${CASE_STATUS_LABELS[status]} (${inStatus.length})`, text: shown.join('\n') });
    }
    return replies;
  }
}
