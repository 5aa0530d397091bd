import { describe, expect, it } from 'vitest';
import { parseExtraCommand } from '../../src/conversation/extra-commands.ts';

// Support's commands are read only in their own narrow wording, before the interpreter: what they take,
// and what they leave to the interpreter (anything a case command could mean).

describe("support's wording", () => {
  it.each([
    ['link code for mikkel', 'identity.link_code', { person: 'mikkel' }],
    ['new link code for nordic-partner', 'identity.link_code', { person: 'nordic-partner' }],
    [
      'Issue a link code for mikkel.sorensen@nordic-collect.example',
      'identity.link_code',
      { person: 'mikkel.sorensen@nordic-collect.example' },
    ],
    ['identities of mikkel', 'identity.list', { person: 'mikkel' }],
    ['where is nordic-partner linked?', 'identity.list', { person: 'nordic-partner' }],
    ['show linked accounts of @nordic-partner', 'identity.list', { person: 'nordic-partner' }],
    ['link slack T123/U456 to mikkel', 'identity.link', { account: 'slack T123/U456', person: 'mikkel' }],
    [
      'link teams 72f988bf/29:1AbC to nordic-partner',
      'identity.link',
      { account: 'teams 72f988bf/29:1AbC', person: 'nordic-partner' },
    ],
    ['unlink slack T123/U456', 'identity.unlink', { account: 'slack T123/U456' }],
    [
      'unlink console nordic-partner from nordic-partner',
      'identity.unlink',
      { account: 'console nordic-partner' },
    ],
    ['show parked notices', 'notice.list_parked', {}],
    ['undeliverable notices', 'notice.list_parked', {}],
    ['which notices could not be delivered?', 'notice.list_parked', {}],
    ['what notices are stuck', 'notice.list_parked', {}],
    ['requeue notice 42', 'notice.requeue', { noticeId: '42' }],
    ['retry notice #42', 'notice.requeue', { noticeId: '42' }],
    ['send notice 42 again', 'notice.requeue', { noticeId: '42' }],
    ['resend notice 42.', 'notice.requeue', { noticeId: '42' }],
  ])('"%s" is %s', (text, action, args) => {
    expect(parseExtraCommand(text)).toEqual({ action, args });
  });

  it.each([
    'link K7MQ-3PXA',
    'link code K7MQ 3PXA',
    'where is case 1001',
    'where is case 1001 linked to the creditor',
    'link case 1001 to acme',
    'unlink case 1001',
    'unlink me',
    'requeue notice',
    'retry case 42',
    'retry notice 42 and close case 12',
    'show notices on case 42',
    'identities of mikkel and close case 12',
    'link slack <script>/U1 to mikkel',
  ])('"%s" is left to the interpreter', (text) => {
    expect(parseExtraCommand(text)).toBeNull();
  });

  it('an id or a name longer than any the platform gives is not read', () => {
    expect(parseExtraCommand(`link slack T1/${'U'.repeat(201)} to mikkel`)).toBeNull();
    expect(parseExtraCommand(`link code for ${'m'.repeat(101)}`)).toBeNull();
    expect(parseExtraCommand(`unlink slack T1/U1${' '.repeat(5000)}x`)).toBeNull();
  });
});
