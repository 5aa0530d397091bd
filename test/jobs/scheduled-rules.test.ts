import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listHistory } from '../../src/db/repositories/history.repository.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { quoteWindowEndsAt } from '../../src/domain/schedule.ts';
import { dueTodayReply } from '../../src/jobs/due-today-reply.ts';
import { listDueAndUpcoming } from '../../src/jobs/list-due.ts';
import { runTick } from '../../src/jobs/tick.ts';
import { remindQuoteSelection } from '../../src/use-cases/scheduled/remind-quote-selection.ts';
import { createTestDatabase, truncateAll } from '../helpers/db.ts';
import { insertCase, insertWorld, type World } from '../helpers/world.ts';
import { insertLead, insertQuote, noticesOf, textOf } from './fixtures.ts';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let world: World;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});
beforeEach(async () => {
  await truncateAll(handle);
  world = await insertWorld(handle.db);
});

const THURSDAY = new Date('2026-03-05T09:00:00Z');

describe('pending-verification reminders', () => {
  it('when a case waits in verification from Thursday, then the partner is reminded on Monday and again on Tuesday, once each', async () => {
    const c = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      assignedPartnerId: world.partner.id,
      at: THURSDAY,
    });
    const clock = fixedClock('2026-03-06T17:00:00Z'); // Friday: 1 business day
    await runTick(handle.db, clock);
    clock.set('2026-03-08T12:00:00Z'); // Sunday: weekends do not count
    await runTick(handle.db, clock);
    expect(await noticesOf(handle.db, 'case.verification_reminder')).toHaveLength(0);

    clock.set('2026-03-09T09:00:00Z'); // Monday: 2 business days
    await runTick(handle.db, clock);
    clock.set('2026-03-09T15:00:00Z'); // later the same day: nothing new
    await runTick(handle.db, clock);
    const monday = await noticesOf(handle.db, 'case.verification_reminder');
    expect(monday).toHaveLength(1);
    expect(monday[0]).toMatchObject({
      recipient_type: 'partner',
      recipient_ref: String(world.partner.id),
      case_id: c.id,
    });
    expect(textOf(monday[0])).toContain(`case ${c.id}`);

    clock.set('2026-03-10T09:00:00Z'); // Tuesday: daily
    await runTick(handle.db, clock);
    expect(await noticesOf(handle.db, 'case.verification_reminder')).toHaveLength(2);
  });

  it('when the partner accepts before the reminder is due, then no reminder is sent', async () => {
    const c = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      assignedPartnerId: world.partner.id,
      at: THURSDAY,
    });
    await handle.db
      .updateTable('cases')
      .set({ status: 'active', status_changed_at: new Date('2026-03-06T10:00:00Z') })
      .where('id', '=', c.id)
      .execute();
    await runTick(handle.db, fixedClock('2026-03-12T09:00:00Z'));
    expect(await noticesOf(handle.db, 'case.verification_reminder')).toHaveLength(0);
  });
});

