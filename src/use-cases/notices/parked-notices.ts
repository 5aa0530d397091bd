import { appendHistory } from '../../db/repositories/history.repository.ts';
import {
  appendNoticeHistory,
  listParked,
  lockNotice,
  type ParkedNotice,
  requeueParked,
} from '../../db/repositories/parked-notice.repository.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { noticeSubject } from '../../domain/notice-subject.ts';
import { assertSupport } from '../../domain/permissions.ts';
import { say } from '../../i18n/messages.ts';
import type { UseCaseContext } from '../context.ts';
import type { Plan } from '../plan.ts';

// Support's view of the notices nobody could receive (no chat link, no e-mail address, a mailbox that
// refuses, no e-mail configured), and the way to send one again once the cause is fixed. Not wired as chat
// commands here: the integrator adds them to the command table (docs/notes/email.md has the wording).

const SHOWN = 20;

export interface ParkedNoticeList {
  notices: Array<ParkedNotice & { subject: string }>;
  total: number;
  summary: string;
}

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Reasons are the outbox's words (an SMTP answer, "no e-mail transport configured"): one line, short. */
function short(reason: string): string {
  const line = reason.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** What is parked, for whom, why and since when: the subject only, never the message itself. */
export async function listParkedNotices(ctx: UseCaseContext): Promise<ParkedNoticeList> {
  assertSupport(ctx.actor, 'see the notices nobody could receive');
  const { notices, total } = await listParked(ctx.db, SHOWN);
  const listed = notices.map((n) => ({ ...n, subject: noticeSubject(n) }));
  if (total === 0)
    return {
      notices: listed,
      total,
      summary: say('support4.parked.none'),
    };
  // The subject stays the notice's own (English) subject: the same words as its e-mail and its history.
  const lines = listed.map((n) =>
    say('support4.parked.line', {
      id: String(n.id),
      subject: n.subject,
      type: n.recipient.type,
      name: n.recipientName,
      when: when(n.parkedSince),
      reason: short(n.reason),
    }),
  );
  const more = total > listed.length ? [say('support4.parked.more', { count: total - listed.length })] : [];
  return {
    notices: listed,
    total,
    summary: [say('support4.parked.head', { total }), ...lines, ...more, say('support4.parked.fix')].join(
      '\n',
    ),
  };
}

export interface RequeueNoticeInput {
  noticeId: number;
}

export interface NoticeActionResult {
  noticeId: number;
  caseId: number | null;
  summary: string;
}

function notParked(n: { id: number; status: string; deliveredAt: Date | null }): DomainError {
  return n.status === 'delivered'
    ? new DomainError(
        'already_done',
        `Notice ${n.id} was already delivered${n.deliveredAt ? ` (${when(n.deliveredAt)})` : ''}.`,
        undefined,
        sentence('support4.parked.delivered', {
          id: String(n.id),
          hasWhen: n.deliveredAt ? 'yes' : 'no',
          when: n.deliveredAt ? when(n.deliveredAt) : '',
        }),
      )
    : new DomainError(
        'already_done',
        `Notice ${n.id} is not parked: it is waiting to be sent already.`,
        undefined,
        sentence('support4.parked.waiting', { id: String(n.id) }),
      );
}

function noSuchNotice(id: number): DomainError {
  return new DomainError(
    'not_found',
    `There is no notice ${id}.`,
    undefined,
    sentence('support4.parked.unknown', { id: String(id) }),
  );
}

/** What a requeue would do, for the confirmation; refuses at once when the notice is not parked. */
export async function checkRequeueNotice(ctx: UseCaseContext, input: RequeueNoticeInput): Promise<Plan> {
  assertSupport(ctx.actor, 'requeue a notice');
  return ctx.db.transaction().execute(async (trx) => {
    const n = await lockNotice(trx, input.noticeId);
    if (!n) throw noSuchNotice(input.noticeId);
    if (n.status !== 'parked') throw notParked(n);
    return {
      summary: say('support4.parked.plan', { id: String(n.id), subject: noticeSubject(n) }),
      effects: [
        say('support4.parked.plan.why', {
          reason: n.lastError ? short(n.lastError) : say('support4.parked.plan.no_reason'),
        }),
        say('support4.parked.plan.effect'),
      ],
    };
  });
}

/** Resets a parked notice so the outbox tries it again now; recorded in its history (and its case's). */
export async function requeueNotice(
  ctx: UseCaseContext,
  input: RequeueNoticeInput,
): Promise<NoticeActionResult> {
  assertSupport(ctx.actor, 'requeue a notice');
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const n = await lockNotice(trx, input.noticeId);
    if (!n) throw noSuchNotice(input.noticeId);
    if (n.status !== 'parked' || !(await requeueParked(trx, n.id, now))) throw notParked(n);
    const details = {
      noticeId: n.id,
      kind: n.kind,
      parkedReason: n.lastError,
      parkedAt: n.parkedAt?.toISOString() ?? null,
      attempts: n.attempts,
    };
    await appendNoticeHistory(trx, {
      noticeId: n.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'notice.requeued',
      details,
      at: now,
    });
    if (n.caseId !== null) {
      await appendHistory(trx, {
        caseId: n.caseId,
        actor: ctx.actor,
        channel: ctx.channel,
        action: 'notice.requeued',
        details,
        at: now,
      });
    }
    return {
      noticeId: n.id,
      caseId: n.caseId,
      summary: say('support4.parked.done', { id: String(n.id), subject: noticeSubject(n) }),
    };
  });
}
