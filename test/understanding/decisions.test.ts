import { describe, expect, it } from 'vitest';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';

// The interpreter's explicit decision: act, ask, refuse or unsure. The LLM is asked only when unsure,
// so every refusal below is one the LLM cannot overrule.

const decisionOf = (text: string) => interpretOffline(text).decision;

describe('the decision', () => {
  it('when a command is complete, then it acts; when something is missing, then it asks', () => {
    expect(interpretOffline('please accept 6120')).toMatchObject({ action: 'case.accept', decision: 'act' });
    expect(interpretOffline('decline 6121')).toMatchObject({ action: 'clarify', decision: 'ask' });
  });

  it('when no rule recognises the message, then it is unsure (and only then)', () => {
    expect(interpretOffline('6122 is one we cannot really do much with, sadly')).toMatchObject({
      action: 'none',
      decision: 'unsure',
    });
    expect(decisionOf('thanks a lot!')).toBe('refuse');
    expect(decisionOf("don't close 6123")).toBe('refuse');
  });

  it('when the command waits for something to happen first, then it refuses', () => {
    for (const text of [
      'as soon as the creditor uploads the invoices we will accept 6124',
      'accept 6125 but only after the board signs off',
      'we accept 6126 when the contract is countersigned',
      'close 6127 as paid, not before the money has cleared',
    ]) {
      expect(interpretOffline(text), text).toMatchObject({ action: 'none', decision: 'refuse' });
    }
  });

  it('when the command says it is for later, then it refuses; a date that is an argument does not', () => {
    for (const text of [
      'accept 6128 on 14 February',
      'decline 6129 next tuesday, debtor is our client',
      'please withdraw 6130 in three days',
      'request info on 6131 on the 20th',
      'tomorrow afternoon, accept 6132',
    ]) {
      expect(interpretOffline(text), text).toMatchObject({ action: 'none', decision: 'refuse' });
    }
    expect(interpretOffline('register 250 EUR on 6133, received on 14 February')).toMatchObject({
      action: 'payment.register',
      caseId: '6133',
      decision: 'act',
    });
    expect(interpretOffline('decline 6134, the invoices are dated 2019-06-30 and time-barred')).toMatchObject(
      {
        action: 'case.decline',
        caseId: '6134',
      },
    );
    expect(
      interpretOffline('close 6135 as unsuccessful, no payment after 9 months of letters'),
    ).toMatchObject({
      action: 'case.close',
      caseId: '6135',
    });
  });

  it('when the message forwards or quotes mail, then nothing in it is a command', () => {
    for (const text of [
      '---------- Forwarded message --------- From: billing@example.org Subject: withdraw 6136',
      'Fwd: please decline 6137, duplicate',
      'On Tue, 2 Dec 2026 at 10:14, Ana Lind <ana@example.org> wrote: accept 6138',
      '> close 6139 as paid',
    ]) {
      expect(interpretOffline(text), text).toMatchObject({ action: 'none', decision: 'refuse' });
    }
  });

  it('when one case duplicates another, then the duplicate is the one declined', () => {
    expect(interpretOffline('6141 duplicates 6140, please decline it')).toMatchObject({
      action: 'case.decline',
      caseId: '6141',
    });
    expect(interpretOffline('decline the duplicate 6143, the original is 6142')).toMatchObject({
      action: 'case.decline',
      caseId: '6143',
    });
  });

  it('when somebody else is asked to decide, then it refuses', () => {
    expect(decisionOf('@jonas can you see whether we should decline 6144?')).toBe('refuse');
    expect(decisionOf('could you look into whether we accept 6145')).toBe('refuse');
    expect(decisionOf('who has time to accept 6146? I am travelling')).toBe('refuse');
  });

  it('when a command word names a thing, or the message says no action is needed, then it refuses', () => {
    expect(decisionOf('the withdraw flow on 6147 was confusing for the creditor')).toBe('refuse');
    expect(decisionOf('FYI we accepted 6148 last week and the debtor paid 100 EUR, no action needed')).toBe(
      'refuse',
    );
  });

  it('when a fee of its own comes with the acceptance, then it is an offer of terms', () => {
    expect(interpretOffline('accept 6149 but only at 25% success fee')).toMatchObject({
      action: 'case.offer_terms',
      caseId: '6149',
    });
  });
});
