import nock from 'nock';

// biome-ignore lint/suspicious/noExplicitAny: decoded Slack bodies are inspected freely in assertions.
type Loose = any;

export interface SlackCall {
  method: string;
  /** Form fields as Slack received them; `blocks` / `view` decoded from their JSON text. */
  args: Record<string, Loose>;
}

function decode(body: unknown): Record<string, Loose> {
  const raw =
    typeof body === 'string'
      ? Object.fromEntries(new URLSearchParams(body))
      : (body as Record<string, Loose>);
  const out: Record<string, Loose> = { ...raw };
  for (const key of ['blocks', 'view']) {
    if (typeof out[key] === 'string') out[key] = JSON.parse(out[key]);
  }
  return out;
}

// Answers shaped like https://docs.slack.dev/reference/methods/* examples.
function answer(method: string, args: Record<string, Loose>): Record<string, unknown> {
  switch (method) {
    case 'chat.postMessage':
      return {
        ok: true,
        channel: args.channel,
        ts: '1763900000.000200',
        message: { type: 'message', user: 'UBOT', text: args.text, ts: '1763900000.000200', bot_id: 'BBOT' },
      };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: '1763900000.000300' };
    case 'views.open':
      return { ok: true, view: { id: 'VOPENED1', ...(args.view as object) } };
    case 'views.publish':
      return { ok: true, view: { id: 'VHOME1', ...(args.view as object) } };
    case 'conversations.open':
      return { ok: true, channel: { id: 'D0DMCHAN1' } };
    case 'auth.test':
      return {
        ok: true,
        url: 'https://acme.slack.com/',
        team: 'Acme',
        user: 'casebot',
        team_id: 'T0TEAM1',
        user_id: 'UBOT',
        bot_id: 'BBOT',
      };
    default:
      return { ok: true };
  }
}

/**
 * Slack's Web API and response URLs faked at the wire: every call is recorded with its decoded body.
 * `respondWith` overrides the answer of one method (e.g. a 429).
 */
export function fakeSlackApi() {
  const calls: SlackCall[] = [];
  const responses: SlackCall[] = [];
  const overrides = new Map<
    string,
    (args: Record<string, Loose>) => [number, unknown, Record<string, string>?]
  >();
  const api = nock('https://slack.com')
    .persist()
    .post(/^\/api\/[a-zA-Z.]+$/)
    .reply((uri, body) => {
      const method = uri.replace('/api/', '');
      const args = decode(body);
      calls.push({ method, args });
      const override = overrides.get(method);
      if (override) return override(args);
      return [200, answer(method, args)];
    });
  const hooks = nock('https://hooks.slack.com')
    .persist()
    .post(/.*/)
    .reply((uri, body) => {
      responses.push({
        method: uri,
        args: typeof body === 'string' ? JSON.parse(body) : (body as Record<string, Loose>),
      });
      return [200, 'ok'];
    });
  return {
    calls,
    /** Bodies posted to response_url (slash commands, ephemeral clicks). */
    responses,
    of(method: string): SlackCall[] {
      return calls.filter((c) => c.method === method);
    },
    respondWith(
      method: string,
      fn: (args: Record<string, Loose>) => [number, unknown, Record<string, string>?],
    ) {
      overrides.set(method, fn);
    },
    done() {
      api.persist(false);
      hooks.persist(false);
      nock.cleanAll();
    },
  };
}

/** Waits until `check` holds (the work after an HTTP ack finishes a moment later); fails after 5 s. */
export async function eventually<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
