import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { listHistory } from '../../../src/db/repositories/history.repository.ts';
import { listNotices } from '../../../src/db/repositories/notice.repository.ts';
import { MAX_CASE_MESSAGE_CHARS } from '../../../src/domain/case-chat.ts';
import { addCaseInformation } from '../../../src/use-cases/cases/add-case-information.ts';
import { checkCaseMessage, listCaseChat, sendCaseMessage } from '../../../src/use-cases/cases/case-chat.ts';
import { contextFor, insertCase, insertUser, useWorld, type World } from '../../helpers/world.ts';

// The use cases behind the case chat, on every channel alike: the history row names the channel the
// message came from, and the same checks refuse whatever the surface.
describe('case.message, case.messages and case.add_info', () => {
  let handle: DatabaseHandle;
  let w: World;
  useWorld((h, world) => {
    handle = h;
    w = world;
  });

  it('when a message comes from Teams or the console, then the history row keeps that channel and the other side is told once', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });

    await sendCaseMessage(contextFor(handle.db, w.creditorUser, { channel: 'teams' }), {
      caseId: c.id,
      text: 'The debtor called us.',
    });
    await sendCaseMessage(contextFor(handle.db, w.partnerUser, { channel: 'console' }), {
      caseId: c.id,
      text: 'Thanks, noted.',
    });

    const rows = (await listHistory(handle.db, c.id)).filter((h) => h.action === 'case.message');
    expect(rows.map((h) => [h.channel, h.details.text])).toEqual([
      ['teams', 'The debtor called us.'],
      ['console', 'Thanks, noted.'],
    ]);
    const notices = (await listNotices(handle.db, { caseId: c.id })).filter((n) => n.kind === 'case.message');
    expect(notices.map((n) => n.recipient)).toEqual([
      { type: 'partner', partnerId: w.partner.id },
      { type: 'creditor', creditorId: w.creditor.id },
    ]);
  });

  it('when the message is empty or longer than a message can be, then nothing is stored', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
    const ctx = contextFor(handle.db, w.creditorUser);

    await expect(sendCaseMessage(ctx, { caseId: c.id, text: '   ' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(
      sendCaseMessage(ctx, { caseId: c.id, text: 'x'.repeat(MAX_CASE_MESSAGE_CHARS + 1) }),
    ).rejects.toThrow(/up to 2,000/);
    expect((await listHistory(handle.db, c.id)).filter((h) => h.action === 'case.message')).toEqual([]);
    expect(await listNotices(handle.db, { caseId: c.id })).toEqual([]);
  });

  it('when no partner works the case, then there is nobody to message and adding information is suggested', async () => {
    const c = await insertCase(handle.db, {
      creditorId: w.creditor.id,
      assignedPartnerId: null,
      status: 'collecting_quotes',
    });

    await expect(checkCaseMessage(contextFor(handle.db, w.creditorUser), { caseId: c.id })).rejects.toThrow(
      /No collection partner is working case \d+ now \(it is Collecting Quotes\).*add information to case/,
    );
  });

  it('when a managing partner adds information to its declined case, then support is told and the managing partner is named', async () => {
    const managing = await insertUser(handle.db, { role: 'partner', partnerId: w.otherPartner.id });
    const c = await insertCase(handle.db, {
      creditorId: w.creditor.id,
      assignedPartnerId: null,
      managingPartnerId: w.otherPartner.id,
      status: 'collecting_quotes',
    });

    const result = await addCaseInformation(contextFor(handle.db, managing), {
      caseId: c.id,
      text: 'The debtor has a new address.',
    });

    expect(result.partnersTold).toBe(0);
    const notices = await listNotices(handle.db, { caseId: c.id });
    expect(notices.map((n) => n.recipient)).toEqual([{ type: 'channel', channel: 'support' }]);
    expect(notices[0]?.payload.text).toMatch(/^The managing partner \(.+\) added information/);
  });

  it('when support reads a case chat, then it sees every entry but is not told how to write', async () => {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
    await sendCaseMessage(contextFor(handle.db, w.creditorUser), { caseId: c.id, text: 'Hello' });

    const chat = await listCaseChat(contextFor(handle.db, w.supportUser), { caseId: c.id });

    expect(chat.count).toBe(1);
    expect(chat.summary).toContain('“Hello”');
    expect(chat.summary).not.toMatch(/To write/);
  });
});
