import { listCases as queryCases } from '../../db/repositories/case.repository.ts';
import { type Case, statusLabel } from '../../domain/case.ts';
import type { CaseStatus } from '../../domain/ids.ts';
import { money, say } from '../../i18n/messages.ts';
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

  // "any" cannot be a status label: the labels are capitalised ("Active").
  const which = status ? statusLabel(status) : 'any';
  const summary =
    cases.length === 0
      ? say('cases3.list.none', { status: which })
      : [
          say('cases3.list.head', {
            status: which,
            count: String(cases.length),
            full: cases.length === limit ? 'yes' : 'no',
          }),
          ...cases.map((c) =>
            say('cases3.list.item', {
              caseId: String(c.id),
              debtorName: c.debtorName,
              amount: money(c.principal, c.currency),
              status: statusLabel(c.status),
            }),
          ),
        ].join('\n');
  return { cases, summary };
}
