import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { type Decline, listDeclines, resolveReview } from '../../db/repositories/decline.repository.ts';
import { appendHistory } from '../../db/repositories/history.repository.ts';
import { enqueueNotices } from '../../db/repositories/notice.repository.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import { DECLINE_CATEGORY_INFO, type DeclineCategory } from '../../domain/ids.ts';
import { assertMay, assertSupport } from '../../domain/permissions.ts';
import { type MessageKey, msg, nested, say } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import type { UseCaseContext } from '../context.ts';
import type { ActionResult, Plan } from '../plan.ts';
import { loadCase } from './case-access.ts';

export interface ResolveManualReviewInput {
  caseId: number;
  category: DeclineCategory;
}

async function pendingDecline(
  db: Kysely<Database> | Transaction<Database>,
  caseId: number,
): Promise<Decline> {
  const declines = await listDeclines(db, caseId);
  const pending = declines.filter((d) => d.category === null && d.reviewedAt === null).at(-1);
  if (pending) return pending;
  const reviewed = declines.filter((d) => d.reviewedAt !== null).at(-1);
  if (reviewed) {
    throw new DomainError(
      'already_done',
      `The decline of case ${caseId} was already reviewed and categorised as ${DECLINE_CATEGORY_INFO[reviewed.category as DeclineCategory].label}.`,
    );
  }
  throw new DomainError(
    'invalid_state',
    `Case ${caseId} has no decline waiting for a manual review.`,
    undefined,
    sentence('cases3.review.none', { caseId: String(caseId) }),
  );
}

/** The category's label (`DECLINE_CATEGORY_INFO[…].label` in English) in the reader's language. */
const categorySaid = (category: DeclineCategory) => nested(msg(`category.label.${category}` as MessageKey));

export async function checkResolveManualReview(
  ctx: UseCaseContext,
  input: ResolveManualReviewInput,
): Promise<Plan> {
  // Support only, asked before loading so that nobody else learns whether the case exists; then the table.
  assertSupport(ctx.actor, 'resolve a decline that needs manual review');
  const c = await loadCase(ctx.db, input.caseId);
  assertMay('resolve_review', ctx.actor, c);
  const d = await pendingDecline(ctx.db, c.id);
  return {
    summary: say('cases3.review.plan', {
      caseId: String(c.id),
      reason: d.reason,
      category: categorySaid(input.category),
    }),
    effects: [say('cases3.review.effect')],
  };
}

/** Support sets the category of a decline whose reason fit none; the case itself has already moved on. */
export async function resolveManualReview(
  ctx: UseCaseContext,
  input: ResolveManualReviewInput,
): Promise<ActionResult> {
  assertSupport(ctx.actor, 'resolve a decline that needs manual review');
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const c = await loadCase(trx, input.caseId, { lock: trx });
    assertMay('resolve_review', ctx.actor, c);
    const d = await pendingDecline(trx, c.id);
    await resolveReview(trx, {
      declineId: d.id,
      category: input.category,
      reviewedByUserId: ctx.actor.userId,
      at: now,
    });
    await appendHistory(trx, {
      caseId: c.id,
      actor: ctx.actor,
      channel: ctx.channel,
      action: 'decline.review_resolved',
      fromStatus: c.status,
      toStatus: c.status,
      details: { declineId: d.id, category: input.category },
      at: now,
    });
    await enqueueNotices(trx, [
      {
        recipient: { type: 'partner', partnerId: d.partnerId },
        kind: 'decline.reviewed',
        caseId: c.id,
        payload: {
          // Rendered again in the partner's language at delivery (src/i18n/notice-text.ts).
          ...noticeText(
            msg('notices4.decline_reviewed', {
              caseId: String(c.id),
              reason: d.reason,
              category: categorySaid(input.category),
            }),
          ),
          category: input.category,
        },
        at: now,
      },
    ]);
    return {
      caseId: c.id,
      status: c.status,
      summary: say('cases3.review.done', { caseId: String(c.id), category: categorySaid(input.category) }),
    };
  });
}
