import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { listInvitations } from '../../db/repositories/lead.repository.ts';
import { listQuotesForLead } from '../../db/repositories/quote.repository.ts';
import { type Actor, SYSTEM_ACTOR } from '../../domain/actor.ts';
import type { Clock } from '../../domain/clock.ts';
import type { Channel } from '../../domain/ids.ts';
import { collectionCompleteEarly } from '../../domain/lead.ts';
import { endQuoteCollection, lockLeadById } from './lead-steps.ts';

/** Scheduled rules run as the platform; a person (support) may run them too. */
export interface LeadJobContext {
  db: Kysely<Database>;
  clock: Clock;
  actor?: Actor;
  channel?: Channel;
}

export type LeadJobOutcome =
  | { status: 'done'; detail: string; result: 'quotes_ready' | 'declined_options' | 'expired' }
  | { status: 'skipped'; reason: string };

/**
 * The quote window of a lead has ended: quotes go to the creditor ("quotes ready" plus the quote-alert
 * channel), or, with none, the lead closes as declined options. Re-checks everything under the locks,
 * so a second call, a call before the window ended or after a selection does nothing.
 */
export async function closeQuoteWindow(
  ctx: LeadJobContext,
  input: { leadId: number },
): Promise<LeadJobOutcome> {
  return ctx.db.transaction().execute(async (trx) => {
    const at = ctx.clock.now();
    const locked = await lockLeadById(trx, input.leadId);
    if (!locked) return { status: 'skipped', reason: `lead ${input.leadId} does not exist` };
    const { c, lead } = locked;
    if (lead.status !== 'qualified') {
      return { status: 'skipped', reason: `lead ${lead.id} is ${lead.status}, not collecting quotes` };
    }
    if (lead.quotesReadyAt !== null) {
      return { status: 'skipped', reason: `quote collection on lead ${lead.id} already ended` };
    }
    const windowOver = lead.windowEndsAt !== null && lead.windowEndsAt.getTime() <= at.getTime();
    if (!windowOver) {
      // Enough quotes may have arrived while nobody closed the window (e.g. quotes inserted by a seed).
      const quotes = (await listQuotesForLead(trx, lead.id)).filter((q) => q.status === 'sent');
      const invitations = await listInvitations(trx, lead.id);
      if (!collectionCompleteEarly(lead, invitations, quotes.length)) {
        return {
          status: 'skipped',
          reason: `the quote window of lead ${lead.id} ends at ${lead.windowEndsAt?.toISOString() ?? 'no set time'}`,
        };
      }
    }
    const result = await endQuoteCollection(trx, {
      c,
      lead,
      at,
      actor: ctx.actor ?? SYSTEM_ACTOR,
      channel: ctx.channel ?? 'system',
      why: windowOver ? 'window_ended' : 'enough_quotes',
    });
    return {
      status: 'done',
      result,
      detail:
        result === 'quotes_ready'
          ? `quotes on lead ${lead.id} (case ${c.id}) are ready for the creditor`
          : `lead ${lead.id} (case ${c.id}) closed with declined options: no quotes`,
    };
  });
}
