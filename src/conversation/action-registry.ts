import { listPartnerNames } from '../db/repositories/partner.repository.ts';
import {
  needsPayment,
  scoreImpact,
  scoreImpactOverview,
  switchedSuccessCode,
} from '../domain/close-codes.ts';
import { DomainError } from '../domain/errors.ts';
import {
  type CaseStatus,
  type CloseCode,
  type DebtorType,
  type DeclineCategory,
  isCaseNumber,
  MAX_CASE_NUMBER,
} from '../domain/ids.ts';
import { parseAmount } from '../domain/input-parsing.ts';
import { formatMoney } from '../domain/money.ts';
import { dueTodayReply } from '../jobs/due-today-reply.ts';
import { acceptCase, checkAcceptCase } from '../use-cases/cases/accept-case.ts';
import { answerInfoRequest, checkAnswerInfoRequest } from '../use-cases/cases/answer-info-request.ts';
import { checkCloseCase, closeCase } from '../use-cases/cases/close-case.ts';
import { checkDeclineCase, declineCase } from '../use-cases/cases/decline-case.ts';
import { getCaseStatus } from '../use-cases/cases/get-case-status.ts';
import { listCases } from '../use-cases/cases/list-cases.ts';
import { listPartnerTasks } from '../use-cases/cases/list-partner-tasks.ts';
import { checkOfferCustomTerms, offerCustomTerms } from '../use-cases/cases/offer-custom-terms.ts';
import { checkRegisterPayment, registerPayment } from '../use-cases/cases/register-payment.ts';
import { checkRequestInfo, requestInfo } from '../use-cases/cases/request-info.ts';
import { checkResolveManualReview, resolveManualReview } from '../use-cases/cases/resolve-manual-review.ts';
import { checkWithdrawCase, withdrawCase } from '../use-cases/cases/withdraw-case.ts';
import type { UseCaseContext } from '../use-cases/context.ts';
import { checkDeclineToQuote, declineToQuote } from '../use-cases/leads/decline-to-quote.ts';
import { listQuotes } from '../use-cases/leads/list-quotes.ts';
import { checkPullbackLead, pullbackLead } from '../use-cases/leads/pullback-lead.ts';
import { checkSelectQuote, selectQuote } from '../use-cases/leads/select-quote.ts';
import { checkSubmitQuote, submitQuote } from '../use-cases/leads/submit-quote.ts';
import { checkSubmitCase, type SubmitCaseInput, submitCase } from '../use-cases/submissions/submit-case.ts';
import {
  type ActionRegistry,
  type ArgumentOptions,
  type ChangeHandler,
  COMPLETION_NOTE,
  type CommandArgs,
  type ReadHandler,
} from './action-registry.types.ts';
import type { Reply } from './reply.ts';

// Every action of ../shared/spec/interpret.md mapped to its use case: how it is checked, run and told.
// The conversation engine knows nothing of the use cases beyond this table.

const caseNumber = (args: CommandArgs): number => {
  const digits = String(args.caseId ?? '').trim();
  // Digits past the last possible case number: no such case (told as typed; 1e20 as a number is not).
  if (/^\d+$/.test(digits) && !isCaseNumber(digits) && Number(digits) > 0) {
    throw new DomainError(
      'not_found',
      digits.length > 20
        ? `That is not a case number: case numbers go up to ${MAX_CASE_NUMBER}.`
        : `There is no case ${digits.replace(/^0+/, '')}. Check the case number.`,
    );
  }
  const n = Number(args.caseId);
  if (!Number.isInteger(n) || n <= 0) throw new DomainError('invalid_input', 'Please give a case number.');
  return n;
};
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const done = (result: { summary: string }): Reply => ({ text: result.summary });

/** A state change whose check and run take the same input. */
function change<I>(
  toInput: (args: CommandArgs) => I,
  check: (ctx: UseCaseContext, input: I) => Promise<{ summary: string; effects: string[] }>,
  run: (ctx: UseCaseContext, input: I) => Promise<{ summary: string }>,
  acknowledge?: (args: CommandArgs) => CommandArgs,
): ChangeHandler {
  return {
    kind: 'change',
    check: (ctx, args) => check(ctx, toInput(args)),
    execute: async (ctx, args) => done(await run(ctx, toInput(args))),
    acknowledge,
  };
}