describe('quote window end', () => {
  const FRIDAY_AFTERNOON = new Date('2026-03-06T15:00:00Z');

  async function qualifiedLead() {
    const c = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      status: 'collecting_quotes',
      at: FRIDAY_AFTERNOON,
    });
    const leadId = await insertLead(handle.db, {
      caseId: c.id,
      createdAt: FRIDAY_AFTERNOON,
      qualifiedAt: FRIDAY_AFTERNOON,
      windowEndsAt: quoteWindowEndsAt(FRIDAY_AFTERNOON, 120),
    });
    return { caseId: c.id, leadId };
  }

  it('when a lead opened Friday afternoon has a quote, then the quotes are ready the next Friday afternoon, not before', async () => {
    const { caseId, leadId } = await qualifiedLead();
    await insertQuote(handle.db, {
      leadId,
      partnerId: world.networkPartner.id,
      at: new Date('2026-03-09T10:00:00Z'),
    });
    const clock = fixedClock('2026-03-13T14:59:00Z');
    await runTick(handle.db, clock);
    expect(await noticesOf(handle.db, 'lead.quotes_ready')).toHaveLength(0);

    clock.set('2026-03-13T15:00:00Z');
    await runTick(handle.db, clock);
    await runTick(handle.db, clock);
    const ready = await noticesOf(handle.db, 'lead.quotes_ready');
    expect(ready.map((n) => [n.recipient_type, n.recipient_ref, n.case_id])).toEqual([
      ['creditor', String(world.creditor.id), caseId],
      ['channel', 'quote_alerts', caseId],
    ]);
  });

  it('when nobody quoted by the end of the window, then the lead closes as declined options', async () => {
    const { leadId } = await qualifiedLead();
    await runTick(handle.db, fixedClock('2026-03-13T15:00:00Z'));
    const lead = await handle.db
      .selectFrom('leads')
      .selectAll()
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    expect(lead).toMatchObject({ status: 'closed', outcome: 'declined_options' });
    expect(await noticesOf(handle.db, 'lead.declined_options')).toHaveLength(1);
  });

  it('when nobody selects a quote, then the creditor hears: quotes ready, reminder at 7 days, reminder and expiry at 14 days', async () => {
    const { leadId } = await qualifiedLead();
    await insertQuote(handle.db, {
      leadId,
      partnerId: world.networkPartner.id,
      at: new Date('2026-03-09T10:00:00Z'),
    });
    const clock = fixedClock('2026-03-13T15:00:00Z');
    for (const day of ['2026-03-13', '2026-03-20', '2026-03-27', '2026-03-28', '2026-04-10']) {
      clock.set(`${day}T15:00:00Z`);
      await runTick(handle.db, clock);
    }
    const toCreditor = await handle.db
      .selectFrom('notices')
      .select(['kind', 'created_at'])
      .where('recipient_type', '=', 'creditor')
      .orderBy('id')
      .execute();
    expect(toCreditor.map((n) => [n.kind, n.created_at.toISOString().slice(0, 10)])).toEqual([
      ['lead.quotes_ready', '2026-03-13'],
      ['lead.reminder', '2026-03-20'],
      ['lead.reminder', '2026-03-27'],
      ['lead.expired', '2026-03-27'],
    ]);
    const lead = await handle.db
      .selectFrom('leads')
      .selectAll()
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    expect(lead).toMatchObject({ status: 'closed', outcome: 'expired', reminders_sent: 2 });
  });
});

describe('quote reminders', () => {
  const READY = new Date('2026-03-13T15:00:00Z'); // a Friday afternoon

  async function leadWithQuotes() {
    const c = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      status: 'collecting_quotes',
      at: new Date('2026-03-06T15:00:00Z'),
    });
    const leadId = await insertLead(handle.db, {
      caseId: c.id,
      createdAt: new Date('2026-03-06T15:00:00Z'),
      windowEndsAt: READY,
      quotesReadyAt: READY,
    });
    await insertQuote(handle.db, {
      leadId,
      partnerId: world.networkPartner.id,
      at: new Date('2026-03-09T10:00:00Z'),
    });
    return { caseId: c.id, leadId };
  }

  it('when 7 days pass after the quotes were ready without a winner, then the creditor is reminded once', async () => {
    const { caseId, leadId } = await leadWithQuotes();
    const clock = fixedClock('2026-03-20T14:59:00Z');
    await runTick(handle.db, clock);
    expect(await noticesOf(handle.db, 'lead.reminder')).toHaveLength(0);

    clock.set('2026-03-20T15:00:00Z');
    await runTick(handle.db, clock);
    await runTick(handle.db, clock);
    const reminders = await noticesOf(handle.db, 'lead.reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      recipient_type: 'creditor',
      recipient_ref: String(world.creditor.id),
    });
    expect(textOf(reminders[0])).toContain('1 quote waiting');
    const history = await listHistory(handle.db, caseId);
    expect(history.map((h) => h.action)).toContain('lead.reminder_sent');
    const lead = await handle.db
      .selectFrom('leads')
      .select('reminders_sent')
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    expect(lead.reminders_sent).toBe(1);
  });

  it('when 14 days pass, then the second reminder is sent', async () => {
    await leadWithQuotes();
    const clock = fixedClock('2026-03-20T16:00:00Z');
    await runTick(handle.db, clock);
    clock.set('2026-03-27T15:00:00Z');
    await runTick(handle.db, clock);
    const reminders = await noticesOf(handle.db, 'lead.reminder');
    expect(reminders.map((r) => (r.payload as { reminder: number }).reminder)).toEqual([1, 2]);
  });

  it('when the creditor selected a winner meanwhile, then no reminder is sent', async () => {
    const { leadId } = await leadWithQuotes();
    await handle.db
      .updateTable('leads')
      .set({ status: 'closed', outcome: 'winner', closed_at: new Date('2026-03-16T10:00:00Z') })
      .where('id', '=', leadId)
      .execute();
    await runTick(handle.db, fixedClock('2026-03-21T00:00:00Z'));
    expect(await noticesOf(handle.db, 'lead.reminder')).toHaveLength(0);
  });

  it('when a stale job for the reminder runs after the winner was chosen, then it sends nothing', async () => {
    const { leadId } = await leadWithQuotes();
    await handle.db
      .updateTable('leads')
      .set({ status: 'closed', outcome: 'winner' })
      .where('id', '=', leadId)
      .execute();
    const outcome = await remindQuoteSelection(
      { db: handle.db, clock: fixedClock('2026-03-21T00:00:00Z') },
      leadId,
    );
    expect(outcome.status).toBe('skipped');
    expect(await noticesOf(handle.db, 'lead.reminder')).toHaveLength(0);
  });

  it('when ten reminders for one lead run at the same time, then the creditor gets one', async () => {
    const { leadId } = await leadWithQuotes();
    const clock = fixedClock('2026-03-21T00:00:00Z');
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => remindQuoteSelection({ db: handle.db, clock }, leadId)),
    );
    expect(outcomes.filter((o) => o.status === 'done')).toHaveLength(1);
    expect(await noticesOf(handle.db, 'lead.reminder')).toHaveLength(1);
  });
});

