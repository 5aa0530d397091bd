import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/actor.ts';
import {
  assertMay,
  CASE_PERMISSIONS,
  CASE_RELATIONS,
  type CasePermission,
  type CaseRelation,
  type PartnerRelation,
  PERMISSIONS,
  relationOf,
} from '../../src/domain/permissions.ts';

// The permission table against the articles, role by action. A managed case: creditor 10 (a shadow
// client), assigned partner 20, managing partner 30; partner 40 is on its lead, 50 held it before.
const theCase = { id: 77, creditorId: 10, assignedPartnerId: 20, managingPartnerId: 30 };

const actors: Record<CaseRelation, { actor: Actor; rel: PartnerRelation }> = {
  // Creditor 10 is a shadow client: support may take its decisions (ON_BEHALF_ONLY).
  support: {
    actor: { userId: 1, name: 's', role: 'support', partnerId: null, creditorId: null },
    rel: { shadowClient: true },
  },
  creditor: { actor: { userId: 2, name: 'c', role: 'creditor', partnerId: null, creditorId: 10 }, rel: {} },
  assigned_partner: {
    actor: { userId: 3, name: 'a', role: 'partner', partnerId: 20, creditorId: null },
    rel: {},
  },
  managing_partner: {
    actor: { userId: 4, name: 'm', role: 'partner', partnerId: 30, creditorId: null },
    rel: {},
  },
  lead_partner: {
    actor: { userId: 5, name: 'l', role: 'partner', partnerId: 40, creditorId: null },
    rel: { onLead: true, involved: true },
  },
  former_partner: {
    actor: { userId: 6, name: 'f', role: 'partner', partnerId: 50, creditorId: null },
    rel: { involved: true },
  },
  stranger: { actor: { userId: 7, name: 'x', role: 'creditor', partnerId: null, creditorId: 11 }, rel: {} },
};

/** What the articles allow; everything else is refused. */
const EXPECTED: Record<CasePermission, CaseRelation[]> = {
  view: ['support', 'creditor', 'assigned_partner', 'managing_partner', 'lead_partner', 'former_partner'],
  accept: ['assigned_partner'],
  decline: ['assigned_partner'],
  request_info: ['assigned_partner'],
  offer_terms: ['assigned_partner'],
  register_payment: ['assigned_partner'],
  close: ['assigned_partner'],
  withdraw: ['creditor'],
  // The managing partner is read-only, so support chooses for a shadow client (never for a creditor with users).
  select_quote: ['creditor', 'support'],
  pullback: ['creditor'],
  // domain.md, "Further decisions": legal escalation is the creditor's request.
  escalate: ['creditor'],
  // "You will be notified to provide the requested information": the managing partner answers.
  answer_info: ['creditor', 'managing_partner'],
  submit_quote: ['lead_partner'],
  decline_to_quote: ['lead_partner'],
  resolve_review: ['support'],
  // "The managing partner … can communicate with the assigned collection partner through the case chat";
  // on a case it did not submit, the creditor and its partner. Support reads; a lead or former partner
  // is not a party to it.
  message: ['creditor', 'assigned_partner', 'managing_partner'],
  read_messages: ['support', 'creditor', 'assigned_partner', 'managing_partner'],
  // "Provide additional information via the case communication thread" after a decline: the creditor,
  // and the managing partner for its shadow client (as with answer_info).
  add_info: ['creditor', 'managing_partner'],
};

describe('the permission table', () => {
  it('when each relation is worked out from the actor, then it is the one the row names', () => {
    for (const relation of CASE_RELATIONS) {
      const { actor, rel } = actors[relation];
      expect(relationOf(actor, theCase, rel)).toBe(relation);
    }
  });

  it('when the table is compared with the articles, then it allows exactly what they allow', () => {
    expect(PERMISSIONS).toEqual(EXPECTED);
  });

  const rows = CASE_PERMISSIONS.flatMap((action) =>
    CASE_RELATIONS.map((relation) => ({ action, relation, allowed: EXPECTED[action].includes(relation) })),
  );
  it.each(rows)('when a $relation asks to $action, then allowed is $allowed', ({
    action,
    relation,
    allowed,
  }) => {
    const { actor, rel } = actors[relation];
    if (allowed) {
      expect(() => assertMay(action, actor, theCase, rel)).not.toThrow();
      return;
    }
    let message = '';
    try {
      assertMay(action, actor, theCase, rel);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).not.toBe('');
    // Every refusal is a sentence, and every one but the stranger's says what the person can do instead.
    expect(message).toMatch(/[.!?]$/);
    if (relation !== 'stranger') expect(message).toMatch(/\b(can|say|pass|contact)\b/);
  });

  it("when a managing partner asks to change its client's case, then it hears it is read-only and what it can do", () => {
    const { actor } = actors.managing_partner;
    for (const action of ['withdraw', 'accept', 'decline', 'close', 'select_quote', 'pullback'] as const) {
      expect(() => assertMay(action, actor, theCase)).toThrow(/read-only.*status 77.*message the partner/);
    }
  });

  it('when support selects a quote on a case whose creditor has users of its own, then it is refused: the creditor decides itself', () => {
    const { actor } = actors.support;
    expect(() => assertMay('select_quote', actor, theCase, {})).toThrow(
      /has users of its own.*Support can select a quote on a case only for a client a managing partner submitted/,
    );
    expect(() => assertMay('select_quote', actor, theCase, { shadowClient: true })).not.toThrow();
  });
});
