import { z } from 'zod';
import { COMPLETION_NOTE, type CommandArgs } from '../conversation/action-registry.types.ts';
import { listPartnerNames } from '../db/repositories/partner.repository.ts';
import type { Actor } from '../domain/actor.ts';
import { leadSentence } from '../domain/lead.ts';
import { type MessageSpec, money, nested, num, say } from '../i18n/messages.ts';
import type { UseCaseContext } from '../use-cases/context.ts';
import { checkDeclineToQuote, declineToQuote } from '../use-cases/leads/decline-to-quote.ts';
import { listQuotes } from '../use-cases/leads/list-quotes.ts';
import { checkPullbackLead, pullbackLead } from '../use-cases/leads/pullback-lead.ts';
import { checkSelectQuote, selectQuote } from '../use-cases/leads/select-quote.ts';
import { checkSubmitQuote, submitQuote } from '../use-cases/leads/submit-quote.ts';
import { CASE_ID, QUOTE_ID, SUCCESS_FEE } from './arguments.ts';
import { defineCommand } from './command-spec.ts';
import { caseId, comment, quoteId, successFeePct } from './fields.ts';
import { caseNumber, change, read, text } from './handler-kit.ts';
import { readNoQuote } from './wording.ts';

// Leads and their quotes: partners quote or pass, creditors compare, choose, or pull the lead back.

export const quoteList = defineCommand(z.object({ caseId }).describe('Show the quotes on a case'), {
  llmTool: true,
  asks: [CASE_ID],
  permission: { case: 'view' },
  help: [
    {
      audience: 'everyone',
      line: '*quotes on 123* — the quotes collected for a case',
      in: {
        da: '*quotes on 123* — de tilbud, der er indhentet på en sag',
        sv: '*quotes on 123* — offerterna som har samlats in för ett ärende',
        nb: '*quotes on 123* — tilbudene som er innhentet for en sak',
        de: '*quotes on 123* — die für einen Fall eingegangenen Angebote',
        fi: '*quotes on 123* — toimeksiantoon saadut tarjoukset',
        es: '*quotes on 123* — las ofertas recibidas para un expediente',
      },
    },
  ],
  changesState: false,
  handler: read(async (ctx, args) => {
    const listing = await listQuotes(ctx, { caseId: caseNumber(args) });
    const leadSpec = leadSentence(listing.lead) as MessageSpec;
    const lead = nested(leadSpec);
    if (listing.quotes.length === 0) return { text: say('quotes3.list.none', { lead }) };
    const lines = listing.quotes.map((q) =>
      say('quotes3.list.line', {
        quoteId: String(q.id),
        partnerName: q.partnerName,
        pct: num(q.successFeePct),
        fixed: q.fixedFee ? 'yes' : 'no',
        fixedFee: q.fixedFee ? money(q.fixedFee, listing.currency) : '',
        hasTerms: q.terms ? 'yes' : 'no',
        terms: q.terms ?? '',
        status: q.status,
      }),
    );
    const open = listing.quotes.find((q) => q.status === 'sent');
    const hint =
      listing.scope === 'all' && open && listing.lead.outcome === null
        ? choosingHint(ctx.actor.role, listing.managed, open.id, listing.caseId)
        : '';
    return {
      title: say('quotes3.list.title', { caseId: String(listing.caseId) }),
      text: `${say(leadSpec.key, leadSpec.values)}\n${lines.join('\n')}${hint}`,
    };
  }),
});

/**
 * Who chooses among the quotes, told under the list: the creditor; for a managed case support, on the
 * client's behalf, and the managing partner (read-only) is pointed to support.
 */
function choosingHint(role: Actor['role'], managed: boolean, quoteId: number, caseId: number): string {
  if (role === 'support') {
    return managed
      ? `\n${say('quotes3.list.hint.support', { quoteId: String(quoteId), caseId: String(caseId) })}`
      : '';
  }
  if (managed && role === 'partner') return `\n${say('lead.managed_next_step', { caseId: String(caseId) })}`;
  return `\n${say('quotes3.list.hint.creditor', { quoteId: String(quoteId), caseId: String(caseId) })}`;
}

const selectInput = (a: { caseId?: string; quoteId?: string }) => ({
  caseId: caseNumber(a),
  quoteId: Number(a.quoteId),
});

