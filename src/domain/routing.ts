import type { ClaimType, DebtorType, LeadOrigin, PartnerType } from './ids.ts';
import { formatMoney } from './money.ts';

// Who gets a case. Pure: the use case loads overrides, rules and partners, this decides.

export interface CaseFacts {
  creditorId: number;
  debtorCountry: string;
  debtorRegion: string | null;
  debtorType: DebtorType;
  claimType: ClaimType;
  principalUsd: number;
}

export interface Coverage {
  country: string;
  /** null: the whole country */
  region: string | null;
}

export interface RoutingPartner {
  id: number;
  name: string;
  type: PartnerType;
  sdcaSigned: boolean;
  minimumThresholdUsd: number;
  coverage: Coverage[];
}

export interface MatchingRule {
  id: number;
  partnerId: number;
  /** lower first */
  priority: number;
  country: string;
  region: string | null;
  minAmountUsd: number | null;
  maxAmountUsd: number | null;
  debtorType: DebtorType | null;
  claimType: ClaimType | null;
}

export interface ClientOverride {
  creditorId: number;
  partnerId: number;
  /** null: any jurisdiction */
  country: string | null;
  priority: number;
}

export type RoutingDecision =
  | { kind: 'exclusive'; partnerId: number; via: 'client_override' | 'matching_rule'; ruleId?: number }
  | { kind: 'legal_network_lead'; reason: string };

const sameCountry = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();
const sameRegion = (a: string, b: string | null) =>
  b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/** A coverage entry without a region covers the whole country; with one, only that region. */
export function coversJurisdiction(coverage: Coverage[], country: string, region: string | null): boolean {
  return coverage.some(
    (c) => sameCountry(c.country, country) && (c.region === null || sameRegion(c.region, region)),
  );
}

export function ruleMatches(rule: MatchingRule, facts: CaseFacts): boolean {
  if (!sameCountry(rule.country, facts.debtorCountry)) return false;
  if (rule.region !== null && !sameRegion(rule.region, facts.debtorRegion)) return false;
  if (rule.minAmountUsd !== null && facts.principalUsd < rule.minAmountUsd) return false;
  if (rule.maxAmountUsd !== null && facts.principalUsd > rule.maxAmountUsd) return false;
  if (rule.debtorType !== null && rule.debtorType !== facts.debtorType) return false;
  if (rule.claimType !== null && rule.claimType !== facts.claimType) return false;
  return true;
}

/**
 * Client-specific overrides first, then matching rules (each in priority order); only exclusive partners
 * with a signed SDCA that are not excluded (a partner that declined the case, the submitting partner)
 * can be chosen. A partner without an SDCA could not act on the case, so routing passes it over rather
 * than park the case with it. No exclusive match → the case goes to the legal network as a lead.
 */
export function routeCase(
  facts: CaseFacts,
  input: {
    overrides: ClientOverride[];
    rules: MatchingRule[];
    partners: RoutingPartner[];
    excludedPartnerIds?: readonly number[];
  },
): RoutingDecision {
  const excluded = new Set(input.excludedPartnerIds ?? []);
  const byId = new Map(input.partners.map((p) => [p.id, p]));
  const eligible = (partnerId: number) => {
    const p = byId.get(partnerId);
    return p !== undefined && p.type === 'exclusive' && p.sdcaSigned && !excluded.has(partnerId);
  };
  const byPriority = <T extends { priority: number }>(xs: T[]) =>
    [...xs].sort((a, b) => a.priority - b.priority);

  for (const o of byPriority(input.overrides)) {
    if (o.creditorId !== facts.creditorId) continue;
    if (o.country !== null && !sameCountry(o.country, facts.debtorCountry)) continue;
    if (eligible(o.partnerId)) return { kind: 'exclusive', partnerId: o.partnerId, via: 'client_override' };
  }
  const rules = byPriority(input.rules).sort((a, b) => a.priority - b.priority || a.id - b.id);
  for (const r of rules) {
    if (ruleMatches(r, facts) && eligible(r.partnerId)) {
      return { kind: 'exclusive', partnerId: r.partnerId, via: 'matching_rule', ruleId: r.id };
    }
  }
  return {
    kind: 'legal_network_lead',
    reason: `no exclusive partner matches ${facts.debtorCountry}${facts.debtorRegion ? `/${facts.debtorRegion}` : ''}, ${facts.debtorType}, ${facts.claimType}, ${formatMoney(facts.principalUsd, 'USD')}`,
  };
}

/**
 * Which partners a lead is sent to. A lead after a decline or for custom terms goes to the whole partner
 * network; a lead for a case no exclusive partner matched (or a legal escalation) goes to the legal
 * network. Either way: covering the debtor's jurisdiction, SDCA signed (they could not quote without
 * one), a minimum threshold the claim reaches, and not excluded.
 */
export function selectLeadInvitees(
  facts: Pick<CaseFacts, 'debtorCountry' | 'debtorRegion' | 'principalUsd'>,
  origin: LeadOrigin,
  partners: RoutingPartner[],
  excludedPartnerIds: readonly number[],
): RoutingPartner[] {
  const excluded = new Set(excludedPartnerIds);
  const legalOnly = origin === 'no_exclusive_match' || origin === 'legal_escalation';
  return partners
    .filter(
      (p) =>
        !excluded.has(p.id) &&
        p.sdcaSigned &&
        (!legalOnly || p.type === 'legal_network') &&
        p.minimumThresholdUsd <= facts.principalUsd &&
        coversJurisdiction(p.coverage, facts.debtorCountry, facts.debtorRegion),
    )
    .sort((a, b) => a.id - b.id);
}