describe('collection period end', () => {
  it('when the 6-month period of an active case ends, then creditor and partner are told once and the history says so', async () => {
    const c = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      assignedPartnerId: world.partner.id,
      status: 'active',
      collectionPeriodStartsAt: new Date('2026-03-02T10:00:00Z'),
      collectionPeriodEndsAt: new Date('2026-09-02T10:00:00Z'),
    });
    const clock = fixedClock('2026-09-02T09:59:00Z');
    await runTick(handle.db, clock);
    expect(await noticesOf(handle.db, 'case.collection_period_ended')).toHaveLength(0);

    clock.set('2026-09-02T10:01:00Z');
    await runTick(handle.db, clock);
    clock.set('2026-09-03T10:01:00Z');
    await runTick(handle.db, clock);
    const notices = await noticesOf(handle.db, 'case.collection_period_ended');
    expect(notices.map((n) => n.recipient_type).sort()).toEqual(['creditor', 'partner']);
    expect(textOf(notices[0])).toContain('Withdrawn by Client');
    const history = await listHistory(handle.db, c.id);
    expect(history.filter((h) => h.action === 'case.collection_period_ended')).toHaveLength(1);
  });
});

describe('no-quote alert to support', () => {
  const WEDNESDAY = new Date('2026-03-04T11:00:00Z');

  it('when a declined case gets no quote in 5 business days, then support is alerted once', async () => {
    const c = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      status: 'collecting_quotes',
      at: WEDNESDAY,
    });
    await insertLead(handle.db, {
      caseId: c.id,
      createdAt: WEDNESDAY,
      windowEndsAt: new Date('2026-03-11T11:00:00Z'),
    });
    const clock = fixedClock('2026-03-10T11:00:00Z'); // Tuesday: 4 business days
    await runTick(handle.db, clock);
    expect(await noticesOf(handle.db, 'lead.no_quote_alert')).toHaveLength(0);

    clock.set('2026-03-11T11:00:00Z'); // next Wednesday
    await runTick(handle.db, clock);
    clock.set('2026-03-12T11:00:00Z');
    await runTick(handle.db, clock);
    const alerts = await noticesOf(handle.db, 'lead.no_quote_alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ recipient_type: 'channel', recipient_ref: 'support', case_id: c.id });
  });

  it('when a declined case gets no quote in 5 business days, then the creditor is told to contact support with the case reference and decline reason, and support gets the decline reason and the lead state, once', async () => {
    const c = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      status: 'collecting_quotes',
      debtorName: 'Fjord Fisk ApS',
      at: WEDNESDAY,
    });
    await handle.db
      .insertInto('declines')
      .values({
        case_id: c.id,
        partner_id: world.partner.id,
        declined_by_user_id: world.partnerUser.userId,
        reason: 'We cannot find the debtor at any address',
        category: 'untraceable_debtor',
        creditor_message: 'Your partner could not locate the debtor.',
        created_at: WEDNESDAY,
      })
      .execute();
    const leadId = await insertLead(handle.db, {
      caseId: c.id,
      createdAt: WEDNESDAY,
      windowEndsAt: new Date('2026-03-11T11:00:00Z'),
    });
    await handle.db
      .insertInto('lead_invitations')
      .values([
        { lead_id: leadId, partner_id: world.networkPartner.id, status: 'invited', invited_at: WEDNESDAY },
        { lead_id: leadId, partner_id: world.otherPartner.id, status: 'declined', invited_at: WEDNESDAY },
      ])
      .execute();

    const clock = fixedClock('2026-03-11T11:00:00Z');
    await runTick(handle.db, clock);
    clock.set('2026-03-12T11:00:00Z');
    await runTick(handle.db, clock);

    const toCreditor = await noticesOf(handle.db, 'lead.no_quote_escalation');
    expect(toCreditor).toHaveLength(1);
    expect(toCreditor[0]).toMatchObject({
      recipient_type: 'creditor',
      recipient_ref: String(world.creditor.id),
      case_id: c.id,
    });
    const told = textOf(toCreditor[0]);
    expect(told).toContain('not received any quotes within 5 business days');
    expect(told).toContain('contact Debitura support');
    expect(told).toContain(`#${c.id}`);
    expect(told).toContain('Untraceable debtor');

    const alerts = await noticesOf(handle.db, 'lead.no_quote_alert');
    expect(alerts).toHaveLength(1);
    const alert = textOf(alerts[0]);
    expect(alert).toContain(`Case ${c.id}`);
    expect(alert).toContain(
      'Decline reason: Untraceable debtor - "We cannot find the debtor at any address"',
    );
    expect(alert).toContain('2 partners invited (1 declined to quote, 1 not answered); 0 quotes so far');
    expect(alert).toContain('quote window ended 11 Mar 2026 11:00 UTC');
  });

  it('when a partner quoted, then support is not alerted', async () => {
    const c = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      status: 'collecting_quotes',
      at: WEDNESDAY,
    });
    const leadId = await insertLead(handle.db, { caseId: c.id, createdAt: WEDNESDAY });
    await insertQuote(handle.db, {
      leadId,
      partnerId: world.networkPartner.id,
      at: new Date('2026-03-05T10:00:00Z'),
    });
    await runTick(handle.db, fixedClock('2026-03-12T11:00:00Z'));
    expect(await noticesOf(handle.db, 'lead.no_quote_alert')).toHaveLength(0);
  });
});