export const quoteSelect = defineCommand(z.object({ caseId, quoteId }).describe('Pick the winning quote'), {
  llmTool: true,
  asks: [CASE_ID, QUOTE_ID],
  permission: { case: 'select_quote' },
  help: [
    {
      audience: 'creditor',
      line: '*go with quote 3 on case 2020* — select the winning quote',
      in: {
        da: '*go with quote 3 on case 2020* — vælg det vindende tilbud',
        sv: '*go with quote 3 on case 2020* — välj den vinnande offerten',
        nb: '*go with quote 3 on case 2020* — velg det vinnende tilbudet',
        de: '*go with quote 3 on case 2020* — das gewählte Angebot annehmen',
        fi: '*go with quote 3 on case 2020* — valitse voittava tarjous',
        es: '*go with quote 3 on case 2020* — elegir la oferta ganadora',
      },
    },
    {
      audience: 'support',
      line: '*select quote 3 on case 2020 for the client* — choose for a client a managing partner submitted (its own access is read-only)',
    },
  ],
  changesState: true,
  handler: {
    ...change(selectInput, checkSelectQuote, selectQuote),
    // Without a quote number: may this user see (and so choose among) the case's quotes at all?
    precheck: (ctx, a) =>
      a.quoteId ? checkSelectQuote(ctx, selectInput(a)) : listQuotes(ctx, { caseId: caseNumber(a) }),
    complete: quoteNamedByPartner,
  },
});

export const quoteSubmit = defineCommand(
  z
    .object({ caseId, successFeePct: successFeePct.optional(), comment: comment.optional() })
    .describe('Submit a quote on a lead'),
  {
    llmTool: true,
    asks: [CASE_ID, SUCCESS_FEE],
    permission: { case: 'submit_quote' },
    help: [
      {
        audience: 'partner',
        line: '*quote 25% on 123* — quote on a lead you were invited to; *no quote on 123* to pass',
        in: {
          da: '*quote 25% on 123* — afgiv tilbud på et lead, du er inviteret til; *no quote on 123* for at melde pas',
          sv: '*quote 25% on 123* — lämna offert på ett lead du har bjudits in till; *no quote on 123* för att avstå',
          nb: '*quote 25% on 123* — gi tilbud på et lead du er invitert til; *no quote on 123* for å stå over',
          de: '*quote 25% on 123* — ein Angebot zu einem Lead abgeben, zu dem Sie eingeladen wurden; *no quote on 123*, um zu verzichten',
          fi: '*quote 25% on 123* — tee tarjous liidistä, johon teidät on kutsuttu; *no quote on 123*, jos ette tarjoa',
          es: '*quote 25% on 123* — presentar una oferta para un lead al que le han invitado; *no quote on 123* para no participar',
        },
      },
    ],
    changesState: true,
    handler: change(
      (a) => ({ caseId: caseNumber(a), successFeePct: Number(a.successFeePct), terms: text(a.comment) }),
      checkSubmitQuote,
      submitQuote,
    ),
  },
);

export const quoteDecline = defineCommand(
  z.object({ caseId, reason: z.string().optional() }).describe('Pass on a lead'),
  {
    llmTool: false,
    asks: [CASE_ID],
    permission: { case: 'decline_to_quote' },
    // Told together with quoting ("… *no quote on 123* to pass").
    help: [],
    changesState: true,
    handler: change(
      (a) => ({ caseId: caseNumber(a), reason: text(a.reason) }),
      checkDeclineToQuote,
      declineToQuote,
    ),
    says: readNoQuote,
  },
);

export const leadPullback = defineCommand(z.object({ caseId }).describe('Stop the quote process'), {
  llmTool: true,
  asks: [CASE_ID],
  permission: { case: 'pullback' },
  help: [
    {
      audience: 'creditor',
      line: '*pull back 2020* — stop collecting quotes on a case',
      in: {
        da: '*pull back 2020* — stop indhentningen af tilbud på en sag',
        sv: '*pull back 2020* — sluta samla in offerter för ett ärende',
        nb: '*pull back 2020* — stopp innhentingen av tilbud på en sak',
        de: '*pull back 2020* — die Angebotseinholung für einen Fall beenden',
        fi: '*pull back 2020* — lopeta tarjousten kerääminen toimeksiantoon',
        es: '*pull back 2020* — dejar de recibir ofertas para un expediente',
      },
    },
  ],
  changesState: true,
  handler: change((a) => ({ caseId: caseNumber(a) }), checkPullbackLead, pullbackLead),
});

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
async function quoteNamedByPartner(
  ctx: UseCaseContext,
  args: { caseId?: string; quoteId?: string; said?: unknown },
): Promise<CommandArgs> {
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
