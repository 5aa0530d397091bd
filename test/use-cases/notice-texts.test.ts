import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import type { Actor } from '../../src/domain/actor.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { hasMessage, type MessageSpec } from '../../src/i18n/messages.ts';
import { runTick } from '../../src/jobs/tick.ts';
import { acceptCase } from '../../src/use-cases/cases/accept-case.ts';
import { answerInfoRequest } from '../../src/use-cases/cases/answer-info-request.ts';
import { closeCase } from '../../src/use-cases/cases/close-case.ts';
import { declineCase } from '../../src/use-cases/cases/decline-case.ts';
import { offerCustomTerms } from '../../src/use-cases/cases/offer-custom-terms.ts';
import { registerPayment } from '../../src/use-cases/cases/register-payment.ts';
import { requestInfo } from '../../src/use-cases/cases/request-info.ts';
import { resolveManualReview } from '../../src/use-cases/cases/resolve-manual-review.ts';
import { withdrawCase } from '../../src/use-cases/cases/withdraw-case.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import { declineToQuote } from '../../src/use-cases/leads/decline-to-quote.ts';
import { pullbackLead } from '../../src/use-cases/leads/pullback-lead.ts';
import { selectQuote } from '../../src/use-cases/leads/select-quote.ts';
import { submitQuote } from '../../src/use-cases/leads/submit-quote.ts';
import { submitCase } from '../../src/use-cases/submissions/submit-case.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';
import { insertCase } from '../helpers/world.ts';

// Every notice the platform sends, rendered for the demo world: each one ends its sentences, leaves no
// placeholder behind, keeps the words people typed, and writes money one way.

const actor = (
  userId: number,
  role: Actor['role'],
  org: { partnerId?: number; creditorId?: number },
): Actor => ({
  userId,
  name: `user ${userId}`,
  role,
  partnerId: org.partnerId ?? null,
  creditorId: org.creditorId ?? null,
});
const NORDIC = actor(3, 'partner', { partnerId: 1 });
const LEX = actor(5, 'partner', { partnerId: 4 });
const IBERIA = actor(7, 'partner', { partnerId: 6 });
const MANAGING = actor(8, 'partner', { partnerId: 2 });
const ACME = actor(1, 'creditor', { creditorId: 1 });
const SUPPORT = actor(9, 'support', {});

/** Free text as people type it: no full stop at the end. */
const TYPED = {
  question: 'please send the signed delivery note',
  answer: 'the delivery note is attached to the case',
  closeComment: 'debtor paid what they could',
  otherComment: 'debtor moved abroad and cannot be found',
  terms: 'court filing included',
};

const EVERY_KIND = [
  'case.accepted',
  'case.info_requested',
  'case.info_answered',
  'case.custom_terms_offered',
  'case.declined',
  'decline.needs_review',
  'decline.reviewed',
  'lead.invitation',
  'lead.no_partners',
  'case.payment_registered',
  'case.closed',
  'closecode.suggestion',
  'case.withdrawal_paused',
  'case.withdrawal_stop',
  'quote.accepted',
  'quote.declined',
  'lead.withdrawn',
  'lead.quotes_ready',
  'case.new_to_verify',
  'case.verification_reminder',
  'case.collection_period_ended',
  'lead.reminder',
  'lead.expired',
  'lead.no_quote_alert',
  'lead.no_quote_escalation',
];

