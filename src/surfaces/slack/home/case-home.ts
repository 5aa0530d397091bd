import type { Kysely } from 'kysely';
import type { ChatSurface } from '../../../conversation/engine-contract.ts';
import { notLinkedText } from '../../../conversation/identity.ts';
import type { Reply } from '../../../conversation/reply.ts';
import type { Database } from '../../../db/database.ts';
import { findUserByChatIdentity } from '../../../db/repositories/user.repository.ts';
import type { Case } from '../../../domain/case.ts';
import type { Clock } from '../../../domain/clock.ts';
import { CASE_STATUS_LABELS, CASE_STATUSES, type CaseStatus, type UserRole } from '../../../domain/ids.ts';
import { formatMoney } from '../../../domain/money.ts';
import { listCases } from '../../../use-cases/cases/list-cases.ts';
import {
  listPartnerTasks,
  responsivenessText,
  taskWaitText,
} from '../../../use-cases/cases/list-partner-tasks.ts';
import type { HomeProvider } from '../slack-deps.ts';

/** What each role is expected to do about a case in a given status: the "waiting for you" list. */
const WAITING: Record<UserRole, Partial<Record<CaseStatus, string>>> = {
  partner: {
    pending_verification: 'verify it: accept, decline, ask for more information or offer custom terms',
    paused: 'the client withdrew: close it with a close code',
  },
  creditor: {
    needs_additional_details: 'the partner asked for more information: answer it',
    collecting_quotes: 'quotes are being collected: compare them and choose a partner',
  },
  support: {},
};

const line = (c: Case) => `• *${c.id}* ${c.debtorName}, ${formatMoney(c.principal, c.currency)}`;

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
  return async (userExternalId: string, workspaceId = ''): Promise<Reply[]> => {
    const actor = await findUserByChatIdentity(options.db, surface, userExternalId, workspaceId);
    if (!actor) return [{ title: 'Not linked yet', text: notLinkedText(surface) }];
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
    const taskLines = (tasks?.tasks ?? []).map(
      (t) =>
        `• *${t.caseId}* ${t.debtorName}, ${t.amount}: ${taskWaitText(t)}; ` +
        `${t.answeredInfoAt ? 'the creditor answered your request for more information; ' : ''}${verify}`,
    );
    const otherLines = cases
      .filter((c) => expected[c.status] && !(tasks && c.status === 'pending_verification'))
      .map((c) => `${line(c)}: ${expected[c.status]}`);
    const waiting = [...taskLines, ...otherLines];
    replies.push({
      title: 'Waiting for you',
      text: waiting.length === 0 ? 'Nothing is waiting for you right now.' : waiting.join('\n'),
    });
    if (tasks?.verifies)
      replies.push({ title: 'Your responsiveness', text: responsivenessText(tasks.responsiveness) });
    for (const status of CASE_STATUSES) {
      const inStatus = cases.filter((c) => c.status === status);
      if (inStatus.length === 0) continue;
      const shown = inStatus.slice(0, 15).map(line);
      if (inStatus.length > shown.length) shown.push(`…and ${inStatus.length - shown.length} more`);
      replies.push({ title: `${CASE_STATUS_LABELS[status]} (${inStatus.length})`, text: shown.join('\n') });
    }
    return replies;
  };
}