function read(answer: (ctx: UseCaseContext, args: CommandArgs) => Promise<Reply>): ReadHandler {
  return { kind: 'read', answer };
}

const pct = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

const handlers: ActionRegistry = {
  'case.status': read(async (ctx, args) => {
    const view = await getCaseStatus(ctx, { caseId: caseNumber(args) });
    return { title: `Case ${view.case.id}`, text: view.summary };
  }),
  'case.list': read(async (ctx, args) => {
    const view = await listCases(ctx, { status: (args.status as CaseStatus | undefined) ?? null });
    return { text: view.summary };
  }),
  'quote.list': read(async (ctx, args) => {
    const listing = await listQuotes(ctx, { caseId: caseNumber(args) });
    if (listing.quotes.length === 0)
      return { text: `${listing.leadSummary.replace(/\.?$/, '.')} No quotes yet.` };
    const lines = listing.quotes.map(
      (q) =>
        `• Quote ${q.id} from ${q.partnerName}: ${q.successFeePct}% success fee${q.fixedFee ? ` + ${formatMoney(q.fixedFee, listing.currency)} fixed fee` : ''}${q.terms ? ` (${q.terms})` : ''}; ${q.status}`,
    );
    const open = listing.quotes.find((q) => q.status === 'sent');
    const hint =
      listing.scope === 'all' && ctx.actor.role !== 'support' && open && listing.lead.outcome === null
        ? `\nTo choose one, say for example "go with quote ${open.id} on case ${listing.caseId}".`
        : '';
    return {
      title: `Quotes on case ${listing.caseId}`,
      text: `${listing.leadSummary}\n${lines.join('\n')}${hint}`,
    };
  }),

  'case.accept': change((a) => ({ caseId: caseNumber(a) }), checkAcceptCase, acceptCase),
  'case.decline': change(
    (a) => ({
      caseId: caseNumber(a),
      reason: text(a.reason) ?? '',
      category: (a.category as DeclineCategory | null | undefined) ?? null,
    }),
    checkDeclineCase,
    declineCase,
  ),
  'case.request_info': change(
    (a) => ({ caseId: caseNumber(a), question: text(a.comment) }),
    checkRequestInfo,
    requestInfo,
  ),
  'case.offer_terms': change(
    (a) => ({ caseId: caseNumber(a), successFeePct: pct(a.successFeePct), terms: text(a.comment) }),
    checkOfferCustomTerms,
    offerCustomTerms,
  ),
  'case.close': closeWithPayment(),
  'payment.register': change(
    (a) => ({ caseId: caseNumber(a), amount: Number(a.amount), currency: text(a.currency) }),
    checkRegisterPayment,
    registerPayment,
  ),
  'quote.select': {
    ...change((a) => ({ caseId: caseNumber(a), quoteId: Number(a.quoteId) }), checkSelectQuote, selectQuote),
    // Without a quote number: may this user see (and so choose among) the case's quotes at all?
    precheck: (ctx, a) =>
      a.quoteId
        ? checkSelectQuote(ctx, { caseId: caseNumber(a), quoteId: Number(a.quoteId) })
        : listQuotes(ctx, { caseId: caseNumber(a) }),
    complete: quoteNamedByPartner,
  },
  'quote.submit': change(
    (a) => ({ caseId: caseNumber(a), successFeePct: Number(a.successFeePct), terms: text(a.comment) }),
    checkSubmitQuote,
    submitQuote,
  ),
  'lead.pullback': change((a) => ({ caseId: caseNumber(a) }), checkPullbackLead, pullbackLead),
  'case.withdraw': change(
    (a) => ({ caseId: caseNumber(a), comment: text(a.comment) }),
    checkWithdrawCase,
    withdrawCase,
  ),
  'quote.decline': change(
    (a) => ({ caseId: caseNumber(a), reason: text(a.reason) }),
    checkDeclineToQuote,
    declineToQuote,
  ),
  'case.answer_info': change(
    (a) => ({ caseId: caseNumber(a), answer: text(a.answer) ?? '' }),
    checkAnswerInfoRequest,
    answerInfoRequest,
  ),
  'decline.resolve': change(
    (a) => ({ caseId: caseNumber(a), category: a.category as DeclineCategory }),
    checkResolveManualReview,
    resolveManualReview,
  ),
  'partner.tasks': read(async (ctx) => {
    const view = await listPartnerTasks(ctx);
    return { title: 'Your tasks', text: view.summary };
  }),
  // "How does closing as X affect my score?": the article's scoring rule, asked before closing.
  'closecode.score': read(async (ctx, args) => {
    const code = args.code as CloseCode | undefined;
    if (!code) return { title: 'Close codes and your score', text: scoreImpactOverview() };
    return { text: scoreImpact(code, ctx.actor.role === 'partner' ? 'your' : "the partner's") };
  }),
  'jobs.due_today': read(async (ctx) => {
    if (ctx.actor.role !== 'support') {
      throw new DomainError(
        'forbidden',
        'What the platform has scheduled today is for support agents. For your own cases, ask "my cases".',
      );
    }
    return dueTodayReply(ctx.db, ctx.clock);
  }),
  // The managing partner's submission form (Slack modal, Teams card, console prompts); see forms.ts.
  'case.submit': change(submissionInput, checkSubmitCase, submitCase),
};

