import { type Decline, listPendingReviews } from '../../db/repositories/decline.repository.ts';
import { assertSupport } from '../../domain/permissions.ts';
import { say } from '../../i18n/messages.ts';
import type { UseCaseContext } from '../context.ts';

export interface ManualReviewList {
  declines: Decline[];
  summary: string;
}

/** Support's queue: declines whose reason fit no category and that nobody has resolved yet. */
export async function listManualReviews(ctx: UseCaseContext): Promise<ManualReviewList> {
  assertSupport(ctx.actor, 'see the declines waiting for manual review');
  const declines = await listPendingReviews(ctx.db);
  const summary =
    declines.length === 0
      ? say('cases3.reviews.none')
      : [
          say('cases3.reviews.head', { count: String(declines.length) }),
          ...declines.map((d) => say('cases3.reviews.item', { caseId: String(d.caseId), reason: d.reason })),
        ].join('\n');
  return { declines, summary };
}
