import { z } from 'zod';
import { isDomainError } from '../domain/errors.ts';
import { refusalText, say } from '../i18n/messages.ts';
import {
  readCommissionCase,
  readEscalationQuestion,
  readLegalEscalation,
  readSharingChange,
  readSharingStatus,
} from '../understanding/account-intents.ts';
import {
  checkSetNetworkSharing,
  getNetworkSharing,
  setNetworkSharing,
} from '../use-cases/creditors/network-sharing.ts';
import { checkEscalateCase, escalateCase } from '../use-cases/leads/escalate-case.ts';
import {
  checkOpenCommissionCase,
  openCommissionCase,
} from '../use-cases/submissions/open-commission-case.ts';
import { CASE_ID } from './arguments.ts';
import { defineCommand } from './command-spec.ts';
import { amount, caseId, currency } from './fields.ts';
import { caseNumber, change, pct, read, text } from './handler-kit.ts';

// The help-centre rules that were not reachable from chat (issue 10): a creditor's legal escalation, a
// creditor's network-sharing setting, and a partner's commission case. Said in the users' own words,
// read before the interpreter by src/understanding/account-intents.ts (which applies the interpreter's
// safety gates: a negation, question or condition never changes anything).

export const caseEscalationCheck = defineCommand(
  z.object({ caseId }).describe('Whether a case can be escalated to legal'),
  {
    llmTool: false,
    asks: [CASE_ID],
    permission: { case: 'escalate' },
    help: [
      {
        audience: 'creditor',
        line: '*can 1010 go to court?* — whether a case can be escalated to legal now, and why not',
      },
    ],
    changesState: false,
    handler: read(async (ctx, a) => {
      const id = caseNumber(a);
      try {
        await checkEscalateCase(ctx, { caseId: id });
      } catch (error) {
        if (isDomainError(error) && error.code !== 'forbidden' && error.code !== 'not_found')
          return { text: refusalText(error) };
        throw error;
      }
      return {
        text: say('refusals4.escalate.can', { caseId: String(id) }),
      };
    }),
    says: readEscalationQuestion,
  },
);

const creditorName = z.string().max(120).describe('The creditor, by name');

export const caseEscalate = defineCommand(
  z.object({ caseId }).describe('Creditor asks for legal escalation of its case'),
  {
    llmTool: false,
    asks: [CASE_ID],
    permission: { case: 'escalate' },
    help: [
      {
        audience: 'creditor',
        line: '*escalate 1010 to legal* or *take 1010 to court* — after the collection period (or a close as Pre-Legal Exhausted in the last 90 days), the legal network quotes on it',
      },
    ],
    changesState: true,
    handler: change((a) => ({ caseId: caseNumber(a) }), checkEscalateCase, escalateCase),
    says: readLegalEscalation,
  },
);

export const sharingStatus = defineCommand(
  z.object({ creditor: creditorName.optional() }).describe("A creditor's network-sharing setting"),
  {
    llmTool: false,
    asks: [],
    permission: { roles: ['creditor', 'support'] },
    help: [
      {
        audience: 'creditor',
        line: '*is network sharing on?* — whether a case a partner declines goes to the partner network or is closed',
      },
      {
        audience: 'support',
        line: "*is network sharing on for Acme ApS?* — a creditor's network-sharing setting",
      },
    ],
    changesState: false,
    handler: read(async (ctx, a) => ({
      text: (await getNetworkSharing(ctx, { creditor: text(a.creditor) })).text,
    })),
    says: readSharingStatus,
  },
);

/** The setting asked for: on or off, as the reader found it. */
const sharingInput = (a: { readonly on?: unknown; readonly creditor?: unknown }) => ({
  on: a.on === true,
  creditor: text(a.creditor),
});

export const sharingSet = defineCommand(
  z
    .object({ on: z.boolean(), creditor: creditorName.optional() })
    .describe("Turn a creditor's network sharing on or off"),
  {
    llmTool: false,
    asks: [],
    permission: { roles: ['creditor', 'support'] },
    help: [
      {
        audience: 'creditor',
        line: '*turn off network sharing* (or *on*) — from then on, declined cases are closed instead of shared with the partner network',
      },
      { audience: 'support', line: '*turn on network sharing for Acme ApS* — change it for a creditor' },
    ],
    changesState: true,
    handler: change(sharingInput, checkSetNetworkSharing, setNetworkSharing),
    says: readSharingChange,
  },
);

export const caseCommission = defineCommand(
  z
    .object({
      creditor: creditorName,
      amount: amount.optional(),
      currency: currency.optional(),
      caseId: caseId.optional(),
    })
    .describe('Open a commission case against a creditor that owes the partner its success fee'),
  {
    llmTool: false,
    asks: [],
    permission: { roles: ['partner'] },
    help: [
      {
        audience: 'partner',
        line: '*open a commission case against Acme ApS* or *bill Acme for our success fee on case 1016* — a creditor owes you a success fee: the case is prefilled (amount, debtor, comment) and submitted like any case',
      },
    ],
    changesState: true,
    handler: change(
      (a) => ({
        creditor: text(a.creditor),
        amount: pct(a.amount),
        currency: text(a.currency),
        caseId: a.caseId ? caseNumber(a) : null,
      }),
      checkOpenCommissionCase,
      openCommissionCase,
    ),
    says: readCommissionCase,
  },
);
