import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/actor.ts';
import { assertStatusAllows, requireText } from '../../src/domain/case.ts';
import { chatCounterpart, messageText } from '../../src/domain/case-chat.ts';
import { decideClose } from '../../src/domain/close-codes.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { assertEscalatable } from '../../src/domain/escalation.ts';
import { quoteSuccessFee } from '../../src/domain/fees.ts';
import { rateToBasisPoints, resolveKrone, toCents, toStorableCents } from '../../src/domain/money.ts';
import {
  assertExclusive,
  assertMay,
  assertMayOnCreditor,
  assertSupport,
} from '../../src/domain/permissions.ts';
import { assertSdcaSigned } from '../../src/domain/sdca.ts';
import {
  assertDocuments,
  type SubmitCaseInput,
  submissionCountry,
  toUsd,
  validateSubmission,
} from '../../src/domain/submission.ts';
import { en } from '../../src/i18n/catalogue/en.ts';
import { LANGUAGES, type Language } from '../../src/i18n/locale.ts';
import { hasMessage, type MessageSpec, renderFor } from '../../src/i18n/messages.ts';

// Every refusal the domain throws carries its sentence (a catalogue key), and that sentence says, in
// English, exactly what the English message says: the English reply stays byte-identical while every
// other language gets its own words.

const DOMAIN = join(import.meta.dirname, '../../src/domain');

