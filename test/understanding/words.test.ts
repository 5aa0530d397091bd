import { describe, expect, it } from 'vitest';
import { DECLINE_CATEGORIES } from '../../src/domain/ids.ts';
import { suggestCloseCode } from '../../src/understanding/close-code-suggester.ts';
import { renderDeclineMessage } from '../../src/understanding/decline-message.ts';
import { assessDeclineReason } from '../../src/understanding/decline-reason.ts';

describe('decline reasons', () => {
  it.each([
    '',
    '  ',
    'no',
    'x',
    '...',
    'n/a',
    'because',
    'asdf',
  ])('when the reason is %j, then a specific, factual reason is asked for', (reason) => {
    const a = assessDeclineReason(reason);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.problem).toMatch(/specific, factual reason/);
  });

  it('when the reason is factual but fits no category, then it goes to manual review (null)', () => {
    expect(assessDeclineReason('our team is fully booked until spring')).toMatchObject({
      ok: true,
      category: null,
    });
  });

  it('when the reason names a category, then that category comes back with a confidence', () => {
    const a = assessDeclineReason('the debtor company was dissolved last year');
    expect(a).toMatchObject({ ok: true, category: 'insolvency_or_ceased' });
    if (a.ok) expect(a.confidence).toBeGreaterThan(0.7);
  });

  it('when the reason denies a category ("not a duplicate"), then that category is not chosen', () => {
    expect(assessDeclineReason('not a duplicate, but the debtor is untraceable')).toMatchObject({
      category: 'untraceable_debtor',
    });
  });
});

describe('close-code suggestions', () => {
  it.each([
    ['the client never answers our emails', 'unresponsive_client'],
    ['debtor filed for bankruptcy in May', 'debtor_insolvent'],
    ['recovery cost would exceed the claim', 'uneconomical'],
    ['client wants us to stop, they resolved it internally', 'withdrawn_by_client'],
    ['tried everything for six months, nothing paid', 'prelegal_exhausted'],
    ['the debtor moved to Spain and we cannot find him', 'debtor_untraceable'],
    ['he emigrated, no forwarding address', 'debtor_untraceable'],
  ])('when the comment says %j, then %s is suggested with a reason', (comment, code) => {
    const s = suggestCloseCode(comment);
    expect(s?.code).toBe(code);
    expect(s?.why.length).toBeGreaterThan(10);
  });

  it('when the comment describes nothing specific, then nothing is suggested', () => {
    expect(suggestCloseCode('see attached notes')).toBeNull();
  });
});

describe('creditor decline message', () => {
  const base = { caseId: 4410, creditorName: 'Acme ApS', debtorName: 'Beta GmbH', networkSharing: true };

  it.each(
    DECLINE_CATEGORIES,
  )('when the category is %s, then the message names the case and explains why', (category) => {
    const text = renderDeclineMessage({ ...base, category });
    expect(text).toContain('#4410');
    expect(text).toContain('Acme ApS');
    expect(text).toContain('Beta GmbH');
    expect(text).toMatch(/Reason: /);
    expect(text).toMatch(/Collecting Quotes/);
    expect(text).not.toMatch(/\{\{/);
  });

  it('when network sharing is off, then the message says the case is closed', () => {
    const text = renderDeclineMessage({ ...base, category: 'duplicate', networkSharing: false });
    expect(text).toMatch(/has now been closed/);
    expect(text).not.toMatch(/Collecting Quotes/);
  });

  it('when no category fits, then the message says our team is reviewing the reason', () => {
    expect(renderDeclineMessage({ ...base, category: null })).toMatch(/reviewed by our team/);
  });

  it('when a name carries chat markup, then it cannot mention anyone', () => {
    const text = renderDeclineMessage({ ...base, creditorName: 'Acme <!channel>', category: 'duplicate' });
    expect(text).not.toContain('<!channel>');
  });
});
