// Bot Framework activities as Teams sends them (https://learn.microsoft.com/microsoftteams/platform/bots/
// how-to/conversations/conversation-messages): a personal-chat message, a channel mention, and the message
// that an Adaptive Card's Action.Submit produces (its data in `value`).

export const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
export const TENANT = 'tenant-0001';
export const BOT = { id: '28:bot-app-id', name: 'Case Assistant' };
export const PARTNER_AAD = 'aad-partner-0001';

let counter = 0;

function base(conversation: Record<string, unknown>, id?: string) {
  return {
    type: 'message',
    id: id ?? `1763900000${++counter}`,
    timestamp: '2026-11-23T14:00:00.000Z',
    serviceUrl: SERVICE_URL,
    channelId: 'msteams',
    from: { id: '29:partner-user-id', name: 'Pia Partner', aadObjectId: PARTNER_AAD },
    recipient: BOT,
    conversation: { tenantId: TENANT, ...conversation },
    channelData: { tenant: { id: TENANT } },
    locale: 'en-US',
  };
}

export function personalMessage(text: string, id?: string) {
  return {
    ...base({ id: 'a:personal-chat-1', conversationType: 'personal' }, id),
    text,
    textFormat: 'plain',
  };
}

export function channelMention(text: string) {
  return {
    ...base({
      id: '19:cases@thread.tacv2;messageid=1763899999000',
      conversationType: 'channel',
      isGroup: true,
    }),
    text: `<at>Case Assistant</at> ${text}`,
    textFormat: 'plain',
    entities: [{ type: 'mention', text: '<at>Case Assistant</at>', mentioned: BOT }],
  };
}

export function cardSubmit(value: Record<string, unknown>) {
  return { ...base({ id: 'a:personal-chat-1', conversationType: 'personal' }), value };
}

/** What the SDK's test app hands to `process`: the activity and the token it came with. */
export function inbound(body: Record<string, unknown>) {
  return { token: { serviceUrl: SERVICE_URL } as never, body: body as never };
}
