import { z } from 'zod';
import { DomainError, sentence } from '../domain/errors.ts';
import type { DebtorType } from '../domain/ids.ts';
import { parseAmount } from '../domain/input-parsing.ts';
import { formLocale, say } from '../i18n/messages.ts';
import { dueTodayReply } from '../jobs/due-today-reply.ts';
import { checkSubmitCase, type SubmitCaseInput, submitCase } from '../use-cases/submissions/submit-case.ts';
import { CASE_ID } from './arguments.ts';
import { defineCommand } from './command-spec.ts';
import { change, read, text } from './handler-kit.ts';
import { readDueToday, SUBMIT_WORDS } from './wording.ts';

// The conversation's own commands (help, clarify, none), support's schedule, and the submission form.

export const help = defineCommand(z.object({}).describe('What the bot can do'), {
  llmTool: true,
  asks: [],
  permission: 'anyone',
  help: [],
  changesState: false,
  // Answered by the engine from the help lines of this table (src/conversation/help-text.ts).
  handler: null,
  slash: {
    usage: 'help',
    parse: (t) => (t === '' || /^help$/i.test(t) ? { kind: 'message', text: 'help' } : null),
  },
  teams: { title: 'help', description: 'What I can do' },
});

export const clarify = defineCommand(
  z
    .object({
      missing: z.array(z.enum(['caseId', 'reason', 'code', 'amount', 'quoteId'])).min(1),
    })
    .describe('A command missing something it needs'),
  {
    llmTool: true,
    asks: [],
    // Not clear which command: the case number is asked, then the words are read again.
    mayAsk: [CASE_ID],
    permission: 'anyone',
    help: [],
    changesState: false,
    handler: null,
  },
);

export const none = defineCommand(z.object({}).describe('Not a command'), {
  llmTool: true,
  asks: [],
  permission: 'anyone',
  help: [],
  changesState: false,
  handler: null,
});

export const jobsDueToday = defineCommand(z.object({}).describe('What the platform has scheduled today'), {
  llmTool: false,
  asks: [],
  permission: { roles: ['support'] },
  help: [
    {
      audience: 'support',
      line: '*what is due today?* — the reminders, quote-window ends, expiries and alerts scheduled for today',
    },
  ],
  changesState: false,
  handler: read(async (ctx) => {
    if (ctx.actor.role !== 'support') {
      throw new DomainError(
        'forbidden',
        'What the platform has scheduled today is for support agents. For your own cases, ask "my cases".',
        {},
        sentence('refusals4.due_today.support_only'),
      );
    }
    return dueTodayReply(ctx.db, ctx.clock);
  }),
  says: readDueToday,
});

const YES = /^(?:y|yes|true|1|disputed)$/i;

/** The submission form's values (src/conversation/forms.ts SUBMIT_CASE_FIELDS), as the use case takes them. */
export function submissionInput(a: Record<string, unknown>): SubmitCaseInput {
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
      {},
      sentence('refusals4.sub.amount_number'),
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

// The managing partner's submission form (Slack modal, Teams card, console prompts); see forms.ts.
export const caseSubmit = defineCommand(
  // The form's fields, checked one by one by src/conversation/forms.ts.
  z
    .looseObject({})
    .describe("Submit a case for a managing partner's client"),
  {
    llmTool: false,
    asks: [],
    permission: { roles: ['partner'] },
    help: [
      {
        audience: 'partner',
        line: '*submit a case* — as a managing partner, submit a case for your client',
        in: {
          da: '*submit a case* — indsend som administrerende partner en sag for din klient',
          sv: '*submit a case* — registrera som förvaltande partner ett ärende för din klient',
          nb: '*submit a case* — send som forvaltende partner inn en sak for klienten din',
          de: '*submit a case* — als verwaltender Partner einen Fall für Ihren Mandanten einreichen',
          fi: '*submit a case* — toimita hallinnoivana kumppanina toimeksianto asiakkaanne puolesta',
          es: '*submit a case* — como socio gestor, presentar un expediente para su cliente',
        },
      },
    ],
    changesState: true,
    handler: change(submissionInput, checkSubmitCase, submitCase),
    // "submit a case": the form at once, for managing partners; others are told who submits cases.
    opensForm: {
      words: SUBMIT_WORDS,
      reply: (actor) =>
        actor.role === 'partner'
          ? {
              text: say('chat4.submit.open'),
              form: { kind: 'submit_case', title: say('chat4.form.submit_case'), ...formLocale() },
            }
          : {
              text: say('chat4.submit.not_partner'),
              form: undefined,
            },
    },
    slash: {
      usage: 'submit',
      parse: (t) => (/^(submit|new)( case)?$/i.test(t) ? { kind: 'form', form: 'submit_case' } : null),
    },
  },
);