/** Free text that is stored and sent on, as the confirmation names it. */
const FREE_TEXT = [
  ['reason', 'Reason'],
  ['comment', 'Comment'],
] as const;

/**
 * The person confirms exactly what will be stored and sent: a reason or comment (which the LLM may have
 * worded) is shown verbatim in the confirmation, unless the plan already quotes it.
 */
function showingFreeText(registry: ActionRegistry): ActionRegistry {
  const shown = (handler: ChangeHandler): ChangeHandler => ({
    ...handler,
    async check(ctx, args) {
      const plan = await handler.check(ctx, args);
      const told = [plan.summary, ...(plan.effects ?? [])].join('\n');
      const quoted = FREE_TEXT.flatMap(([field, label]) => {
        const value = text(args[field]);
        return value && !told.includes(value) ? [`${label}, as it will be stored and sent: "${value}"`] : [];
      });
      return quoted.length ? { ...plan, effects: [...quoted, ...(plan.effects ?? [])] } : plan;
    },
  });
  return Object.fromEntries(
    Object.entries(registry).map(([name, handler]) => [
      name,
      handler?.kind === 'change' ? shown(handler) : handler,
    ]),
  ) as ActionRegistry;
}

export const actionRegistry: ActionRegistry = showingFreeText(handlers);

const YES = /^(?:y|yes|true|1|disputed)$/i;

function submissionInput(a: CommandArgs): SubmitCaseInput {
  const upper = (v: unknown) => (text(v) ?? '').toUpperCase();
  // "4.800,00" as well as "4,800.00": the one reading of amounts (src/domain/input-parsing.ts).
  const principal =
    typeof a.principal === 'number'
      ? a.principal
      : Number(parseAmount(String(a.principal ?? '')) ?? Number.NaN);
  if (!Number.isFinite(principal) || principal <= 0) {
    throw new DomainError(
      'invalid_input',
      'Please give the amount owed as a number, e.g. 12500, 4.800,00 or 4,800.00.',
    );
  }
  return {
    client: { name: text(a.clientName) ?? '', country: text(a.clientCountry) ?? '' },
    debtor: {
      name: text(a.debtorName) ?? '',
      type: (text(a.debtorType)?.toLowerCase() === 'person' ? 'person' : 'company') as DebtorType,
      country: text(a.debtorCountry) ?? '',
      region: text(a.debtorRegion),
    },
    claimType: text(a.claimType),
    principal,
    currency: upper(a.currency),
    disputed: YES.test(text(a.disputed) ?? ''),
    debtDate: text(a.debtDate) ?? '',
    documentName: text(a.documentName),
    description: text(a.description),
  };
}

