import { sql } from 'kysely';
import { findPartner } from '../../db/repositories/partner.repository.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { formatMoney } from '../../domain/money.ts';
import {
  businessDaysBetween,
  businessDaysWaited,
  median,
  RESPONSIVENESS_WINDOW_DAYS,
} from '../../domain/partner-tasks.ts';
import { VERIFICATION_FIRST_REMINDER_BUSINESS_DAYS } from '../../domain/schedule.ts';
import { list, money, msg, num, say } from '../../i18n/messages.ts';
import type { UseCaseContext } from '../context.ts';

export interface VerificationTask {
  caseId: number;
  debtorName: string;
  amount: string;
  /** The amount as data, for saying it in the reader's language. */
  principal: string;
  currency: string;
  pendingSince: Date;
  businessDaysWaiting: number;
  /** The creditor answered the partner's request for more information: the case came back to verify. */
  answeredInfoAt: Date | null;
}

export interface PartnerTasksView {
  /** False for a legal-network partner: it receives leads, never cases to verify. */
  verifies: boolean;
  tasks: VerificationTask[];
  /** Cases where the partner asked for more information and waits for the creditor (not its task). */
  waitingOnCreditor: { caseId: number; askedAt: Date }[];
  responsiveness: { medianBusinessDays: number; verified: number } | null;
  summary: string;
}

const DAY_MS = 86_400_000;

/**
 * The partner's tasks, read from the database as it is: every case assigned to it in Pending
 * Verification, oldest first, with how long it has waited and what to do; plus how quickly it verified
 * cases over the last 90 days (from the case history), the "responsiveness" the article warns about.
 */
export async function listPartnerTasks(ctx: UseCaseContext): Promise<PartnerTasksView> {
  const { actor, db } = ctx;
  const now = ctx.clock.now();
  if (actor.role !== 'partner' || actor.partnerId === null) {
    throw new DomainError(
      'forbidden',
      'Tasks are the cases a partner has to verify. For the cases you can see, ask "my cases".',
      undefined,
      sentence('cases3.tasks.forbidden'),
    );
  }
  const partnerId = actor.partnerId;
  const partner = await findPartner(db, partnerId);
  if (partner?.type === 'legal_network') {
    return {
      verifies: false,
      tasks: [],
      waitingOnCreditor: [],
      responsiveness: null,
      summary: say('cases3.tasks.legal'),
    };
  }

  const pending = await db
    .selectFrom('cases')
    .select(['id', 'debtor_name', 'principal', 'currency', 'status', 'status_changed_at'])
    .where('assigned_partner_id', '=', partnerId)
    .where('status', 'in', ['pending_verification', 'needs_additional_details'])
    .orderBy('status_changed_at')
    .orderBy('id')
    .execute();
  const ids = pending.map((c) => c.id);
  const requests = ids.length
    ? await db
        .selectFrom('info_requests')
        .innerJoin('users', 'users.id', 'info_requests.requested_by_user_id')
        .select(['info_requests.case_id', 'info_requests.answered_at', 'info_requests.created_at'])
        .where('info_requests.case_id', 'in', ids)
        .where('users.partner_id', '=', partnerId)
        .orderBy('info_requests.id')
        .execute()
    : [];
  const lastRequest = new Map(requests.map((r) => [r.case_id, r]));

  const tasks: VerificationTask[] = pending
    .filter((c) => c.status === 'pending_verification')
    .map((c) => {
      const since = new Date(c.status_changed_at);
      const answered = lastRequest.get(c.id)?.answered_at ?? null;
      return {
        caseId: c.id,
        debtorName: c.debtor_name,
        amount: formatMoney(c.principal, c.currency),
        principal: c.principal,
        currency: c.currency,
        pendingSince: since,
        businessDaysWaiting: businessDaysWaited(since, now),
        // Only an answer that brought the case back to this stay in Pending Verification.
        answeredInfoAt: answered && Math.abs(answered.getTime() - since.getTime()) <= 1000 ? answered : null,
      };
    });
  const waitingOnCreditor = pending
    .filter((c) => c.status === 'needs_additional_details')
    .map((c) => ({
      caseId: c.id,
      askedAt: lastRequest.get(c.id)?.created_at ?? new Date(c.status_changed_at),
    }));

  const responsiveness = await verificationSpeed(ctx, partnerId, now);
  return {
    verifies: true,
    tasks,
    waitingOnCreditor,
    responsiveness,
    summary: tasksSummary(tasks, waitingOnCreditor, responsiveness),
  };
}