describe('the text of every notice', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  const as = (a: Actor): UseCaseContext => ({ db: handle.db, clock, actor: a, channel: 'slack' });

  it('when every kind of notice is produced for the demo cases, then each ends with punctuation, has no placeholder left, keeps the typed words whole and writes money as "DKK 1,234.00"', async () => {
    const extra = await insertCase(handle.db, {
      creditorId: 1,
      assignedPartnerId: 1,
      status: 'pending_verification',
      debtorName: 'Vejle Værktøj ApS',
      debtorCountry: 'DK',
      principal: 30_000,
      currency: 'DKK',
      principalUsd: 4_350,
    });
    await acceptCase(as(NORDIC), { caseId: 1001 });
    await requestInfo(as(NORDIC), { caseId: extra.id, question: TYPED.question });
    await answerInfoRequest(as(ACME), { caseId: 1007, answer: TYPED.answer });
    await offerCustomTerms(as(NORDIC), { caseId: 1002, successFeePct: 22, terms: TYPED.terms });
    await declineCase(as(NORDIC), {
      caseId: 1003,
      reason: 'We act for the debtor.',
      category: 'conflict_of_interest',
    });
    await declineCase(as(NORDIC), { caseId: 1005, reason: 'Not for us', category: null });
    await declineCase(as(NORDIC), { caseId: 1006, reason: 'Below our minimum', category: 'below_minimum' });
    await resolveManualReview(as(SUPPORT), { caseId: 1021, category: 'untraceable_debtor' });
    await registerPayment(as(NORDIC), { caseId: 1008, amount: 5_000 });
    await closeCase(as(NORDIC), { caseId: 1008, code: 'partially_paid', comment: TYPED.closeComment });
    await closeCase(as(NORDIC), {
      caseId: 1011,
      code: 'other',
      comment: TYPED.otherComment,
      suggestedCode: 'debtor_untraceable',
    });
    await withdrawCase(as(ACME), { caseId: 1009 });
    await withdrawCase(as(ACME), { caseId: 1010 });
    await submitQuote(as(IBERIA), { caseId: 1015, successFeePct: 16 });
    await declineToQuote(as(LEX), { caseId: 1015 });
    await selectQuote(as(ACME), { caseId: 1013, quoteId: 702 });
    await pullbackLead(as(ACME), { caseId: 1014 });
    await submitCase(as(MANAGING), {
      client: { name: 'Müller Maschinenbau GmbH', country: 'DE' },
      debtor: { name: 'Bergen Skipsutstyr AS', type: 'company', country: 'NO' },
      principal: 1_500,
      currency: 'EUR',
      disputed: false,
      debtDate: '2026-06-01',
    });
    // The scheduled rules: reminders, period ends, quote windows, expiry and the no-quote alert.
    for (const days of [3, 8, 15, 30, 60, 200]) {
      clock.set(new Date(Date.parse('2026-11-23T10:00:00Z') + days * 86_400_000));
      await runTick(handle.db, clock);
    }

    const notices = await handle.db
      .selectFrom('notices')
      .select(['id', 'kind', 'payload'])
      .orderBy('id')
      .execute();
    const kinds = new Set(notices.map((n) => n.kind));
    expect(EVERY_KIND.filter((k) => !kinds.has(k))).toEqual([]);

    const problems: string[] = [];
    for (const n of notices) {
      const text = String((n.payload as { text?: unknown }).text ?? '');
      const say = (what: string) => problems.push(`${n.kind} #${n.id}: ${what}\n    ${text}`);
      if (!text.trim()) say('no text');
      // A letter (the decline message) has a greeting and a signature; every other paragraph is sentences.
      for (const paragraph of text.trim().split(/\n\s*\n/)) {
        if (/^Dear [^\n]+,$/.test(paragraph) || /^Kind regards,\n\S/.test(paragraph)) continue;
        if (!/[.!?)"”]$/.test(paragraph))
          say(`a paragraph does not end with punctuation: "${paragraph.slice(-40)}"`);
      }
      if (/\{\{|\}\}|\bundefined\b|\bnull\b|NaN|\[object/.test(text)) say('a placeholder or missing value');
      if (
        /[^\S\n] {1,}[^\S\n]*|[^\S\n][.,;:]|[^.]\.\.(?!\.)|\(\s*\)|:\s*\./.test(text.replace(/ {2,}$/gm, ''))
      ) {
        say('a dropped word (double space, empty brackets or stray punctuation)');
      }
      for (const typed of Object.values(TYPED)) {
        const at = text.indexOf(typed);
        if (at >= 0 && !/^(?:$|[.!?"”)])/.test(text.slice(at + typed.length)))
          say(`"${typed}" runs into the next sentence`);
      }
      if (/\d(?:[\d,]*)(?:\.\d+)? ?(?:DKK|EUR|SEK|NOK|USD|GBP)\b/.test(text))
        say('money written as "1234 DKK"');
      for (const m of text.matchAll(/\b(?:DKK|EUR|SEK|NOK|USD|GBP) (\d[\d,]*(?:\.\d+)?)/g)) {
        if (!/^\d{1,3}(?:,\d{3})*\.\d{2}$/.test(m[1] ?? '')) say(`money written as "${m[0]}"`);
      }
    }
    expect(problems).toEqual([]);

    // Issue 12: each one is said from the catalogue, in every language the bot writes, so no reader gets
    // an English notice (rendered per reader at delivery from `message`; `text` is its English rendering).
    const keysOf = (spec: MessageSpec): string[] => [
      spec.key,
      ...Object.values(spec.values ?? {}).flatMap((v) =>
        v && typeof v === 'object' && 'msg' in v
          ? keysOf(v.msg)
          : v && typeof v === 'object' && 'list' in v
            ? v.list.flatMap(keysOf)
            : [],
      ),
    ];
    const untranslated = new Set<string>();
    for (const n of notices) {
      const message = (n.payload as { message?: MessageSpec }).message;
      if (!message) untranslated.add(`${n.kind}: no catalogue message`);
      for (const key of message ? keysOf(message) : [])
        for (const language of ['da', 'sv', 'nb', 'de', 'fi', 'es'] as const)
          if (!hasMessage(key, language)) untranslated.add(`${n.kind}: ${key} has no ${language}`);
    }
    expect([...untranslated]).toEqual([]);
  });
});
