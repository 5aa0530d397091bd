import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { findCase } from '../../db/repositories/case.repository.ts';
import { appendHistoryWrite, type HistoryEntry } from '../../db/repositories/history.repository.ts';
import {
  findLeadCase,
  insertInvitationsWrite,
  insertLeadWrite,
  type LeadCase,
  type LeadRouting,
  loadLeadRouting,
  type NewLead,
  newLeadAsLead,
} from '../../db/repositories/lead.repository.ts';
import { enqueueNoticesWrite, type NewNotice } from '../../db/repositories/notice.repository.ts';
import { insertQuote } from '../../db/repositories/quote.repository.ts';
import { type Write, writeTogether } from '../../db/write-together.ts';
import type { Actor } from '../../domain/actor.ts';
import { SYSTEM_ACTOR } from '../../domain/actor.ts';
import { addBusinessHours, DEFAULT_QUOTE_WINDOW_BUSINESS_HOURS } from '../../domain/business-time.ts';
import type { Case } from '../../domain/case.ts';
import { DomainError, sentence } from '../../domain/errors.ts';
import type { Channel, LeadOrigin } from '../../domain/ids.ts';
import { DEFAULT_EXPECTED_QUOTES, type Lead } from '../../domain/lead.ts';
import { validateQuoteTerms } from '../../domain/quote.ts';
import { selectLeadInvitees } from '../../domain/routing.ts';
import { type MessageSpec, money, msg, renderFor } from '../../i18n/messages.ts';
import { noticeText } from '../../i18n/notice-text.ts';
import { endQuoteCollection } from './lead-steps.ts';

/** The case facts a lead is opened on and its invitation is worded from. */
export type LeadCaseFacts = Pick<
  LeadCase,
  | 'id'
  | 'debtor_type'
  | 'debtor_country'
  | 'debtor_region'
  | 'claim_type'
  | 'principal'
  | 'currency'
  | 'principal_usd'
>;

/** The facts from a case the caller already loaded (under its row lock), so they need not be read again. */
export function leadCaseFacts(c: Case): LeadCaseFacts {
  return {
    id: c.id,
    debtor_type: c.debtorType,
    debtor_country: c.debtorCountry,
    debtor_region: c.debtorRegion,
    claim_type: c.claimType,
    principal: c.principal,
    currency: c.currency,
    principal_usd: c.principalUsd,
  };
}

export interface OpenLeadInput {
  caseId: number;
  origin: LeadOrigin;
  excludedPartnerIds: number[];
  /** A partner's custom terms (offer custom terms): recorded as that partner's quote on the lead. */
  customQuote?: { partnerId: number; successFeePct: number; terms?: string; submittedByUserId?: number };
  at: Date;
  windowBusinessHours?: number;
  expectedQuotes?: number;
  actor?: Actor;
  channel?: Channel;
  /** The case as the caller loaded it under its row lock; read here when absent. */
  leadCase?: LeadCaseFacts;
  /** Reserve an id for the caller's decline in the same read (see `PlannedLead.declineId`). */
  reserveDeclineId?: boolean;
  /** The routing read, when the caller already read it with its row lock; read here when absent. */
  routing?: LeadRouting;
}

export interface OpenLeadResult {
  leadId: number;
  invitedPartnerIds: number[];
}

/** The invitation a partner gets to quote on a lead, as a catalogue message (read in the partner's language). */
export function leadInvitationMessage(c: LeadCaseFacts, leadId: number, windowEndsAt: Date): MessageSpec {
  const where = c.debtor_region ? `${c.debtor_country.trim()}, ${c.debtor_region}` : c.debtor_country.trim();
  return msg('lead.invitation', {
    leadId: String(leadId),
    caseId: String(c.id),
    debtorType: c.debtor_type,
    where,
    claimType: c.claim_type,
    amount: money(c.principal, c.currency),
    until: windowEndsAt.toISOString().slice(0, 16).replace('T', ' '),
  });
}

export function leadInvitationText(c: LeadCaseFacts, leadId: number, windowEndsAt: Date): string {
  return renderFor(leadInvitationMessage(c, leadId, windowEndsAt), null);
}

/** A lead decided but not written yet: its rows, its history entry and its notices. */
export interface PlannedLead {
  lead: Lead;
  invitedPartnerIds: number[];
  /** The lead and its invitations, for `writeTogether` (the invitations need the lead in the same statement). */
  writes: Write[];
  /** The `lead.opened` entry, to append with the caller's own entries in one insert (in that order). */
  history: HistoryEntry;
  notices: NewNotice[];
  /** The id reserved for the caller's decline, when asked for. */
  declineId: number | null;
}

/**
 * Decides a lead for a case without writing it: the partners that match (by coverage, SDCA, minimum
 * threshold, minus the excluded ones and whoever declined the case before) are invited; the window ends
 * after the lead's business hours. One read. No custom quote here: that needs the lead written first.
 */
export async function planLead(
  trx: Transaction<Database>,
  input: Omit<OpenLeadInput, 'customQuote'>,
): Promise<PlannedLead> {
  return plan(trx, input);
}

