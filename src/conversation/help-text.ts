import type { Actor } from '../domain/actor.ts';
import type { PartnerType } from '../domain/ids.ts';
import type { Reply } from './reply.ts';

const COMMON = [
  '*case 123* — the status of a case',
  '*my cases* or *my pending cases* — your cases, optionally by status',
  '*quotes on 123* — the quotes collected for a case',
  '*which close code fits when the debtor went bankrupt?* — close-code advice',
];

/** What only an exclusive partner may do: verify the cases assigned to it (legal-network partners quote). */
const EXCLUSIVE_ONLY = [
  '*my tasks* — the cases waiting for you to verify, how long they have waited, and your responsiveness',
  '*accept 123* — accept a case in pending verification',
  '*decline 123, the debtor is insolvent* — decline with a specific, factual reason',
  '*request info on 123* — ask the creditor for more information',
  '*offer custom terms on 123* — offer your own terms instead of standard pricing',
];

const BY_ROLE: Record<Actor['role'], string[]> = {
  partner: [
    '*payment of 1,200 EUR on 123* — register a payment from the debtor',
    '*close 123 as paid* — close a case with one of the 14 close codes',
    '*how does closing as Withdrawn by Client affect my score?* — what a close code does to your score',
    '*quote 25% on 123* — quote on a lead you were invited to; *no quote on 123* to pass',
    '*submit a case* — as a managing partner, submit a case for your client',
  ],
  creditor: [
    '*go with quote 3 on case 2020* — select the winning quote',
    '*pull back 2020* — stop collecting quotes on a case',
    '*withdraw 123* — ask to stop collection on a case',
    "*answer 123: the invoices are attached* — answer a partner's request for more information",
  ],
  support: [
    '*resolve 123 as duplicate* — set the category of a decline that needs a manual review',
    '*what is due today?* — the reminders, quote-window ends, expiries and alerts scheduled for today',
    'You can read any case, and are told about declines that need a manual review.',
  ],
};

/**
 * What the user can say, for their role (and, for a partner, its type: legal-network partners receive
 * leads to quote on, never cases to accept or decline). Every change is confirmed before it happens.
 */
export function helpReply(actor: Actor, partnerType?: PartnerType): Reply {
  const verifies = actor.role === 'partner' && partnerType !== 'legal_network';
  const lines = [...COMMON, ...(verifies ? EXCLUSIVE_ONLY : []), ...BY_ROLE[actor.role]];
  return {
    title: 'What I can do',
    text:
      `Hi ${actor.name}, you can say:\n` +
      lines.map((l) => `• ${l}`).join('\n') +
      '\nI always show what will happen and ask you to confirm before anything changes. Say *cancel* to drop a question.',
  };
}
