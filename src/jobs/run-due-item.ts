import { closeQuoteWindow } from '../use-cases/leads/close-quote-window.ts';
import { expireLead } from '../use-cases/leads/expire-lead.ts';
import { alertNoQuotes } from '../use-cases/scheduled/alert-no-quotes.ts';
import { endCollectionPeriod } from '../use-cases/scheduled/end-collection-period.ts';
import { remindQuoteSelection } from '../use-cases/scheduled/remind-quote-selection.ts';
import { remindVerification } from '../use-cases/scheduled/remind-verification.ts';
import {
  type ScheduledContext,
  type ScheduledOutcome,
  skipped,
} from '../use-cases/scheduled/scheduled-outcome.ts';
import type { DueItem } from './find-due.ts';

/**
 * Carries out one due item through its use case, in that use case's own transaction. The item only
 * says what to look at: each use case re-reads and re-checks the state at the clock's now.
 */
export async function runDueItem(
  ctx: ScheduledContext,
  item: Pick<DueItem, 'rule' | 'caseId' | 'leadId'>,
): Promise<ScheduledOutcome> {
  switch (item.rule) {
    case 'verification_reminder':
      return remindVerification(ctx, item.caseId);
    case 'collection_period_end':
      return endCollectionPeriod(ctx, item.caseId);
    case 'quote_reminder':
      return item.leadId === null ? skipped('no lead') : remindQuoteSelection(ctx, item.leadId);
    case 'no_quote_alert':
      return item.leadId === null ? skipped('no lead') : alertNoQuotes(ctx, item.leadId);
    case 'quote_window_end':
      return item.leadId === null ? skipped('no lead') : closeQuoteWindow(ctx, { leadId: item.leadId });
    case 'lead_expiry': {
      if (item.leadId === null) return skipped('no lead');
      // The 14-day reminder comes before the expiry notice, even when both fall due in the same tick.
      await remindQuoteSelection(ctx, item.leadId);
      return expireLead(ctx, { leadId: item.leadId });
    }
  }
}