async function plan(trx: Transaction<Database>, input: OpenLeadInput): Promise<PlannedLead> {
  const c = input.leadCase ?? (await findLeadCase(trx, input.caseId));
  if (!c)
    throw new DomainError(
      'not_found',
      `Case ${input.caseId} does not exist.`,
      {},
      sentence('refusals4.lead.case_missing', { caseId: String(input.caseId) }),
    );
  const windowBusinessHours = input.windowBusinessHours ?? DEFAULT_QUOTE_WINDOW_BUSINESS_HOURS;
  const expectedQuotes = input.expectedQuotes ?? DEFAULT_EXPECTED_QUOTES;
  if (input.customQuote) validateQuoteTerms(input.customQuote);

  const routing =
    input.routing ??
    (await loadLeadRouting(trx, c.id, c.debtor_country.trim(), {
      reserveDeclineId: input.reserveDeclineId,
    }));
  // Whoever declined this case before stays excluded, whatever the caller passes.
  const excluded = [...new Set([...input.excludedPartnerIds, ...routing.decliningPartnerIds])];
  const custom = input.customQuote;
  const invitees = selectLeadInvitees(
    {
      debtorCountry: c.debtor_country.trim(),
      debtorRegion: c.debtor_region,
      principalUsd: Number(c.principal_usd),
    },
    input.origin,
    routing.partners,
    [...excluded, ...(custom ? [custom.partnerId] : [])],
  );
  const qualified = invitees.length > 0 || custom !== undefined;
  const windowEndsAt = qualified
    ? addBusinessHours(input.at, windowBusinessHours, c.debtor_country.trim())
    : null;

  const newLead: NewLead & { id: number } = {
    id: routing.leadId,
    caseId: c.id,
    origin: input.origin,
    status: qualified ? 'qualified' : 'open',
    windowBusinessHours,
    expectedQuotes,
    excludedPartnerIds: excluded,
    qualifiedAt: qualified ? input.at : null,
    windowEndsAt,
    at: input.at,
  };
  const lead = newLeadAsLead(newLead);
  const writes = [
    insertLeadWrite(trx, newLead),
    insertInvitationsWrite(
      trx,
      lead.id,
      [
        ...(custom ? [{ partnerId: custom.partnerId, status: 'quoted' as const }] : []),
        ...invitees.map((p) => ({ partnerId: p.id })),
      ],
      input.at,
    ),
  ].filter((w): w is NonNullable<typeof w> => w !== null);

  const history: HistoryEntry = {
    caseId: c.id,
    actor: input.actor ?? SYSTEM_ACTOR,
    channel: input.channel ?? 'system',
    action: 'lead.opened',
    details: {
      leadId: lead.id,
      origin: input.origin,
      status: lead.status,
      invitedPartnerIds: invitees.map((p) => p.id),
      excludedPartnerIds: lead.excludedPartnerIds,
      windowEndsAt: windowEndsAt?.toISOString() ?? null,
      expectedQuotes,
    },
    at: input.at,
  };

  const notices: NewNotice[] = [];
  if (windowEndsAt) {
    const said = noticeText(leadInvitationMessage(c, lead.id, windowEndsAt));
    for (const p of invitees) {
      notices.push({
        recipient: { type: 'partner', partnerId: p.id },
        kind: 'lead.invitation',
        caseId: c.id,
        payload: { ...said, leadId: lead.id, windowEndsAt: windowEndsAt.toISOString() },
        at: input.at,
      });
    }
  } else {
    notices.push({
      recipient: { type: 'channel', channel: 'support' },
      kind: 'lead.no_partners',
      caseId: c.id,
      payload: {
        ...noticeText(
          msg('lead.no_partners', {
            leadId: String(lead.id),
            caseId: String(c.id),
            origin: input.origin,
            country: c.debtor_country.trim(),
          }),
        ),
        leadId: lead.id,
      },
      at: input.at,
    });
  }
  return {
    lead,
    invitedPartnerIds: invitees.map((p) => p.id),
    writes,
    history,
    notices,
    declineId: routing.declineId,
  };
}

/**
 * Opens a lead for a case and qualifies it at once (see `planLead`) and writes it. Runs inside the
 * CALLER's transaction, which has locked the case row and sets the case's own status; this only writes
 * the lead, its invitations, the custom quote, history and notices.
 *
 * When no partner matches and there is no custom quote, the lead stays `open` (being verified) and
 * support is asked to find partners by hand, rather than a lead nobody can ever quote on.
 */
export async function openLead(trx: Transaction<Database>, input: OpenLeadInput): Promise<OpenLeadResult> {
  const planned = await plan(trx, input);
  const { lead, history, notices } = planned;
  const custom = input.customQuote;
  if (!custom) {
    await writeTogether(trx, [
      ...planned.writes,
      appendHistoryWrite(trx, [history]),
      enqueueNoticesWrite(trx, notices),
    ]);
    return { leadId: lead.id, invitedPartnerIds: planned.invitedPartnerIds };
  }

  // The custom quote refers to the lead, and the history names the quote: lead first, then the rest.
  await writeTogether(trx, planned.writes);
  const q = await insertQuote(trx, {
    leadId: lead.id,
    partnerId: custom.partnerId,
    submittedByUserId: custom.submittedByUserId ?? null,
    successFeePct: custom.successFeePct,
    terms: custom.terms ?? null,
    at: input.at,
  });
  await writeTogether(trx, [
    appendHistoryWrite(trx, [{ ...history, details: { ...history.details, customQuoteId: q.id } }]),
    enqueueNoticesWrite(trx, notices),
  ]);

  // Only the offering partner is on the lead: every invited partner has answered, so the creditor can
  // choose at once rather than wait out a window nobody else can quote in.
  if (planned.invitedPartnerIds.length === 0) {
    const theCase = await findCase(trx, lead.caseId);
    if (theCase) {
      await endQuoteCollection(trx, {
        c: theCase,
        lead,
        at: input.at,
        actor: history.actor ?? SYSTEM_ACTOR,
        channel: history.channel,
        why: 'all_answered',
      });
    }
  }
  return { leadId: lead.id, invitedPartnerIds: planned.invitedPartnerIds };
}
