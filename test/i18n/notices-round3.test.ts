import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createDeliveryWorker } from '../../src/delivery/outbox-worker.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createSlackNoticeClient, createSlackNoticeSender } from '../../src/surfaces/slack/notice-sender.ts';
import { remindVerification } from '../../src/use-cases/scheduled/remind-verification.ts';
import { submitCase } from '../../src/use-cases/submissions/submit-case.ts';
import { createTestDatabase, truncateAll } from '../helpers/db.ts';
import { contextFor, insertPartner, insertUser } from '../helpers/world.ts';
import { fakeSlackApi } from '../surfaces/helpers/slack-api.ts';

// Issue 12, round 3: the exclusive partner hears of a new case to verify, and is reminded of it two
// business days later, in its people's language — read at delivery, at the Slack wire.

const silent = pino({ level: 'silent' });
const channels = {
  QUOTE_ALERT_CHANNEL: 'quote-alerts',
  CLOSE_CODE_CHANNEL: 'close-codes',
  SUPPORT_CHANNEL: 'support',
};

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

describe('new case to verify and verification reminders in the partner language', () => {
  let api: ReturnType<typeof fakeSlackApi>;
  beforeEach(async () => {
    await truncateAll(handle);
    api = fakeSlackApi();
  });
  afterEach(() => api.done());

  /** Dansk Inkasso submits a German debt for its Danish client; Berlin Collect's one user reads `locale`. */
  async function submitAndRemind(locale: string | null) {
    const clock = fixedClock('2026-03-05T10:00:00Z'); // a Thursday
    const managing = await insertPartner(handle.db, { name: 'Dansk Inkasso', coverage: [{ country: 'DK' }] });
    const managingUser = await insertUser(handle.db, { role: 'partner', partnerId: managing.id });
    const german = await insertPartner(handle.db, { name: 'Berlin Collect', coverage: [{ country: 'DE' }] });
    const germanUser = await insertUser(handle.db, { role: 'partner', partnerId: german.id });
    await handle.db
      .insertInto('matching_rules')
      .values({ partner_id: german.id, country: 'DE', priority: 10, max_amount_usd: 50_000 })
      .execute();
    await handle.db
      .updateTable('users')
      .set({ locale, locale_source: locale ? 'chosen' : null })
      .where('id', '=', germanUser.userId)
      .execute();
    await handle.db
      .insertInto('chat_identities')
      .values({ surface: 'slack', external_id: 'U0BERLIN', user_id: germanUser.userId })
      .execute();

    const result = await submitCase(contextFor(handle.db, managingUser, { clock }), {
      client: { name: 'Nordlys ApS', country: 'DK' },
      debtor: { name: 'Berliner Maschinen GmbH', type: 'company', country: 'DE' },
      principal: 1_500,
      currency: 'USD',
      disputed: false,
      debtDate: '2026-01-15',
    });
    expect(result.status).toBe('pending_verification');
    // Pending since Thursday; on Monday it has waited 2 business days.
    await handle.db
      .updateTable('cases')
      .set({ status_changed_at: new Date('2026-03-05T10:00:00Z') })
      .where('id', '=', result.caseId)
      .execute();
    clock.set('2026-03-09T11:00:00Z');
    const reminded = await remindVerification({ db: handle.db, clock }, result.caseId);
    expect(reminded).toEqual({ status: 'done', detail: expect.any(String) });

    await createDeliveryWorker({
      db: handle.db,
      senders: [createSlackNoticeSender(createSlackNoticeClient('xoxb-test-token'))],
      channels,
      logger: silent,
      clock,
      paceMs: 0,
      jitter: 0,
    }).runOnce();
    const texts = api.of('chat.postMessage').map((c) => String(c.args.text));
    return { caseId: result.caseId, texts };
  }

  it('when the partner reads Finnish, then the new case and the reminder arrive in Finnish', async () => {
    const { caseId, texts } = await submitAndRemind('fi-FI');
    expect(texts).toContain(
      `Uusi toimeksianto ${caseId} tarkistettavaksi, lähettäjä Dansk Inkasso asiakkaan Nordlys ApS puolesta: Berliner Maschinen GmbH (yritys, DE), maksamaton lasku, 1\u00a0500,00\u00a0$. Hyväksykää se, pyytäkää lisätietoja, tarjotkaa erityisehtoja tai hylätkää se perustellen.`,
    );
    expect(texts).toContain(
      `Muistutus: toimeksianto ${caseId} (Berliner Maschinen GmbH, 1\u00a0500,00\u00a0$) on odottanut tarkistustanne 2 arkipäivää. Hyväksykää se, hylätkää se perustellen tai pyytäkää velkojalta lisätietoja.`,
    );
    expect(texts.some((t) => t.startsWith('New case') || t.startsWith('Reminder:'))).toBe(false);
  });

  it('when the partner reads Norwegian, then the reminder is in Norwegian', async () => {
    const { caseId, texts } = await submitAndRemind('nb-NO');
    expect(
      texts.some((t) => t.startsWith(`Ny sak ${caseId} til verifisering, sendt inn av Dansk Inkasso`)),
    ).toBe(true);
    expect(texts.some((t) => t.startsWith(`Påminnelse: sak ${caseId} (Berliner Maschinen GmbH,`))).toBe(true);
  });

  it('when the partner has no language, then both stay English, word for word', async () => {
    const { caseId, texts } = await submitAndRemind(null);
    expect(texts).toContain(
      `New case ${caseId} to verify, submitted by Dansk Inkasso for Nordlys ApS: Berliner Maschinen GmbH (company, DE), unpaid invoice of USD 1,500.00. Accept it, request more information, offer custom terms or decline it with a reason.`,
    );
    expect(texts).toContain(
      `Reminder: case ${caseId} (Berliner Maschinen GmbH, USD 1,500.00) has waited 2 business days for your verification. Accept it, decline it with a reason, or ask the creditor for more information.`,
    );
  });
});