/** `new DomainError(...)` calls in the domain without a 4th argument (the sentence), and sentence keys. */
function scan(): { missing: string[]; keys: string[]; prefixes: string[] } {
  const missing: string[] = [];
  const keys: string[] = [];
  const prefixes: string[] = [];
  for (const file of readdirSync(DOMAIN).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(DOMAIN, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isNewExpression(node) && node.expression.getText() === 'DomainError') {
        if ((node.arguments?.length ?? 0) < 4) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          missing.push(`${file}:${line + 1}`);
        }
      }
      if (ts.isCallExpression(node) && node.expression.getText() === 'sentence') {
        const first = node.arguments[0];
        if (first && ts.isStringLiteral(first)) keys.push(first.text);
        else if (first && ts.isNoSubstitutionTemplateLiteral(first)) keys.push(first.text);
        else if (first && ts.isTemplateExpression(first)) prefixes.push(first.head.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { missing, keys, prefixes };
}

const now = new Date('2026-12-07T10:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const partner: Actor = { userId: 1, name: 'Mia', role: 'partner', partnerId: 7, creditorId: null };
const creditor: Actor = { userId: 2, name: 'C', role: 'creditor', partnerId: null, creditorId: 1 };
const submission: SubmitCaseInput = {
  client: { name: 'Nordic Parts ApS', country: 'DK' },
  debtor: { name: 'Berlin GmbH', type: 'company', country: 'DE' },
  principal: 1500,
  currency: 'EUR',
  disputed: false,
  debtDate: '2026-06-30',
};
const subCtx = { actor: partner, channel: 'console' as const, coverage: [{ country: 'DK', region: null }] };
const active = {
  id: 12,
  status: 'active' as const,
  collectionPeriodStartsAt: new Date('2026-05-01T00:00:00Z'),
  collectionPeriodEndsAt: new Date('2027-01-01T00:00:00Z'),
  closeCode: null,
  closedAt: null,
  principal: '1000.00',
  currency: 'EUR',
};
const closedPl = { ...active, status: 'closed' as const, closeCode: 'prelegal_exhausted' as const };
const parties = { id: 12, creditorId: 1, assignedPartnerId: 7, managingPartnerId: null };

/** One way to trigger each refusal the domain has (and a few use-case ones through it). */
const TRIGGERS: Record<string, () => unknown> = {
  'escalate: in period': () => assertEscalatable(active, now),
  'escalate: no period': () => assertEscalatable({ ...active, collectionPeriodEndsAt: null }, now),
  'escalate: window passed': () => assertEscalatable({ ...closedPl, closedAt: daysAgo(91) }, now),
  'escalate: closed as Paid': () =>
    assertEscalatable({ ...closedPl, closeCode: 'paid', closedAt: daysAgo(3) }, now),
  'escalate: already': () =>
    assertEscalatable({ ...active, status: 'collecting_quotes' }, now, 'legal_escalation'),
  'escalate: collecting': () => assertEscalatable({ ...active, status: 'collecting_quotes' }, now),
  'escalate: paused': () => assertEscalatable({ ...active, status: 'paused' }, now),
  'escalate: pending': () => assertEscalatable({ ...active, status: 'pending_verification' }, now),
  'sub: file': () => assertDocuments(25_000, {}),
  'sub: file or description': () => assertDocuments(5_000.5, {}),
  'sub: no rate': () => toUsd(10, 'XYZ'),
  'sub: too large in USD': () =>
    validateSubmission({ ...submission, principal: 999_999_999_999, principalUsd: null }, subCtx),
  'sub: unknown country': () => submissionCountry('Atlantis', 'debtor'),
  'sub: no client country': () => submissionCountry('', 'client'),
  'sub: debtor type': () =>
    validateSubmission({ ...submission, debtor: { ...submission.debtor, type: 'robot' as never } }, subCtx),
  'sub: claim type': () => validateSubmission({ ...submission, claimType: 'rent' }, subCtx),
  'sub: api claim type': () =>
    validateSubmission({ ...submission, claimType: 'loan_repayment' }, { ...subCtx, channel: 'api' }),
  'sub: disputed': () => validateSubmission({ ...submission, disputed: true }, subCtx),
  'sub: zero': () => validateSubmission({ ...submission, principal: 0 }, subCtx),
  'sub: debt date': () => validateSubmission({ ...submission, debtDate: '31/02/2026' }, subCtx),
  'sub: partners only': () => validateSubmission(submission, { ...subCtx, actor: creditor }),
  'sub: client name': () =>
    validateSubmission({ ...submission, client: { ...submission.client, name: ' ' } }, subCtx),
  'sub: debtor name': () =>
    validateSubmission({ ...submission, debtor: { ...submission.debtor, name: '' } }, subCtx),
  'sub: own jurisdiction': () =>
    validateSubmission(
      { ...submission, debtor: { ...submission.debtor, country: 'DK', region: 'Jylland' } },
      subCtx,
    ),
  'fee: future debt date': () =>
    quoteSuccessFee({ principalUsd: 100, debtorCountry: 'DE', debtDate: daysAgo(-3) }, now),
  'sdca: not signed': () => assertSdcaSigned({ name: 'Nordic Collect', sdcaSignedAt: null }, now),
  'close: no payment': () => decideClose(active, { code: 'paid' }, 0n, now),
  'close: other without comment': () => decideClose(active, { code: 'other' }, 0n, now),
  'close: pre-legal too early': () => decideClose(active, { code: 'prelegal_exhausted' }, 0n, now),
  'case: already accepted': () =>
    assertStatusAllows({ id: 12, status: 'active' }, 'accept', { action: 'accepted' }),
  'case: already sent back': () =>
    assertStatusAllows({ id: 12, status: 'needs_additional_details' }, 'request_info', {
      action: 'sent back for more information',
    }),
  'case: close not yet': () => assertStatusAllows({ id: 12, status: 'pending_verification' }, 'close'),
  'case: payment on a lead': () =>
    assertStatusAllows({ id: 12, status: 'collecting_quotes' }, 'register_payment'),
  'case: closed': () => assertStatusAllows({ id: 12, status: 'closed' }, 'withdraw'),
  'case: nobody waiting': () => assertStatusAllows({ id: 12, status: 'active' }, 'answer_info'),
  'case: offer terms on active': () => assertStatusAllows({ id: 12, status: 'active' }, 'offer_terms'),
  'case: withdraw paused': () => assertStatusAllows({ id: 12, status: 'paused' }, 'withdraw'),
  'case: give text': () => requireText('  ', 'a reason'),
  'money: not an amount': () => toCents('12x'),
  'money: decimals': () => toCents('12.345'),
  'money: NaN': () => toStorableCents(Number.NaN),
  'money: negative': () => toStorableCents(-5),
  'money: too large': () => toStorableCents('1000000000000.00'),
  'money: too large number': () => toStorableCents(1e16),
  'money: krone': () => resolveKrone('EUR', 12),
  'money: not a rate': () => rateToBasisPoints('abc'),
  'money: rate over 100': () => rateToBasisPoints('1.5'),
  'chat: nobody': () =>
    chatCounterpart('creditor', { ...parties, assignedPartnerId: null, status: 'closed' } as never),
  'chat: too long': () => messageText('x'.repeat(5000), 12),
  'chat: empty': () => messageText(' ', 12),
  'perm: on behalf only': () =>
    assertMay('select_quote', { ...creditor, role: 'support', creditorId: null }, parties),
  'perm: legal network': () =>
    assertExclusive({ type: 'legal_network' } as never, 12, 'offer custom terms on'),
  'perm: support only': () => assertSupport(partner, 'requeue a notice'),
  'perm: settings (partner)': () => assertMayOnCreditor('view_settings', partner, { id: 1, name: 'Acme' }),
  'perm: settings (other creditor)': () =>
    assertMayOnCreditor('view_settings', creditor, { id: 2, name: 'Acme' }),
};

function refusalOf(trigger: () => unknown): DomainError {
  try {
    trigger();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('did not refuse');
}

function keysOf(spec: { key: string; values?: Record<string, unknown> }): string[] {
  const nested = Object.values(spec.values ?? {}).flatMap((v) =>
    v && typeof v === 'object' && 'msg' in v ? keysOf((v as { msg: MessageSpec }).msg) : [],
  );
  return [spec.key, ...nested];
}

const OTHERS = LANGUAGES.filter((l) => l !== 'en') as Language[];

describe('every refusal of the domain has a sentence', () => {
  it('no `new DomainError(` in src/domain is without its sentence, and every key it names exists', () => {
    const { missing, keys, prefixes } = scan();
    expect(missing).toEqual([]);
    expect(keys.filter((k) => !Object.hasOwn(en, k))).toEqual([]);
    for (const prefix of prefixes)
      expect(
        Object.keys(en).some((k) => k.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  for (const [name, trigger] of Object.entries(TRIGGERS)) {
    it(`${name}: said in English word for word, and in all six other languages`, () => {
      const error = refusalOf(trigger);
      expect(error.said, name).toBeDefined();
      const spec = error.said as MessageSpec;
      expect(renderFor(spec, 'en')).toBe(error.message);
      for (const key of keysOf(spec))
        for (const language of OTHERS) expect(hasMessage(key, language), `${key} in ${language}`).toBe(true);
      expect(renderFor(spec, 'de-DE')).not.toBe(error.message);
    });
  }
});
