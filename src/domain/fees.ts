import { DomainError, type SentenceSpec, sentence } from './errors.ts';
import { formatMoney } from './money.ts';

// The success fee shown to a managing partner before it submits a case. The articles say it depends on
// the claim amount, the region and the age of the debt, per the SDCA, without giving the numbers; so the
// numbers live in one table, passed in by whoever knows them (DEFAULT_FEE_TABLE is this project's
// example). The SDCA stays the binding source: the figure is shown, never negotiated here.

export interface FeeBand {
  /** Upper bound of the claim in USD, inclusive; null: no upper bound. */
  maxAmountUsd: number | null;
  pct: number;
}

export interface FeeTable {
  /** Region → its countries (ISO 3166-1 alpha-2). Countries not listed are in `otherRegion`. */
  regions: Record<string, string[]>;
  otherRegion: string;
  /** Base fee by claim amount, per region, in increasing `maxAmountUsd` order. */
  bands: Record<string, FeeBand[]>;
  /** Percentage points added for older debt, by age in whole months, in increasing order. */
  ageSurcharges: { maxAgeMonths: number | null; addPct: number }[];
}

export const DEFAULT_FEE_TABLE: FeeTable = {
  regions: {
    nordics: ['DK', 'SE', 'NO', 'FI', 'IS'],
    europe: ['DE', 'NL', 'BE', 'FR', 'ES', 'IT', 'PT', 'AT', 'CH', 'GB', 'IE', 'PL', 'CZ', 'EE', 'LV', 'LT'],
    north_america: ['US', 'CA'],
  },
  otherRegion: 'rest_of_world',
  bands: {
    nordics: [
      { maxAmountUsd: 1_000, pct: 20 },
      { maxAmountUsd: 10_000, pct: 15 },
      { maxAmountUsd: 50_000, pct: 12 },
      { maxAmountUsd: null, pct: 10 },
    ],
    europe: [
      { maxAmountUsd: 1_000, pct: 22 },
      { maxAmountUsd: 10_000, pct: 17 },
      { maxAmountUsd: 50_000, pct: 14 },
      { maxAmountUsd: null, pct: 12 },
    ],
    north_america: [
      { maxAmountUsd: 1_000, pct: 25 },
      { maxAmountUsd: 10_000, pct: 20 },
      { maxAmountUsd: 50_000, pct: 16 },
      { maxAmountUsd: null, pct: 14 },
    ],
    rest_of_world: [
      { maxAmountUsd: 1_000, pct: 30 },
      { maxAmountUsd: 10_000, pct: 25 },
      { maxAmountUsd: 50_000, pct: 20 },
      { maxAmountUsd: null, pct: 18 },
    ],
  },
  ageSurcharges: [
    { maxAgeMonths: 6, addPct: 0 },
    { maxAgeMonths: 12, addPct: 3 },
    { maxAgeMonths: 24, addPct: 6 },
    { maxAgeMonths: null, addPct: 10 },
  ],
};

export interface SuccessFee {
  pct: number;
  region: string;
  ageMonths: number;
  /** "15% (Nordics, claims up to 10,000 USD) + 3 points for a debt 7 months old" */
  explanation: string;
}

/** Whole months from the debt date to `at`, in UTC (a debt from 15 Jan is 1 month old on 15 Feb). */
export function debtAgeMonths(debtDate: Date, at: Date): number {
  let months =
    (at.getUTCFullYear() - debtDate.getUTCFullYear()) * 12 + (at.getUTCMonth() - debtDate.getUTCMonth());
  if (at.getUTCDate() < debtDate.getUTCDate()) months -= 1;
  return Math.max(0, months);
}

export function regionOf(country: string, table: FeeTable = DEFAULT_FEE_TABLE): string {
  const code = country.trim().toUpperCase();
  for (const [region, countries] of Object.entries(table.regions)) {
    if (countries.includes(code)) return region;
  }
  return table.otherRegion;
}

const label = (region: string) => region.replace(/_/g, ' ').replace(/^\w/, (ch) => ch.toUpperCase());

/** The success fee for a claim: the region's band for the amount, plus the surcharge for the debt's age. */
export function quoteSuccessFee(
  facts: { principalUsd: number; debtorCountry: string; debtDate: Date },
  at: Date,
  table: FeeTable = DEFAULT_FEE_TABLE,
): SuccessFee {
  return successFeeWithSentence(facts, at, table).fee;
}

/** The success fee and its explanation as a catalogue sentence (said in the reader's language). */
export function successFeeWithSentence(
  facts: { principalUsd: number; debtorCountry: string; debtDate: Date },
  at: Date,
  table: FeeTable = DEFAULT_FEE_TABLE,
): { fee: SuccessFee; explained: SentenceSpec } {
  if (facts.debtDate.getTime() > at.getTime()) {
    throw new DomainError(
      'invalid_input',
      'The debt date is in the future. Give the date the debt fell due (e.g. the invoice due date).',
      {},
      sentence('refusals4.fee.future_date'),
    );
  }
  const region = regionOf(facts.debtorCountry, table);
  const bands = table.bands[region] ?? table.bands[table.otherRegion] ?? [];
  const band = bands.find((b) => b.maxAmountUsd === null || facts.principalUsd <= b.maxAmountUsd);
  if (!band)
    throw new Error(`fee table has no band for ${formatMoney(facts.principalUsd, 'USD')} in ${region}`);
  const ageMonths = debtAgeMonths(facts.debtDate, at);
  const surcharge = table.ageSurcharges.find((s) => s.maxAgeMonths === null || ageMonths <= s.maxAgeMonths);
  const add = surcharge?.addPct ?? 0;
  const range =
    band.maxAmountUsd === null ? 'larger claims' : `claims up to ${formatMoney(band.maxAmountUsd, 'USD')}`;
  const fee = {
    pct: band.pct + add,
    region,
    ageMonths,
    explanation:
      `${band.pct}% (${label(region)}, ${range})` +
      (add > 0 ? ` + ${add} points for a debt ${ageMonths} months old` : ''),
  };
  const explained = sentence('refusals4.fee.explanation', {
    pct: { num: band.pct },
    region: label(region),
    upTo: band.maxAmountUsd === null ? 'no' : 'yes',
    max:
      band.maxAmountUsd === null ? '' : { money: { amount: band.maxAmountUsd.toFixed(2), currency: 'USD' } },
    add: { num: add },
    surcharge: add > 0 ? 'yes' : 'no',
    months: String(ageMonths),
  });
  return { fee, explained };
}
