import type { CaseStatus, CloseCode, DeclineCategory, LeadOrigin } from '../../domain/ids.ts';
import type { CreditorKey, PartnerKey, UserHandle } from './demo-organisations.ts';

// About twenty cases, at least one in every status, each with the story that brought it there.
// Times are days before the seeding clock's "now" (negative: in the future), so the world is always
// current and tests that pin the clock get the same world every time.

export interface DemoDecline {
  by: UserHandle;
  reason: string;
  category: DeclineCategory | null;
  daysAgo: number;
}

export interface DemoQuote {
  id: number;
  partner: PartnerKey;
  by: UserHandle;
  successFeePct: number;
  fixedFee?: number;
  terms?: string;
  daysAgo: number;
}

export interface DemoLead {
  id: number;
  origin: LeadOrigin;
  status: 'open' | 'qualified' | 'closed';
  outcome?: 'expired';
  /** The window end, quotes-ready time, reminders and expiry follow from this by the domain's rules. */
  qualifiedDaysAgo?: number;
  expectedQuotes: number;
  excluded: PartnerKey[];
  invited: PartnerKey[];
  quotes: DemoQuote[];
}

export interface DemoCase {
  id: number;
  creditor: CreditorKey;
  createdBy: UserHandle;
  partner: PartnerKey | null;
  managingPartner?: PartnerKey;
  debtor: { name: string; type: 'company' | 'person'; country: string; region?: string };
  claimType?: 'unpaid_invoice' | 'loan_repayment';
  principal: number;
  currency: string;
  debtDaysAgo: number;
  document?: string;
  description?: string;
  successFeePct?: number;
  status: CaseStatus;
  createdDaysAgo: number;
  acceptedDaysAgo?: number;
  infoRequest?: { question: string; daysAgo: number };
  payment?: { amount: number; daysAgo: number };
  withdrawnDaysAgo?: number;
  decline?: DemoDecline;
  lead?: DemoLead;
  close?: { code: CloseCode; comment: string; daysAgo: number; by: UserHandle };
  /** What to try with it, for the README. */
  tryIt: string;
}

