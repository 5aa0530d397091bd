import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NoticeAddress, NoticeSender } from '../../src/conversation/engine-contract.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { enqueueNotices } from '../../src/db/repositories/notice.repository.ts';
import { createDeliveryWorker, unconfiguredEmailSender } from '../../src/delivery/outbox-worker.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import {
  createConsoleNoticeSender,
  formatWouldEmail,
} from '../../src/surfaces/console/console-notice-sender.ts';
import {
  createEmailNoticeSender,
  type SmtpNoticeSender,
} from '../../src/surfaces/email/email-notice-sender.ts';
import { declineCase } from '../../src/use-cases/cases/decline-case.ts';
import { capturedLogger } from '../helpers/captured-log.ts';
import { createTestDatabase, truncateAll } from '../helpers/db.ts';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.ts';
import {
  contextFor,
  insertCase,
  insertCreditor,
  insertPartner,
  insertUser,
  TEST_NOW,
} from '../helpers/world.ts';

// Notices by e-mail through a real SMTP server on 127.0.0.1 (smtp-server), the real nodemailer sender and
// the real outbox on a real database. The deployment delivers on Slack (a recording sender here); the
// people in these tests are linked on no chat surface, so e-mail is how they hear.

const channels = {
  QUOTE_ALERT_CHANNEL: 'quote-alerts',
  CLOSE_CODE_CHANNEL: 'close-codes',
  SUPPORT_CHANNEL: 'support',
};
const silent = pino({ level: 'silent' });

function recordingSlack() {
  const sent: Array<{ text: string; to: NoticeAddress }> = [];
  const sender: NoticeSender = {
    surface: 'slack',
    async send(notice, address) {
      sent.push({ text: notice.payload.text, to: address });
    },
  };
  return { sender, sent };
}

