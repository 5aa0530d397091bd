import { type Decline, listPendingReviews } from '../../db/repositories/decline.repository.ts';
import { assertSupport } from '../../domain/permissions.ts';
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
      ? 'No declines are waiting for manual review.'
      : [
          `Declines waiting for manual review (${declines.length}):`,
          ...declines.map((d) => `• case ${d.caseId}: "${d.reason}"`),
        ].join('\n');
  return { declines, summary };
}
