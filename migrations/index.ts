import type { Migration } from 'kysely/migration';
import * as core from './2026-11-23-001-core.ts';
import * as conversation from './2026-11-23-002-conversation.ts';
import * as jobs from './2026-11-23-003-jobs.ts';
import * as paidTotal from './2026-11-23-004-paid-total.ts';
import * as durableInbox from './2026-12-01-005-durable-inbox.ts';
import * as outboxDeliveries from './2026-12-01-006-outbox-deliveries.ts';
import * as rateLimits from './2026-12-01-007-rate-limits.ts';
import * as identityWorkspace from './2026-12-07-008-identity-workspace.ts';
import * as slackInstallations from './2026-12-07-009-slack-installations.ts';
import * as teamsReferences from './2026-12-07-010-teams-references.ts';
import * as emailDelivery from './2026-12-07-011-email-delivery.ts';
import * as linkCodes from './2026-12-07-012-link-codes.ts';
import * as channelRegistrations from './2026-12-07-013-channel-registrations.ts';
import * as creditorCommands from './2026-12-07-015-creditor-commands.ts';
import * as partnerApi from './2026-12-07-016-partner-api.ts';
import * as userLocale from './2026-12-07-017-user-locale.ts';

// Listed in code rather than read from the folder: the same list works under tsx, vitest and a bundle.
// Names sort in the order they must run; append, never edit.
export const migrations: Record<string, Migration> = {
  '2026-11-23-001-core': core,
  '2026-11-23-002-conversation': conversation,
  '2026-11-23-003-jobs': jobs,
  '2026-11-23-004-paid-total': paidTotal,
  '2026-12-01-005-durable-inbox': durableInbox,
  '2026-12-01-006-outbox-deliveries': outboxDeliveries,
  '2026-12-01-007-rate-limits': rateLimits,
  '2026-12-07-008-identity-workspace': identityWorkspace,
  '2026-12-07-009-slack-installations': slackInstallations,
  '2026-12-07-010-teams-references': teamsReferences,
  '2026-12-07-011-email-delivery': emailDelivery,
  '2026-12-07-012-link-codes': linkCodes,
  '2026-12-07-013-channel-registrations': channelRegistrations,
  '2026-12-07-015-creditor-commands': creditorCommands,
  '2026-12-07-016-partner-api': partnerApi,
  '2026-12-07-017-user-locale': userLocale,
};