describe('notices by e-mail', () => {
  let handle: DatabaseHandle;
  let sink: SmtpSink;
  let email: SmtpNoticeSender;
  const clock = fixedClock(TEST_NOW);

  beforeAll(async () => {
    handle = await createTestDatabase();
    sink = await startSmtpSink();
    email = createEmailNoticeSender({
      host: '127.0.0.1',
      port: sink.port,
      secure: false,
      from: 'Debitura <notices@debitura.test>',
      timeoutMs: 5000,
    });
  });
  afterAll(async () => {
    email.close();
    await sink.close();
    await handle.close();
  });
  beforeEach(async () => {
    await truncateAll(handle);
    sink.received.length = 0;
    clock.set(TEST_NOW);
  });

  const worker = (opts: { withEmail?: boolean; logger?: pino.Logger } = {}) =>
    createDeliveryWorker({
      db: handle.db,
      senders: [recordingSlack().sender],
      ...(opts.withEmail === false ? {} : { email }),
      channels,
      logger: opts.logger ?? silent,
      clock,
      jitter: 0,
      maxInHand: 1,
    });

  async function unlinkedCreditor(
    address = 'anna@jensen-son.test',
    name = 'Anna <script>alert(1)</script> Jensen',
  ) {
    const creditor = await insertCreditor(handle.db, { name: 'Jensen & Søn ApS', networkSharing: false });
    const user = await insertUser(handle.db, { role: 'creditor', creditorId: creditor.id, name });
    await handle.db.updateTable('users').set({ email: address }).where('id', '=', user.userId).execute();
    return { creditor, user };
  }

  const noticeRows = () =>
    handle.db
      .selectFrom('notices')
      .select(['id', 'kind', 'status', 'attempts', 'last_error', 'parked_at'])
      .orderBy('id')
      .execute();

  it('when a partner declines the case of a creditor linked on no chat surface, then the creditor gets the decline by e-mail, escaped in HTML', async () => {
    const { creditor } = await unlinkedCreditor();
    const partner = await insertPartner(handle.db, { type: 'exclusive', coverage: [{ country: 'DK' }] });
    const partnerUser = await insertUser(handle.db, { role: 'partner', partnerId: partner.id });
    const c = await insertCase(handle.db, { creditorId: creditor.id, assignedPartnerId: partner.id });
    await declineCase(contextFor(handle.db, partnerUser, { clock }), {
      caseId: c.id,
      reason: 'The debtor was declared bankrupt last month.',
      category: 'insolvency_or_ceased',
    });

    await worker().runOnce();

    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0];
    if (!mail) throw new Error('no mail');
    expect(mail.envelopeTo).toEqual(['anna@jensen-son.test']);
    expect(mail.headers.from).toBe('Debitura <notices@debitura.test>');
    expect(mail.headers.to).toContain('<anna@jensen-son.test>');
    expect(mail.headers.subject).toBe(`Debitura: case ${c.id} declined by the partner`);
    expect(mail.headers['auto-submitted']).toBe('auto-generated');
    const [declined] = (await noticeRows()).filter((n) => n.kind === 'case.declined');
    expect(mail.headers['message-id']).toMatch(
      new RegExp(`^<notice-${declined?.id}\\.[0-9a-f]{16}@debitura\\.test>$`),
    );
    // The same words as in chat: the decline message names the creditor and the case.
    expect(mail.text).toContain(`case #${c.id}`);
    expect(mail.text).toContain('Jensen & Søn ApS');
    expect(mail.text).toContain('Hello Anna <script>alert(1)</script> Jensen,');
    // In HTML, what people typed is text, never markup.
    expect(mail.html).toContain('Jensen &amp; Søn ApS');
    expect(mail.html).toContain('Hello Anna &lt;script&gt;alert(1)&lt;/script&gt; Jensen,');
    expect(mail.html).not.toContain('<script>');
    expect(declined?.status).toBe('delivered');
  });

  it('when the mail server answers 451 and then accepts, then the notice is delivered once', async () => {
    const { creditor } = await unlinkedCreditor();
    await enqueueNotices(handle.db, [
      {
        recipient: { type: 'creditor', creditorId: creditor.id },
        kind: 'lead.quotes_ready',
        caseId: null,
        payload: { text: 'Quotes are ready.' },
        at: clock.now(),
      },
    ]);
    sink.refuseNext({ code: 451, message: '4.7.1 Greylisted, try again later' });
    const w = worker();

    expect(await w.runOnce()).toEqual({ delivered: 0, retried: 1, parked: 0 });
    const [waiting] = await noticeRows();
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting?.last_error).toContain('451');
    expect(sink.received).toHaveLength(0);

    clock.advance(2000);
    expect(await w.runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });
    clock.advance(60_000);
    await w.runOnce();
    expect(sink.received.map((m) => m.text.includes('Quotes are ready.'))).toEqual([true]);
    expect(sink.offered()).toBeGreaterThanOrEqual(2);
    expect((await noticeRows())[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('when the mail server refuses the mailbox with 550, then the notice is parked with the reason at once', async () => {
    const { creditor } = await unlinkedCreditor('nobody@jensen-son.test');
    await enqueueNotices(handle.db, [
      {
        recipient: { type: 'creditor', creditorId: creditor.id },
        kind: 'lead.quotes_ready',
        caseId: null,
        payload: { text: 'Quotes are ready.' },
        at: clock.now(),
      },
    ]);
    sink.refuseNext({ code: 550, message: '5.1.1 <nobody@jensen-son.test>: Recipient address rejected' });

    expect(await worker().runOnce()).toEqual({ delivered: 0, retried: 0, parked: 1 });
    const [parked] = await noticeRows();
    expect(parked).toMatchObject({ status: 'parked', attempts: 1 });
    expect(parked?.last_error).toContain('550 5.1.1');
    expect(parked?.last_error).toContain('Recipient address rejected');
    // The reason is for support; the address itself stays in the user record.
    expect(parked?.last_error).not.toContain('nobody@jensen-son.test');
    expect(parked?.parked_at).toEqual(clock.now());
    expect(sink.received).toHaveLength(0);
  });

  it('when two notices for one creditor are due and the first is refused for now, then the second waits and they arrive in order', async () => {
    const { creditor } = await unlinkedCreditor();
    const recipient = { type: 'creditor' as const, creditorId: creditor.id };
    await enqueueNotices(handle.db, [
      {
        recipient,
        kind: 'lead.quotes_ready',
        caseId: null,
        payload: { text: 'First: quotes are ready.' },
        at: clock.now(),
      },
      {
        recipient,
        kind: 'lead.reminder',
        caseId: null,
        payload: { text: 'Second: please choose a quote.' },
        at: clock.now(),
      },
    ]);
    sink.refuseNext({ code: 421, message: '4.3.2 Service shutting down, try later' });
    const w = worker();

    await w.runOnce();
    expect(sink.received).toHaveLength(0);
    clock.advance(2000);
    await w.runOnce();

    expect(sink.received.map((m) => m.text.match(/(First|Second)/)?.[1])).toEqual(['First', 'Second']);
    expect((await noticeRows()).map((n) => n.status)).toEqual(['delivered', 'delivered']);
  });

  it('when no e-mail is configured, then the notice is parked with that reason and the log names the recipient, not the text', async () => {
    const { user, creditor } = await unlinkedCreditor();
    await enqueueNotices(handle.db, [
      {
        recipient: { type: 'creditor', creditorId: creditor.id },
        kind: 'lead.quotes_ready',
        caseId: null,
        payload: { text: 'Secret words of the notice.' },
        at: clock.now(),
      },
    ]);
    const log = capturedLogger('info');

    expect(await worker({ withEmail: false, logger: log.logger }).runOnce()).toEqual({
      delivered: 0,
      retried: 0,
      parked: 1,
    });

    const [parked] = await noticeRows();
    expect(parked?.status).toBe('parked');
    expect(parked?.last_error).toContain('no e-mail transport configured');
    expect(log.text()).toContain(`would e-mail user ${user.userId}`);
    expect(log.text()).not.toContain('Secret words');
    expect(log.text()).not.toContain('anna@jensen-son.test');
  });

  it('when the console runs without SMTP, then it shows who would be e-mailed and the subject, not the text, and parks the notice', async () => {
    const { user, creditor } = await unlinkedCreditor('anna@jensen-son.test', 'Anna \u001b[31mJensen');
    await enqueueNotices(handle.db, [
      {
        recipient: { type: 'creditor', creditorId: creditor.id },
        kind: 'lead.quotes_ready',
        caseId: null,
        payload: { text: 'Secret words of the notice.' },
        at: clock.now(),
      },
    ]);
    const printed: string[] = [];
    const consoleWorker = createDeliveryWorker({
      db: handle.db,
      sender: createConsoleNoticeSender((line) => printed.push(line)),
      email: unconfiguredEmailSender(silent, (notice, address) =>
        printed.push(formatWouldEmail(notice, address)),
      ),
      channels,
      logger: silent,
      clock,
    });

    expect(await consoleWorker.runOnce()).toEqual({ delivered: 0, retried: 0, parked: 1 });

    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain(
      `→ would e-mail Anna Jensen (user ${user.userId}): "Debitura: quotes are ready for review"`,
    );
    expect(printed[0]).toContain('no e-mail transport configured');
    expect(printed[0]).not.toContain('\u001b');
    expect(printed[0]).not.toContain('Secret words');
    expect(printed[0]).not.toContain('anna@jensen-son.test');
    expect((await noticeRows())[0]?.last_error).toBe(`user ${user.userId}: no e-mail transport configured`);
  });

  it('when a creditor has no users but an e-mail address of its own, then the notice goes there', async () => {
    const creditor = await insertCreditor(handle.db, { name: 'Form Client Ltd' });
    await handle.db
      .updateTable('creditors')
      .set({ email: 'accounts@form-client.test' })
      .where('id', '=', creditor.id)
      .execute();
    await enqueueNotices(handle.db, [
      {
        recipient: { type: 'creditor', creditorId: creditor.id },
        kind: 'case.declined',
        caseId: null,
        payload: { text: 'Your case was declined.' },
        at: clock.now(),
      },
    ]);

    await worker().runOnce();

    expect(sink.received.map((m) => m.envelopeTo)).toEqual([['accounts@form-client.test']]);
    expect(sink.received[0]?.text).toContain('Hello Form Client Ltd,');
  });
});
