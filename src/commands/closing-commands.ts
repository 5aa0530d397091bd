import { z } from 'zod';
import type { ChangeHandler } from '../conversation/action-registry.types.ts';
import { paymentFromCloseComment } from '../conversation/close-payment-words.ts';
import {
  needsPayment,
  scoreImpact,
  scoreImpactOverview,
  switchedSuccessCode,
} from '../domain/close-codes.ts';
import type { DomainError } from '../domain/errors.ts';
import { CLOSE_CODE_INFO, type CloseCode } from '../domain/ids.ts';
import { say } from '../i18n/messages.ts';
import { checkCloseCase, closeCase } from '../use-cases/cases/close-case.ts';
import { checkRegisterPayment, registerPayment } from '../use-cases/cases/register-payment.ts';
import { AMOUNT, CASE_ID, CODE, OTHER_COMMENT } from './arguments.ts';
import { defineCommand, type HandlerArgs } from './command-spec.ts';
import { amount, caseId, code, comment, currency, currencyHint } from './fields.ts';
import { caseNumber, change, done, read, text } from './handler-kit.ts';
import { readScoreQuestion } from './wording.ts';

// Payments, closing with one of the 14 close codes, and the advice around close codes.

/** "500 kr" on a case that is not in a krone: which currency is asked (the amount again), not guessed. */
const askAmountAgain = (error: DomainError) =>
  error.details.ask === 'amount' && typeof error.details.why === 'string'
    ? {
        missing: 'amount',
        // Said in the reader's language; English is `why` itself.
        note:
          typeof error.details.caseId === 'string' && typeof error.details.currency === 'string'
            ? say('forms.krone_why', { caseId: error.details.caseId, currency: error.details.currency })
            : error.details.why,
      }
    : null;

const closeSchema = z
  .object({
    caseId,
    code,
    comment: comment.optional(),
    amount: amount.optional(),
    currency: currency.optional(),
    currencyHint: currencyHint.optional(),
  })
  .describe('Close a case');
type CloseArgs = HandlerArgs<typeof closeSchema>;

const closeInput = (a: CloseArgs) => ({
  caseId: caseNumber(a),
  code: a.code as CloseCode,
  comment: text(a.comment),
  suggestedCode: (a.suggestedCode as CloseCode | undefined) ?? null,
  confirmedEarlyPrelegal: a.confirmedEarlyPrelegal === true,
});
/** "Closed as paid, 1,200 EUR received" or the close form's amount: registered in the close's own transaction. */
const paysFirst = (a: CloseArgs) =>
  a.amount !== undefined &&
  a.amount !== null &&
  (a.amount as unknown) !== '' &&
  needsPayment(a.code as CloseCode);

/** Closing, with the payment recorded in the same transaction when the close names the amount recovered,
 * so that a close refused under the lock leaves no payment behind. */
