import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoticeSender } from '../../src/conversation/engine-contract.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { enqueueNotices } from '../../src/db/repositories/notice.repository.ts';
import { createDeliveryWorker } from '../../src/delivery/outbox-worker.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import {
  createSlackNoticeClient,
  createSlackNoticeSender,
  noticeClientOptions,
} from '../../src/surfaces/slack/notice-sender.ts';
import { createSlackInstallations } from '../../src/surfaces/slack/oauth/slack-installations.ts';
import { installedWorkspaces } from '../../src/surfaces/slack/slack-workspaces.ts';
import { listParkedNotices } from '../../src/use-cases/notices/parked-notices.ts';
import { contextFor, insertCase, TEST_NOW, useWorld, type World } from '../helpers/world.ts';
import { fakeSlackApi } from '../surfaces/helpers/slack-api.ts';

// A Slack workspace that removed the app: no retry can reach anyone there, so a notice for it is parked
// at once (not after eight attempts over half an hour), with a reason support reads in the parked list.

const channels = {
  QUOTE_ALERT_CHANNEL: 'quote-alerts',
  CLOSE_CODE_CHANNEL: 'close-codes',
  SUPPORT_CHANNEL: 'support',
};
const silent = pino({ level: 'silent' });
const GONE_TEAM = 'T0GONE1';

describe('notices for a Slack workspace that uninstalled the app', () => {
  let handle: DatabaseHandle;
  let w: World;
  let api: ReturnType<typeof fakeSlackApi>;
  useWorld((h, world) => {
    handle = h;
    w = world;
  });
  const clock = fixedClock(TEST_NOW);
  beforeEach(async () => {
    clock.set(TEST_NOW);
    api = fakeSlackApi();
    // The creditor's user is linked on Slack in a workspace of its own.
    await handle.db
      .insertInto('chat_identities')
      .values({
        surface: 'slack',
        workspace_id: GONE_TEAM,
        external_id: 'U0CRED1',
        user_id: w.creditorUser.userId,
      })
      .execute();
  });
  afterEach(() => api.done());

  async function deliverDecline(sender: NoticeSender) {
    const c = await insertCase(handle.db, { creditorId: w.creditor.id, assignedPartnerId: w.partner.id });
    await enqueueNotices(handle.db, [
      {
        recipient: { type: 'creditor', creditorId: w.creditor.id },
        kind: 'case.declined',
        caseId: c.id,
        payload: { text: 'Dear creditor, the partner declined: confidential words.' },
        at: clock.now(),
      },
    ]);
    const worker = createDeliveryWorker({
      db: handle.db,
      senders: [sender],
      channels,
      logger: silent,
      clock,
    });
    const totals = await worker.runOnce();
    const notice = await handle.db
      .selectFrom('notices')
      .select(['id', 'status', 'attempts', 'last_error'])
      .executeTakeFirstOrThrow();
    const parked = await listParkedNotices(contextFor(handle.db, w.supportUser, { clock }));
    return { totals, notice, parked };
  }

  it('when the workspace’s installation is gone, then its notice is parked at once and support sees why', async () => {
    const store = createSlackInstallations({
      db: handle.db,
      config: {
        SLACK_CLIENT_ID: '1111.2222',
        SLACK_CLIENT_SECRET: 'client-secret',
        SLACK_TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        SLACK_HOME_TEAM_ID: undefined,
      },
      logger: silent,
    });
    const sender = createSlackNoticeSender(
      installedWorkspaces(store, noticeClientOptions({ retryConfig: { retries: 0 } })),
    );

    const { totals, notice, parked } = await deliverDecline(sender);

    expect(totals).toEqual({ delivered: 0, retried: 0, parked: 1 });
    expect(notice).toMatchObject({ status: 'parked', attempts: 1 });
    expect(notice.last_error).toContain(`not installed in workspace ${GONE_TEAM} (uninstalled)`);
    expect(parked.summary).toContain(`not installed in workspace ${GONE_TEAM}`);
    expect(parked.summary).toContain('reinstall');
    expect(api.calls).toHaveLength(0);
  });

  it.each([
    'account_inactive',
    'invalid_auth',
    'token_revoked',
  ])('when Slack answers %s, then the notice is parked at once with that reason', async (code) => {
    api.respondWith('conversations.open', () => [200, { ok: false, error: code }]);
    const sender = createSlackNoticeSender(
      createSlackNoticeClient('xoxb-revoked-token', { retryConfig: { retries: 0 } }),
    );

    const { totals, notice, parked } = await deliverDecline(sender);

    expect(totals).toEqual({ delivered: 0, retried: 0, parked: 1 });
    expect(notice).toMatchObject({ status: 'parked', attempts: 1 });
    expect(notice.last_error).toContain(code);
    expect(parked.summary).toContain(`${code}: uninstalled or revoked`);
    expect(parked.summary).not.toContain('confidential');
  });
});
