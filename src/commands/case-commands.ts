import { z } from 'zod';
import { DECLINE_CATEGORIES } from '../domain/ids.ts';
import { say } from '../i18n/messages.ts';
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
  help: [
    {
      audience: 'everyone',
      line: '*case 123* — the status of a case',
      in: {
        da: '*case 123* — status for en sag',
        sv: '*case 123* — status för ett ärende',
        nb: '*case 123* — status for en sak',
        de: '*case 123* — der Status eines Falls',
        fi: '*case 123* — toimeksiannon tila',
        es: '*case 123* — el estado de un expediente',
      },
    },
  ],
  changesState: false,
  handler: read(async (ctx, args) => {
    const view = await getCaseStatus(ctx, { caseId: caseNumber(args) });
    return { title: say('chat4.title.case', { caseId: String(view.case.id) }), text: view.summary };
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
        in: {
          da: '*my cases* eller *my pending cases* — dine sager, eventuelt efter status',
          sv: '*my cases* eller *my pending cases* — dina ärenden, eventuellt efter status',
          nb: '*my cases* eller *my pending cases* — sakene dine, eventuelt etter status',
          de: '*my cases* oder *my pending cases* — Ihre Fälle, auf Wunsch nach Status',
          fi: '*my cases* tai *my pending cases* — toimeksiantonne, halutessanne tilan mukaan',
          es: '*my cases* o *my pending cases* — sus expedientes, si lo desea por estado',
        },
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
        in: {
          da: '*my tasks* — de sager, der venter på din verificering, hvor længe de har ventet, og din svartid',
          sv: '*my tasks* — ärendena som väntar på att du verifierar dem, hur länge de har väntat och din svarstid',
          nb: '*my tasks* — sakene som venter på at du verifiserer dem, hvor lenge de har ventet, og svartiden din',
          de: '*my tasks* — die Fälle, die auf Ihre Prüfung warten, wie lange sie schon warten, und Ihre Reaktionszeit',
          fi: '*my tasks* — tarkistustanne odottavat toimeksiannot, kuinka kauan ne ovat odottaneet, ja vasteaikanne',
          es: '*my tasks* — los expedientes pendientes de su verificación, cuánto llevan esperando y su tiempo de respuesta',
        },
      },
    ],
    changesState: false,
    handler: read(async (ctx) => {
      const view = await listPartnerTasks(ctx);
      return { title: say('chat4.title.tasks'), text: view.summary };
    }),
    says: readMyTasks,
  },
);

export const caseAccept = defineCommand(z.object({ caseId }).describe('Accept a case'), {
  llmTool: true,
  asks: [CASE_ID],
  permission: { case: 'accept' },
  help: [
    {
      audience: 'exclusive_partner',
      line: '*accept 123* — accept a case in pending verification',
      in: {
        da: '*accept 123* — accepter en sag i Pending Verification',
        sv: '*accept 123* — acceptera ett ärende i Pending Verification',
        nb: '*accept 123* — aksepter en sak i Pending Verification',
        de: '*accept 123* — einen Fall in Pending Verification annehmen',
        fi: '*accept 123* — hyväksy toimeksianto, jonka tila on Pending Verification',
        es: '*accept 123* — aceptar un expediente en Pending Verification',
      },
    },
  ],
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
        in: {
          da: '*decline 123, the debtor is insolvent* — afvis med en konkret, saglig begrundelse',
          sv: '*decline 123, the debtor is insolvent* — avböj med en konkret, saklig motivering',
          nb: '*decline 123, the debtor is insolvent* — avslå med en konkret, saklig begrunnelse',
          de: '*decline 123, the debtor is insolvent* — mit einer konkreten, sachlichen Begründung ablehnen',
          fi: '*decline 123, the debtor is insolvent* — kieltäydy yksilöidyllä, asiallisella perustelulla',
          es: '*decline 123, the debtor is insolvent* — rechazar con un motivo concreto y objetivo',
        },
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
        in: {
          da: '*request info on 123* — bed kreditor om flere oplysninger',
          sv: '*request info on 123* — be borgenären om mer information',
          nb: '*request info on 123* — be kreditor om mer informasjon',
          de: '*request info on 123* — den Gläubiger um weitere Informationen bitten',
          fi: '*request info on 123* — pyydä velkojalta lisätietoja',
          es: '*request info on 123* — solicitar más información al acreedor',
        },
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
        in: {
          da: '*offer custom terms on 123* — tilbyd dine egne vilkår i stedet for standardpriserne',
          sv: '*offer custom terms on 123* — erbjud egna villkor i stället för standardprissättningen',
          nb: '*offer custom terms on 123* — tilby dine egne vilkår i stedet for standardprisene',
          de: '*offer custom terms on 123* — eigene Konditionen statt der Standardpreise anbieten',
          fi: '*offer custom terms on 123* — tarjoa omia ehtojanne vakiohinnoittelun sijaan',
          es: '*offer custom terms on 123* — ofrecer sus propias condiciones en lugar de la tarifa estándar',
        },
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
    help: [
      {
        audience: 'creditor',
        line: '*withdraw 123* — ask to stop collection on a case',
        in: {
          da: '*withdraw 123* — bed om at stoppe inddrivelsen af en sag',
          sv: '*withdraw 123* — begär att indrivningen av ett ärende stoppas',
          nb: '*withdraw 123* — be om å stoppe innkrevingen av en sak',
          de: '*withdraw 123* — die Einstellung des Inkassos für einen Fall beantragen',
          fi: '*withdraw 123* — pyydä toimeksiannon perinnän lopettamista',
          es: '*withdraw 123* — solicitar que se detenga el cobro de un expediente',
        },
      },
    ],
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
        in: {
          da: '*answer 123: the invoices are attached* — besvar en partners anmodning om flere oplysninger',
          sv: '*answer 123: the invoices are attached* — svara på en partners begäran om mer information',
          nb: '*answer 123: the invoices are attached* — svar på en partners forespørsel om mer informasjon',
          de: '*answer 123: the invoices are attached* — die Bitte eines Partners um weitere Informationen beantworten',
          fi: '*answer 123: the invoices are attached* — vastaa kumppanin lisätietopyyntöön',
          es: '*answer 123: the invoices are attached* — responder a la solicitud de información de un socio',
        },
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
