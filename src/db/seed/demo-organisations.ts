// The organisations and people of the demo world. Ids are fixed so that the README, the console
// (`--as acme-creditor`) and tests can name them; the seeder moves the serial sequences past them.

export const PARTNERS = {
  nordic: { id: 1, name: 'Nordic Collect A/S', type: 'exclusive', sdca: true, minUsd: 100 },
  hanse: { id: 2, name: 'Hanse Inkasso GmbH', type: 'exclusive', sdca: true, minUsd: 150 },
  baltic: { id: 3, name: 'Baltic Recovery OÜ', type: 'exclusive', sdca: false, minUsd: 100 },
  lex: { id: 4, name: 'Lex & Partners Advokatfirma', type: 'legal_network', sdca: true, minUsd: 500 },
  juris: { id: 5, name: 'JurisNet Advokatbyrå', type: 'legal_network', sdca: true, minUsd: 500 },
  iberia: { id: 6, name: 'Iberia Legal Abogados', type: 'legal_network', sdca: true, minUsd: 1000 },
} as const;
export type PartnerKey = keyof typeof PARTNERS;

/** Where each partner works: a null region is the whole country. */
export const COVERAGE: { partner: PartnerKey; country: string; region?: string }[] = [
  { partner: 'nordic', country: 'DK' },
  { partner: 'nordic', country: 'SE' },
  { partner: 'nordic', country: 'NO' },
  { partner: 'nordic', country: 'FI' },
  { partner: 'hanse', country: 'DE' },
  { partner: 'hanse', country: 'AT' },
  { partner: 'baltic', country: 'EE' },
  { partner: 'baltic', country: 'LV' },
  { partner: 'baltic', country: 'LT' },
  { partner: 'lex', country: 'DK' },
  { partner: 'lex', country: 'DE' },
  { partner: 'juris', country: 'SE' },
  { partner: 'juris', country: 'NO' },
  { partner: 'juris', country: 'DK', region: 'Hovedstaden' },
  { partner: 'iberia', country: 'ES' },
  { partner: 'iberia', country: 'PT' },
  { partner: 'iberia', country: 'DK' },
];

/** Automatic assignment goes to exclusive partners only; the legal network is reached through leads. */
export const MATCHING_RULES: {
  partner: PartnerKey;
  priority: number;
  country: string;
  region?: string;
  minUsd?: number;
  maxUsd?: number;
  debtorType?: 'company' | 'person';
  claimType?: 'unpaid_invoice' | 'loan_repayment';
}[] = [
  { partner: 'nordic', priority: 10, country: 'DK', minUsd: 100 },
  { partner: 'nordic', priority: 10, country: 'SE', minUsd: 100 },
  { partner: 'nordic', priority: 10, country: 'NO', minUsd: 100 },
  { partner: 'nordic', priority: 20, country: 'FI', minUsd: 100, debtorType: 'company' },
  { partner: 'hanse', priority: 10, country: 'DE', minUsd: 150 },
  { partner: 'hanse', priority: 10, country: 'AT', minUsd: 150, maxUsd: 250_000 },
  { partner: 'baltic', priority: 10, country: 'EE', minUsd: 100 },
  { partner: 'baltic', priority: 10, country: 'LV', minUsd: 100 },
  { partner: 'baltic', priority: 10, country: 'LT', minUsd: 100, claimType: 'unpaid_invoice' },
];

export const CREDITORS = {
  acme: { id: 1, name: 'Acme ApS', country: 'DK', networkSharing: true, shadowOf: null },
  fjord: { id: 2, name: 'Fjord Supplies AB', country: 'SE', networkSharing: false, shadowOf: null },
  // A shadow client: created by the managing partner Hanse Inkasso for its own client, name and country only.
  mueller: {
    id: 3,
    name: 'Müller Maschinenbau GmbH',
    country: 'DE',
    networkSharing: true,
    shadowOf: 'hanse',
  },
} as const satisfies Record<
  string,
  { id: number; name: string; country: string; networkSharing: boolean; shadowOf: PartnerKey | null }
>;
export type CreditorKey = keyof typeof CREDITORS;

/** Fjord Supplies sends its German debtors to its usual partner rather than to the matching rules. */
export const OVERRIDES: {
  creditor: CreditorKey;
  partner: PartnerKey;
  country: string | null;
  priority: number;
}[] = [{ creditor: 'fjord', partner: 'nordic', country: 'DE', priority: 10 }];

type Org = { partner: PartnerKey } | { creditor: CreditorKey } | { support: true };

export const USERS = {
  'acme-creditor': {
    id: 1,
    name: 'Anna Jensen',
    role: 'creditor',
    org: { creditor: 'acme' },
    email: 'anna.jensen@acme.example',
  },
  'fjord-creditor': {
    id: 2,
    name: 'Erik Lundqvist',
    role: 'creditor',
    org: { creditor: 'fjord' },
    email: 'erik.lundqvist@fjord.example',
  },
  'nordic-partner': {
    id: 3,
    name: 'Mikkel Sørensen',
    role: 'partner',
    org: { partner: 'nordic' },
    email: 'mikkel.sorensen@nordic-collect.example',
  },
  'unsigned-partner': {
    id: 4,
    name: 'Liis Tamm',
    role: 'partner',
    org: { partner: 'baltic' },
    email: 'liis.tamm@baltic-recovery.example',
  },
  'lex-partner': {
    id: 5,
    name: 'Lena Hoffmann',
    role: 'partner',
    org: { partner: 'lex' },
    email: 'lena.hoffmann@lex-partners.example',
  },
  'juris-partner': {
    id: 6,
    name: 'Sofia Berg',
    role: 'partner',
    org: { partner: 'juris' },
    email: 'sofia.berg@jurisnet.example',
  },
  'iberia-partner': {
    id: 7,
    name: 'Pablo Ruiz',
    role: 'partner',
    org: { partner: 'iberia' },
    email: 'pablo.ruiz@iberia-legal.example',
  },
  'managing-partner': {
    id: 8,
    name: 'Jonas Weber',
    role: 'partner',
    org: { partner: 'hanse' },
    email: 'jonas.weber@hanse-inkasso.example',
  },
  'support-agent': {
    id: 9,
    name: 'Sam Carter',
    role: 'support',
    org: { support: true },
    email: 'sam.carter@platform.example',
  },
} as const satisfies Record<string, { id: number; name: string; role: string; org: Org; email: string }>;
export type UserHandle = keyof typeof USERS;

/** The organisations' own addresses; a shadow client has a name and a country only, so none. */
export const CREDITOR_EMAILS: Partial<Record<CreditorKey, string>> = {
  acme: 'accounts@acme.example',
  fjord: 'ar@fjord-supplies.example',
};

/** Demo exchange rates to USD, so that principal_usd is consistent with the amount and currency. */
export const USD_PER_UNIT: Record<string, number> = {
  USD: 1,
  EUR: 1.08,
  DKK: 0.145,
  SEK: 0.094,
  NOK: 0.092,
  GBP: 1.27,
};
