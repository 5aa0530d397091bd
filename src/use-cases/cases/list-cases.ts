import { listCases as queryCases } from '../../db/repositories/case.repository.ts';
import { type Case, statusLabel } from '../../domain/case.ts';
import type { CaseStatus } from '../../domain/ids.ts';
import { formatMoney } from '../../domain/money.ts';
import type { UseCaseContext } from '../context.ts';

export interface ListCasesInput {
  status?: CaseStatus | null;
  limit?: number;
}

export interface CaseListView {
  cases: Case[];
  summary: string;
}

/** The cases the actor may see: support all, a creditor its own, a partner those it works or submitted. */
export async function listCases(ctx: UseCaseContext, input: ListCasesInput = {}): Promise<CaseListView> {
  const { actor } = ctx;
  const status = input.status ?? undefined;
  const limit = input.limit ?? 50;
  let cases: Case[];
  if (actor.role === 'support') cases = await queryCases(ctx.db, { status, limit });
  else if (actor.role === 'creditor' && actor.creditorId !== null)
    cases = await queryCases(ctx.db, { creditorId: actor.creditorId, status, limit });
  else if (actor.role === 'partner' && actor.partnerId !== null)
    cases = await queryCases(ctx.db, { partnerId: actor.partnerId, status, limit });
  else cases = [];

  const which = status ? `${statusLabel(status)} cases` : 'cases';
  const summary =
    cases.length === 0
      ? `You have no ${which}.`
      : [
          `Your ${which} (${cases.length}${cases.length === limit ? ', most recent first' : ''}):`,
          ...cases.map(
            (c) =>
              `• ${c.id} ${c.debtorName}, ${formatMoney(c.principal, c.currency)}: ${statusLabel(c.status)}`,
          ),
        ].join('\n');
  return { cases, summary };
}