function closeWithPayment(): ChangeHandler<CloseArgs> {
  const input = (a: CloseArgs) => ({
    ...closeInput(a),
    payment: paysFirst(a)
      ? { amount: Number(a.amount), currency: text(a.currency), currencyHint: a.currencyHint ?? null }
      : null,
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

export const caseClose = defineCommand(closeSchema, {
  llmTool: true,
  asks: [CASE_ID, CODE],
  // Other needs a comment saying what happened (and gets a more specific code suggested from it).
  alsoNeeds: {
    argument: OTHER_COMMENT,
    when: (args) => args.code === 'other' && !String(args.comment ?? '').trim(),
  },
  // Paid or Partially paid with nothing registered: the amount, registered in the same step.
  mayAsk: [AMOUNT],
  permission: { case: 'close' },
  help: [
    {
      audience: 'partner',
      line: '*close 123 as paid* — close a case with one of the 14 close codes',
      in: {
        da: '*close 123 as paid* — luk en sag med en af de 14 lukkekoder',
        sv: '*close 123 as paid* — stäng ett ärende med en av de 14 stängningskoderna',
        nb: '*close 123 as paid* — lukk en sak med en av de 14 lukkekodene',
        de: '*close 123 as paid* — einen Fall mit einem der 14 Abschlusscodes schließen',
        fi: '*close 123 as paid* — sulje toimeksianto jollakin 14 sulkemiskoodista',
        es: '*close 123 as paid* — cerrar un expediente con uno de los 14 códigos de cierre',
      },
    },
  ],
  changesState: true,
  handler: closeWithPayment(),
  // "close 1009 as paid, debtor paid 5000 yesterday": the amount is the payment, not the comment.
  prepare: paymentFromCloseComment,
  // Other: a more specific code is suggested from the comment, and the person picks.
  advice: {
    when: (args) => args.code === 'other',
    give: async (args, understanding) => {
      if (args.keepOther) return { kind: 'go', args };
      const advice = await understanding.suggestCloseCode(String(args.comment));
      if (!advice || advice.code === 'other') return { kind: 'go', args };
      const label = CLOSE_CODE_INFO[advice.code].label;
      return {
        kind: 'offer',
        args: { ...args, suggestedCode: advice.code },
        title: 'A more specific close code?',
        text: `From your comment, *${label}* may fit better than *Other*: ${advice.reason} Use it, or keep *Other*?`,
        options: [
          {
            option: advice.code,
            label: `Use ${label}`,
            style: 'primary',
            description: `Close case ${String(args.caseId)} as ${label}`,
          },
          { option: 'other', label: 'Keep Other', description: `Close case ${String(args.caseId)} as Other` },
        ],
      };
    },
    chosen: (args, option) => (option === 'other' ? { ...args, keepOther: true } : { ...args, code: option }),
  },
  // Paid or Partially paid with nothing registered: the help centre's close modal goes to register the
  // payment first. So does the chat: it asks the amount, and one confirmation then covers both.
  askOnRefusal: (error, args) =>
    error.details.needs === 'payment.register' &&
    (args.amount === undefined || args.amount === null || args.amount === '')
      ? {
          missing: 'amount',
          note: say('refusals4.close.register_first', { caseId: String(args.caseId) }),
        }
      : askAmountAgain(error),
  slash: {
    usage: 'close 123',
    // The close form: the code is picked from the list, with a comment and the amount recovered.
    parse: (t) => {
      const m = /^close (?:case )?#?(\d+)$/i.exec(t);
      return m ? { kind: 'form', form: 'close', caseId: m[1] } : null;
    },
  },
});

export const paymentRegister = defineCommand(
  z
    .object({ caseId, amount, currency: currency.optional(), currencyHint: currencyHint.optional() })
    .describe('Record a debtor payment'),
  {
    llmTool: true,
    asks: [CASE_ID, AMOUNT],
    permission: { case: 'register_payment' },
    help: [
      {
        audience: 'partner',
        line: '*payment of 1,200 EUR on 123* — register a payment from the debtor',
        in: {
          da: '*payment of 1,200 EUR on 123* — registrer en betaling fra skyldneren',
          sv: '*payment of 1,200 EUR on 123* — registrera en betalning från gäldenären',
          nb: '*payment of 1,200 EUR on 123* — registrer en betaling fra skyldneren',
          de: '*payment of 1,200 EUR on 123* — eine Zahlung des Schuldners erfassen',
          fi: '*payment of 1,200 EUR on 123* — kirjaa velallisen maksu',
          es: '*payment of 1,200 EUR on 123* — registrar un pago del deudor',
        },
      },
    ],
    changesState: true,
    handler: change(
      (a) => ({
        caseId: caseNumber(a),
        amount: Number(a.amount),
        currency: text(a.currency),
        currencyHint: a.currencyHint ?? null,
      }),
      checkRegisterPayment,
      registerPayment,
    ),
    askOnRefusal: askAmountAgain,
  },
);

export const closeCodeSuggest = defineCommand(
  z
    // The situation only: the platform's close-code suggester picks the code, for either interpreter.
    .object({ comment: comment.optional().describe('the situation') })
    .describe('Which close code fits a situation'),
  {
    llmTool: true,
    asks: [],
    permission: 'anyone',
    help: [
      {
        audience: 'everyone',
        line: '*which close code fits when the debtor went bankrupt?* — close-code advice',
        in: {
          da: '*which close code fits when the debtor went bankrupt?* — råd om lukkekoder',
          sv: '*which close code fits when the debtor went bankrupt?* — råd om stängningskoder',
          nb: '*which close code fits when the debtor went bankrupt?* — råd om lukkekoder',
          de: '*which close code fits when the debtor went bankrupt?* — Beratung zu Abschlusscodes',
          fi: '*which close code fits when the debtor went bankrupt?* — neuvoja sulkemiskoodeista',
          es: '*which close code fits when the debtor went bankrupt?* — asesoramiento sobre códigos de cierre',
        },
      },
    ],
    changesState: false,
    // Answered by the engine with the close-code suggester (src/understanding/close-code-suggester.ts).
    handler: null,
  },
);

export const closeCodeScore = defineCommand(
  z.object({ code: code.optional() }).describe('How a close code affects the score'),
  {
    llmTool: false,
    asks: [],
    permission: 'anyone',
    help: [
      {
        audience: 'partner',
        line: '*how does closing as Withdrawn by Client affect my score?* — what a close code does to your score',
        in: {
          da: '*how does closing as Withdrawn by Client affect my score?* — hvad en lukkekode betyder for din score',
          sv: '*how does closing as Withdrawn by Client affect my score?* — hur en stängningskod påverkar ditt betyg',
          nb: '*how does closing as Withdrawn by Client affect my score?* — hva en lukkekode betyr for scoren din',
          de: '*how does closing as Withdrawn by Client affect my score?* — wie sich ein Abschlusscode auf Ihren Score auswirkt',
          fi: '*how does closing as Withdrawn by Client affect my score?* — miten sulkemiskoodi vaikuttaa pisteisiinne',
          es: '*how does closing as Withdrawn by Client affect my score?* — cómo afecta un código de cierre a su puntuación',
        },
      },
    ],
    changesState: false,
    // "How does closing as X affect my score?": the article's scoring rule, asked before closing.
    handler: read(async (ctx, args) => {
      const code = args.code;
      if (!code) return { title: 'Close codes and your score', text: scoreImpactOverview() };
      return { text: scoreImpact(code, ctx.actor.role === 'partner' ? 'your' : "the partner's") };
    }),
    says: readScoreQuestion,
  },
);
