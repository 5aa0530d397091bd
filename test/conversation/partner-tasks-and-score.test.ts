import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingMessage } from '../../src/conversation/engine-contract.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createCaseHome } from '../../src/surfaces/slack/home/case-home.ts';
import { acceptCase } from '../../src/use-cases/cases/accept-case.ts';
import { answerInfoRequest } from '../../src/use-cases/cases/answer-info-request.ts';
import { requestInfo } from '../../src/use-cases/cases/request-info.ts';
import { createTestDatabase, truncateAll } from '../helpers/db.ts';
import { contextFor, insertCase, insertWorld, type World } from '../helpers/world.ts';

// The help-centre rules a partner meets in chat: cases left in Pending Verification are its tasks
// ("Decline a case"), and what a close code does to its score ("How to close a case").

const silent = pino({ level: 'silent' });
const PARTNER_SLACK = 'U0PARTNER';

let handle: DatabaseHandle;
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
  await handle.db
    .insertInto('chat_identities')
    .values({ surface: 'slack', external_id: PARTNER_SLACK, user_id: world.partnerUser.userId })
    .execute();
});

const NOW = '2026-03-09T10:00:00Z'; // a Monday
const say = (text: string): IncomingMessage => ({
  surface: 'slack',
  userExternalId: PARTNER_SLACK,
  conversationKey: 'D0PARTNER',
  text,
});
const engineAt = (at: string) =>
  createAppConversationEngine({ db: handle.db, logger: silent, clock: fixedClock(at) });

/**
 * A partner with history: one case accepted 2 business days after it arrived, one where it asked for
 * more information after 1 business day (answered since, so back to verify), and one new case waiting
 * since Thursday.
 */
async function partnerWithHistory() {
  const partnerAt = (at: string) => contextFor(handle.db, world.partnerUser, { clock: fixedClock(at) });
  const accepted = await insertCase(handle.db, {
    creditorId: world.creditor.id,
    assignedPartnerId: world.partner.id,
    at: new Date('2026-02-02T10:00:00Z'),
  });
  await acceptCase(partnerAt('2026-02-04T10:00:00Z'), { caseId: accepted.id });
  const asked = await insertCase(handle.db, {
    creditorId: world.creditor.id,
    assignedPartnerId: world.partner.id,
    debtorName: 'Aarhus Auto ApS',
    at: new Date('2026-02-09T10:00:00Z'),
  });
  await requestInfo(partnerAt('2026-02-10T10:00:00Z'), {
    caseId: asked.id,
    question: 'please send the invoice',
  });
  await answerInfoRequest(
    contextFor(handle.db, world.creditorUser, { clock: fixedClock('2026-03-04T12:00:00Z') }),
    { caseId: asked.id, answer: 'the invoice is attached' },
  );
  const fresh = await insertCase(handle.db, {
    creditorId: world.creditor.id,
    assignedPartnerId: world.partner.id,
    debtorName: 'Odense Bageri ApS',
    principal: 2500,
    at: new Date('2026-03-05T09:00:00Z'), // Thursday
  });
  // Another partner's case is not this partner's task.
  await insertCase(handle.db, { creditorId: world.creditor.id, assignedPartnerId: world.otherPartner.id });
  return { accepted, asked, fresh };
}

