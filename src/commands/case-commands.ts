import { z } from 'zod';
import { DECLINE_CATEGORIES } from '../domain/ids.ts';
import { acceptCase, checkAcceptCase } from '../use-cases/cases/accept-case.ts';
import { answerInfoRequest, checkAnswerInfoRequest } from '../use-cases/cases/answer-info-request.ts';
import { checkDeclineCase, declineCase } from '../use-cases/cases/decline-case.ts';
import { getCaseStatus } from '../use-cases/cases/get-case-status.ts';
import { listCases } from '../use-cases/cases/list-cases.ts';
import { listPartnerTasks } from '../use-cases/cases/list-partner-tasks.ts';
import { checkOfferCustomTerms, offerCustomTerms } from '../use-cases/cases/offer-custom-terms.ts';
import { checkRequestInfo, requestInfo } from '../use-cases/cases/request-info.ts';
import { checkResolveManualReview, resolveManualReview } from '../use-cases/cases/resolve-manual-review.ts';
import { checkWithdrawCase, withdrawCase } from '../use-cases/cases/withdraw-case.ts';
import { ANSWER, CASE_ID, CATEGORY, REASON } from './arguments.ts';
import { defineCommand } from './command-spec.ts';
import { caseId, category, comment, status, successFeePct } from './fields.ts';
import { caseNumber, change, pct, read, text } from './handler-kit.ts';
import { categoryNamed, readAnswerInfo, readMyTasks, readResolve } from './wording.ts';

// Looking at cases, verifying them (exclusive partners), and the creditor's and support's case commands.

export const caseStatus = defineCommand(z.object({ caseId }).describe('Show one case'), {
  llmTool: true,
  asks: [CASE_ID],
  permission: { case: 'view' },
  help: [{ audience: 'everyone', line: '*case 123* — the status of a case' }],
  changesState: false,
  handler: read(async (ctx, args) => {
    const view = await getCaseStatus(ctx, { caseId: caseNumber(args) });
    return { title: `Case ${view.case.id}`, text: view.summary };
  }),
  slash: {
    usage: '123',
    parse: (t) => {
      const bare = /^#?(\d+)$/.exec(t);
      return bare ? { kind: 'message', text: `status of case ${bare[1]}` } : null;
    },
  },
  teams: { title: 'status 123', description: 'Show case 123' },
});

export const caseList = defineCommand(
  z.object({ status: status.optional() }).describe("List the user's cases"),
  {
    llmTool: true,
    asks: [],
    permission: 'anyone',
    help: [
      {
        audience: 'everyone',
        line: '*my cases* or *my pending cases* — your cases, optionally by status',
      },
    ],
    changesState: false,
    handler: read(async (ctx, args) => {
      const view = await listCases(ctx, { status: args.status ?? null });
      return { text: view.summary };
    }),
    teams: { title: 'my cases', description: 'List your cases' },
  },
);

export const partnerTasks = defineCommand(
  z.object({}).describe("A partner's cases waiting for verification"),
  {
    llmTool: false,
    asks: [],
    permission: { roles: ['partner'] },
    help: [
      {
        audience: 'exclusive_partner',
        line: '*my tasks* — the cases waiting for you to verify, how long they have waited, and your responsiveness',
      },
    ],
    changesState: false,
    handler: read(async (ctx) => {
      const view = await listPartnerTasks(ctx);
      return { title: 'Your tasks', text: view.summary };
    }),
    says: readMyTasks,
  },
);

export const caseAccept = defineCommand(z.object({ caseId }).describe('Accept a case'), {
  llmTool: true,
  asks: [CASE_ID],
  permission: { case: 'accept' },
  help: [{ audience: 'exclusive_partner', line: '*accept 123* — accept a case in pending verification' }],
  changesState: true,
  handler: change((a) => ({ caseId: caseNumber(a) }), checkAcceptCase, acceptCase),
});

