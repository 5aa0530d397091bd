// Slack payloads shaped as https://docs.slack.dev documents them (Events API envelope, slash command,
// block_actions and view_submission interaction payloads). One factory per kind; tests override fields.

export const TEAM = 'T0TEAM1';
export const BOT_USER = 'UBOT';
export const BOT_ID = 'BBOT';
export const PARTNER = 'U0PARTNER';
export const CHANNEL = 'C0CASES1';
export const DM = 'D0DMCHAN1';

let counter = 0;
const nextId = () => `${Date.now()}${++counter}`;

function envelope(event: Record<string, unknown>, eventId = `Ev${nextId()}`) {
  return {
    token: 'verification-token',
    team_id: TEAM,
    api_app_id: 'A0APP1',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1763900000,
    authorizations: [
      { enterprise_id: null, team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    event_context: '4-eyJldCI6ImFwcF9tZW50aW9uIn0',
  };
}

export function appMentionEvent(opts: {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  threadTs?: string;
  eventId?: string;
}) {
  const ts = opts.ts ?? '1763900000.000100';
  return envelope(
    {
      type: 'app_mention',
      user: opts.user ?? PARTNER,
      text: opts.text,
      ts,
      ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}),
      channel: opts.channel ?? CHANNEL,
      event_ts: ts,
      team: TEAM,
    },
    opts.eventId,
  );
}

export function directMessageEvent(opts: {
  text: string;
  user?: string;
  threadTs?: string;
  eventId?: string;
  subtype?: string;
}) {
  const ts = '1763900001.000100';
  return envelope(
    {
      type: 'message',
      ...(opts.subtype ? { subtype: opts.subtype } : {}),
      channel: DM,
      user: opts.user ?? PARTNER,
      text: opts.text,
      ts,
      ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}),
      event_ts: ts,
      channel_type: 'im',
      team: TEAM,
    },
    opts.eventId,
  );
}

/** A plain message in a channel thread (message.channels), without a mention of the bot. */
export function channelThreadMessage(opts: {
  text: string;
  threadTs: string;
  user?: string;
  eventId?: string;
}) {
  const ts = '1763900050.000100';
  return envelope(
    {
      type: 'message',
      channel: CHANNEL,
      user: opts.user ?? PARTNER,
      text: opts.text,
      ts,
      thread_ts: opts.threadTs,
      parent_user_id: opts.user ?? PARTNER,
      event_ts: ts,
      channel_type: 'channel',
      team: TEAM,
    },
    opts.eventId,
  );
}

export function appHomeOpenedEvent(user = PARTNER) {
  return envelope({ type: 'app_home_opened', user, channel: DM, tab: 'home', event_ts: '1763900002.000100' });
}

export function slashCommand(
  text: string,
  opts: { user?: string; channel?: string; triggerId?: string } = {},
) {
  return {
    token: 'verification-token',
    team_id: TEAM,
    team_domain: 'acme',
    channel_id: opts.channel ?? CHANNEL,
    channel_name: 'cases',
    user_id: opts.user ?? PARTNER,
    user_name: 'partner',
    command: '/case',
    text,
    api_app_id: 'A0APP1',
    is_enterprise_install: 'false',
    response_url: 'https://hooks.slack.com/commands/T0TEAM1/1234/abcd',
    trigger_id: opts.triggerId ?? `13345224609.738474920.${nextId()}`,
  };
}

export function buttonClick(opts: {
  actionId: string;
  value: string;
  user?: string;
  channel?: string;
  ephemeral?: boolean;
  messageTs?: string;
  threadTs?: string;
  triggerId?: string;
  /** The clicked message's blocks, as Slack sends them back with the click. */
  blocks?: unknown[];
}) {
  const messageTs = opts.messageTs ?? '1763900000.000200';
  const channel = opts.channel ?? CHANNEL;
  return {
    type: 'block_actions',
    user: { id: opts.user ?? PARTNER, username: 'partner', name: 'partner', team_id: TEAM },
    api_app_id: 'A0APP1',
    token: 'verification-token',
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: channel,
      is_ephemeral: opts.ephemeral ?? false,
    },
    trigger_id: opts.triggerId ?? `13345224609.738474920.${nextId()}`,
    team: { id: TEAM, domain: 'acme' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: 'cases' },
    ...(opts.ephemeral
      ? {}
      : {
          message: {
            type: 'message',
            user: BOT_USER,
            ts: messageTs,
            bot_id: BOT_ID,
            text: 'Decline case 123?',
            ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}),
            ...(opts.blocks ? { blocks: opts.blocks } : {}),
          },
        }),
    state: { values: {} },
    response_url: 'https://hooks.slack.com/actions/T0TEAM1/5678/efgh',
    actions: [
      {
        action_id: opts.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'Confirm', emoji: true },
        value: opts.value,
        type: 'button',
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

type StateValue = {
  type: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_date?: string | null;
  files?: { id: string; name?: string }[];
};

/** A modal submitted with `fields` (field name → value) filled in the way each element reports it. */
export function viewSubmission(opts: {
  callbackId: string;
  privateMetadata: string;
  fields: Record<string, StateValue>;
  user?: string;
  viewId?: string;
}) {
  const values = Object.fromEntries(Object.entries(opts.fields).map(([name, v]) => [name, { [name]: v }]));
  return {
    type: 'view_submission',
    team: { id: TEAM, domain: 'acme' },
    user: { id: opts.user ?? PARTNER, username: 'partner', name: 'partner', team_id: TEAM },
    api_app_id: 'A0APP1',
    token: 'verification-token',
    trigger_id: `13345224609.738474920.${nextId()}`,
    view: {
      id: opts.viewId ?? `V${nextId()}`,
      team_id: TEAM,
      type: 'modal',
      blocks: [],
      private_metadata: opts.privateMetadata,
      callback_id: opts.callbackId,
      state: { values },
      hash: '156772938.1827394',
      title: { type: 'plain_text', text: 'Close case' },
      clear_on_close: false,
      notify_on_close: false,
      close: { type: 'plain_text', text: 'Cancel' },
      submit: { type: 'plain_text', text: 'Continue' },
      previous_view_id: null,
      root_view_id: 'VROOT1',
      app_id: 'A0APP1',
      external_id: '',
      app_installed_team_id: TEAM,
      bot_id: BOT_ID,
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

export const text = (value: string): StateValue => ({ type: 'plain_text_input', value });
export const select = (value: string): StateValue => ({ type: 'static_select', selected_option: { value } });
export const number = (value: string): StateValue => ({ type: 'number_input', value });
export const empty = (): StateValue => ({ type: 'plain_text_input', value: null });
