import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/actor.ts';
import {
  assertDocuments,
  assertPrincipal,
  requiredDocuments,
  type SubmitCaseInput,
  toUsd,
  validateSubmission,
} from '../../src/domain/submission.ts';

const partnerActor: Actor = { userId: 1, name: 'Mia', role: 'partner', partnerId: 7, creditorId: null };
const base: SubmitCaseInput = {
  client: { name: 'Nordlys ApS', country: 'dk' },
  debtor: { name: 'Berliner GmbH', type: 'company', country: 'de' },
  principal: 1_500,
  currency: 'usd',
  disputed: false,
  debtDate: '2025-11-01',
};
const ctx = { actor: partnerActor, channel: 'console' as const, coverage: [{ country: 'DK', region: null }] };

describe('case submission rules', () => {
  describe('documents by claim value in USD', () => {
    it('when the claim is under 2,000 USD, then no documents are needed', () => {
      expect(requiredDocuments(1_999.99)).toBe('none');
      expect(() => assertDocuments(1_999.99, {})).not.toThrow();
    });

    it('when the claim is between 2,000 and 10,000 USD, then a file or a description is needed', () => {
      expect(requiredDocuments(2_000)).toBe('file_or_description');
      expect(requiredDocuments(10_000)).toBe('file_or_description');
      expect(() => assertDocuments(5_000, {})).toThrow(/a file or a description/);
      expect(() =>
        assertDocuments(5_000, { description: 'Invoice 881 for consulting, due 1 Nov' }),
      ).not.toThrow();
      expect(() => assertDocuments(5_000, { documentName: 'invoice-881.pdf' })).not.toThrow();
    });

    it('when the claim is over 10,000 USD, then a file is mandatory; a description is not enough', () => {
      expect(requiredDocuments(10_000.01)).toBe('file');
      expect(() => assertDocuments(25_000, { description: 'a long description' })).toThrow(/needs a file/);
      expect(() => assertDocuments(25_000, { documentName: 'contract.pdf' })).not.toThrow();
    });

    it('when the amount is in another currency, then its USD equivalent decides', () => {
      expect(toUsd(15_000, 'DKK')).toBe(2_175);
      const valid = validateSubmission(
        { ...base, principal: 15_000, currency: 'DKK', description: 'Invoice 12' },
        ctx,
      );
      expect(valid.principalUsd).toBe(2_175);
      expect(() => validateSubmission({ ...base, principal: 15_000, currency: 'DKK' }, ctx)).toThrow(
        /file or a description/,
      );
    });
  });

  it('when no claim type is given, then it is an unpaid invoice', () => {
    expect(validateSubmission(base, ctx).claimType).toBe('unpaid_invoice');
  });

  it('when a loan repayment is submitted through the form, then it is accepted; through the API, it is refused', () => {
    expect(validateSubmission({ ...base, claimType: 'loan_repayment' }, ctx).claimType).toBe(
      'loan_repayment',
    );
    expect(() =>
      validateSubmission({ ...base, claimType: 'loan_repayment' }, { ...ctx, channel: 'api' }),
    ).toThrow(/always Unpaid Invoice/);
  });

  it('when another claim type is given, then it is refused: only unpaid invoice and loan repayment', () => {
    expect(() => validateSubmission({ ...base, claimType: 'rent' }, ctx)).toThrow(
      /Unpaid Invoice or a Loan Repayment/,
    );
  });

  it('when the debt is disputed, then the submission is refused: undisputed only', () => {
    expect(() => validateSubmission({ ...base, disputed: true }, ctx)).toThrow(/Only undisputed debts/);
  });

  it('when the debtor is in a jurisdiction the submitting partner covers, then it is refused', () => {
    expect(() => validateSubmission({ ...base, debtor: { ...base.debtor, country: 'DK' } }, ctx)).toThrow(
      /routed back to you/,
    );
  });

  it('when the partner covers only another region of the country, then the submission is allowed', () => {
    const regional = { ...ctx, coverage: [{ country: 'DE', region: 'Berlin' }] };
    expect(() =>
      validateSubmission({ ...base, debtor: { ...base.debtor, region: 'Bavaria' } }, regional),
    ).not.toThrow();
    expect(() =>
      validateSubmission({ ...base, debtor: { ...base.debtor, region: 'Berlin' } }, regional),
    ).toThrow(/routed back/);
  });

  it('when a creditor tries to submit, then only partners may', () => {
    const creditor: Actor = { userId: 2, name: 'C', role: 'creditor', partnerId: null, creditorId: 1 };
    expect(() => validateSubmission(base, { ...ctx, actor: creditor })).toThrow(/Only a collection partner/);
  });

  it('when the client has no name, then the partner is asked for the company name and country', () => {
    expect(() => validateSubmission({ ...base, client: { name: ' ', country: 'DK' } }, ctx)).toThrow(
      /company name and country/,
    );
  });

  it('when countries are named and the debt date is written day first, then the submission keeps codes and the day', () => {
    const valid = validateSubmission(
      {
        ...base,
        client: { name: 'Nordlys ApS', country: 'Danmark' },
        debtor: { ...base.debtor, country: 'Germany' },
        debtDate: '30.06.2025',
      },
      ctx,
    );
    expect(valid.client.country).toBe('DK');
    expect(valid.debtor.country).toBe('DE');
    expect(valid.debtDate.toISOString()).toBe('2025-06-30T00:00:00.000Z');
  });

  it('when the country is unknown or the debt date does not exist, then the rule says which and how to write it', () => {
    expect(() =>
      validateSubmission({ ...base, debtor: { ...base.debtor, country: 'Atlantis' } }, ctx),
    ).toThrow(/I don't know the country "Atlantis"\. Give the debtor's country as a name or two letters/);
    expect(() => validateSubmission({ ...base, debtDate: '2025-02-31' }, ctx)).toThrow(
      /day, month and year, e\.g\. 30\/06\/2026/,
    );
  });

  it('when the amount has more than two decimals as typed, then it is refused rather than rounded', () => {
    expect(() => assertPrincipal('4800.505')).toThrow(/more than two decimals/);
    expect(() => assertPrincipal('0')).toThrow(/more than 0/);
    expect(() => assertPrincipal('4800.50')).not.toThrow();
  });
});
