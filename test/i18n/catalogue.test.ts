import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { da } from '../../src/i18n/catalogue/da.ts';
import { de } from '../../src/i18n/catalogue/de.ts';
import { en } from '../../src/i18n/catalogue/en.ts';
import { es } from '../../src/i18n/catalogue/es.ts';
import { fi } from '../../src/i18n/catalogue/fi.ts';
import { nb } from '../../src/i18n/catalogue/nb.ts';
import { sv } from '../../src/i18n/catalogue/sv.ts';
import { languageOf, parseLanguageName, readingLocale } from '../../src/i18n/locale.ts';
import { day, type MessageKey, money, msg, render, slackMarkup } from '../../src/i18n/messages.ts';
import { localizeNotice } from '../../src/i18n/notice-text.ts';
import { moneyFor } from '../../src/i18n/reader-format.ts';
import { escapeMrkdwn } from '../../src/surfaces/slack/mrkdwn.ts';
import { renderDeclineNotice } from '../../src/use-cases/notices/decline-notice.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money and dates in the reader locale', () => {
  it('writes a Swedish amount as a Swede reads it: 4 800,00 kr', () => {
    expect(plain(moneyFor('4800', 'SEK', readingLocale('sv-SE')))).toBe('4 800,00 kr');
  });

  it('keeps the one English format whatever the region: DKK 45,000.00', () => {
    expect(moneyFor('45000', 'DKK', readingLocale('en-US'))).toBe('DKK 45,000.00');
    expect(moneyFor('45000', 'dkk', readingLocale(null))).toBe('DKK 45,000.00');
  });

  it('writes the largest storable amount exactly, in every language', () => {
    expect(plain(moneyFor('999999999999.99', 'EUR', readingLocale('de-DE')))).toBe('999.999.999.999,99 €');
    expect(plain(moneyFor('4800.5', 'DKK', readingLocale('da-DK')))).toBe('4.800,50 kr.');
  });

  it('renders money and days of a message for the reader', () => {
    const spec = msg('accept.plan.active', { day: day(new Date('2027-05-23T10:00:00Z')) });
    expect(render(spec, { locale: readingLocale('fi-FI') })).toContain('23.5.2027');
    expect(render(spec, { locale: readingLocale('en') })).toContain('23 May 2027');
    expect(
      render(msg('accept.plan', { caseId: '7', debtorName: money('10', 'EUR') as never }), {
        locale: readingLocale('en'),
      }),
    ).toContain('EUR 10.00');
  });

  it('turns a day into a Slack date token only in the Slack sender, after escaping typed text', () => {
    const spec = msg('lead.no_quote_escalation', {
      caseId: '9',
      debtorName: '<!channel> & Co',
      day: day(new Date('2026-11-28T00:00:00Z')),
      reason: 'none',
      days: 5,
    });
    const text = render(spec, { locale: readingLocale('da-DK'), surface: 'slack' });
    const posted = slackMarkup(escapeMrkdwn(text));
    expect(posted).toContain(
      '(&lt;!channel&gt; &amp; Co) blev afvist den <!date^1795824000^{date_short}|28. nov. 2026>',
    );
    // Typed text cannot make a token: the markers are taken out of values before they are set in.
    const forged = render(
      msg('lead.quotes_ready.item', { quoteId: '1', partnerName: '\uE0001|x\uE001', pct: '5' }),
      {
        locale: readingLocale('en'),
        surface: 'slack',
      },
    );
    expect(slackMarkup(escapeMrkdwn(forged))).not.toContain('<!date');
  });
});

describe('the message catalogue', () => {
  const languages = { da, sv, nb, de, fi, es };
  const argumentsOf = (source: string) => {
    const names = new Set<string>();
    const walk = (els: unknown[]) => {
      for (const el of els as Array<Record<string, unknown>>) {
        if (typeof el.value === 'string' && el.type !== 0) names.add(el.value);
        for (const option of Object.values((el.options ?? {}) as Record<string, { value: unknown[] }>))
          walk(option.value);
      }
    };
    walk(new IntlMessageFormat(source, 'en', undefined, { ignoreTag: true }).getAst() as unknown[]);
    return [...names].sort();
  };

  it('has every translation parse as ICU and use the same values as the English message', () => {
    for (const [language, messages] of Object.entries(languages)) {
      for (const [key, source] of Object.entries(messages)) {
        expect(en, `${language} has ${key}, which English has not`).toHaveProperty(key);
        expect(argumentsOf(source as string), `${language} ${key}`).toEqual(
          argumentsOf(en[key as MessageKey]).filter((name) => (source as string).includes(`{${name}`)),
        );
      }
    }
  });

  it('has everything a creditor receives in every language', () => {
    const creditorKeys = (Object.keys(en) as MessageKey[]).filter((k) =>
      /^(decline|category|lead)\./.test(k),
    );
    for (const [language, messages] of Object.entries(languages)) {
      expect(
        creditorKeys.filter((k) => !(k in messages)),
        language,
      ).toEqual([]);
    }
  });

  it('writes the English decline letter exactly as before', () => {
    expect(
      renderDeclineNotice({
        caseId: 12,
        debtorName: '',
        category: null,
        next: 'closed',
        addressee: { kind: 'creditor', name: '<>' },
      }),
    ).toBe(
      "Dear customer,\n\nThe collection partner assigned to case #12 (debtor: the debtor) has declined the case. The partner's reason is being reviewed by our team, and we will follow up with you if anything is needed.\n\nWhat happens next: because network sharing is turned off for your account, the case has now been closed and will not be offered to other partners. If you would like to resubmit the case or explore other options, please contact Debitura support.\n\nIf you have questions about this decline, reply here or contact Debitura support with your case reference #12.\n\nKind regards,\nDebitura",
    );
  });

  it('renders a stored notice per reader and leaves one without a message as written', () => {
    const notice = { payload: { text: 'Reminder', message: msg('reply.cancelled') } };
    expect(localizeNotice(notice, 'nb-NO', 'teams').payload.text).toBe('Avbrutt; ingenting er endret.');
    expect(localizeNotice({ payload: { text: 'Old English' } }, 'de-DE', 'teams').payload.text).toBe(
      'Old English',
    );
    expect(
      localizeNotice({ payload: { text: 'x', message: { key: 'gone.key' } } }, 'da', 'slack').payload.text,
    ).toBe('x');
  });

  it('reads a language however it is named', () => {
    expect(parseLanguageName('Danish')).toBe('da');
    expect(parseLanguageName('svenska')).toBe('sv');
    expect(parseLanguageName('bokmål')).toBe('nb');
    expect(parseLanguageName('suomea')).toBe('fi');
    expect(parseLanguageName('español')).toBe('es');
    expect(parseLanguageName('de-AT')).toBe('de');
    expect(parseLanguageName('French')).toBeNull();
    expect(languageOf('no-NO')).toBe('nb');
    expect(readingLocale('de-at')).toEqual({ language: 'de', intl: 'de-AT' });
    expect(readingLocale('fr-FR')).toEqual({ language: 'en', intl: 'en-GB' });
  });
});