const closeInput = (a: CommandArgs) => ({
  caseId: caseNumber(a),
  code: a.code as CloseCode,
  comment: text(a.comment),
  suggestedCode: (a.suggestedCode as CloseCode | undefined) ?? null,
  confirmedEarlyPrelegal: a.confirmedEarlyPrelegal === true,
});
/** "Closed as paid, 1,200 EUR received" or the close form's amount: registered in the close's own transaction. */
const paysFirst = (a: CommandArgs) =>
  a.amount !== undefined && a.amount !== null && a.amount !== '' && needsPayment(a.code as CloseCode);

/** Closing, with the payment recorded in the same transaction when the close names the amount recovered,
 * so that a close refused under the lock leaves no payment behind. */
function closeWithPayment(): ChangeHandler {
  const input = (a: CommandArgs) => ({
    ...closeInput(a),
    payment: paysFirst(a) ? { amount: Number(a.amount), currency: text(a.currency) } : null,
  });
  return {
    kind: 'change',
    check: (ctx, a) => checkCloseCase(ctx, input(a)),
    execute: async (ctx, a) => done(await closeCase(ctx, input(a))),
    // Confirming "are you sure?": Paid ↔ Partially paid takes the code that fits the payments; Pre-Legal
    // Exhausted is confirmed early.
    acknowledge: (a) => {
      const switched = switchedSuccessCode(a.code as CloseCode);
      return switched ? { ...a, code: switched } : { ...a, confirmedEarlyPrelegal: true };
    },
  };
}

/** Words of a partner's name that say nothing about which partner it is. */
const GENERIC_NAME_WORDS = new Set([
  'the',
  'and',
  'partners',
  'partner',
  'legal',
  'law',
  'collect',
  'collection',
  'recovery',
  'inkasso',
  'advokatfirma',
  'advokatbyrå',
  'abogados',
  'gmbh',
  'a/s',
  'aps',
  'ab',
  'as',
  'oü',
  'ltd',
  'llp',
]);
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}/]+/u)
    .filter((w) => w.length >= 3 && !GENERIC_NAME_WORDS.has(w));

/**
 * "Go with Nordic's quote on 1013": the quote on that case's lead whose partner the words name. Only a
 * name that fits one quote picks it (an open one before a closed one); anything else is left to ask.
 */
async function quoteNamedByPartner(ctx: UseCaseContext, args: CommandArgs): Promise<CommandArgs> {
  const said = text(args.said);
  if (args.quoteId || !said) return args;
  const listing = await listQuotes(ctx, { caseId: caseNumber(args) });
  const spoken = words(said);
  const names = (partnerName: string) =>
    words(partnerName).some((w) => spoken.some((s) => s === w || (s.length >= 4 && w.startsWith(s))));
  const matching = listing.quotes.filter((q) => names(q.partnerName));
  const open = matching.filter((q) => q.status === 'sent');
  const pick = open.length === 1 ? open[0] : matching.length === 1 ? matching[0] : undefined;
  if (pick) return { ...args, quoteId: String(pick.id) };
  // A partner named that has no quote here ("Nordic's quote" when Nordic declined the case): say so.
  const named = matching.length === 0 ? (await listPartnerNames(ctx.db)).filter((p) => names(p.name)) : [];
  return named.length === 1
    ? { ...args, [COMPLETION_NOTE]: `${named[0]?.name} has no quote on case ${listing.caseId}.` }
    : args;
}

/** When a creditor selects without naming the quote, the quotes still open are the choices. */
export const argumentOptions: ArgumentOptions = {
  quoteId: async (ctx, args) => {
    const listing = await listQuotes(ctx, { caseId: caseNumber(args) });
    return listing.quotes
      .filter((q) => q.status === 'sent')
      .map((q) => ({
        value: String(q.id),
        label: `Quote ${q.id}: ${q.partnerName}, ${q.successFeePct}%${q.fixedFee ? ` + ${formatMoney(q.fixedFee, listing.currency)} fixed` : ''}`,
      }));
  },
};