export const DEMO_CASES: DemoCase[] = [
  {
    id: 1001,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: 'nordic',
    debtor: { name: 'Hansen Byg ApS', type: 'company', country: 'DK', region: 'Midtjylland' },
    principal: 45_000,
    currency: 'DKK',
    debtDaysAgo: 120,
    description: 'Invoice 2026-118 for carpentry materials, two reminders sent, no reply.',
    status: 'pending_verification',
    createdDaysAgo: 1,
    tryIt: 'nordic-partner: "accept 1001"',
  },
  {
    id: 1002,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: 'nordic',
    debtor: { name: 'Jens Pedersen', type: 'person', country: 'DK' },
    principal: 8_200,
    currency: 'DKK',
    debtDaysAgo: 200,
    status: 'pending_verification',
    createdDaysAgo: 2,
    tryIt: 'nordic-partner: "decline 1002, the debtor died last month" (sharing on → lead for the network)',
  },
  {
    id: 1003,
    creditor: 'fjord',
    createdBy: 'fjord-creditor',
    partner: 'nordic',
    debtor: { name: 'Stockholm Bygg AB', type: 'company', country: 'SE', region: 'Stockholm' },
    principal: 120_000,
    currency: 'SEK',
    debtDaysAgo: 150,
    document: 'invoice-SB-4471.pdf',
    status: 'pending_verification',
    createdDaysAgo: 3,
    tryIt: 'nordic-partner: "decline 1003, we represent the debtor in another matter" (sharing off → closed)',
  },
  {
    id: 1004,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: 'baltic',
    debtor: { name: 'Riga Logistics SIA', type: 'company', country: 'LV' },
    principal: 3_400,
    currency: 'EUR',
    debtDaysAgo: 90,
    description: 'Freight invoice 8812, delivery confirmed by signed CMR.',
    status: 'pending_verification',
    createdDaysAgo: 1,
    tryIt: 'unsigned-partner: "accept 1004" → refused: the SDCA is not signed, with the link',
  },
  {
    id: 1005,
    creditor: 'mueller',
    createdBy: 'managing-partner',
    partner: 'nordic',
    managingPartner: 'hanse',
    debtor: { name: 'Dansk Maskinhandel A/S', type: 'company', country: 'DK', region: 'Syddanmark' },
    principal: 18_500,
    currency: 'EUR',
    debtDaysAgo: 75,
    document: 'rechnung-MM-2026-031.pdf',
    successFeePct: 12,
    status: 'pending_verification',
    createdDaysAgo: 2,
    tryIt: 'managing-partner: "status 1005" (read-only); nordic-partner: "accept 1005"',
  },
  {
    id: 1006,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: 'nordic',
    debtor: { name: 'Oslo Catering AS', type: 'company', country: 'NO' },
    principal: 900,
    currency: 'NOK',
    debtDaysAgo: 60,
    status: 'pending_verification',
    createdDaysAgo: 4,
    tryIt: 'nordic-partner: "request info on 1006" or "decline 1006, below our minimum"',
  },
  {
    id: 1007,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: 'nordic',
    debtor: { name: 'Aarhus Trading ApS', type: 'company', country: 'DK', region: 'Midtjylland' },
    principal: 150_000,
    currency: 'DKK',
    debtDaysAgo: 180,
    document: 'contract-AT-2025.pdf',
    status: 'needs_additional_details',
    createdDaysAgo: 6,
    infoRequest: {
      question: 'Please upload the signed delivery contract and the last reminder you sent to the debtor.',
      daysAgo: 4,
    },
    tryIt: 'acme-creditor answers the info request on 1007 → back to pending verification',
  },
  {
    id: 1008,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: 'nordic',
    debtor: { name: 'Nørrebro Café ApS', type: 'company', country: 'DK', region: 'Hovedstaden' },
    principal: 23_000,
    currency: 'DKK',
    debtDaysAgo: 140,
    description: 'Three catering invoices (Jan–Mar), debtor acknowledged the debt by email.',
    status: 'active',
    createdDaysAgo: 45,
    acceptedDaysAgo: 40,
    tryIt:
      'acme-creditor: "withdraw 1008" (within the period → paused); nordic-partner: "register payment 5000 DKK on 1008"',
  },
  {
    id: 1009,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: 'nordic',
    debtor: { name: 'Vesterbro Design ApS', type: 'company', country: 'DK', region: 'Hovedstaden' },
    principal: 12_500,
    currency: 'DKK',
    debtDaysAgo: 160,
    description: 'Invoice 7781 for office furniture.',
    status: 'active',
    createdDaysAgo: 70,
    acceptedDaysAgo: 65,
    payment: { amount: 12_500, daysAgo: 2 },
    tryIt: 'nordic-partner: "close 1009 as paid" (the payment of 12,500 DKK is registered)',
  },
  {
    id: 1010,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: 'nordic',
    debtor: { name: 'Kolding Transport A/S', type: 'company', country: 'DK', region: 'Syddanmark' },
    principal: 64_000,
    currency: 'DKK',
    debtDaysAgo: 320,
    document: 'invoice-KT-0912.pdf',
    status: 'active',
    createdDaysAgo: 215,
    acceptedDaysAgo: 210,
    tryIt:
      'acme-creditor: "withdraw 1010" (after the period → closed as withdrawn by client); or nordic-partner: "close 1010 prelegal exhausted"',
  },
  {
    id: 1011,
    creditor: 'fjord',
    createdBy: 'fjord-creditor',
    partner: 'nordic',
    debtor: { name: 'Göteborg Handel AB', type: 'company', country: 'SE', region: 'Västra Götaland' },
    principal: 48_000,
    currency: 'SEK',
    debtDaysAgo: 130,
    description: 'Unpaid invoice 5520 for packaging supplies.',
    status: 'active',
    createdDaysAgo: 65,
    acceptedDaysAgo: 60,
    tryIt:
      'nordic-partner: "close 1011 prelegal exhausted" → needs confirmation (period not over); "close 1011 other: debtor moved abroad"',
  },
  {
    id: 1012,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: 'nordic',
    debtor: { name: 'Helsinki Software Oy', type: 'company', country: 'FI' },
    principal: 9_800,
    currency: 'EUR',
    debtDaysAgo: 110,
    document: 'invoice-HS-221.pdf',
    status: 'paused',
    createdDaysAgo: 50,
    acceptedDaysAgo: 45,
    withdrawnDaysAgo: 3,
    tryIt: 'nordic-partner: "close 1012 withdrawn by client" (paused after the creditor withdrew)',
  },
  {
    id: 1013,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: null,
    debtor: { name: 'Odense Elektro ApS', type: 'company', country: 'DK', region: 'Syddanmark' },
    principal: 310_000,
    currency: 'DKK',
    debtDaysAgo: 240,
    document: 'invoices-OE-2026.pdf',
    status: 'collecting_quotes',
    createdDaysAgo: 12,
    decline: {
      by: 'nordic-partner',
      reason: 'We represent Odense Elektro in another matter.',
      category: 'conflict_of_interest',
      daysAgo: 10,
    },
    lead: {
      id: 501,
      origin: 'decline',
      status: 'qualified',
      qualifiedDaysAgo: 9,
      expectedQuotes: 3,
      excluded: ['nordic'],
      invited: ['lex', 'juris', 'iberia'],
      quotes: [
        {
          id: 701,
          partner: 'lex',
          by: 'lex-partner',
          successFeePct: 18,
          daysAgo: 7,
          terms: 'Standard pre-legal, court filing if needed.',
        },
        { id: 702, partner: 'juris', by: 'juris-partner', successFeePct: 15, fixedFee: 250, daysAgo: 5 },
        { id: 703, partner: 'iberia', by: 'iberia-partner', successFeePct: 20, daysAgo: 3 },
      ],
    },
    tryIt: 'acme-creditor: "quotes on 1013", then "go with quote 702 on case 1013" (or "pull back 1013")',
  },
  {
    id: 1014,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: null,
    debtor: { name: 'Copenhagen Events ApS', type: 'company', country: 'DK', region: 'Hovedstaden' },
    principal: 41_000,
    currency: 'DKK',
    debtDaysAgo: 300,
    document: 'invoice-CE-1180.pdf',
    status: 'collecting_quotes',
    createdDaysAgo: 35,
    decline: {
      by: 'nordic-partner',
      reason: 'The debtor cannot be traced: no address, phone disconnected.',
      category: 'untraceable_debtor',
      daysAgo: 33,
    },
    lead: {
      id: 502,
      origin: 'decline',
      status: 'closed',
      outcome: 'expired',
      qualifiedDaysAgo: 32,
      expectedQuotes: 3,
      excluded: ['nordic'],
      invited: ['lex', 'juris', 'iberia'],
      quotes: [
        { id: 704, partner: 'lex', by: 'lex-partner', successFeePct: 22, daysAgo: 30 },
        { id: 705, partner: 'juris', by: 'juris-partner', successFeePct: 19, fixedFee: 400, daysAgo: 28 },
      ],
    },
    tryIt: 'acme-creditor: "go with quote 704 on case 1014" (the lead expired; a winner can still be chosen)',
  },
  {
    id: 1015,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: null,
    debtor: { name: 'Madrid Importaciones SL', type: 'company', country: 'ES', region: 'Madrid' },
    principal: 27_000,
    currency: 'EUR',
    debtDaysAgo: 100,
    document: 'factura-MI-0042.pdf',
    status: 'collecting_quotes',
    createdDaysAgo: 2,
    lead: {
      id: 503,
      origin: 'no_exclusive_match',
      status: 'qualified',
      qualifiedDaysAgo: 1,
      expectedQuotes: 2,
      excluded: [],
      invited: ['iberia', 'lex'],
      quotes: [],
    },
    tryIt: 'iberia-partner: "quote 1015 at 16%"; lex-partner: declines to quote on 1015',
  },
  {
    id: 1016,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: 'nordic',
    debtor: { name: 'Roskilde Bageri ApS', type: 'company', country: 'DK', region: 'Sjælland' },
    principal: 18_000,
    currency: 'DKK',
    debtDaysAgo: 250,
    description: 'Invoices 3310 and 3311 for flour deliveries.',
    status: 'closed',
    createdDaysAgo: 120,
    acceptedDaysAgo: 118,
    payment: { amount: 18_000, daysAgo: 32 },
    close: {
      code: 'paid',
      comment: 'Paid in full after the second letter.',
      daysAgo: 30,
      by: 'nordic-partner',
    },
    tryIt: 'anyone involved: "status 1016" (paid, payout split 80/20)',
  },
  {
    id: 1017,
    creditor: 'fjord',
    createdBy: 'fjord-creditor',
    partner: 'nordic',
    debtor: { name: 'Malmö Möbler AB', type: 'company', country: 'SE', region: 'Skåne' },
    principal: 36_000,
    currency: 'SEK',
    debtDaysAgo: 280,
    document: 'faktura-MM-7719.pdf',
    status: 'closed',
    createdDaysAgo: 150,
    acceptedDaysAgo: 148,
    payment: { amount: 20_000, daysAgo: 22 },
    close: {
      code: 'partially_paid',
      comment: 'Settled at 20,000 SEK with the creditor’s approval.',
      daysAgo: 20,
      by: 'nordic-partner',
    },
    tryIt: 'fjord-creditor: "status 1017" (partially paid)',
  },
  {
    id: 1018,
    creditor: 'fjord',
    createdBy: 'fjord-creditor',
    partner: 'nordic',
    debtor: { name: 'Uppsala Elservice AB', type: 'company', country: 'SE', region: 'Uppsala' },
    principal: 15_500,
    currency: 'SEK',
    debtDaysAgo: 400,
    description: 'Invoice 4410 for electrical components.',
    status: 'closed',
    createdDaysAgo: 16,
    decline: {
      by: 'nordic-partner',
      reason: 'The debtor was declared bankrupt in September; the estate is under administration.',
      category: 'insolvency_or_ceased',
      daysAgo: 14,
    },
    tryIt: 'fjord-creditor: "status 1018" (declined with network sharing off → closed, case never started)',
  },
  {
    id: 1019,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: 'nordic',
    debtor: { name: 'Trondheim Fisk AS', type: 'company', country: 'NO' },
    principal: 52_000,
    currency: 'NOK',
    debtDaysAgo: 420,
    document: 'faktura-TF-301.pdf',
    status: 'closed',
    createdDaysAgo: 230,
    acceptedDaysAgo: 225,
    close: {
      code: 'withdrawn_by_client',
      comment: 'Creditor withdrew after the collection period ended.',
      daysAgo: 15,
      by: 'acme-creditor',
    },
    tryIt: 'acme-creditor: "status 1019" (withdrawn by client)',
  },
  {
    id: 1020,
    creditor: 'mueller',
    createdBy: 'managing-partner',
    partner: 'nordic',
    managingPartner: 'hanse',
    debtor: { name: 'Esbjerg Værft A/S', type: 'company', country: 'DK', region: 'Syddanmark' },
    principal: 7_400,
    currency: 'EUR',
    debtDaysAgo: 260,
    description: 'Spare parts invoice MM-2025-377, delivery note attached to the email thread.',
    successFeePct: 12,
    status: 'closed',
    createdDaysAgo: 90,
    acceptedDaysAgo: 88,
    close: {
      code: 'debtor_insolvent',
      comment: 'Bankruptcy opened at the Esbjerg court; claim filed with the trustee.',
      daysAgo: 8,
      by: 'nordic-partner',
    },
    tryIt: 'managing-partner: "status 1020"',
  },
  {
    id: 1021,
    creditor: 'acme',
    createdBy: 'acme-creditor',
    partner: null,
    debtor: { name: 'Aalborg Auto ApS', type: 'company', country: 'DK', region: 'Nordjylland' },
    principal: 9_900,
    currency: 'DKK',
    debtDaysAgo: 95,
    description: 'Workshop invoice 1207.',
    status: 'collecting_quotes',
    createdDaysAgo: 3,
    decline: {
      by: 'nordic-partner',
      reason: 'Not something we want to take on right now.',
      category: null,
      daysAgo: 1,
    },
    lead: {
      id: 504,
      origin: 'decline',
      status: 'open',
      expectedQuotes: 3,
      excluded: ['nordic'],
      invited: [],
      quotes: [],
    },
    tryIt: 'support-agent: resolve the manual-review decline of 1021 (no category fitted the reason)',
  },
];

/** Case numbers by what they are good for, for tests and the README. */
export const DEMO_CASE_IDS = {
  toAccept: 1001,
  toDeclineSharingOn: 1002,
  toDeclineSharingOff: 1003,
  unsignedPartner: 1004,
  managingPartnerPending: 1005,
  belowMinimum: 1006,
  infoRequested: 1007,
  activeWithinPeriod: 1008,
  activeWithPayment: 1009,
  activeAfterPeriod: 1010,
  activePrelegalTooEarly: 1011,
  paused: 1012,
  quotesReady: 1013,
  expiredLead: 1014,
  leadWindowOpen: 1015,
  closedPaid: 1016,
  closedPartiallyPaid: 1017,
  closedDeclinedSharingOff: 1018,
  closedWithdrawn: 1019,
  closedManagingPartner: 1020,
  manualReviewDecline: 1021,
} as const;