/**
 * Median business days from a case entering Pending Verification to the partner's answer (accept,
 * decline, request for information, custom terms), for answers in the last 90 days. The start is the
 * latest history entry that put the case in Pending Verification before the answer, else the partner's
 * assignment, else the case's creation.
 */
async function verificationSpeed(
  ctx: UseCaseContext,
  partnerId: number,
  now: Date,
): Promise<PartnerTasksView['responsiveness']> {
  const since = new Date(now.getTime() - RESPONSIVENESS_WINDOW_DAYS * DAY_MS);
  const rows = await sql<{ answered_at: Date; started_at: Date }>`
    select h.created_at as answered_at,
      coalesce(
        (select max(p.created_at) from case_history p
          where p.case_id = h.case_id and p.to_status = 'pending_verification' and p.id < h.id),
        (select max(a.assigned_at) from case_assignments a
          where a.case_id = h.case_id and a.partner_id = ${partnerId} and a.assigned_at <= h.created_at),
        c.created_at) as started_at
    from case_history h
    join users u on u.id = h.actor_user_id
    join cases c on c.id = h.case_id
    where u.partner_id = ${partnerId}
      and h.from_status = 'pending_verification'
      and h.to_status is distinct from 'pending_verification'
      and h.created_at >= ${since} and h.created_at <= ${now}`.execute(ctx.db);
  const days = rows.rows.map((r) => businessDaysBetween(new Date(r.started_at), new Date(r.answered_at)));
  const m = median(days);
  return m === null ? null : { medianBusinessDays: m, verified: days.length };
}

function tasksSummary(
  tasks: VerificationTask[],
  waiting: PartnerTasksView['waitingOnCreditor'],
  speed: PartnerTasksView['responsiveness'],
): string {
  const lines: string[] = [];
  if (tasks.length === 0) lines.push(say('cases3.tasks.none'));
  else {
    lines.push(say('cases3.tasks.count', { count: tasks.length }));
    for (const t of tasks) {
      lines.push(
        say('cases3.tasks.item', {
          caseId: String(t.caseId),
          debtorName: t.debtorName,
          amount: money(t.principal, t.currency),
          wait: taskWaitText(t),
          answered: t.answeredInfoAt ? 'yes' : 'no',
        }),
      );
    }
  }
  if (waiting.length > 0) {
    const cases = waiting.map((w) => msg('cases3.tasks.case', { caseId: String(w.caseId) }));
    lines.push(say('cases3.tasks.waiting', { cases: list(cases, ', ') }));
  }
  lines.push(responsivenessText(speed));
  return lines.join('\n');
}

/**
 * "Your responsiveness: a median of 1.5 business days to verify a case, over 2 cases in the last 90 days",
 * in the reader's language (English outside a turn).
 */
export function responsivenessText(speed: PartnerTasksView['responsiveness']): string {
  return speed
    ? say('cases3.tasks.speed', {
        median: num(Math.round(speed.medianBusinessDays * 10) / 10),
        count: speed.verified,
        window: String(RESPONSIVENESS_WINDOW_DAYS),
      })
    : say('cases3.tasks.speed.none', { window: String(RESPONSIVENESS_WINDOW_DAYS) });
}

/** "waiting 2 business days (overdue)", in the reader's language (English outside a turn). */
export function taskWaitText(t: VerificationTask): string {
  return say('cases3.tasks.wait', {
    under: t.businessDaysWaiting < 1 ? 'yes' : 'no',
    days: t.businessDaysWaiting,
    late: t.businessDaysWaiting >= VERIFICATION_FIRST_REMINDER_BUSINESS_DAYS ? 'yes' : 'no',
  });
}