export const caseDecline = defineCommand(
  z
    .object({
      caseId,
      reason: z.string().min(1),
      category,
    })
    .describe('Decline a case'),
  {
    llmTool: true,
    asks: [CASE_ID, REASON],
    permission: { case: 'decline' },
    help: [
      {
        audience: 'exclusive_partner',
        line: '*decline 123, the debtor is insolvent* — decline with a specific, factual reason',
      },
    ],
    changesState: true,
    handler: change(
      (a) => ({ caseId: caseNumber(a), reason: text(a.reason) ?? '', category: a.category ?? null }),
      checkDeclineCase,
      declineCase,
    ),
    // A reason the creditor cannot act on is asked again; an acceptable one gives the category.
    advice: {
      when: () => true,
      give: async (args, understanding) => {
        const assessment = await understanding.assessDeclineReason(String(args.reason));
        if (!assessment.acceptable) {
          const { reason: _dropped, ...rest } = args;
          return {
            kind: 'ask',
            missing: 'reason',
            args: rest,
            note: assessment.problem ?? 'That reason is too vague for the creditor to understand.',
          };
        }
        return {
          kind: 'go',
          args: args.category === undefined ? { ...args, category: assessment.category } : args,
        };
      },
    },
    slash: {
      usage: 'decline 123 <reason>',
      // Without a reason the decline form opens, where the reason is written.
      parse: (t) => {
        const m = /^decline (?:case )?#?(\d+)$/i.exec(t);
        return m ? { kind: 'form', form: 'decline', caseId: m[1] } : null;
      },
    },
  },
);

export const caseRequestInfo = defineCommand(
  z.object({ caseId, comment: comment.optional() }).describe('Ask the creditor for information'),
  {
    llmTool: true,
    asks: [CASE_ID],
    permission: { case: 'request_info' },
    help: [
      {
        audience: 'exclusive_partner',
        line: '*request info on 123* — ask the creditor for more information',
      },
    ],
    changesState: true,
    handler: change(
      (a) => ({ caseId: caseNumber(a), question: text(a.comment) }),
      checkRequestInfo,
      requestInfo,
    ),
  },
);

export const caseOfferTerms = defineCommand(
  z
    .object({ caseId, successFeePct: successFeePct.optional(), comment: comment.optional() })
    .describe('Offer custom terms instead of standard pricing'),
  {
    llmTool: true,
    asks: [CASE_ID],
    permission: { case: 'offer_terms' },
    help: [
      {
        audience: 'exclusive_partner',
        line: '*offer custom terms on 123* — offer your own terms instead of standard pricing',
      },
    ],
    changesState: true,
    handler: change(
      (a) => ({ caseId: caseNumber(a), successFeePct: pct(a.successFeePct), terms: text(a.comment) }),
      checkOfferCustomTerms,
      offerCustomTerms,
    ),
  },
);

export const caseWithdraw = defineCommand(
  z.object({ caseId, comment: comment.optional() }).describe('Creditor stops collection'),
  {
    llmTool: true,
    asks: [CASE_ID],
    permission: { case: 'withdraw' },
    help: [{ audience: 'creditor', line: '*withdraw 123* — ask to stop collection on a case' }],
    changesState: true,
    handler: change(
      (a) => ({ caseId: caseNumber(a), comment: text(a.comment) }),
      checkWithdrawCase,
      withdrawCase,
    ),
  },
);

export const caseAnswerInfo = defineCommand(
  z.object({ caseId, answer: z.string().min(1) }).describe("Answer a partner's request for information"),
  {
    llmTool: false,
    asks: [CASE_ID, ANSWER],
    permission: { case: 'answer_info' },
    help: [
      {
        audience: 'creditor',
        line: "*answer 123: the invoices are attached* — answer a partner's request for more information",
      },
    ],
    changesState: true,
    handler: change(
      (a) => ({ caseId: caseNumber(a), answer: text(a.answer) ?? '' }),
      checkAnswerInfoRequest,
      answerInfoRequest,
    ),
    says: readAnswerInfo,
  },
);

export const declineResolve = defineCommand(
  z
    .object({ caseId, category: z.enum(DECLINE_CATEGORIES), categoryText: z.string().optional() })
    .describe('Set the category of a decline that needs a manual review'),
  {
    llmTool: false,
    asks: [CASE_ID, CATEGORY],
    permission: { case: 'resolve_review' },
    help: [
      {
        audience: 'support',
        line: '*resolve 123 as duplicate* — set the category of a decline that needs a manual review',
      },
    ],
    changesState: true,
    handler: change(
      // Asked until given: check and execute run with the category named.
      (a) => ({ caseId: caseNumber(a), category: a.category as NonNullable<typeof a.category> }),
      checkResolveManualReview,
      resolveManualReview,
    ),
    says: readResolve,
    // "resolve 12 as time-barred debt": the category by name, or judged from the words.
    prepare: async (args, understanding) => {
      if (!args.categoryText || args.category !== undefined) return args;
      const words = String(args.categoryText);
      const category =
        categoryNamed(words) ?? (await understanding.assessDeclineReason(words)).category ?? undefined;
      return { ...args, category };
    },
  },
);
