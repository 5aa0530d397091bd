import { CLOSE_CODE_INFO, CLOSE_CODES } from '../domain/ids.ts';
import { money, num, say } from '../i18n/messages.ts';
import { listQuotes } from '../use-cases/leads/list-quotes.ts';
import { readCaseNumber, readCategory, readFreeText, readQuote, rereadAs } from './answer-readers.ts';
import type { ArgumentSpec } from './command-spec.ts';
import { caseNumber } from './handler-kit.ts';

// The arguments the conversation asks for, each with its question. Commands list the ones they require
// in `asks`, in the order they are asked; a command may replace a question with its own wording.

export const CASE_ID: ArgumentSpec = {
  name: 'caseId',
  question: () => say('ask.case'),
  read: readCaseNumber,
};

export const REASON: ArgumentSpec = {
  name: 'reason',
  question: (id) => say('ask.reason', { caseId: String(id) }),
  form: 'decline',
  read: readFreeText('reason'),
};

export const CODE: ArgumentSpec = {
  name: 'code',
  question: (id) => say('ask.code', { caseId: String(id) }),
  form: 'close',
  choices: CLOSE_CODES.map((code) => ({ value: code, label: CLOSE_CODE_INFO[code].label })),
  reread: 'close case',
  // "other, the debtor moved abroad": the words after the code are the comment Other needs.
  read: rereadAs({ name: 'code', reread: 'close case' }, (again, args) =>
    again.comment && !args.comment ? { comment: again.comment } : {},
  ),
};

/** The comment a close as Other needs. */
export const OTHER_COMMENT: ArgumentSpec = {
  name: 'comment',
  question: (id) => say('ask.other_comment', { caseId: String(id) }),
  read: readFreeText('comment'),
};

export const AMOUNT: ArgumentSpec = {
  name: 'amount',
  question: (id) => say('ask.amount', { caseId: String(id) }),
  numeric: true,
  answerStarts: /^\s*(?:[A-Za-z]{3}\s*)?\d/,
  reread: 'payment received on case',
  // The answer's own currency word: "500 kr" leaves it to the case, a bare "500" means the case's
  // currency; neither keeps a "kr" of the message the question was about.
  read: rereadAs({ name: 'amount', reread: 'payment received on case' }, (again) => ({
    ...(again.currency ? { currency: again.currency } : {}),
    currencyHint: again.currencyHint,
  })),
};

export const SUCCESS_FEE: ArgumentSpec = {
  name: 'successFeePct',
  question: (id) => say('ask.success_fee', { caseId: String(id) }),
  numeric: true,
  reread: 'quote on case',
};

export const ANSWER: ArgumentSpec = {
  name: 'answer',
  question: (id) => say('ask.answer', { caseId: String(id) }),
  read: readFreeText('answer'),
};

export const CATEGORY: ArgumentSpec = {
  name: 'category',
  question: (id) => say('ask.category', { caseId: String(id) }),
  read: readCategory,
};

/** When a creditor selects without naming the quote, the quotes still open are the choices. */
export const QUOTE_ID: ArgumentSpec = {
  name: 'quoteId',
  question: (id) => say('ask.quote', { caseId: String(id) }),
  numeric: true,
  reread: 'select quote on case',
  read: readQuote,
  lateHint: (picked, offered, caseId) =>
    ` ${say('chat4.engine.late.quote', { quoteId: offered.includes(picked) ? picked : (offered[0] ?? ''), caseId })}`,
  options: async (ctx, args) => {
    const listing = await listQuotes(ctx, { caseId: caseNumber(args) });
    return listing.quotes
      .filter((q) => q.status === 'sent')
      .map((q) => ({
        value: String(q.id),
        label: say('chat4.engine.quote_choice', {
          quoteId: String(q.id),
          partnerName: q.partnerName,
          pct: num(q.successFeePct),
          fixed: q.fixedFee ? 'yes' : 'no',
          fee: q.fixedFee ? money(q.fixedFee, listing.currency) : '',
        }),
      }));
  },
};
