import { describe, expect, it } from 'vitest';
import { toBoltLogger } from '../../src/surfaces/slack/bolt-logger.ts';
import { toTeamsLogger } from '../../src/surfaces/teams/teams-logger.ts';
import { capturedLogger } from '../helpers/captured-log.ts';

const BOT_TOKEN = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx';
const BEARER = 'eyJhbGciOiJSUzI1NiJ9.eyJhcHBpZCI6ImJvdCJ9.c2lnbmF0dXJlLXNlY3JldA';
const DEBTOR = 'Debtor Jane Roe, IBAN DE89370400440532013000, owes 12,500 EUR';

/** What axios throws when the Bot Connector answers 500: the request is attached whole. */
function axiosLikeError() {
  const body = JSON.stringify({ type: 'message', text: DEBTOR });
  const error = Object.assign(new Error('Request failed with status code 500'), {
    name: 'AxiosError',
    code: 'ERR_BAD_RESPONSE',
    isAxiosError: true,
    config: {
      method: 'post',
      url: 'https://smba.trafficmanager.net/emea/v3/conversations/a:1/activities',
      headers: { Authorization: `Bearer ${BEARER}`, 'Content-Type': 'application/json' },
      data: body,
    },
    request: {
      _header: `POST /emea/v3/conversations/a:1/activities HTTP/1.1\r\nAuthorization: Bearer ${BEARER}\r\n\r\n`,
      headers: { authorization: `Bearer ${BEARER}` },
    },
    response: { status: 500, data: { error: { code: 'ServiceError', message: DEBTOR } } },
  });
  return error;
}

describe('what the logs may carry', () => {
  it('when a failed HTTP call is logged as err, then neither the token nor the body is written, but the status and API error are', () => {
    const log = capturedLogger();

    log.logger.error({ err: axiosLikeError(), eventId: 'e1' }, 'teams reply could not be sent');

    const line = log.text();
    expect(line).not.toContain(BEARER);
    expect(line).not.toContain('Bearer');
    expect(line).not.toContain('Jane Roe');
    expect(line).not.toContain('IBAN');
    const record = JSON.parse(line);
    expect(record.err).toMatchObject({
      message: 'Request failed with status code 500',
      status: 500,
      method: 'POST',
      apiError: 'ServiceError',
    });
  });

  it('when a Slack token is inside an error message or a log message, then it is scrubbed', () => {
    const log = capturedLogger();

    log.logger.error({ err: new Error(`auth failed for token ${BOT_TOKEN}`) }, `calling with ${BOT_TOKEN}`);
    log.logger.warn('socket mode with xapp-1-A0123-456-abcdef0123456789');

    expect(log.text()).not.toContain(BOT_TOKEN);
    expect(log.text()).not.toContain('xapp-1-A0123');
    expect(log.text()).toContain('auth failed for token [REDACTED]');
  });

  it('when an object with headers, a token and message text is logged as it is, then those fields are censored', () => {
    const log = capturedLogger();

    log.logger.info(
      { request: { headers: { authorization: `Bearer ${BEARER}` }, text: DEBTOR }, token: BOT_TOKEN },
      'outgoing',
    );

    expect(log.lines).toHaveLength(1);
    expect(log.text()).not.toContain(BEARER);
    expect(log.text()).not.toContain(BOT_TOKEN);
    expect(log.text()).not.toContain('Jane Roe');
  });

  it('when the Slack or Teams SDK logs a failed request object, then it goes through the same redaction', () => {
    const log = capturedLogger();

    toBoltLogger(log.logger).error('An API error occurred', axiosLikeError());
    toTeamsLogger(log.logger).error('send failed', { config: axiosLikeError().config });

    expect(log.lines).toHaveLength(2);
    expect(log.text()).not.toContain(BEARER);
    expect(log.text()).not.toContain('Jane Roe');
    expect(log.text()).toContain('An API error occurred');
  });

  it('when a database error is logged, then its code and constraint are kept and the row values in its detail are not', () => {
    const log = capturedLogger();
    const error = Object.assign(new Error('duplicate key value violates unique constraint "cases_pkey"'), {
      code: '23505',
      constraint: 'cases_pkey',
      table: 'cases',
      detail: 'Key (debtor_name)=(Jane Roe) already exists.',
    });

    log.logger.error({ err: error }, 'write failed');

    expect(JSON.parse(log.text()).err).toMatchObject({
      code: '23505',
      constraint: 'cases_pkey',
      table: 'cases',
    });
    expect(log.text()).not.toContain('Jane Roe');
  });
});