describe('what is due today', () => {
  it('when asked on Monday morning, then it lists the overdue reminder as due and the afternoon alert as upcoming', async () => {
    const c = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      assignedPartnerId: world.partner.id,
      at: THURSDAY,
    });
    const declined = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      status: 'collecting_quotes',
      at: new Date('2026-03-02T14:00:00Z'),
    });
    await insertLead(handle.db, { caseId: declined.id, createdAt: new Date('2026-03-02T14:00:00Z') });
    const entries = await listDueAndUpcoming(handle.db, fixedClock('2026-03-09T10:00:00Z'));
    expect(entries.map((e) => [e.caseId, e.rule, e.state])).toEqual([
      [c.id, 'verification_reminder', 'due'],
      [declined.id, 'no_quote_alert', 'upcoming'],
    ]);
    expect(entries[1]?.dueAt).toEqual(new Date('2026-03-09T14:00:00Z'));
  });
});

describe("support's question: what is due today?", () => {
  it('when a reminder is overdue and nothing else is scheduled today, then the reply names the case and the rule', async () => {
    const c = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      assignedPartnerId: world.partner.id,
      at: THURSDAY,
    });
    const reply = await dueTodayReply(handle.db, fixedClock('2026-03-09T10:00:00Z'));
    expect(reply.text).toContain('1 scheduled item today: 1 due now');
    expect(reply.text).toContain(`Case ${c.id}: Reminder to verify the case, due since 09:00 UTC`);
  });

  it('when nothing is scheduled, then the reply says so', async () => {
    const reply = await dueTodayReply(handle.db, fixedClock('2026-03-09T10:00:00Z'));
    expect(reply.text).toMatch(/^Nothing is due today/);
  });
});
