import { describe, expect, it } from 'vitest';
import {
  type CaseFacts,
  type ClientOverride,
  type MatchingRule,
  type RoutingPartner,
  routeCase,
  selectLeadInvitees,
} from '../../src/domain/routing.ts';

const facts: CaseFacts = {
  creditorId: 1,
  debtorCountry: 'DE',
  debtorRegion: 'Bavaria',
  debtorType: 'company',
  claimType: 'unpaid_invoice',
  principalUsd: 5_000,
};

const partner = (id: number, over: Partial<RoutingPartner> = {}): RoutingPartner => ({
  id,
  name: `P${id}`,
  type: 'exclusive',
  sdcaSigned: true,
  minimumThresholdUsd: 100,
  coverage: [{ country: 'DE', region: null }],
  ...over,
});

const rule = (id: number, partnerId: number, over: Partial<MatchingRule> = {}): MatchingRule => ({
  id,
  partnerId,
  priority: 100,
  country: 'DE',
  region: null,
  minAmountUsd: null,
  maxAmountUsd: null,
  debtorType: null,
  claimType: null,
  ...over,
});

const partners = [partner(1), partner(2), partner(3), partner(9, { type: 'legal_network' })];

describe('routing: overrides → matching rules → legal-network lead', () => {
  it('when the client has a partner override for the country, then it wins over every matching rule', () => {
    const overrides: ClientOverride[] = [{ creditorId: 1, partnerId: 3, country: 'DE', priority: 100 }];
    const decision = routeCase(facts, { overrides, rules: [rule(1, 1, { priority: 1 })], partners });
    expect(decision).toEqual({ kind: 'exclusive', partnerId: 3, via: 'client_override' });
  });

  it("when another client's override exists, then it is ignored", () => {
    const overrides: ClientOverride[] = [{ creditorId: 2, partnerId: 3, country: null, priority: 1 }];
    expect(routeCase(facts, { overrides, rules: [rule(1, 1)], partners })).toMatchObject({ partnerId: 1 });
  });

  it('when an override is for another country, then the matching rules decide', () => {
    const overrides: ClientOverride[] = [{ creditorId: 1, partnerId: 3, country: 'FR', priority: 1 }];
    expect(routeCase(facts, { overrides, rules: [rule(1, 1)], partners })).toMatchObject({
      partnerId: 1,
      via: 'matching_rule',
    });
  });

  it('when several rules match, then the one with the lowest priority number wins', () => {
    const rules = [rule(1, 1, { priority: 50 }), rule(2, 2, { priority: 10 })];
    expect(routeCase(facts, { overrides: [], rules, partners })).toMatchObject({ partnerId: 2, ruleId: 2 });
  });

  it('when a rule is for another region, then it does not match; a rule for the whole country does', () => {
    const rules = [rule(1, 1, { region: 'Berlin', priority: 1 }), rule(2, 2, { priority: 2 })];
    expect(routeCase(facts, { overrides: [], rules, partners })).toMatchObject({ partnerId: 2 });
  });

  it('when the claim amount is outside a rule’s USD range, then that rule does not match', () => {
    const rules = [
      rule(1, 1, { maxAmountUsd: 4_999.99, priority: 1 }),
      rule(2, 2, { minAmountUsd: 5_000.01, priority: 2 }),
      rule(3, 3, { minAmountUsd: 5_000, maxAmountUsd: 5_000, priority: 3 }),
    ];
    expect(routeCase(facts, { overrides: [], rules, partners })).toMatchObject({ partnerId: 3 });
  });

  it('when a rule names another debtor type or claim type, then it does not match', () => {
    const rules = [
      rule(1, 1, { debtorType: 'person', priority: 1 }),
      rule(2, 2, { claimType: 'loan_repayment', priority: 2 }),
      rule(3, 3, { debtorType: 'company', claimType: 'unpaid_invoice', priority: 3 }),
    ];
    expect(routeCase(facts, { overrides: [], rules, partners })).toMatchObject({ partnerId: 3 });
  });

  it('when the matched partner declined the case, then it is excluded from re-matching', () => {
    const rules = [rule(1, 1, { priority: 1 }), rule(2, 2, { priority: 2 })];
    expect(routeCase(facts, { overrides: [], rules, partners, excludedPartnerIds: [1] })).toMatchObject({
      partnerId: 2,
    });
  });

  it('when the only match is a partner without a signed SDCA, then the case goes to the legal network', () => {
    const unsigned = [partner(1, { sdcaSigned: false }), partner(9, { type: 'legal_network' })];
    expect(routeCase(facts, { overrides: [], rules: [rule(1, 1)], partners: unsigned }).kind).toBe(
      'legal_network_lead',
    );
  });

  it('when no exclusive partner matches, then the case goes to the legal network as a lead', () => {
    const decision = routeCase(facts, { overrides: [], rules: [rule(1, 9)], partners });
    expect(decision.kind).toBe('legal_network_lead');
  });

  it('when a lead after a decline is qualified, then every covering partner but the decliner is invited', () => {
    const invited = selectLeadInvitees(facts, 'decline', partners, [1]);
    expect(invited.map((p) => p.id)).toEqual([2, 3, 9]);
  });

  it('when a lead is for a case no exclusive partner matched, then only the legal network is invited', () => {
    expect(selectLeadInvitees(facts, 'no_exclusive_match', partners, []).map((p) => p.id)).toEqual([9]);
  });

  it('when a creditor asks for legal escalation, then only the legal network is invited to quote', () => {
    expect(selectLeadInvitees(facts, 'legal_escalation', partners, []).map((p) => p.id)).toEqual([9]);
  });

  it('when a partner covers only another region or its minimum is above the claim, then it is not invited', () => {
    const others = [
      partner(4, { coverage: [{ country: 'DE', region: 'Berlin' }] }),
      partner(5, { minimumThresholdUsd: 10_000 }),
      partner(6, { coverage: [{ country: 'de', region: 'bavaria' }] }),
    ];
    expect(selectLeadInvitees(facts, 'decline', others, []).map((p) => p.id)).toEqual([6]);
  });
});
