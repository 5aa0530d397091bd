import nock from 'nock';

export interface SentActivity {
  conversationId: string;
  activity: {
    type: string;
    text?: string;
    attachments?: {
      contentType: string;
      content: { body: Record<string, unknown>[]; actions?: Record<string, unknown>[] };
    }[];
  };
}

/** The Bot Connector API faked at the wire: activities sent and conversations created are recorded. */
export function fakeBotConnector(serviceUrl: string) {
  const sent: SentActivity[] = [];
  const created: Record<string, unknown>[] = [];
  let rateLimited: number | undefined;
  const origin = new URL(serviceUrl).origin;
  const scope = nock(origin)
    .persist()
    .post(/\/v3\/conversations\/[^/]+\/activities$/)
    .reply((uri, body) => {
      if (rateLimited !== undefined)
        return [429, { error: { code: 'TooManyRequests' } }, { 'Retry-After': String(rateLimited) }];
      const conversationId = decodeURIComponent(
        uri.split('/v3/conversations/')[1]?.split('/activities')[0] ?? '',
      );
      sent.push({ conversationId, activity: body as SentActivity['activity'] });
      return [201, { id: `activity-${sent.length}` }];
    })
    .post(/\/v3\/conversations$/)
    .reply((_uri, body) => {
      created.push(body as Record<string, unknown>);
      return [201, { id: 'a:new-personal-chat', activityId: 'x', serviceUrl }];
    });
  return {
    sent,
    created,
    rateLimit(retryAfterSeconds: number) {
      rateLimited = retryAfterSeconds;
    },
    done() {
      scope.persist(false);
      nock.cleanAll();
    },
  };
}