describe("a partner's tasks: cases left in Pending Verification", () => {
  it('when a partner asks "my tasks", then it hears each case to verify with its business days waiting and what to do, and its median time to verify over 90 days', async () => {
    const { asked, fresh } = await partnerWithHistory();

    const [reply] = await engineAt(NOW).handleMessage(say('my tasks'));

    const text = reply?.text ?? '';
    expect(text).toContain('2 cases waiting for you to verify (oldest first):');
    expect(text).toContain(`• Case ${asked.id} (Aarhus Auto ApS, `);
    expect(text).toContain('The creditor answered your request for more information');
    expect(text).toContain(
      `• Case ${fresh.id} (Odense Bageri ApS, USD 2,500.00): waiting 2 business days (overdue).`,
    );
    expect(text).toContain(
      `Accept ("accept ${fresh.id}"), decline with a reason ("decline ${fresh.id}, <reason>") or request more information ("request info on ${fresh.id}").`,
    );
    expect(text.indexOf(`Case ${asked.id}`)).toBeLessThan(text.indexOf(`Case ${fresh.id}`));
    // Accepted after 2 business days, information requested after 1: the median is 1.5.
    expect(text).toContain(
      'Your responsiveness: a median of 1.5 business days to verify a case, over 2 cases in the last 90 days.',
    );
  });

  it('when the partner opens the App Home, then the cases to verify are listed oldest first with their business days waiting, followed by its responsiveness', async () => {
    const { asked, fresh } = await partnerWithHistory();

    const home = await createCaseHome({ db: handle.db, clock: fixedClock(NOW), surface: 'slack' })(
      PARTNER_SLACK,
    );

    expect(home[0]?.title).toBe('Waiting for you');
    const lines = home[0]?.text.split('\n') ?? [];
    expect(lines[0]).toContain(`*${asked.id}* Aarhus Auto ApS`);
    expect(lines[0]).toContain('the creditor answered your request for more information');
    expect(lines[1]).toBe(
      `• *${fresh.id}* Odense Bageri ApS, USD 2,500.00: waiting 2 business days (overdue); verify it: accept, decline, ask for more information or offer custom terms`,
    );
    expect(home[1]).toEqual({
      title: 'Your responsiveness',
      text: 'Your responsiveness: a median of 1.5 business days to verify a case, over 2 cases in the last 90 days.',
    });
  });

  it('when nothing waits and nothing was verified lately, then "my tasks" says so', async () => {
    const [reply] = await engineAt(NOW).handleMessage(say('what are my tasks?'));
    expect(reply?.text).toContain('You have no cases waiting for verification.');
    expect(reply?.text).toContain('no case verified in the last 90 days yet');
  });

  it('when a partner asks for help, then "my tasks" is among what it can say', async () => {
    const [reply] = await engineAt(NOW).handleMessage(say('help'));
    expect(reply?.text).toContain('*my tasks*');
  });
});

describe('close codes and the partner score', () => {
  it('when a partner asks how closing as a client decision code affects its score, then it hears that the code currently counts against its collection score', async () => {
    const [reply] = await engineAt(NOW).handleMessage(
      say('how does closing as Withdrawn by Client affect my score?'),
    );
    expect(reply?.text).toBe(
      "Withdrawn by Client is a client decision code: it currently counts against your collection score, even though the closure is driven by the client's decision, not your performance (a known limitation).",
    );
  });

  it('when a partner asks whether a partner decline code counts, then it hears it does not', async () => {
    const [reply] = await engineAt(NOW).handleMessage(say('does Debtor Untraceable count against my score?'));
    expect(reply?.text).toContain(
      'Debtor Untraceable is a partner decline code: it does not count against your',
    );
  });

  it("when a partner asks which close code fits a client decision, then the advice says in the article's words that it counts against its score", async () => {
    const [reply] = await engineAt(NOW).handleMessage(
      say('which close code fits when the client stopped responding to us?'),
    );
    expect(reply?.text).toContain('*Unresponsive Client*');
    expect(reply?.text).toContain(
      "it currently counts against your collection score, even though the closure is driven by the client's decision",
    );
  });

  it('when a partner closes a case as a client decision code, then the confirmation says it counts against its score', async () => {
    const c = await insertCase(handle.db, {
      creditorId: world.creditor.id,
      assignedPartnerId: world.partner.id,
      status: 'active',
      collectionPeriodStartsAt: new Date('2026-01-05T10:00:00Z'),
      collectionPeriodEndsAt: new Date('2026-07-05T10:00:00Z'),
    });
    const replies = await engineAt(NOW).handleMessage(
      say(`close ${c.id} as unresponsive client, the client stopped answering`),
    );
    const told = replies.map((r) => r.text).join('\n');
    expect(told).toContain(`Close case ${c.id}`);
    expect(told).toContain(
      'Unresponsive Client is a client decision code: it currently counts against your collection score',
    );
    expect(replies.at(-1)?.choices?.map((ch) => ch.label)).toContain('Confirm');
  });
});
