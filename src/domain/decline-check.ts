import { type SentenceSpec, type SentenceValue, sentence } from './errors.ts';
import { DECLINE_CATEGORY_INFO, type DeclineCategory } from './ids.ts';
import { formatMoney } from './money.ts';
import { type Coverage, coversJurisdiction, type MatchingRule } from './routing.ts';

// The articles: "The system … validates that your reason is legitimate", not only which category it
// falls in. Three categories can be checked against the case itself; when the facts contradict the
// reason, the decline goes to manual review (category null) so that the creditor is never sent a reason
// that is not true.

/** What the platform knows that a reason can be checked against. */
export interface DeclineFacts {
  caseId: number;
  principalUsd: number;
  debtorCountry: string;
  debtorRegion: string | null;
  /** The declining partner's minimum (its partner row). */
  partnerMinimumUsd: number;
  /** The declining partner's matching rules for the debtor's country (their own minimums). */
  partnerRules: Pick<MatchingRule, 'minAmountUsd'>[];
  partnerCoverage: Coverage[];
  /** Other cases of the same creditor against a debtor of the same name. */
  otherCasesForDebtor: number;
}

export interface CheckedDecline {
  /** The category to record: the one given, or null (manual review) when the case contradicts it. */
  category: DeclineCategory | null;
  /** Why the reason was not taken as given, in a sentence; null when it stands. */
  doubt: string | null;
  /** The same sentence for the catalogue (key `decline.doubt`), said in the partner's language. */
  doubtSaid?: SentenceSpec;
}

/** The partner's minimum for this case: the highest of its partner row and its rules for the country. */
export function effectiveMinimumUsd(facts: Pick<DeclineFacts, 'partnerMinimumUsd' | 'partnerRules'>): number {
  const ruleMinimums = facts.partnerRules.map((r) => r.minAmountUsd ?? 0);
  return Math.max(facts.partnerMinimumUsd, ...ruleMinimums);
}

export function checkDeclineReason(category: DeclineCategory | null, facts: DeclineFacts): CheckedDecline {
  // The short label ("Below minimum"), without the articles' parenthetical.
  const label = category ? DECLINE_CATEGORY_INFO[category].label.replace(/ \(.*\)$/, '') : '';
  const doubt = (why: string, whyKey: string, whyValues?: Record<string, SentenceValue>): CheckedDecline => ({
    category: null,
    doubt: `The reason reads as "${label}", but ${why}`,
    doubtSaid: sentence('decline.doubt', {
      label: { msg: sentence(`category.${category}`) },
      why: { msg: sentence(`decline.doubt.${whyKey}`, whyValues) },
    }),
  });
  switch (category) {
    case 'below_minimum': {
      const minimum = effectiveMinimumUsd(facts);
      if (facts.principalUsd >= minimum) {
        return doubt(
          `case ${facts.caseId} is ${formatMoney(facts.principalUsd, 'USD')}, at or above the partner's minimum of ${formatMoney(minimum, 'USD')}.`,
          'below_minimum',
          {
            caseId: String(facts.caseId),
            amount: { money: { amount: String(facts.principalUsd), currency: 'USD' } },
            minimum: { money: { amount: String(minimum), currency: 'USD' } },
          },
        );
      }
      return { category, doubt: null };
    }
    case 'out_of_jurisdiction': {
      if (coversJurisdiction(facts.partnerCoverage, facts.debtorCountry, facts.debtorRegion)) {
        const where = facts.debtorRegion
          ? `${facts.debtorRegion}, ${facts.debtorCountry}`
          : facts.debtorCountry;
        return doubt(`the debtor is in ${where}, which the partner covers.`, 'out_of_jurisdiction', {
          where,
        });
      }
      return { category, doubt: null };
    }
    case 'duplicate': {
      if (facts.otherCasesForDebtor === 0) {
        return doubt(`there is no other case from this creditor against this debtor.`, 'duplicate');
      }
      return { category, doubt: null };
    }
    default:
      return { category, doubt: null };
  }
}
